import sqlite3

import pytest

from loyalty_pos.domain.errors import NotFound, Refused, UserError
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.services import VisitLine

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def ledger_rows(services) -> int:
    return services.db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0]


def card(view, name="Coffee"):
    c = view.card_for(name)
    return c.stamps, c.rewards_ready


def test_stamp_visit_records_who_and_when(services, member, coffee, clock):
    r = services.visits.record(member.id, [VisitLine(coffee.id, items=2)], "a")
    assert card(r.member) == (2, 0)
    assert r.member.visit_count == 1
    assert r.member.last_visit == clock()
    row = services.db.execute(
        "SELECT v.staff_id, l.staff_id, l.visit_id, l.created_at, v.created_at FROM visits v "
        "JOIN ledger l ON l.visit_id = v.id WHERE v.id = ?",
        [r.visit_id],
    ).fetchone()
    assert row[0] == row[1] == 3 and row[2] == r.visit_id and row[3] == row[4]


def test_same_request_twice_stamps_once(services, member, coffee):
    first = services.visits.record(member.id, [VisitLine(coffee.id, items=3)], "same")
    rows = ledger_rows(services)
    again = services.visits.record(member.id, [VisitLine(coffee.id, items=3)], "same")
    assert again.duplicate and again.visit_id == first.visit_id
    assert ledger_rows(services) == rows
    assert card(again.member) == (3, 0)


def test_complete_redeem_and_what_to_give(services, member, coffee):
    r = services.visits.record(member.id, [VisitLine(coffee.id, items=12)], "a")
    assert r.lines[0].cards_completed == 1 and card(r.member) == (2, 1)
    r = services.visits.record(member.id, [VisitLine(coffee.id, items=1, redeem=1)], "b")
    assert r.lines[0].redeemed == 1 and r.lines[0].program.reward_text == "Free coffee"
    assert card(r.member) == (3, 0)


def test_reward_not_ready_changes_nothing(services, member, coffee):
    services.visits.record(member.id, [VisitLine(coffee.id, items=4)], "a")
    rows = ledger_rows(services)
    with pytest.raises(Refused, match="4 of 10"):
        services.visits.record(member.id, [VisitLine(coffee.id, items=1, redeem=1)], "b")
    assert ledger_rows(services) == rows
    assert services.visits.visits.by_request("b") is None


@pytest.mark.parametrize(
    "lines",
    [
        [],
        [VisitLine(1, items=0)],
        [VisitLine(1, items=-2)],
        [VisitLine(1, items=1), VisitLine(1, items=1)],
        [VisitLine(99, items=1)],
    ],
)
def test_bad_visits_change_nothing(services, member, coffee, lines):
    with pytest.raises(UserError):
        services.visits.record(member.id, lines, "x")
    assert ledger_rows(services) == 0
    assert services.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 0


def test_blocked_member_cannot_collect(services, member, coffee):
    services.members.set_blocked(member.id, True)
    with pytest.raises(Refused):
        services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "x")
    with pytest.raises(NotFound):
        services.visits.record(999, [VisitLine(coffee.id, items=1)], "y")


def test_daily_limit_holds_within_a_day_and_resets_the_next(services, member, clock):
    p = services.programs.add(StampProgram(0, "Wash", 6, "Free wash", per_day_limit=2))
    r = services.visits.record(member.id, [VisitLine(p.id, items=3)], "a")
    assert r.lines[0].stamps_added == 2 and r.lines[0].capped
    with pytest.raises(Refused, match="daily limit"):
        services.visits.record(member.id, [VisitLine(p.id, items=1)], "b")
    clock.advance(hours=14, minutes=40)  # 00:10 the next day in the shop's zone
    r = services.visits.record(member.id, [VisitLine(p.id, items=1)], "c")
    assert r.lines[0].stamps_added == 1 and not r.lines[0].capped


def test_voided_stamps_do_not_count_towards_the_daily_limit(services, member):
    p = services.programs.add(StampProgram(0, "Wash", 6, "Free wash", per_day_limit=2))
    r = services.visits.record(member.id, [VisitLine(p.id, items=2)], "a")
    services.visits.void(r.visit_id, "wrong member")
    r = services.visits.record(member.id, [VisitLine(p.id, items=2)], "b")
    assert r.lines[0].stamps_added == 2


def test_void_restores_balances_and_keeps_history(services, member, coffee):
    a = services.visits.record(member.id, [VisitLine(coffee.id, items=12)], "a")
    b = services.visits.record(member.id, [VisitLine(coffee.id, redeem=1)], "b")
    rows = ledger_rows(services)
    view = services.visits.void(b.visit_id, "  pressed the wrong key ")
    assert card(view) == (2, 1)
    assert ledger_rows(services) == rows + 1  # one compensating row, nothing deleted
    assert view.recent_visits[0].voided and view.recent_visits[0].void_reason == (
        "pressed the wrong key"
    )
    assert view.visit_count == 1
    view = services.visits.void(a.visit_id, "test")
    assert card(view) == (0, 0)
    assert services.maintenance.check().ok


