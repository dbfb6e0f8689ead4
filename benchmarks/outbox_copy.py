"""How long a till takes to refresh its last-known copy of the members (issue 18).

``admin sync`` ends by copying every member (name, card, balances) from the server into
the till's outbox file, read in pages (``store/offline_copy.py``). This starts a
throw-away PostgreSQL server, fills a shop with N members (one active card and a points
balance each, written directly: the figure is the copy, not the enrolment), then times
``Outbox.refresh_copy`` and prints the seconds, members per second and the process's
peak memory.

    uv run python benchmarks/outbox_copy.py [N]      # default 100000
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from loyalty_pos.domain.schemes import PointsProgram
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.outbox import Outbox
from loyalty_pos.store.pg import local_server
from loyalty_pos.store.pg.connection import PgConnection


def fill(url: str, n: int) -> None:
    s = Services.open(url, staff_id=OWNER_STAFF, till="bench")
    points = s.schemes.add_points(PointsProgram(0, "Points", 1, 100))
    s.close()
    raw = PgConnection(url).raw
    now = "2026-01-01T00:00:00Z"
    with raw.cursor() as cur:
        cur.execute("BEGIN")
        cur.execute(
            "INSERT INTO members (id, name, marketing_consent, status, created_at) "
            "SELECT g, 'Member ' || g, 0, 'active', %s FROM generate_series(1, %s) g",
            [now, n],
        )
        cur.execute(
            "INSERT INTO cards (code, member_id, status, created_at) "
            "SELECT lpad(g::text, 13, '0'), g, 'active', %s FROM generate_series(1, %s) g",
            [now, n],
        )
        cur.execute(
            "INSERT INTO balances (member_id, program_id, account, value) "
            "SELECT g, %s, 'points', g %% 500 FROM generate_series(1, %s) g",
            [points.id, n],
        )
        cur.execute("COMMIT")
    raw.close()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    server = local_server.start(durable=True)
    try:
        admin = PgConnection(server.url())
        admin.raw.execute("CREATE DATABASE bench")
        admin.close()
        url = server.url("bench")
        fill(url, n)
        with tempfile.TemporaryDirectory() as folder:
            s = Services.open(url, staff_id=OWNER_STAFF, till="bench")
            outbox = Outbox(Path(folder) / "outbox-bench.sqlite3", "bench")
            start = time.perf_counter()
            copied = outbox.refresh_copy(s)
            took = time.perf_counter() - start
            size = (Path(folder) / "outbox-bench.sqlite3").stat().st_size
            outbox.close()
            s.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"members copied: {copied}")
        print(f"refresh_copy: {took:.2f} s ({copied / took:,.0f} members/s)")
        print(f"outbox file: {size / 2**20:.1f} MiB; peak memory of the process: {peak:.0f} MiB")
    finally:
        server.remove()


if __name__ == "__main__":
    main()
