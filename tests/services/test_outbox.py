"""Offline earning through the till's outbox, replayed exactly once (issue 18, part 5).

On a real PostgreSQL server: "offline" is the session's server stopped (restarted in a
``finally``), or a till whose server address answers nothing.
"""

from __future__ import annotations

import pytest

from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.offline import is_earn_only, offline_spend, within_allowance
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.schemes import CreditProgram, PointsProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.services.outbox import (
    OfflineSpend,
    Outbox,
    OverAllowance,
    outbox_path,
    request_from_json,
    request_json,
    set_allowance,
)
from loyalty_pos.store import offline_copy
from loyalty_pos.store.pg.connection import ServerGone
from loyalty_pos.store.pg.server import ServerUnreachable
from tests import pg_support


@pytest.fixture
def shop(tmp_path):
    """A shop on the session's server with a stamp card, points and one member; the
    till's outbox, its copy refreshed."""
    server = pg_support.server()
    url = server.fresh()
    s = Services.open(url, staff_id=OWNER_STAFF, till="t1")
    coffee = s.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))
    points = s.schemes.add_points(PointsProgram(0, "Points", 1, 100))
    member = s.members.enroll(MemberInput("Nguyễn Văn Đức"))
    outbox = Outbox(outbox_path(tmp_path, "t1"), "t1")
    assert outbox.refresh_copy(s) == 1
    s.close()
    yield url, coffee, points, member, outbox
    outbox.close()
    server.drop(url)


def _balance(s: Services, member_id: int, pid: int, account: Account) -> int:
    row = s.db.execute(
        "SELECT value FROM balances WHERE member_id = ? AND program_id = ? AND account = ?",
        [member_id, pid, account.value],
    ).fetchone()
    return row[0] if row else 0


def _visits(s: Services, request_id: str) -> int:
    return s.db.execute(
        "SELECT count(*) FROM visits WHERE request_id = ?", [request_id]
    ).fetchone()[0]


def test_earn_only_means_nothing_spent_nor_bought():
    assert is_earn_only(Req(amount=1500, stamp_items={1: 2}, items={3: 1}))
    assert is_earn_only(Req(redeem_stamps={1: 0}, use_points={2: 0}))  # zeros spend nothing
    for spending in (
        Req(redeem_stamps={1: 1}),
        Req(redeem_rewards=(4,)),
        Req(use_points={2: 10}),
        Req(use_credit=100),
        Req(use_passes={5: 1}),
        Req(buy_passes={5: 1}),
        Req(buy_tier=1),
        Req(coupon_code="ABC"),
        Req(gift_card_code="123"),
    ):
        assert not is_earn_only(spending), spending


def test_an_allowance_counts_credit_and_points_at_their_value_and_nothing_else():
    values = {2: 5}  # points program 2: a point pays 5 minor units
    assert offline_spend(Req(amount=100), values) == 0
    assert offline_spend(Req(use_credit=300, use_points={2: 10}), values) == 350
    assert offline_spend(Req(use_points={3: 10}), values) is None  # no known value
    for never in (Req(redeem_rewards=(4,)), Req(coupon_code="A"), Req(buy_passes={5: 1})):
        assert offline_spend(never, values) is None
    assert within_allowance(300, 200, 500) and not within_allowance(301, 200, 500)


def test_a_request_survives_its_json():
    req = Req(amount=10, items={3: 2}, stamp_items={1: 4}, redeem_rewards=(7,), use_credit=5)
    assert request_from_json(request_json(req)) == req


def test_earning_offline_is_queued_and_replayed_exactly_once(shop):
    url, coffee, points, member, outbox = shop
    local = pg_support.server().local
    local.stop()
    try:
        with pytest.raises(ServerUnreachable):
            Services.open(url, staff_id=OWNER_STAFF, till="t1")
        copied = outbox.member_by_code(member.card_number)
        assert copied.id == member.id and copied.name == "Nguyễn Văn Đức"
        row = outbox.queue(copied.id, Req(amount=1500, stamp_items={coffee.id: 2}), "rid-1")
        assert row.state == "queued"
        with pytest.raises(OfflineSpend):
            outbox.queue(copied.id, Req(use_points={points.id: 5}), "rid-2")
        outbox.queue(copied.id, Req(amount=1500, stamp_items={coffee.id: 2}), "rid-1")
        assert outbox.waiting() == 1  # the double Enter is one queued visit
    finally:
        local.start()
    s = Services.open(url, staff_id=OWNER_STAFF, till="t1")
    try:
        first = outbox.replay(s)
        assert (first.sent, first.already, first.refused, first.left) == (1, 0, (), 0)
        again = outbox.replay(s)
        assert (again.sent, again.already, again.refused, again.left) == (0, 0, (), 0)
        assert _visits(s, "rid-1") == 1 and _visits(s, "rid-2") == 0
        assert _balance(s, member.id, coffee.id, Account.STAMPS) == 2
        assert _balance(s, member.id, points.id, Account.POINTS) == 15
        assert outbox.store.get("rid-1").state == "sent"
    finally:
        s.close()


