"""Hash chains on the big shop: the m007 migration (genesis) and the check's cost.

    uv run python benchmarks/generate.py --before-chains \
        --out benchmarks/data/shop-100k-prechain.sqlite3
    uv run python benchmarks/chains.py --db benchmarks/data/shop-100k-prechain.sqlite3

Copies the pre-chain file to ``benchmarks/data/work/chains.sqlite3`` (the source is left
as it was) and prints, in seconds:

* ``pre-migration copy``: the copy every migration takes first (not m007's own cost);
* ``migrate (m007)``: the migration: audit snapshot, linking every row, guard triggers,
  indexes, the first checkpoint;
* ``chains full``: the chain part of ``admin check`` (every link recomputed);
* ``admin check``: all of ``admin check`` (SQLite's integrity check included);
* ``check before m007``: the start-up's check as it was before the chains (SQLite's
  quick check and the balances), on the file before the migration, for comparison;
* ``start-up check, after m007``: the start-up's check right after the migration
  (the genesis leaves a checkpoint: one slice of old links is recomputed);
* ``start-up check, no checkpoint``: the same on a file that was never checked (a
  restored backup from elsewhere): every link is recomputed;
* ``start-up check``: with a checkpoint, after ``--visits`` new visits, which is what a
  till does every morning (the new links and one slice of the old ones);
* the file's size before and after, and the visit commit time with linking.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from loyalty_pos.services import Services, VisitLine  # noqa: E402
from loyalty_pos.services.integrity import Integrity  # noqa: E402
from loyalty_pos.store.database import connect, migrate, quick_check, snapshot  # noqa: E402
from loyalty_pos.store.ledger import LedgerStore  # noqa: E402

DEFAULT_DB = ROOT / "benchmarks" / "data" / "shop-100k-prechain.sqlite3"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--visits", type=int, default=1000)
    args = parser.parse_args(argv)
    work = ROOT / "benchmarks" / "data" / "work"
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "chains.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    shutil.copy2(args.db, copy)
    size_before = copy.stat().st_size
    figures: dict[str, float] = {}

    old = connect(copy)
    started = time.perf_counter()
    assert not quick_check(old)
    LedgerStore(old).invariant_violations()
    figures["check before m007"] = time.perf_counter() - started
    old.conn.close()

    db = connect(copy)
    started = time.perf_counter()
    snapshot(db, work / "pre-migration", reason="pre-migration")
    figures["pre-migration copy"] = time.perf_counter() - started
    started = time.perf_counter()
    migrate(db)
    figures["migrate (m007)"] = time.perf_counter() - started
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    shutil.rmtree(work / "pre-migration")
    links = _links(copy)

    services = Services.open(copy, backup_dir=work / "no-backups")
    started = time.perf_counter()
    assert services.maintenance.check(full=False).ok
    figures["start-up check, after m007"] = time.perf_counter() - started
    started = time.perf_counter()
    problems = Integrity(services.db, None).verify(full=True)
    figures["chains full"] = time.perf_counter() - started
    assert not problems, problems[:5]
    started = time.perf_counter()
    report = services.maintenance.check(full=True)
    figures["admin check"] = time.perf_counter() - started
    assert report.ok, report.problems[:5]
    services.db.execute("DELETE FROM chain_checkpoint")
    started = time.perf_counter()
    assert services.maintenance.check(full=False).ok
    figures["start-up check, no checkpoint"] = time.perf_counter() - started

    members = [r[0] for r in services.db.execute("SELECT id FROM members LIMIT ?", [args.visits])]
    coffee = services.db.execute("SELECT id FROM programs ORDER BY id LIMIT 1").fetchone()[0]
    commits = []
    for member_id in members:
        t = time.perf_counter()
        services.visits.record(member_id, [VisitLine(coffee, items=1)], uuid.uuid4().hex)
        commits.append(time.perf_counter() - t)
    started = time.perf_counter()
    report = services.maintenance.check(full=False)
    figures["start-up check"] = time.perf_counter() - started
    assert report.ok, report.problems[:5]
    services.close()

    print(f"{args.db.name}: {links:,} rows linked")
    for name, seconds in figures.items():
        print(f"  {name:<30} {seconds:7.2f} s")
    commits.sort()
    p95 = commits[int(0.95 * (len(commits) - 1))]
    print(
        f"  visit commit with links  p50 {statistics.median(commits) * 1000:.1f} ms, "
        f"p95 {p95 * 1000:.1f} ms ({len(commits)} visits)"
    )
    print(f"  file {size_before / 2**20:.0f} MiB -> {copy.stat().st_size / 2**20:.0f} MiB")
    return 0


def _links(path: Path) -> int:
    services = Services.open(path, backup_dir=path.parent / "no-backups")
    try:
        return int(services.db.execute("SELECT COUNT(*) FROM chain").fetchone()[0])
    finally:
        services.close()


if __name__ == "__main__":
    sys.exit(main())
