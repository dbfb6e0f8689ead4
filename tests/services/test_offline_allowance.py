"""Each member's own offline allowance beside the shop's default (issue 18, part 5).

On a file and on a server: the amounts are settings rows (no schema change), the till's
copy carries each member's own amount, and the outbox takes a spend offline only
within that member's amount and what the copy says the member holds. Queuing needs no
broken connection: the outbox is the till's own file, the server is only read at sync.
"""

from __future__ import annotations

import sqlite3

import pytest

from loyalty_pos.domain.errors import NotFound, Refused, UserError
from loyalty_pos.domain.offline import MAX_ALLOWANCE
from loyalty_pos.domain.schemes import CreditProgram, PointsProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from loyalty_pos.services import offline_allowance as allowances
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.services.outbox import (
    OfflineSpend,
    Outbox,
    OverAllowance,
    OverHolding,
    outbox_path,
)
from loyalty_pos.store.outbox import OutboxStore

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def _written(services: Services) -> tuple[int, int]:
    """Settings and audit rows: what a refused change must leave as it was."""
    return (
        services.db.execute("SELECT count(*) FROM settings").fetchone()[0],
        services.db.execute("SELECT count(*) FROM audit").fetchone()[0],
    )


def test_a_member_gets_an_own_allowance_and_clears_it_back_to_the_default(services):
    eva = services.members.enroll(MemberInput("Kovács Éva"))
    duc = services.members.enroll(MemberInput("Nguyễn Văn Đức"))
    allowances.set_default(services.settings, 300)
    shown = allowances.for_member(services, eva.id)
    assert (shown.amount, shown.own, shown.default) == (300, None, 300)
    assert shown.card == eva.card_number and shown.name == "Kovács Éva"
    assert allowances.set_for_member(services, eva.id, 1000).amount == 1000
    never = allowances.set_for_member(services, duc.id, 0)
    assert (never.amount, never.own) == (0, 0)  # 0 of their own: not the default
    assert [(a.member_id, a.amount) for a in allowances.listing(services)] == [
        (eva.id, 1000),
        (duc.id, 0),
    ]
    cleared = allowances.clear_for_member(services, eva.id)
    assert (cleared.amount, cleared.own) == (300, None)
    assert [a.member_id for a in allowances.listing(services)] == [duc.id]
    before = _written(services)
    allowances.clear_for_member(services, eva.id)  # nothing to clear: nothing written
    assert _written(services) == before
    allowances.set_default(services.settings, 50)  # a cleared member follows the default
    assert allowances.for_member(services, eva.id).amount == 50
    assert services.maintenance.check().ok  # every change audited, none deleted


def test_a_member_is_named_by_number_or_card(services):
    eva = services.members.enroll(MemberInput("Kovács Éva"))
    assert allowances.member_id_of(services, str(eva.id)) == eva.id
    assert allowances.member_id_of(services, f"#{eva.id}") == eva.id
    assert allowances.member_id_of(services, eva.card_number) == eva.id
    assert allowances.member_id_of(services, "LP" + eva.card_number) == eva.id
    wrong = eva.card_number[:-1] + str((int(eva.card_number[-1]) + 1) % 10)
    with pytest.raises(UserError):  # a mistyped card is refused, never another member
        allowances.member_id_of(services, wrong)


def test_refused_allowances_change_nothing(services):
    eva = services.members.enroll(MemberInput("Kovács Éva"))
    gone = services.members.enroll(MemberInput("Szabó Anna"))
    dup = services.members.enroll(MemberInput("Tóth Béla"))
    services.erase.erase(gone.id, "asked to be forgotten")
    services.merge.merge(eva.id, dup.id, "the same person")
    before = _written(services)
    for value in (-1, MAX_ALLOWANCE + 1):
        with pytest.raises(UserError, match="0 to"):
            allowances.set_for_member(services, eva.id, value)
        with pytest.raises(UserError, match="0 to"):
            allowances.set_default(services.settings, value)
    with pytest.raises(NotFound):
        allowances.set_for_member(services, 999_999, 100)
    with pytest.raises(NotFound):
        allowances.for_member(services, 999_999)
    with pytest.raises(NotFound):
        allowances.clear_for_member(services, 999_999)
    with pytest.raises(Refused, match="erased"):
        allowances.set_for_member(services, gone.id, 100)
    with pytest.raises(Refused, match="merged into"):
        allowances.set_for_member(services, dup.id, 100)
    assert _written(services) == before
    assert allowances.listing(services) == []