def test_a_visit_committed_but_not_marked_replays_into_already_there(shop):
    """The till died after the server's commit, before the outbox marked the row."""
    url, coffee, points, member, outbox = shop
    req = Req(amount=2000, stamp_items={coffee.id: 1})
    outbox.queue(member.id, req, "rid-crash")
    s = Services.open(url, staff_id=OWNER_STAFF, till="t1")
    try:
        s.checkout.confirm(member.id, req, "rid-crash")  # what the dead till had sent
        done = outbox.replay(s)
        assert (done.sent, done.already, done.left) == (0, 1, 0)
        assert _visits(s, "rid-crash") == 1
        assert _balance(s, member.id, points.id, Account.POINTS) == 20
    finally:
        s.close()


def test_a_replay_the_server_refuses_is_kept_with_its_words_and_not_retried(shop):
    url, coffee, _points, member, outbox = shop
    outbox.queue(member.id, Req(amount=500, stamp_items={coffee.id: 1}), "rid-blocked")
    s = Services.open(url, staff_id=OWNER_STAFF, till="t1")
    try:
        s.members.set_blocked(member.id, True)
        done = outbox.replay(s)
        assert (done.sent, done.already, done.left) == (0, 0, 0)
        assert [r.request_id for r in done.refused] == ["rid-blocked"]
        assert "blocked" in done.refused[0].error
        assert outbox.replay(s).refused == ()  # not retried
        assert [r.request_id for r in outbox.refused()] == ["rid-blocked"]
        assert _visits(s, "rid-blocked") == 0
    finally:
        s.close()


def test_the_server_gone_mid_use_is_server_gone(shop):
    """A checkout on a connection whose server went away raises ServerGone, which the
    till answers by queuing (the command line's path)."""
    url, _coffee, _points, member, _outbox = shop
    s = Services.open(url, staff_id=OWNER_STAFF, till="t1")
    local = pg_support.server().local
    local.stop()
    try:
        with pytest.raises(ServerGone):
            s.checkout.confirm(member.id, Req(amount=100), "rid-gone")
    finally:
        local.start()
        s.db.conn.close()


def test_the_copy_is_read_in_pages_and_finds_names_without_accents(shop):
    url, _coffee, _points, member, outbox = shop
    s = Services.open(url, staff_id=OWNER_STAFF, till="t1")
    try:
        for name in ("Kovács Éva", "Szabó Anna", "Tóth Éva", "Nagy Béla"):
            s.members.enroll(MemberInput(name))
        s.checkout.confirm(member.id, Req(amount=3000), "rid-pts")
        pages = list(offline_copy.member_pages(s.db, page=2))
        assert [len(p) for p in pages] == [2, 2, 1]
        assert outbox.refresh_copy(s) == 5
    finally:
        s.close()
    assert [m.name for m in outbox.find("eva")] == ["Kovács Éva", "Tóth Éva"]
    copied = outbox.member_by_code(member.card_number)
    assert copied.balances == {"Points": {"points": 30}}
    assert outbox.synced_at() is not None


def test_an_allowance_lets_credit_be_spent_offline_and_an_overspend_shows_as_shortfall(
    shop,
):
    url, coffee, _points, member, outbox = shop
    s = Services.open(url, staff_id=OWNER_STAFF, till="t1")
    try:
        cashback = s.schemes.add_credit(CreditProgram(0, "Cashback", 500))
        s.checkout.confirm(member.id, Req(amount=10_000), "earn-credit")  # 500 credit
        set_allowance(s.settings, 400)
        outbox.refresh_copy(s)
    finally:
        s.close()
    with pytest.raises(OfflineSpend):  # an allowance never covers a reward
        outbox.queue(member.id, Req(redeem_stamps={coffee.id: 1}), "off-reward")
    outbox.queue(member.id, Req(amount=1000, use_credit=300), "off-credit")
    with pytest.raises(OverAllowance) as refused:
        outbox.queue(member.id, Req(amount=1000, use_credit=200), "off-more")
    assert "100 left" in str(refused.value)
    assert outbox.waiting() == 1
    s = Services.open(url, staff_id=OWNER_STAFF, till="t2")  # another till spends it first
    try:
        s.checkout.confirm(member.id, Req(amount=1000, use_credit=500), "t2-spends")
        done = outbox.replay(s)
        assert (done.sent, done.already, done.left) == (0, 0, 0)
        assert [r.request_id for r in outbox.shortfall()] == ["off-credit"]
        assert _balance(s, member.id, cashback.id, Account.CREDIT) >= 0
        assert _visits(s, "off-credit") == 0
    finally:
        s.close()
