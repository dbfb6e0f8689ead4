"""Backup figures: packs of pages (a full one, then the pages that changed) on a large
shop, over simulated days at the counter.

Copies a generated shop (never modifies the source), then prints CPU and wall seconds
of: a full pack with its check (SQLite's integrity check, guards, chain) and without;
a day's difference pack after ``--visits`` checkouts, with and without the check; a day
when nothing changed; ``--days`` days of checkouts each followed by the daily backup and
rotation, and then the disk all kept backups use against the database's size; a
restore of the newest difference. Also the compression ratio of zstd levels and lzma -0
on the same pages, for the choice of ``page_pack.LEVEL``.

    uv run python benchmarks/backups.py --shop /work/bench/mig.sqlite3
    uv run python benchmarks/backups.py            # generates 100k members first (slow)
"""

from __future__ import annotations

import argparse
import contextlib
import lzma
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import zstandard  # noqa: E402

from loyalty_pos.services import Services, VisitLine, backup_jobs  # noqa: E402
from loyalty_pos.store import backup_write, page_pack  # noqa: E402
from loyalty_pos.store import backups as store  # noqa: E402


def cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(label: str, fn):
    wall, c0 = time.perf_counter(), cpu()
    out = fn()
    print(f"{label:<34} wall {time.perf_counter() - wall:7.2f} s   cpu {cpu() - c0:7.2f} s")
    return out


def methods(live: Path) -> None:
    data = live.read_bytes()
    size = len(data)
    for name, fn in (
        ("zstd 1", lambda: zstandard.ZstdCompressor(level=1).compress(data)),
        ("zstd 3 (chosen)", lambda: zstandard.ZstdCompressor(level=3).compress(data)),
        ("zstd 6", lambda: zstandard.ZstdCompressor(level=6).compress(data)),
        ("lzma preset 0", lambda: lzma.compress(data, preset=0)),
    ):
        out = timed(name, fn)
        print(f"{'':<34} {len(out) / 2**20:8.1f} MiB  ratio {size / len(out):5.2f}")


def unchecked(fn):
    """``fn`` with the check of the frozen state switched off (its cost apart)."""
    real = backup_write.verify_connection
    backup_write.verify_connection = lambda conn, chains=True: []
    try:
        return fn()
    finally:
        backup_write.verify_connection = real


def a_day(services: Services, visits: int, day: int) -> None:
    """``visits`` checkouts spread over random members (the pages a real day touches)."""
    rng = random.Random(day)
    top = services.db.execute("SELECT MAX(id) FROM members").fetchone()[0]
    card = services.db.execute("SELECT id FROM programs WHERE kind = 'stamp' LIMIT 1").fetchone()
    for n in range(visits):
        member = rng.randint(1, top)
        lines = [VisitLine(card[0], items=rng.randint(1, 3))]
        with contextlib.suppress(Exception):  # an erased or blocked member: the next one
            services.visits.record(member, lines, f"bench-{day}-{n}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shop", type=Path, help="an existing shop to copy (not modified)")
    parser.add_argument("--visits", type=int, default=500, help="checkouts a day")
    parser.add_argument("--days", type=int, default=20, help="days simulated for the kept size")
    parser.add_argument(
        "--quick", action="store_true", help="no restore, no comparison of compressors (1M)"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-backups-"))
    live = work / "shop.sqlite3"
    if args.shop:
        shutil.copy(args.shop, live)
    else:
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks/generate.py"), "--out", str(live)], check=True
        )
    folder = work / "backups"
    services = timed("open (migrations if any)", lambda: Services.open(live, backup_dir=folder))
    db_size = live.stat().st_size
    print(f"database {db_size / 2**20:.1f} MiB, {services.backups.current()[0]} members")
    print(f"load: {os.getloadavg()}")
    today = datetime.now(UTC)
    for b in store.backup_files(folder):  # the copy taken before the file's migrations
        print(f"   {b.kind}: {_what(b.path)}, {b.size / 2**20:.1f} MiB")
    first = timed(
        "first daily pack, with its check",
        lambda: backup_jobs.daily_backup(services.db, folder, now=today),
    )
    size = first.stat().st_size
    print(f"   {_what(first)}, {size / 2**20:.1f} MiB = {size / db_size:.1%}")
    timed("integrity_check + chain alone", lambda: backup_write.verify_copy(live))
    timed(f"a day of {args.visits} checkouts", lambda: a_day(services, args.visits, 1))
    diff = timed(
        "difference pack, with its check",
        lambda: backup_jobs.daily_backup(services.db, folder, now=today + timedelta(days=1)),
    )
    print(f"   {diff.stat().st_size / 2**20:.2f} MiB = {diff.stat().st_size / db_size:.2%}")
    a_day(services, args.visits, 2)
    diff = timed(
        "difference pack, check apart",
        lambda: unchecked(
            lambda: backup_jobs.daily_backup(services.db, folder, now=today + timedelta(days=2))
        ),
    )
    again = timed(
        "next day's, nothing changed",
        lambda: backup_jobs.daily_backup(services.db, folder, now=today + timedelta(days=3)),
    )
    print(f"   (skipped by the fingerprint: {again is None})")
    wall = time.perf_counter()
    for day in range(4, 4 + args.days):
        a_day(services, args.visits, day)
        unchecked(
            lambda d=day: backup_jobs.daily_backup(services.db, folder, now=today + timedelta(d))
        )
    print(f"{args.days} days of checkouts and backups: wall {time.perf_counter() - wall:.1f} s")
    kept = store.backup_files(folder)
    for b in kept:
        mib = b.size / 2**20
        print(f"   {b.taken_at:%Y-%m-%d} {b.kind:<14} {_what(b.path):<10} {mib:8.1f} MiB")
    used = sum(b.size + _sidecars(b.path) for b in kept)
    db_size = live.stat().st_size
    print(
        f"kept: {len(kept)} backups, {used / 2**20:.1f} MiB = {used / db_size:.1%} of the "
        f"database ({db_size / 2**20:.1f} MiB)"
    )
    if not args.quick:
        newest = kept[0].path
        timed("restore of the newest difference", lambda: services.backups.restore(newest))
        methods(live)
    services.close()
    shutil.rmtree(work, ignore_errors=True)


def _what(path: Path) -> str:
    header = page_pack.read_header(path)
    return "?" if header is None else ("full" if header.full else "difference")


def _sidecars(path: Path) -> int:
    extra = [page_pack.hashes_path(path), store.note_path(path)]
    return sum(p.stat().st_size for p in extra if p.exists())


if __name__ == "__main__":
    main()
