"""The start-up check reads what changed since its last clean run, and finds it.

Timing-free: what it re-reads is counted (links hashed, members staged) and the plans
of its queries are read with ``EXPLAIN QUERY PLAN``.
"""

import sqlite3
from contextlib import closing

import pytest

from loyalty_pos.services import VisitLine, integrity
from loyalty_pos.services.startup import FULL_CHECK_DAY, run_startup_jobs
from loyalty_pos.store import chain, check_notes, damage
from loyalty_pos.store.guards import GUARDS


@pytest.fixture
def checked(services, coffee, member):
    """A shop with some history and a clean start-up check behind it (notes read)."""
    for i in range(3):
        services.visits.record(member.id, [VisitLine(coffee.id, items=1)], f"old{i}")
    assert services.maintenance.check(full=False).ok  # reads everyone once (first since m008)
    assert services.maintenance.check(full=False).ok
    return services


def other(db_path):
    return closing(sqlite3.connect(db_path, isolation_level=None))


def plan(db, sql: str, args=()) -> str:
    return " | ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {sql}", list(args)))


def test_a_clean_check_forgets_the_notes_it_read(checked, coffee, member):
    assert checked.db.execute("SELECT COUNT(*) FROM check_notes").fetchone() == (0,)
    checked.visits.record(member.id, [VisitLine(coffee.id, items=1)], "new")
    upto = check_notes.last_note(checked.db)
    assert check_notes.touched(checked.db, upto) == (1, 0)  # only this member
    assert checked.maintenance.check(full=False).ok
    assert checked.db.execute("SELECT COUNT(*) FROM check_notes").fetchone() == (0,)
    checked.visits.record(member.id, [VisitLine(coffee.id, items=1)], "later")
    assert check_notes.last_note(checked.db) > upto  # numbers are never given twice


def test_a_row_written_after_the_checkpoint_and_changed_is_found(
    checked, coffee, member, db_path, monkeypatch
):
    monkeypatch.setattr(integrity, "SLICE", 0)  # no rolling slice: only the new links
    visit = checked.visits.record(member.id, [VisitLine(coffee.id, items=2)], "new")
    with other(db_path) as conn:
        conn.execute("DROP TRIGGER visits_fixed")
        conn.execute("UPDATE visits SET staff_id = 2 WHERE id = ?", [visit.visit_id])
        conn.execute(GUARDS["visits_fixed"])
    problems = checked.maintenance.check(full=False).problems
    assert problems[0].startswith(f"visits row {visit.visit_id} was changed after it was written")


def test_a_broken_new_link_is_found(checked, coffee, member, db_path, monkeypatch):
    monkeypatch.setattr(integrity, "SLICE", 0)
    checked.visits.record(member.id, [VisitLine(coffee.id, items=1)], "new")
    last = chain.last_seq(checked.db)
    with other(db_path) as conn:
        conn.execute("DROP TRIGGER chain_no_update")
        conn.execute("UPDATE chain SET hash = zeroblob(32) WHERE seq = ?", [last - 1])
        conn.execute(GUARDS["chain_no_update"])
    problems = checked.maintenance.check(full=False).problems
    assert any(f"link {last - 1} of till main" in p for p in problems), problems


def test_a_balance_changed_from_outside_is_noted_and_found(checked, member, db_path):
    """No app write touched the member since the last check: the trigger noted it."""
    with other(db_path) as conn:
        conn.execute("UPDATE balances SET value = value + 5 WHERE member_id = ?", [member.id])
    problems = checked.maintenance.check(full=False).problems
    assert any(p.startswith(f"member {member.id}, program") for p in problems), problems


def test_a_dropped_note_trigger_is_reported_like_a_guard(checked, db_path):
    with other(db_path) as conn:
        conn.execute("DROP TRIGGER balances_note_update")
    problems = checked.maintenance.check(full=False).problems
    assert "Guard trigger balances_note_update is missing: it was dropped outside the app." in (
        problems
    )


def test_old_links_are_not_hashed_again(checked, coffee, member, monkeypatch):
    """Without the rolling slice, the check hashes exactly the links written since."""
    monkeypatch.setattr(integrity, "SLICE", 0)
    before = chain.last_seq(checked.db)
    for i in range(2):
        checked.visits.record(member.id, [VisitLine(coffee.id, items=1)], f"n{i}")
    new = chain.last_seq(checked.db) - before
    hashed = []
    real = chain.row_hash
    monkeypatch.setattr(chain, "row_hash", lambda *a: hashed.append(a[2]) or real(*a))
    assert checked.maintenance.check(full=False).ok
    assert 0 < len(hashed) == new


BIG = {"g", "g2", "b", "l", "mv", "ledger", "lots", "lot_moves", "balances", "gift_cards"}


