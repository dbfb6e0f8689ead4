"""Time the liability statement on a big shop: the presets, a month a year ago, all time.

    uv run python benchmarks/liability.py                       # the generator's 100k shop
    uv run python benchmarks/liability.py --db benchmarks/data/dashboard.sqlite3

For each period: the ledger rows it holds, the side the store picks for the opening
balance (``forward``: the rows before the period; ``backward``: the cached balances less
the rows since its start), and the median of ``--runs`` calls each way. It also checks
that both sides give the same statement, which holds when every cached balance equals
its ledger sum (``admin check``); ``dashboard.py`` writes clamped balances, so there
the check is reported, not enforced.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from loyalty_pos.domain import metrics as m  # noqa: E402
from loyalty_pos.services import Services  # noqa: E402

DEFAULT_DB = ROOT / "benchmarks" / "data" / "shop-100k.sqlite3"


def timed(call, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} does not exist: run benchmarks/generate.py first", file=sys.stderr)
        return 2
    services = Services.open(args.db)
    liability, reports = services.liability, services.reports
    total = services.db.execute("SELECT count(*) FROM ledger").fetchone()[0]
    first, last = services.db.execute(
        "SELECT min(created_at), max(created_at) FROM ledger"
    ).fetchone()
    today = date.fromisoformat(last[:10])  # the generated history's last day
    tomorrow = today + timedelta(days=1)
    periods = {
        "today": (today, tomorrow),
        "this week": (today - timedelta(days=today.weekday()), tomorrow),
        "this month": (today.replace(day=1), tomorrow),
        "last 12 months": (m.add_months(today, -11), tomorrow),
        "a month a year ago": (
            m.add_months(today.replace(day=1), -12),
            m.add_months(today.replace(day=1), -11),
        ),
        "all time": (date.fromisoformat(first[:10]) - timedelta(days=1), tomorrow),
    }
    print(f"{args.db}: {total:,} ledger rows, last {last}")
    print(
        f"{'period':20} {'rows in it':>11} {'side':>9} {'auto':>8} {'forward':>8} {'backward':>9}"
    )
    for name, (start, end) in periods.items():
        lo, hi = reports.bound(start), reports.bound(end)
        rows = services.db.execute(
            "SELECT count(*) FROM ledger WHERE created_at >= ? AND created_at < ?", [lo, hi]
        ).fetchone()[0]
        side = liability.store.opening_side(lo, hi)
        auto, statement = timed(lambda s=start, e=end: liability.statement(s, e), args.runs)
        fwd, a = timed(lambda s=start, e=end: liability.statement(s, e, side="forward"), args.runs)
        bwd, b = timed(lambda s=start, e=end: liability.statement(s, e, side="backward"), args.runs)
        same = "" if a == b else "  (sides differ: cached balances ≠ ledger sums)"
        assert statement.balanced
        print(f"{name:20} {rows:>11,} {side:>9} {auto:>7.3f}s {fwd:>7.3f}s {bwd:>8.3f}s{same}")
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