@pytest.fixture
def till(services, tmp_path):
    """Cashback (5 % as credit) and payable points (a point pays 10); the till's outbox."""
    cashback = services.schemes.add_credit(CreditProgram(0, "Cashback", 500))
    points = services.schemes.add_points(PointsProgram(0, "Points", 1, 100, point_value=10))
    outbox = Outbox(outbox_path(tmp_path / "till", "t1"), "t1")
    yield cashback, points, outbox
    outbox.close()


def _member_with_credit(services, name: str, amount: int):
    """A member who earned 5 % of ``amount`` as credit, and 1 point per 100."""
    m = services.members.enroll(MemberInput(name))
    services.checkout.confirm(m.id, Req(amount=amount), f"earn-{m.id}")
    return m


def test_the_copy_carries_each_members_own_allowance_and_the_till_uses_it(services, till):
    _cashback, points, outbox = till
    trusted = _member_with_credit(services, "Kovács Éva", 40_000)  # 2000 credit
    never = _member_with_credit(services, "Szabó Anna", 40_000)
    usual = _member_with_credit(services, "Tóth Béla", 40_000)
    allowances.set_default(services.settings, 300)
    allowances.set_for_member(services, trusted.id, 1500)
    allowances.set_for_member(services, never.id, 0)
    assert outbox.refresh_copy(services) == 3
    assert outbox.store.member(trusted.id).allowance == 1500
    assert outbox.store.member(never.id).allowance == 0
    assert outbox.store.member(usual.id).allowance is None
    outbox.queue(trusted.id, Req(amount=5000, use_credit=1200), "trusted-1")
    with pytest.raises(OverAllowance, match="300 left"):
        outbox.queue(trusted.id, Req(amount=5000, use_credit=301), "trusted-2")
    with pytest.raises(OfflineSpend):  # 0 of their own: never offline, whatever the default
        outbox.queue(never.id, Req(amount=5000, use_credit=1), "never-1")
    outbox.queue(usual.id, Req(amount=5000, use_credit=200, use_points={points.id: 10}), "u-1")
    with pytest.raises(OverAllowance, match="0 left"):
        outbox.queue(usual.id, Req(amount=5000, use_credit=1), "usual-2")
    outbox.queue(usual.id, Req(amount=5000, use_credit=1), "u-1")  # a double Enter: no refusal
    assert outbox.waiting() == 2
    allowances.clear_for_member(services, trusted.id)  # the till learns it at the next sync
    outbox.refresh_copy(services)
    assert outbox.store.member(trusted.id).allowance is None
    with pytest.raises(OverAllowance, match="0 left"):  # 1200 queued, now over the default
        outbox.queue(trusted.id, Req(amount=5000, use_credit=1), "trusted-3")