@pytest.mark.parametrize(
    "name, args",
    [
        ("_BALANCE_SUMS", []),
        ("_NEGATIVE", []),
        ("_CARDS", []),
        ("_LOT_CACHES", [20]),
        ("_LOT_BALANCES", [20]),
        ("_ROW_MOVES", [0, 20]),
    ],
)
def test_the_incremental_queries_never_scan_a_big_table(checked, name, args):
    """Only the noted members and cards are scanned; every big table is searched."""
    db = checked.db
    check_notes._stage(db, 0)
    try:
        lines = [r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {getattr(check_notes, name)}", args)]
    finally:
        check_notes._drop(db)
    scans = [line for line in lines if line.startswith("SCAN ")]
    assert not [s for s in scans if s.split()[1] in BIG or "gift_card_ledger" in s], lines
    assert any(line.startswith("SEARCH") for line in lines), lines


def test_rows_in_no_chain_are_looked_for_above_the_marks_only(checked):
    marks = chain.row_marks(checked.db)
    assert marks["visits"] == checked.db.execute("SELECT MAX(id) FROM visits").fetchone()[0]
    lines = plan(
        checked.db,
        "SELECT id FROM visits t WHERE id > ? AND NOT EXISTS "
        "(SELECT 1 FROM chain c WHERE c.tbl = ? AND c.row_id = t.id) ORDER BY id LIMIT ?",
        [marks["visits"], "visits", 20],
    )
    assert "SEARCH t USING INTEGER PRIMARY KEY (rowid>?)" in lines


def damage_an_index(db_path):
    """Point an index's definition at another column: its entries no longer match the
    table, which only ``integrity_check`` notices."""
    with other(db_path) as conn:
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX members_created ON members(name)' "
            "WHERE name = 'members_created'"
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.execute("PRAGMA writable_schema = OFF")


def test_index_damage_is_found_by_the_daily_check_and_no_backup_is_taken(
    checked, db_path, tmp_path, clock
):
    damage_an_index(db_path)
    assert checked.maintenance.check(full=False).ok  # the shallow check cannot see it
    report = run_startup_jobs(db_path, tmp_path / "bk", clock)
    assert not report.ok and report.full_checked == db_path
    assert any("members_created" in p for p in report.problems), report.problems
    assert damage.why(db_path) is not None
    assert report.backup is None  # no copy of a damaged file, no good one rotated away
    assert not list((tmp_path / "bk").glob("*.xz"))
    # admin check still finds it in the live file
    assert any("members_created" in p for p in checked.maintenance.check(full=True).problems)


def test_the_full_check_runs_once_a_day(checked, db_path, tmp_path, clock):
    report = run_startup_jobs(db_path, tmp_path / "bk", clock)
    assert report.ok and report.full_checked is not None
    assert checked.settings.get(FULL_CHECK_DAY) == clock().date().isoformat()
    assert run_startup_jobs(db_path, tmp_path / "bk", clock).full_checked is None
    clock.advance(days=1)
    assert run_startup_jobs(db_path, tmp_path / "bk", clock).full_checked is not None


def test_the_full_check_of_a_sound_file_is_empty(checked, db_path):
    assert integrity.full_check(db_path) == []


def test_a_damaged_start_marks_the_shop_read_only(services, member, coffee, db_path, tmp_path):
    services.visits.record(member.id, [VisitLine(coffee.id, items=3)], "a")
    services.db.execute("UPDATE balances SET value = 7")
    report = run_startup_jobs(db_path, tmp_path / "bk", lambda: services.visits.clock())
    assert not report.ok
    assert damage.why(db_path) == report.problems[0]


def test_birthday_coupons_are_written_in_short_transactions(services, monkeypatch):
    """Each chunk is its own transaction: the counter waits for one chunk at most."""
    from loyalty_pos.domain.coupons import CouponOffer
    from loyalty_pos.domain.programs import RewardKind
    from loyalty_pos.domain.validation import MemberInput
    from loyalty_pos.services import coupons

    services.coupons.add_offer(
        CouponOffer(0, "Birthday", RewardKind.FIXED_DISCOUNT, 500, trigger="birthday")
    )
    for i in range(5):
        services.members.enroll(MemberInput(f"Márta {i}", birthday="1975-03-28"))
    monkeypatch.setattr(coupons, "CHUNK", 2)
    begun: list[str] = []
    services.db.conn.set_trace_callback(
        lambda sql: begun.append(sql) if sql.startswith("BEGIN IMMEDIATE") else None
    )
    try:
        assert services.coupons.issue_birthday() == 5
    finally:
        services.db.conn.set_trace_callback(None)
    assert len(begun) == 3  # 2 + 2 + 1
    assert services.coupons.issue_birthday() == 0  # issued once, as before
