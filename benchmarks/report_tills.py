"""The owner's reports per branch and per till on a PostgreSQL server (issue 18).

    uv run python benchmarks/report_tills.py [--members 20000] [--visits 200000]

Starts a throw-away PostgreSQL (``store/pg/local_server``), writes a shop in bulk (SQL
over ``generate_series``, triggers off, the dashboard's summary rows filled once after,
as m015 fills an existing shop): members enrolling over two years, visits spread evenly
over them at four tills in two branches (A, B in "north"; C, D in "south"), two ledger
rows a visit, some voided and refunded. Then prints the wall time of the 12-month and
this-month dashboards and of a day's end of day for the whole shop (summary rows), for
a branch and for a till (raw rows of those tills), and checks that the branches add up
to the whole shop. The server is removed at the end. The data is not a believable shop;
it has the sizes the queries care about.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from loyalty_pos.domain.clock import to_db  # noqa: E402
from loyalty_pos.services import OWNER_STAFF, Services  # noqa: E402
from loyalty_pos.store import schema_report_totals as totals  # noqa: E402
from loyalty_pos.store.pg import local_server  # noqa: E402
from loyalty_pos.store.pg.connection import PgConnection  # noqa: E402

TZ = ZoneInfo("Europe/Budapest")
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=TZ)
SPAN_DAYS = 730
TILLS = {"A": "north", "B": "north", "C": "south", "D": "south"}


class FixedClock:
    def __call__(self) -> datetime:
        return NOW


def generate(url: str, visits: int, members: int) -> float:
    t0 = time.perf_counter()
    services = Services.open(url, clock=FixedClock(), staff_id=OWNER_STAFF, till="A")
    raw = services.db.conn.raw
    for name, branch in TILLS.items():
        raw.execute(
            "INSERT INTO tills (name, branch, created_at) VALUES (%s, %s, %s) "
            "ON CONFLICT (name) DO UPDATE SET branch = excluded.branch",
            [name, branch, to_db(NOW)],
        )
    first = NOW - timedelta(days=SPAN_DAYS)
    span = SPAN_DAYS * 86400
    stamp = 'to_char(%s, \'YYYY-MM-DD"T"HH24:MI:SS.US"Z"\')'
    base = f"(timestamp '{first.astimezone(ZoneInfo('UTC')).replace(tzinfo=None)}')"
    raw.execute("SET session_replication_role = replica")  # no triggers for the bulk rows
    raw.execute(
        "INSERT INTO programs (id, name, kind, stamps_needed, reward_text, reward_kind, "
        "reward_value, created_at) VALUES (1, 'Coffee card', 'stamp', 10, 'Free coffee', "
        "'free_item', 0, %s)",
        [to_db(first)],
    )
    enrolled = f"{base} + make_interval(secs => i::float8 / {members} * {span} * 0.9)"
    raw.execute(
        f"""INSERT INTO members (id, name, marketing_consent, created_at, created_by)
            SELECT i, 'Member ' || i, i % 2,
                   {stamp % enrolled},
                   3
            FROM generate_series(1, {members}) AS i"""
    )
    raw.execute(
        f"""INSERT INTO visits (id, member_id, staff_id, created_at, request_id, status,
                                amount, discount, charged, refunded, till)
            SELECT i, ((i * 7919) % greatest(1, least({members},
                        (i::bigint * {members}) / ({visits} * 0.9))::int)) + 1,
                   3,
                   {stamp % f"{base} + make_interval(secs => i::float8 * {span} / {visits})"},
                   NULL,
                   CASE WHEN i % 500 = 0 THEN 'voided' WHEN i % 1000 = 1 THEN 'refunded'
                        ELSE 'confirmed' END,
                   500 + (i * 37) % 3000, 0, 500 + (i * 37) % 3000,
                   CASE WHEN i % 1000 = 1 THEN 500 + (i * 37) % 3000 ELSE 0 END,
                   (ARRAY['A', 'B', 'C', 'D'])[1 + i % 4]
            FROM generate_series(1, {visits}) AS i"""
    )
    raw.execute(
        """INSERT INTO ledger (member_id, program_id, visit_id, account, kind, delta,
                               staff_id, created_at, till)
           SELECT v.member_id, 1, v.id, k.account, k.kind, k.delta, v.staff_id,
                  v.created_at, v.till
           FROM visits v CROSS JOIN (VALUES ('rewards', 'complete', 1),
                                            ('rewards', 'redeem', -1)) AS k(account, kind, delta)
           WHERE v.id % 10 = 0"""
    )
    raw.execute("SET session_replication_role = DEFAULT")
    raw.execute("ANALYZE")
    totals.fill(services.db)
    raw.execute("ANALYZE")
    services.close()
    return time.perf_counter() - t0


def timed(fn, runs: int = 3) -> tuple[float, object]:
    walls, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        walls.append(time.perf_counter() - t0)
    return statistics.median(walls), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--visits", type=int, default=200_000)
    args = parser.parse_args()
    server = local_server.start()
    try:
        admin = PgConnection(server.url())
        admin.raw.execute("CREATE DATABASE report_tills")
        admin.close()
        url = server.url("report_tills")
        made = generate(url, args.visits, args.members)
        print(f"shop: {args.members:,} members, {args.visits:,} visits, 4 tills: {made:.1f} s")
        services = Services.open(url, clock=FixedClock(), staff_id=OWNER_STAFF, till="A")
        presets = services.reports.presets()
        day = NOW.date() - timedelta(days=1)
        scopes = {"whole shop": {}, "branch north": {"branch": "north"}, "till C": {"till": "C"}}
        sums: dict[str, tuple[int, int]] = {}
        for label, scope in scopes.items():
            reports = services.reports.scoped(**scope)
            for preset in ("year", "month"):
                start, end = presets[preset]
                wall, d = timed(lambda r=reports, s=start, e=end: r.dashboard(s, e))
                sums[label, preset] = (d.current.visits, d.current.sales)  # type: ignore[index,union-attr]
                print(
                    f"dashboard {preset:5} {label:12}  {wall * 1000:8.0f} ms  "
                    f"visits {d.current.visits:,}"
                )  # type: ignore[union-attr]
            wall, eod = timed(lambda r=reports: r.drawer(day))
            print(f"end of day      {label:12}  {wall * 1000:8.0f} ms  visits {eod.total.visits:,}")  # type: ignore[union-attr]
        wall, _ = timed(lambda: services.reports.drawers_by_till(day))
        print(f"end of day by till (4)        {wall * 1000:8.0f} ms")
        south = services.reports.scoped(branch="south")
        for preset in ("year", "month"):
            start, end = presets[preset]
            d = south.dashboard(start, end)
            north = sums["branch north", preset]
            both = (north[0] + d.current.visits, north[1] + d.current.sales)
            assert both == sums["whole shop", preset], (preset, both, sums["whole shop", preset])
        print("north + south = whole shop: checked (visits, sales; year and month)")
        services.close()
    finally:
        server.remove()


if __name__ == "__main__":
    main()