def test_offline_spends_never_exceed_what_the_copy_says_the_member_holds(services, till):
    _cashback, points, outbox = till
    eva = _member_with_credit(services, "Kovács Éva", 10_000)  # 500 credit, 100 points
    allowances.set_for_member(services, eva.id, 100_000)
    outbox.refresh_copy(services)
    outbox.queue(eva.id, Req(amount=1000, use_credit=300), "a")
    with pytest.raises(OverHolding, match="200 credit"):  # 300 queued of the 500 held
        outbox.queue(eva.id, Req(amount=1000, use_credit=300), "b")
    with pytest.raises(OverHolding):
        outbox.queue(eva.id, Req(amount=1000, use_points={points.id: 101}), "c")
    outbox.queue(eva.id, Req(amount=1000, use_points={points.id: 100}), "d")
    done = outbox.replay(services)  # the server takes both; the copy is not refreshed yet
    assert (done.sent, done.refused) == (2, ())
    with pytest.raises(OverHolding):  # sent since the copy: still counted against it
        outbox.queue(eva.id, Req(amount=1000, use_credit=201), "e")
    outbox.queue(eva.id, Req(amount=1000, use_credit=200), "f")
    outbox.replay(services)
    outbox.refresh_copy(services)  # the copy now says what the server holds
    held = outbox.store.member(eva.id).balances["Cashback"]["credit"]
    assert (
        held
        == services.db.execute(
            "SELECT value FROM balances WHERE member_id = ? AND account = 'credit'", [eva.id]
        ).fetchone()[0]
    )
    with pytest.raises(OverHolding):
        outbox.queue(eva.id, Req(amount=10_000, use_credit=held + 1), "g")
    outbox.queue(eva.id, Req(amount=10_000, use_credit=held), "h")


@pytest.mark.sqlite_only
def test_an_outbox_file_from_an_older_till_is_upgraded_with_its_queue_kept(tmp_path):
    """Version 1 had no ``members_copy.allowance``: the column is added, nothing lost."""
    path = tmp_path / "outbox-t1.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE queued (id INTEGER PRIMARY KEY, request_id TEXT NOT NULL UNIQUE,
            member_id INTEGER, card TEXT, request TEXT NOT NULL, queued_at TEXT NOT NULL,
            till TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'queued', visit_id INTEGER,
            already INTEGER NOT NULL DEFAULT 0, error TEXT, done_at TEXT);
        CREATE TABLE members_copy (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            folded TEXT NOT NULL, card TEXT, status TEXT NOT NULL DEFAULT 'active',
            balances TEXT NOT NULL, synced_at TEXT NOT NULL);
        CREATE TABLE names_copy (kind TEXT NOT NULL, folded TEXT NOT NULL,
            id INTEGER NOT NULL, PRIMARY KEY (kind, folded));
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO queued (request_id, member_id, request, queued_at, till)
            VALUES ('old-1', 7, '{"amount": 100}', '2026-12-01T10:00:00.000000Z', 't1');
        INSERT INTO members_copy VALUES (7, 'Éva', 'eva', NULL, 'active', '{}',
            '2026-12-01T09:00:00.000000Z');
        PRAGMA user_version = 1;
        """
    )
    conn.close()
    store = OutboxStore(path)
    try:
        assert [r.request_id for r in store.waiting()] == ["old-1"]
        assert store.member(7).allowance is None
        store.replace_copy([(7, "Éva", "eva", None, "active", {})], [], "now", {7: 500})
        assert store.member(7).allowance == 500
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        indexes = {r[1] for r in store.conn.execute("PRAGMA index_list(queued)")}
        assert "queued_member" in indexes  # a member's queued visits: an index range
    finally:
        store.close()
    again = OutboxStore(path)  # opened again: nothing to upgrade
    try:
        assert again.member(7).allowance == 500 and len(again.waiting()) == 1
    finally:
        again.close()


def test_a_refusal_offline_tells_money_in_the_shops_currency(services, till):
    """With the currency the sync kept, the cashier reads "3 Ft left", not "300 left"."""
    from loyalty_pos.l10n import format_money, message

    _cashback, _points, outbox = till
    eva = _member_with_credit(services, "Kovács Éva", 40_000)  # 2000 credit
    allowances.set_default(services.settings, 300)
    outbox.refresh_copy(services)
    outbox.store.set_meta("currency", "HUF")
    outbox.queue(eva.id, Req(amount=5000, use_credit=100), "eva-1")
    with pytest.raises(OverAllowance) as refused:
        outbox.queue(eva.id, Req(amount=5000, use_credit=201), "eva-2")
    said = message(refused.value)
    assert format_money(200, "HUF") in said and format_money(300, "HUF") in said
    assert "200 left" not in said
