"""The counter's two reads on a big shop, on its SQLite file and on a PostgreSQL server.

    uv run python benchmarks/server_counter.py --file SHOP.sqlite3 --url postgresql://…/shop

The same shop on both (``admin migrate-to`` copies the file to the server; the script
never writes). For each engine, in this process, on the app's own connection:

* **scan → member**: ``services.members.lookup(card)`` for random members' cards, which
  is what the counter runs on a scan before it draws the member panel (the panel's
  drawing is the same Qt work on both engines);
* **name search**: ``services.members.search(prefix)`` for random 3–6 letter prefixes of
  the folded words of random members' names.

p50 and p95 of each, and the server ÷ file ratio (goal: within 2×).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import percentile  # noqa: E402


def samples(target: str, count: int, seed: int) -> tuple[list[str], list[str]]:
    from loyalty_pos.domain.textsearch import fold
    from loyalty_pos.services import Services

    s = Services.open(target)
    try:
        rows = s.db.execute(
            "SELECT c.code, m.name FROM cards c JOIN members m ON m.id = c.member_id "
            "WHERE c.status = 'active' ORDER BY c.code"
        ).fetchall()
    finally:
        s.close()
    rng = random.Random(seed)
    picked = rng.sample(rows, min(count, len(rows)))
    prefixes = []
    for _, name in picked:
        word = rng.choice(fold(name).split())
        prefixes.append(word[: rng.randint(3, 6)])
    return [code for code, _ in picked], prefixes


def measure(target: str, codes: list[str], prefixes: list[str]) -> dict[str, list[float]]:
    from loyalty_pos.services import Services

    s = Services.open(target, till="bench")
    out: dict[str, list[float]] = {"scan": [], "search": []}
    try:
        for code in codes[:5] + prefixes[:5]:  # warm the connection and the caches
            s.members.search(code)
        for code in codes:
            t0 = time.perf_counter()
            s.members.lookup(code)
            out["scan"].append(time.perf_counter() - t0)
        for prefix in prefixes:
            t0 = time.perf_counter()
            s.members.search(prefix)
            out["search"].append(time.perf_counter() - t0)
    finally:
        s.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}; cores: {os.cpu_count()}")
    codes, prefixes = samples(args.file, args.samples, args.seed)
    figures = {}
    for name, target in (("file", args.file), ("server", args.url)):
        figures[name] = measure(target, codes, prefixes)
    for what in ("scan", "search"):
        row = []
        for name in ("file", "server"):
            t = figures[name][what]
            row.append((statistics.median(t) * 1000, percentile(t, 95) * 1000))
            print(f"{what:<7} {name:<7} p50 {row[-1][0]:7.2f} ms   p95 {row[-1][1]:7.2f} ms")
        print(f"{what:<7} server ÷ file at p95: {row[1][1] / row[0][1]:.2f}× (goal ≤ 2×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
