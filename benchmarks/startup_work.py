"""The CPU each start-up job costs, before (main's code path) and after (issue finding 10).

    uv run python benchmarks/startup_work.py                # copies the 100k shop
    uv run python benchmarks/startup_work.py --db FILE      # any shop file (copied)

The source file is copied to ``benchmarks/data/work/startup.sqlite3`` and never
changed. The copy is opened as the app does (migrations up to m008), checked once (the
first check after m008 reads every member), then ``--visits`` checkouts are recorded:
a day at the till. Then each job's CPU seconds (``time.process_time``: SQLite runs in
this process, so its work is counted; waiting for the disk is not) are printed:

* **before**: SQLite's ``quick_check``, the ledger invariants over every row, rows in
  no chain over every row (what main's start-up check ran besides the new links and the
  rolling slice), the daily backup; and the jobs' queries without m008's indexes
  (``NOT INDEXED``: a full scan);
* **after**: the whole start-up check as it now runs, its parts, the jobs as they now
  run, the daily backup and the daily ``integrity_check`` of that copy;
* a column **extrapolated to 1,000,000 members**: the parts that read the whole file
  times the ratio of members, the parts that read what changed (a day's checkouts, one
  slice of 100,000 old links) unchanged. It is an extrapolation, not a measurement.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from loyalty_pos.services import SYSTEM_STAFF, Services, VisitLine  # noqa: E402
from loyalty_pos.services.integrity import Integrity, full_check  # noqa: E402
from loyalty_pos.store import chain, check_notes, database  # noqa: E402

DEFAULT_DB = Path("/work/bench/shop-100k-old.sqlite3")
TARGET = 1_000_000

OLD_QUERIES = {
    "gift cards due (scan)": "SELECT code, balance FROM gift_cards NOT INDEXED "
    "WHERE expires_on IS NOT NULL AND expires_on < '2026-12-05' AND balance > 0 "
    "AND status = 'active'",
    "birthdays this month (scan)": "SELECT m.id FROM members m NOT INDEXED "
    "WHERE m.status = 'active' AND m.birthday IS NOT NULL "
    "AND substr(m.birthday, 6, 2) = '12' ORDER BY m.id",
    "tiers due (scan)": "SELECT id FROM members NOT INDEXED WHERE tier_id IS NOT NULL "
    "AND tier_until IS NOT NULL AND tier_until <= '2026-12-05'",
}


def cpu(call: Callable[[], object]) -> tuple[float, object]:
    started = time.process_time()
    result = call()
    return time.process_time() - started, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--visits", type=int, default=1000)
    args = parser.parse_args(argv)
    work = ROOT / "benchmarks" / "data" / "work"
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "startup.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    shutil.rmtree(work / "startup-backups", ignore_errors=True)
    shutil.copy2(args.db, copy)
    backups = work / "startup-backups"

    wall = time.perf_counter()
    s = Services.open(copy, staff_id=SYSTEM_STAFF, backup_dir=backups)
    print(f"open and migrate: {time.perf_counter() - wall:.1f} s wall (once, after an upgrade)")
    s.maintenance.path = copy
    first, report = cpu(lambda: s.maintenance.check(full=False))
    assert report.ok, report.problems[:5]  # type: ignore[attr-defined]
    print(f"first check after m008 (reads every member once): {first:.1f} s CPU")
    members = int(s.db.execute("SELECT COUNT(*) FROM members").fetchone()[0])
    scale = TARGET / members

    ids = [
        r[0]
        for r in s.db.execute("SELECT id FROM members ORDER BY random() LIMIT ?", [args.visits])
    ]
    program = s.db.execute("SELECT id FROM programs ORDER BY id LIMIT 1").fetchone()[0]
    for member_id in ids:
        s.visits.record(member_id, [VisitLine(program, items=1)], uuid.uuid4().hex)
    noted = check_notes.touched(s.db, check_notes.last_note(s.db))
    print(
        f"{members:,} members, {chain.last_seq(s.db):,} links; a day: {len(ids)} checkouts, "
        f"{noted[0]} members noted"
    )

    rows: list[tuple[str, str, float, bool]] = []  # (when, job, cpu, grows with the shop)

    def measure(when: str, job: str, call: Callable[[], object], grows: bool) -> object:
        seconds, result = cpu(call)
        rows.append((when, job, seconds, grows))
        return result

    db = s.db
    integrity = Integrity(db, backups)
    with database.read_snapshot(db):
        measure("before", "SQLite quick_check", lambda: database.quick_check(db), True)
        measure("before", "ledger invariants, every row", s.maintenance._balances, True)
        measure("before", "rows in no chain, every row", lambda: list(chain.unlinked(db)), True)
        for name, sql in OLD_QUERIES.items():
            measure("before", name, lambda sql=sql: db.execute(sql).fetchall(), True)
        upto = check_notes.last_note(db)
        measure(
            "after",
            "shallow file check",
            lambda: check_notes.shallow_file_problems(db, copy),
            False,
        )
        measure(
            "after",
            "ledger invariants, noted members",
            lambda: check_notes.violations(db, upto),
            False,
        )
        chain_part = "chain: new links, one slice, heads, audit"
        measure("after", chain_part, lambda: integrity.verify(full=False), False)
    measure("after", "whole start-up check", lambda: s.maintenance.check(full=False), False)
    measure("daily", "backup (SQLite online backup)", s.maintenance.daily_backup, True)
    newest = s.maintenance.newest_backup()
    assert newest is not None
    measure("daily", "integrity_check of the newest backup", lambda: full_check(newest), True)
    measure("after", "stamp/point expiry", s.visits.expire_all, False)
    measure("after", "birthday coupons", s.coupons.issue_birthday, False)
    measure("after", "tier reviews", s.checkout.review_tiers, False)
    measure("after", "gift-card expiry", s.gift_cards.expire_all, False)
    s.close()

    print(f"\n{'when':<7} {'job':<46} {'CPU s':>7} {'1M (extrapolated)':>18}")
    for when, job, seconds, grows in rows:
        at_1m = seconds * scale if grows else seconds
        print(f"{when:<7} {job:<46} {seconds:7.2f} {at_1m:18.1f}")
    at_1m = {(w, j): (sec * scale if g else sec) for w, j, sec, g in rows}
    common = at_1m[("after", "chain: new links, one slice, heads, audit")]  # main ran it too
    before = common + sum(v for (w, _), v in at_1m.items() if w == "before")
    after = sum(v for (w, j), v in at_1m.items() if w == "after" and j != "whole start-up check")
    print(f"\nper start, daily jobs apart, extrapolated to 1M: before {before:.1f} s CPU, "
          f"after {after:.1f} s CPU")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
