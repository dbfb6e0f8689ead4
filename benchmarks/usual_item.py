"""Time the counter's "usual item" on a big file: a million visits, one member with tens
of thousands of them.

After a scan the checkout pre-fills the member's usual item (``domain/usual.py``): the
item bought on most of their last 50 visits. It is one aggregate in SQL over an index
(``store/extras.py``), so its cost must not grow with the member's history or the shop's
size. This builds a shop with 100,000 members and a million visits with items (written
directly, as ``generate.py`` does: tooling, not the app), plus one regular with
``--big`` visits, and times the query for random members and for the regular. It also
reads the plan, to show that neither table is scanned. Target: p95 ≤ 5 ms for both.

    uv run python benchmarks/usual_item.py [--members 100000] [--visits 1000000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import percentile  # noqa: E402


def fill(services, members: int, visits: int, big: int, rng: random.Random) -> tuple[int, int]:
    """Members, visits and their items, straight into the tables; returns the regular's
    id and how many items the list has."""
    from loyalty_pos.domain.clock import to_db
    from loyalty_pos.domain.programs import StampProgram
    from loyalty_pos.domain.schemes import Item

    coffee = services.programs.add(StampProgram(0, "Coffee card", 10, "Free coffee"))
    stamps = frozenset({coffee.id})
    items = [
        services.schemes.add_item(Item(0, f"Item {n}", "coffee", 500 + 50 * n, stamps)).id
        for n in range(12)
    ]
    db = services.db
    start = datetime(2024, 1, 1, tzinfo=UTC)
    stamp = to_db(start)
    db.execute("PRAGMA synchronous = OFF")  # a scratch file: one commit, no fsync per row
    db.execute("BEGIN")  # one transaction for the whole fill
    try:
        db.conn.executemany(
            "INSERT INTO members (id, name, marketing_consent, created_at) VALUES (?, ?, 0, ?)",
            ((i, f"Member {i}", stamp) for i in range(1, members + 2)),
        )
        regular = members + 1
        owners = [rng.randint(1, members) for _ in range(visits)] + [regular] * big
        rng.shuffle(owners)  # a member's visits scattered over the table, as in a shop
        rows, lines = [], []
        for n, member in enumerate(owners, start=1):
            at = to_db(start + timedelta(minutes=n))
            rows.append((n, member, 1, at, f"b{n}"))
            favourite = items[member % len(items)]
            lines.append((n, favourite if rng.random() < 0.7 else rng.choice(items), 1))
        db.conn.executemany(
            "INSERT INTO visits (id, member_id, staff_id, created_at, request_id) "
            "VALUES (?, ?, ?, ?, ?)",
            rows,
        )
        db.conn.executemany(
            "INSERT INTO visit_items (visit_id, item_id, quantity) VALUES (?, ?, ?)", lines
        )
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    db.execute("ANALYZE")
    return regular, len(items)


def timed(run, samples: list) -> list[float]:
    out = []
    for arg in samples:
        t0 = time.perf_counter()
        run(arg)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--big", type=int, default=20_000, help="the regular's visits")
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from loyalty_pos.domain.usual import USUAL_WINDOW, usual_item
    from loyalty_pos.services import Services
    from loyalty_pos.store.extras import ITEM_TALLIES_SQL, ExtrasStore

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(Path(tmp) / "shop.sqlite3")
        t0 = time.perf_counter()
        regular, n_items = fill(services, args.members, args.visits, args.big, rng)
        print(f"filled in {time.perf_counter() - t0:.1f} s: {args.members:,} members, "
              f"{args.visits + args.big:,} visits; the regular has {args.big:,}")  # fmt: skip
        store = ExtrasStore(services.db)
        on_list = set(range(1, n_items + 1))

        def usual(member_id: int) -> int | None:
            return usual_item(store.item_tallies(member_id, USUAL_WINDOW), on_list)

        members = [rng.randint(1, args.members) for _ in range(args.samples)]
        random_ms = timed(usual, members)
        big_ms = timed(usual, [regular] * args.samples)
        plan = " | ".join(
            r[-1]
            for r in services.db.execute(
                "EXPLAIN QUERY PLAN " + ITEM_TALLIES_SQL, [regular, USUAL_WINDOW]
            )
        )
        services.close()
    print(f"plan: {plan}")
    for label, ms in (("random member", random_ms), (f"the regular ({args.big:,})", big_ms)):
        p50, p95 = percentile(ms, 50), percentile(ms, 95)
        verdict = "PASS" if p95 <= 5 else "FAIL"
        print(f"usual item, {label}: p50 {p50:.2f} ms, p95 {p95:.2f} ms (≤ 5 ms) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