def test_void_refusals_change_nothing(services, member, coffee):
    a = services.visits.record(member.id, [VisitLine(coffee.id, items=10)], "a")
    services.visits.record(member.id, [VisitLine(coffee.id, redeem=1)], "b")
    rows = ledger_rows(services)
    with pytest.raises(Refused, match="Void the later visit first"):
        services.visits.void(a.visit_id, "x")
    with pytest.raises(UserError, match="why"):
        services.visits.void(a.visit_id, "   ")
    with pytest.raises(NotFound):
        services.visits.void(999, "x")
    assert ledger_rows(services) == rows
    c = services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "c")
    services.visits.void(c.visit_id, "x")
    with pytest.raises(Refused, match="already voided"):
        services.visits.void(c.visit_id, "x")


def test_stamps_expire_at_lookup_oldest_first(services, member, clock):
    p = services.programs.add(StampProgram(0, "Pastry", 8, "Croissant", expiry_days=30))
    services.visits.record(member.id, [VisitLine(p.id, items=3)], "a")
    clock.advance(days=20)
    services.visits.record(member.id, [VisitLine(p.id, items=2)], "b")
    clock.advance(days=15)  # the first 3 are 35 days old, the last 2 are 15
    view = services.members.lookup(member.card_number)
    assert card(view, "Pastry") == (2, 0)
    kinds = services.db.execute(
        "SELECT kind, delta, visit_id, staff_id FROM ledger WHERE kind = 'expire'"
    ).fetchall()
    assert kinds == [("expire", -3, None, 1)]
    services.members.lookup(member.card_number)  # nothing more to expire
    assert ledger_rows(services) == 3
    assert services.maintenance.check().ok


def test_expiry_job_covers_every_member(services, member, clock):
    from loyalty_pos.domain.validation import MemberInput

    p = services.programs.add(StampProgram(0, "Pastry", 8, "Croissant", expiry_days=10))
    other = services.members.enroll(MemberInput("Trần Thị Hương"))
    for i, m in enumerate([member, other]):
        services.visits.record(m.id, [VisitLine(p.id, items=2 + i)], f"r{i}")
    clock.advance(days=11)
    assert services.visits.expire_all() == 5
    assert services.visits.expire_all() == 0
    assert services.maintenance.check().ok


def test_check_detects_a_tampered_balance(services, member, coffee):
    services.visits.record(member.id, [VisitLine(coffee.id, items=3)], "a")
    assert services.maintenance.check().ok
    services.db.execute("UPDATE balances SET value = 9 WHERE account = 'stamps'")
    report = services.maintenance.check()
    assert not report.ok and "ledger sums to 3" in report.problems[0]


@pytest.mark.sqlite_only
def test_committed_visit_survives_closing_without_cleanup(db_path, services, member, coffee):
    services.visits.record(member.id, [VisitLine(coffee.id, items=4)], "a")
    # Another process opening the file sees the committed visit at once.
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT value FROM balances WHERE account='stamps'").fetchone() == (4,)


def test_expiry_candidates_match_a_look_at_every_member(services, clock):
    """The indexed shortcut of the expiry job picks exactly the members a brute-force
    pass over every stamp holder would."""
    import random
    from datetime import timedelta

    from loyalty_pos.domain.clock import to_db
    from loyalty_pos.domain.validation import MemberInput
    from loyalty_pos.services.visits import Expiring

    rng = random.Random(3)
    p = services.programs.add(StampProgram(0, "Pastry", 6, "Croissant", expiry_days=20))
    members = [services.members.enroll(MemberInput(f"Member {i}")) for i in range(25)]
    for day in range(60):
        for m in rng.sample(members, 5):
            r = services.visits.record(
                m.id, [VisitLine(p.id, items=rng.randint(1, 4))], f"{day}-{m.id}"
            )
            if rng.random() < 0.1:
                services.visits.void(r.visit_id, "test")
        clock.advance(days=1)
        if day % 15 == 14:
            now = clock()
            brute = {
                m.id
                for m in members
                if services.visits._expirable(
                    m.id, now, [Expiring(p.id, p.expiry_days, Account.STAMPS, None)]
                )
            }
            cutoff = to_db(now - timedelta(days=20))
            assert set(services.visits.ledger.members_with_old_stamps(p.id, cutoff)) == brute
            expired = services.visits.expire_all()
            assert (expired > 0) == bool(brute)
            assert services.visits.ledger.members_with_old_stamps(p.id, cutoff) == []
    assert services.maintenance.check().ok
