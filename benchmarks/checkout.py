"""Measure a checkout commit with five programs active on the 100,000-member shop.

Copies the generated shop (``benchmarks/generate.py``; made if missing), migrates the
copy, adds a points program (with a catalogue reward and a promotion), cashback, a
prepaid pass, two tiers and an item list beside the two punch cards, then confirms
checkouts for random members: an amount, two items (stamps and points), and every
fifth one a reward paid with points and store credit. Each is one durable transaction,
timed from the call to its return (preview excluded). Target: p95 ≤ 20 ms.

Beside each checkout the same run commits a bare ``sqlite3`` insert (one row, WAL,
``synchronous=FULL``, its own file in the same folder): what the disk alone costs on
this machine at this moment. Issue 16's target is the checkout's median at most twice
the bare one's; both medians, the ratio and the CPU time of each (``process_time``) are
printed, so a noisy disk and a heavy checkout can be told apart.

    uv run python benchmarks/checkout.py [--samples 1000] [--db PATH]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import ensure_db, percentile, sample_members, working_copy  # noqa: E402


def set_up(services) -> dict:
    from loyalty_pos.domain.programs import RewardKind
    from loyalty_pos.domain.schemes import (
        CatalogueReward,
        CreditProgram,
        Item,
        PassProgram,
        PointsProgram,
        Promotion,
        Tier,
    )

    s = services.schemes
    coffee = services.programs.by_name("Coffee card")
    pastry = services.programs.by_name("Pastry card")
    points = s.add_points(PointsProgram(0, "Points", 1, 100, points_per_item=2, point_value=5))
    s.add_promotion(Promotion(0, points.id, "Double Tuesday", 200, weekday=1))
    reward = s.add_reward(
        CatalogueReward(0, points.id, "10 % off", 100, RewardKind.PERCENT_DISCOUNT, 10, 1000)
    )
    s.add_credit(CreditProgram(0, "Cashback", 200))
    s.add_pass(PassProgram(0, "10 coffees", 10, 9000))
    s.add_tier(Tier(0, "Silver", 1, min_spend=20_000, earn_multiplier_pct=125))
    s.add_tier(Tier(0, "Gold", 2, min_spend=60_000, earn_multiplier_pct=150, discount_bp=500))
    latte = s.add_item(Item(0, "Latte", "coffee", 1200, frozenset({coffee.id, points.id})))
    croissant = s.add_item(Item(0, "Croissant", "pastry", 800, frozenset({pastry.id})))
    s.set_discounts_per_visit(2)
    return {"points": points, "reward": reward, "latte": latte, "croissant": croissant}


class BareCommit:
    """One row inserted and committed with plain ``sqlite3``: the disk's own cost."""

    def __init__(self, path: Path) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        self.conn = sqlite3.connect(str(path), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, amount INTEGER, at TEXT)")
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def commit(self, amount: int) -> None:
        t, c = time.perf_counter(), time.process_time()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT INTO t (amount, at) VALUES (?, datetime('now'))", [amount])
        self.conn.execute("COMMIT")
        self.wall.append((time.perf_counter() - t) * 1000)
        self.cpu.append((time.process_time() - c) * 1000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "benchmarks/data/shop-100k.sqlite3")
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    ensure_db(args.db)
    work = working_copy(args.db)

    from loyalty_pos.domain.errors import UserError
    from loyalty_pos.services import Services
    from loyalty_pos.services.checkout import CheckoutRequest

    t0 = time.perf_counter()
    services = Services.open(work, backup_dir=work.parent / "backups")
    migrate_s = time.perf_counter() - t0
    members = services.members.count()
    ledger_rows = services.db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0]
    ids = set_up(services)
    rng = random.Random(args.seed)
    sample = sample_members(work, args.samples, rng)
    times: list[float] = []
    cpu: list[float] = []
    bare = BareCommit(work.parent / "bare.sqlite3")
    refused = 0
    for i, (mid, _, _) in enumerate(sample):
        req = CheckoutRequest(
            amount=rng.randrange(500, 8000),
            items={ids["latte"].id: rng.randint(1, 2), ids["croissant"].id: 1},
        )
        if i % 5 == 4:
            services.checkout.confirm(mid, CheckoutRequest(amount=30_000), uuid.uuid4().hex)
            req = CheckoutRequest(
                amount=req.amount,
                items=req.items,
                redeem_rewards=(ids["reward"].id,),
                use_credit=100,
            )
        t, c = time.perf_counter(), time.process_time()
        try:
            services.checkout.confirm(mid, req, uuid.uuid4().hex)
        except UserError:
            refused += 1
            continue
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        bare.commit(req.amount)
    problems = services.maintenance.check(full=False).problems
    services.close()
    p50, p95 = percentile(times, 50), percentile(times, 95)
    print(f"shop: {members:,} members, {ledger_rows:,} ledger rows before the run")
    print(f"migration of the copy to the checkout schema: {migrate_s:.1f} s")
    print(f"checkouts timed: {len(times)} (refused: {refused})")
    print(f"checkout commit, 5 programs + tiers: p50 {p50:.2f} ms, p95 {p95:.2f} ms (target 20)")
    b50 = statistics.median(bare.wall)
    print(
        f"bare sqlite3 insert + commit (WAL, FULL), same run: p50 {b50:.2f} ms, "
        f"p95 {percentile(bare.wall, 95):.2f} ms; CPU p50 {statistics.median(bare.cpu):.2f} ms"
    )
    print(f"checkout CPU p50 {statistics.median(cpu):.2f} ms")
    print(f"checkout ÷ bare commit, medians: {statistics.median(times) / b50:.2f}× (target ≤ 2×)")
    print(f"ledger check after the run: {problems or 'ok'}")
    return 0 if p95 <= 20 and not problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
