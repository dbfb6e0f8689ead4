"""Backup figures: a verified, compressed backup and its restore on a large shop.

Copies a generated shop (never modifies the source), then prints the backup's CPU and
wall seconds (VACUUM INTO, check, lzma), the backup's size against the database's, the
compression ratio of gzip / lzma presets / zstd (the ``zstd`` program, if installed,
for comparison only: Python 3.11 has no zstd), the daily backup when nothing changed,
and the restore time.

    uv run python benchmarks/backups.py --shop /work/bench/shop-20k-new.sqlite3
    uv run python benchmarks/backups.py            # generates 100k members first (slow)
"""

from __future__ import annotations

import argparse
import gzip
import lzma
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

from loyalty_pos.services import Services, backup_jobs  # noqa: E402
from loyalty_pos.store import backup_write  # noqa: E402
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


def methods(plain: Path) -> None:
    data = plain.read_bytes()
    size = len(data)
    for name, fn in (
        ("gzip -1", lambda: gzip.compress(data, 1)),
        ("gzip -6", lambda: gzip.compress(data, 6)),
        ("lzma preset 0 (chosen)", lambda: lzma.compress(data, preset=0)),
        ("lzma preset 1", lambda: lzma.compress(data, preset=1)),
    ):
        out = timed(name, fn)
        print(f"{'':<34} {len(out) / 2**20:8.1f} MiB  ratio {size / len(out):5.2f}")
    if shutil.which("zstd"):
        for level in ("-3", "-9"):
            out = timed(
                f"zstd {level} (program)",
                lambda lv=level: (
                    subprocess.run(
                        ["zstd", "-q", "-c", lv, str(plain)], capture_output=True, check=True
                    ).stdout
                ),
            )
            print(f"{'':<34} {len(out) / 2**20:8.1f} MiB  ratio {size / len(out):5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shop", type=Path, help="an existing shop to copy (not modified)")
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
    made = timed("backup now (vacuum, check, lzma)", services.backups.back_up_now)
    print(f"backup {made.size / 2**20:.1f} MiB = {made.size / db_size:.1%} of the database")
    today = datetime.now(UTC)
    daily = timed(
        "first daily backup (shop changed)",
        lambda: backup_jobs.daily_backup(services.db, folder, now=today),
    )
    print(f"   (taken: {daily is not None})")
    again = timed(
        "next day's, nothing changed",
        lambda: backup_jobs.daily_backup(services.db, folder, now=today + timedelta(days=1)),
    )
    print(f"   (skipped by the fingerprint: {again is None})")
    kept = sum(b.size for b in store.backup_files(folder))
    print(f"all backups in the folder: {kept / 2**20:.1f} MiB = {kept / db_size:.1%} of the db")
    plain = work / "plain.sqlite3"
    timed(
        "VACUUM INTO alone",
        lambda: backup_write.vacuum_into(services.db, plain, backup_write.CancelToken()),
    )
    timed("integrity_check + chain check alone", lambda: backup_write.verify_copy(plain))
    methods(plain)
    timed("restore (unpack, check, copy in)", lambda: services.backups.restore(made.path))
    services.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
