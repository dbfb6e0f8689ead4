"""The owner's dashboard over a big shop: 2,000,000 visits and 10,000,000 ledger rows.

    uv run python benchmarks/dashboard.py --out benchmarks/data/dashboard.sqlite3

Generates its own file once (``--force`` makes it again) with bulk SQL (``INSERT ...
SELECT`` over a recursive CTE, in one transaction, indexes built after the rows), and the
dashboard's summary rows in bulk (``store/schema_report_totals.fill``, as migration m015
fills an existing shop). Then times the 12-month dashboard the way the owner's screen asks
for it (``services.reports.dashboard``: both periods' figures, the chart series, the
liability), the same on one connection, the same from the raw rows only (the path before
the summary rows, one connection), the other reports and, with ``--fill``, m015's bulk
fill on this file (rolled back); it checks that the summaries give the raw rows' figures
for the owner's four presets. The data is not a believable shop (the demo is); it has the
sizes and shapes the queries care about: 100,000 members enrolling over two years, visits
spread evenly over those two years with money on them, some voided and refunded, five
ledger rows per visit, feedback on one visit in forty. Money, stamps and points are
consistent enough for every figure to be non-zero.
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
from loyalty_pos.services import Services  # noqa: E402
from loyalty_pos.services.reports import ReportService  # noqa: E402
from loyalty_pos.store import schema_report_totals as totals  # noqa: E402
from loyalty_pos.store.reports import ReportStore  # noqa: E402

TZ = ZoneInfo("Europe/Budapest")
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=TZ)
SPAN_DAYS = 730


class FixedClock:
    def __call__(self) -> datetime:
        return NOW


def generate(path: Path, visits: int, members: int) -> float:
    t0 = time.perf_counter()
    services = Services.open(path, clock=FixedClock())
    db = services.db
    first = to_db(NOW - timedelta(days=SPAN_DAYS))
    span = SPAN_DAYS * 86400
    indexes = [
        r
        for r in db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('visits', 'ledger', 'members', 'feedback')"
        ).fetchall()
    ]
    db.execute("BEGIN")
    for name, _ in indexes:
        db.execute(f"DROP INDEX {name}")
    # The summary rows are filled once at the end, in bulk, as m015 fills an existing
    # shop; their triggers would otherwise run for each of the 12 M rows.
    totals.drop_triggers(db)
    db.execute(
        "INSERT INTO settings (key, value) VALUES ('setup_done', '1') "
        "ON CONFLICT (key) DO UPDATE SET value = '1'"
    )
    db.executescript(
        f"""
        INSERT INTO programs (id, name, kind, stamps_needed, reward_text, reward_kind,
                              reward_value, created_at)
        VALUES (1, 'Coffee card', 'stamp', 10, 'Free coffee', 'free_item', 0, '{first}'),
               (2, 'Pastry card', 'stamp', 8, '500 off', 'fixed_discount', 500, '{first}');
        INSERT INTO programs (id, name, kind, points_per_step, amount_step, created_at)
        VALUES (3, 'Points', 'points', 1, 100, '{first}');
        INSERT INTO programs (id, name, kind, rate_bp, created_at)
        VALUES (4, 'Store credit', 'credit', 200, '{first}');
        INSERT INTO rewards (program_id, name, cost, kind, value, created_at)
        VALUES (3, '1000 off', 200, 'fixed_discount', 1000, '{first}'),
               (3, '300 off', 100, 'fixed_discount', 300, '{first}');
        """
    )
    db.execute(
        f"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {members})
        INSERT INTO members (id, name, marketing_consent, created_at, created_by)
        SELECT i, 'Member ' || i, i % 2,
               strftime('%Y-%m-%dT%H:%M:%S.000000Z', '{first[:19]}',
                        '+' || ((i * 1.0 / {members}) * {span} * 0.9) || ' seconds'),
               3
        FROM n
        """
    )
    db.execute(
        "INSERT INTO staff (id, name, role, created_at) VALUES (4, 'Anna', 'cashier', ?)", [first]
    )
    # Visit i happens at an even step through the two years; its member is spread by a
    # multiplicative hash, clipped to members enrolled by then.
    db.execute(
        f"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {visits}),
        v AS (
            SELECT i,
                   ((i * 7919) % max(1, min({members}, (i * {members}) / ({visits} * 0.9)))) + 1
                       AS member_id,
                   500 + (i * 37) % 3000 AS amount,
                   CASE WHEN i % 10 = 0 THEN 500 ELSE 0 END AS discount
            FROM n
        )
        INSERT INTO visits (id, member_id, staff_id, created_at, request_id, status,
                            amount, discount, charged, refunded)
        SELECT i, member_id, 3 + (i % 2),
               strftime('%Y-%m-%dT%H:%M:%S.000000Z', '{first[:19]}',
                        '+' || (i * {span} / {visits}) || ' seconds'),
               NULL,
               CASE WHEN i % 500 = 0 THEN 'voided' WHEN i % 1000 = 1 THEN 'refunded'
                    ELSE 'confirmed' END,
               amount, discount, amount - discount,
               CASE WHEN i % 1000 = 1 THEN amount - discount ELSE 0 END
        FROM v
        """
    )
    db.execute(
        """
        INSERT INTO ledger (member_id, program_id, visit_id, account, kind, delta, staff_id,
                            created_at)
        SELECT v.member_id, k.program_id, v.id, k.account, k.kind,
               CASE k.slot WHEN 3 THEN v.charged / 100 ELSE k.delta END,
               v.staff_id, v.created_at
        FROM visits v JOIN (
            SELECT 1 AS slot, 1 AS program_id, 'stamps' AS account, 'earn' AS kind, 1 AS delta
            UNION ALL SELECT 2, 2, 'stamps', 'earn', 1
            UNION ALL SELECT 3, 3, 'points', 'earn', 0
            UNION ALL SELECT 4, 1, 'stamps', 'complete', -10
            UNION ALL SELECT 5, 1, 'rewards', 'complete', 1
        ) k
        WHERE k.slot < 4 OR v.id % 10 = 0
        UNION ALL
        SELECT v.member_id, k.program_id, v.id, k.account, k.kind, k.delta, v.staff_id,
               v.created_at
        FROM visits v JOIN (
            SELECT 4 AS slot, 4 AS program_id, 'credit' AS account, 'earn' AS kind,
                   10 AS delta
            UNION ALL SELECT 5, 1, 'rewards', 'redeem', -1
        ) k
        WHERE v.id % 10 <> 0 AND (k.slot = 4 OR v.id % 10 = 5)
        UNION ALL
        SELECT v.member_id, 4, v.id, 'credit', 'earn', 10, v.staff_id, v.created_at
        FROM visits v WHERE v.id % 10 NOT IN (0, 5)
        """
    )
    db.execute(
        """
        INSERT INTO balances (member_id, program_id, account, value)
        SELECT member_id, program_id, account, max(0, sum(delta)) FROM ledger
        GROUP BY member_id, program_id, account
        """
    )
    db.execute(
        """
        INSERT INTO feedback (visit_id, member_id, score, comment, staff_id, created_at)
        SELECT id, member_id, (id * 13) % 11, CASE WHEN id % 400 = 0 THEN 'Great coffee'
               ELSE '' END, staff_id, created_at
        FROM visits WHERE id % 40 = 0 AND status <> 'voided'
        """
    )
    db.execute(
        "INSERT INTO gift_cards (code, initial_value, balance, created_by, created_at) "
        "VALUES ('G1', 10000, 4000, 2, ?)",
        [first],
    )
    for _, sql in indexes:
        db.execute(sql)
    t1 = time.perf_counter()
    totals.fill(db)
    print(f"summary rows (m015's bulk fill) in {time.perf_counter() - t1:.1f} s")
    totals.create_triggers(db)
    db.execute("COMMIT")
    db.execute("ANALYZE")
    services.close()
    return time.perf_counter() - t0


def timed(fn, runs: int) -> tuple[float, float, float]:
    """(first, median, max) seconds of ``runs`` calls; the first call is the cold one."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times[0], statistics.median(times), max(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/data/dashboard.sqlite3")
    parser.add_argument("--visits", type=int, default=2_000_000)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--force", action="store_true", help="regenerate the file")
    parser.add_argument("--fill", action="store_true", help="also time m015's bulk fill")
    args = parser.parse_args(argv)
    if args.force or not args.out.exists():
        args.out.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.out) + suffix).unlink(missing_ok=True)
        took = generate(args.out, args.visits, args.members)
        print(f"generated {args.out} in {took:.1f} s")
    services = Services.open(args.out, clock=FixedClock())
    db = services.db
    counts = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("members", "visits", "ledger", "feedback")
    }
    size = args.out.stat().st_size / 2**20
    print(", ".join(f"{n:,} {t}" for t, n in counts.items()) + f"; file {size:.0f} MiB")
    reports = services.reports
    start, end = reports.presets()["year"]

    def on_one_connection():
        """Inside a transaction the report stays on the caller's connection (a second
        one would not see uncommitted rows): the same work on one core."""
        db.execute("BEGIN")
        try:
            return reports.dashboard(start, end)
        finally:
            db.execute("ROLLBACK")

    raw = ReportService(db, reports.clock)
    raw.store = ReportStore(db, summaries=False)

    def raw_on_one_connection():
        db.execute("BEGIN")
        try:
            return raw.dashboard(start, end)
        finally:
            db.execute("ROLLBACK")

    def bulk_fill():
        db.execute("BEGIN")
        try:
            totals.fill(db)
        finally:
            db.execute("ROLLBACK")

    figures = {
        "dashboard, last 12 months": lambda: reports.dashboard(start, end),
        "  the same on one connection": on_one_connection,
        "  from the raw rows, one conn.": raw_on_one_connection,
        "dashboard, this month": lambda: reports.dashboard(*reports.presets()["month"]),
        "top members, 12 months": lambda: reports.top_members(start, end),
        "lapsed regulars": reports.lapsed_regulars,
        "cohort retention, 12 months": reports.cohorts,
        "end of day": lambda: reports.end_of_day(NOW.date()),
    }
    for label, fn in figures.items():
        first, median, worst = timed(fn, args.runs)
        print(
            f"{label:32} first {first:6.3f} s  median {median:6.3f} s  max {worst:6.3f} s",
            flush=True,
        )
    assert on_one_connection() == reports.dashboard(start, end)
    for name, (lo, hi) in reports.presets().items():
        assert reports.dashboard(lo, hi) == raw.dashboard(lo, hi), name
    print("summaries equal the raw rows for the four presets", flush=True)
    if args.fill:
        took = timed(bulk_fill, 1)[0]
        print(f"m015's bulk fill on this file (rolled back): {took:.1f} s", flush=True)
    d = reports.dashboard(start, end).current
    print(
        f"12 months: {d.visits:,} visits, sales {d.sales:,}, {d.active_members:,} active, "
        f"retention {d.retention_rate:.3f}, NPS {d.nps}"
    )
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
