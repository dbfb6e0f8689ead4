"""Merging a duplicate: everything it held moves as new ledger rows, sums unchanged."""

from __future__ import annotations

import pytest

from loyalty_pos.domain.errors import NotFound, Refused, UserError
from loyalty_pos.domain.schemes import PointsProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.checkout import CheckoutRequest as Req
from tests import pg_support

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def points(services):
    return services.schemes.add_points(PointsProgram(0, "Points", 1, 100, point_value=10))


@pytest.fixture
def pair(services, coffee, points, clock):
    keep = services.members.enroll(MemberInput("Kovács Éva", phone="+36 30 111 2222"))
    other = services.members.enroll(
        MemberInput("Kovacs Eva", email="eva@example.hu"), allow_duplicate=True
    )
    services.checkout.confirm(keep.id, Req(amount=3000, stamp_items={coffee.id: 2}), "k1")
    services.checkout.confirm(other.id, Req(amount=5000, stamp_items={coffee.id: 3}), "o1")
    clock.advance(days=3)
    services.checkout.confirm(other.id, Req(amount=2500, stamp_items={coffee.id: 1}), "o2")
    services.consents.record(other.id, {"email": True, "sms": False}, source="counter")
    return keep, other


def balances(services, member_id):
    return {k: v for k, v in services.checkout.ledger.balances(member_id).items() if v}


def totals(services):
    return services.db.execute(
        "SELECT program_id, account, SUM(value) FROM balances GROUP BY 1, 2 ORDER BY 1, 2"
    ).fetchall()


def test_merge_moves_every_balance_as_ledger_rows(services, pair, coffee, points):
    keep, other = pair
    before_keep, before_other = balances(services, keep.id), balances(services, other.id)
    assert before_other  # the duplicate holds something to move
    before = totals(services)
    ledger_rows = services.db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0]
    done = services.merge.merge(keep.id, other.id, "same person, two cards")
    assert totals(services) == before
    assert balances(services, other.id) == {}
    after = balances(services, keep.id)
    for key in set(before_keep) | set(before_other):
        assert after.get(key, 0) == before_keep.get(key, 0) + before_other.get(key, 0)
    # nothing rewritten: only rows added (one out per balance, one in per lot)
    assert services.db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0] > ledger_rows
    assert {m[0] for m in done.moved} <= {coffee.id, points.id}
    report = services.maintenance.check()
    assert report.ok, report


def test_the_duplicates_card_opens_the_kept_member_with_a_note(services, pair):
    keep, other = pair
    services.merge.merge(keep.id, other.id, "duplicate")
    opened = services.members.lookup(other.card_number)
    assert (opened.id, opened.merged_card) == (keep.id, other.card_number)
    assert services.members.lookup(keep.card_number).merged_card is None
    assert services.consents.current(keep.id) == {"email": True, "sms": False, "post": None}
    assert services.members.duplicates(None, "eva@example.hu") == []
    [row] = services.db.execute("SELECT subject, detail FROM audit WHERE action = 'merge'")
    assert row[0] == f"member:{keep.id}" and '"from":' in row[1]


def dump(services):
    return pg_support.dump(services.db)


def test_bad_merges_change_nothing(services, pair):
    keep, other = pair
    before = dump(services)
    with pytest.raises(Refused, match="themselves"):
        services.merge.merge(keep.id, keep.id, "x")
    with pytest.raises(NotFound):
        services.merge.merge(keep.id, 9999, "x")
    with pytest.raises(UserError, match="reason"):
        services.merge.merge(keep.id, other.id, "")
    assert dump(services) == before
    services.erase.erase(other.id, "asked")
    before = dump(services)
    with pytest.raises(Refused, match="was erased"):
        services.merge.merge(keep.id, other.id, "x")
    assert dump(services) == before


def test_merging_twice_is_refused(services, pair):
    keep, other = pair
    services.merge.merge(keep.id, other.id, "duplicate")
    with pytest.raises(Refused, match="was merged into"):
        services.merge.merge(keep.id, other.id, "again")


def test_erasing_the_kept_member_erases_the_duplicate_too(services, pair):
    keep, other = pair
    services.merge.merge(keep.id, other.id, "duplicate")
    services.erase.erase(keep.id, "asked")
    assert (
        services.db.execute(
            "SELECT COUNT(*) FROM members WHERE erased_at IS NOT NULL AND name = ''"
        ).fetchone()[0]
        == 2
    )


def test_the_kept_member_shows_the_duplicates_visits_too(services, pair):
    """Visits keep their member id (it is chained), so the kept member's panel counts
    and lists the duplicate's visits through ``merged_into``."""
    keep, other = pair
    before = services.members.view(keep.id)
    services.merge.merge(keep.id, other.id, "same person, two cards")
    after = services.members.view(keep.id)
    assert after.visit_count == before.visit_count + 2
    shown = {v.id for v in services.members.recent_visits(keep.id, 10)}
    theirs = services.db.execute("SELECT id FROM visits WHERE member_id = ?", [other.id])
    assert {r[0] for r in theirs} <= shown
    assert after.last_visit is not None and after.last_visit >= before.last_visit
    stranger = services.members.enroll(MemberInput("Nagy Péter"))
    assert services.members.view(stranger.id).visit_count == 0  # nobody else's


def test_a_voided_visit_is_listed_but_neither_counted_nor_the_last(services, pair, clock):
    """The panel's number of visits and last visit count confirmed visits only, of
    the whole family; its list shows a voided one struck through. One statement reads
    the list and both figures (``VisitStore.recent_and_stats``)."""
    keep, other = pair
    services.merge.merge(keep.id, other.id, "same person, two cards")
    before = services.members.view(keep.id)
    clock.advance(days=1)
    latest = services.checkout.confirm(keep.id, Req(amount=1000), "k2").visit_id
    assert services.members.view(keep.id).visit_count == before.visit_count + 1
    services.visits.void(latest, "rung up by mistake")
    after = services.members.view(keep.id)
    assert after.visit_count == before.visit_count == 3
    assert after.last_visit == before.last_visit  # o2's time, not the voided visit's
    assert [v.voided for v in after.recent_visits][:1] == [True]
    assert after.recent_visits[0].id == latest
    assert len(after.recent_visits) == 4
