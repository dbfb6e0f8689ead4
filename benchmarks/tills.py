"""Several tills on one PostgreSQL server, beside one till on its own SQLite file.

    uv run python benchmarks/tills.py [--tills 4] [--checkouts 300] [--members 2000]

Starts a throw-away PostgreSQL server of its own (``store/pg/local_server.py``, with
``fsync`` on, as a shop's server runs), sets a shop up on it with a stamp card, points,
cashback and ``--members`` members, and a SQLite file with the same shop. Then:

* **one till on SQLite**: ``--checkouts`` checkouts (an amount and two items on a random
  member), each ``services.checkout.confirm`` timed from the call to its return (one
  durable transaction, ``synchronous=FULL``);
* **one till on the server**, the same;
* **``--tills`` tills on the server at once**: that many processes, each its own
  connection and till name, starting together, each making ``--checkouts`` checkouts.

For each: checkouts per second (all tills together) and the p50/p95 of one checkout.
The issue's goal: a till on the LAN server within 2× of a till on its own file. The
server here is on the same machine (the loopback stands in for a LAN: a LAN adds about
0.2-0.5 ms per round trip, a checkout makes about 60).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import percentile  # noqa: E402

CHILD = r"""
import json, random, sys, time
sys.path.insert(0, sys.argv[1])
from benchmarks.tills import run_till
print(json.dumps(run_till(sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]),
                          int(sys.argv[6]))))
"""


def make_shop(target: str | Path, members: int) -> None:
    from loyalty_pos.domain.programs import StampProgram
    from loyalty_pos.domain.schemes import CreditProgram, Item, PointsProgram
    from loyalty_pos.domain.validation import MemberInput
    from loyalty_pos.services import OWNER_STAFF, Services
    from loyalty_pos.store.database import write_transaction

    s = Services.open(target, staff_id=OWNER_STAFF, till="office")
    coffee = s.programs.add(StampProgram(0, "Coffee card", 10, "Free coffee"))
    points = s.schemes.add_points(PointsProgram(0, "Points", 1, 100))
    s.schemes.add_credit(CreditProgram(0, "Cashback", 200))
    s.schemes.add_item(Item(0, "Latte", "coffee", 1200, frozenset({coffee.id, points.id})))
    rng = random.Random(1)
    with write_transaction(s.db):
        for n in range(members):
            s.members.enroll(MemberInput(f"Member {n} {rng.choice(['Kovács', 'Nguyễn', 'Berg'])}"))
    s.close()


def run_till(target: str, till: str, checkouts: int, start: float, seed: int) -> dict:
    """One till: wait for ``start``, then time ``checkouts`` checkouts."""
    from loyalty_pos.services import Services
    from loyalty_pos.services.checkout import CheckoutRequest

    s = Services.open(target, till=till)
    ids = [r[0] for r in s.db.execute("SELECT id FROM members")]
    latte = s.db.execute("SELECT id FROM items").fetchone()[0]
    rng = random.Random(seed)
    while time.time() < start:
        time.sleep(0.001)
    times = []
    began = time.perf_counter()
    for n in range(checkouts):
        req = CheckoutRequest(amount=rng.randrange(500, 5000), items={latte: 2})
        t0 = time.perf_counter()
        s.checkout.confirm(rng.choice(ids), req, f"{till}-{seed}-{n}")
        times.append(time.perf_counter() - t0)
    wall = time.perf_counter() - began
    s.close()
    return {"times": times, "wall": wall}


def tills_at_once(target: str, tills: int, checkouts: int) -> tuple[float, list[float]]:
    start = time.time() + 3.0
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHILD,
                str(ROOT),
                target,
                f"till{n}",
                *map(str, (checkouts, start, n + 1)),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(tills)
    ]
    results = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
    times = [t for r in results for t in r["times"]]
    wall = max(r["wall"] for r in results)
    return len(times) / wall, times


def line(name: str, rate: float, times: list[float]) -> dict:
    p50, p95 = statistics.median(times) * 1000, percentile(times, 95) * 1000
    print(f"{name:<34} {rate:8.1f} checkouts/s   p50 {p50:6.2f} ms   p95 {p95:6.2f} ms")
    return {"name": name, "per_s": rate, "p50_ms": p50, "p95_ms": p95}


def main() -> int:
    from loyalty_pos.store.pg import local_server
    from loyalty_pos.store.pg.connection import PgConnection

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tills", type=int, default=4)
    parser.add_argument("--checkouts", type=int, default=300, help="per till")
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}; cores: {os.cpu_count()}")
    folder = Path(tempfile.mkdtemp(prefix="loyalty-tills-"))
    server = local_server.start(durable=True)
    figures = []
    try:
        admin = PgConnection(server.url())
        admin.raw.execute("CREATE DATABASE shop")
        admin.close()
        url = server.url("shop")
        file = folder / "shop.sqlite3"
        make_shop(file, args.members)
        make_shop(url, args.members)
        one = run_till(str(file), "file", args.checkouts, 0, 1)
        figures.append(line("1 till, SQLite file", args.checkouts / one["wall"], one["times"]))
        one = run_till(url, "server", args.checkouts, 0, 1)
        figures.append(line("1 till, PostgreSQL", args.checkouts / one["wall"], one["times"]))
        rate, times = tills_at_once(url, args.tills, args.checkouts)
        figures.append(line(f"{args.tills} tills at once, PostgreSQL", rate, times))
        ratio = figures[1]["p50_ms"] / figures[0]["p50_ms"]
        verdict = "PASS" if ratio <= 2 else "FAIL"
        print(f"one till, server ÷ file (p50): {ratio:.2f}× (goal ≤ 2×) {verdict}")
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1))
    finally:
        server.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
