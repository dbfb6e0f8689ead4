"""What the one change path costs: a checkout commit with and without the change notes,
the idle poll for other writers, and importing the core without Qt.

Makes its own shop in a temporary folder (2,000 members with a punch card and a points
program), then confirms checkouts in rounds that alternate between a connection without
the TEMP-trigger notes (the command line) and one with them (the counter:
``services.changes.start()`` and each checkout inside ``collect()``, as ``Ops.run`` does).
Each checkout is one durable transaction (WAL, synchronous=FULL), timed from the call to
its return.

    uv run python benchmarks/change_notes.py [--checkouts 400] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_shop(path: Path, members: int) -> list[int]:
    from loyalty_pos.domain.programs import StampProgram
    from loyalty_pos.domain.schemes import PointsProgram
    from loyalty_pos.domain.validation import MemberInput
    from loyalty_pos.services import Services
    from loyalty_pos.store.database import write_transaction

    s = Services.open(path)
    s.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))
    s.schemes.add_points(PointsProgram(0, "Beans"))
    with write_transaction(s.db):
        ids = [s.members.enroll(MemberInput(f"Member {i}")).id for i in range(members)]
    s.close()
    return ids


def timed_checkouts(path: Path, ids: list[int], n: int, tracked: bool, start: int) -> list[float]:
    from loyalty_pos.services import Services
    from loyalty_pos.services.checkout import CheckoutRequest

    s = Services.open(path)
    if tracked:
        s.changes.start()
    times = []
    for i in range(n):
        member = ids[(start + i * 7919) % len(ids)]
        request = CheckoutRequest(amount=1000 + i)
        t = time.perf_counter()
        with s.changes.collect():
            s.checkout.confirm(member, request, f"r{tracked}-{start}-{i}")
        times.append((time.perf_counter() - t) * 1000)
    s.close()
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkouts", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--members", type=int, default=2000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="change-notes-"))
    path = folder / "shop.sqlite3"
    ids = make_shop(path, args.members)
    results: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    for r in range(args.rounds):
        for tracked in (False, True) if r % 2 == 0 else (True, False):
            t = timed_checkouts(path, ids, args.checkouts, tracked, r * 100_000)
            results[tracked].append((percentile(t, 50), percentile(t, 95)))
    for tracked, label in ((False, "without notes (command line)"), (True, "with notes (counter)")):
        p50 = statistics.median(a for a, _ in results[tracked])
        p95 = statistics.median(b for _, b in results[tracked])
        print(
            f"checkout commit {label}: p50 {p50:.2f} ms, p95 {p95:.2f} ms "
            f"(median of {args.rounds} rounds x {args.checkouts})"
        )

    from loyalty_pos.services import Services

    s = Services.open(path)
    s.changes.start()
    t = time.perf_counter()
    for _ in range(10_000):
        s.changes.written_elsewhere()
    print(f"idle poll (PRAGMA data_version): {(time.perf_counter() - t) * 100:.2f} µs a poll")
    s.close()

    code = (
        "import loyalty_pos.services, sys; "
        "assert not any(m.startswith('PySide6') for m in sys.modules)"
    )
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        runs.append(time.perf_counter() - t)
    print(
        f"import loyalty_pos.services in a fresh interpreter, no Qt: "
        f"median {statistics.median(runs) * 1000:.0f} ms of 5"
    )


if __name__ == "__main__":
    main()
