"""How soon another till's write reaches this till's screens on a server (issue 18).

Starts a throw-away PostgreSQL (``store/pg/local_server.py``), opens the shop as till A
with the counter's watch (``ui/bus.ExternalWatch``, one tick a second, as the counter
runs it) and as till B, then B confirms checkouts at random moments; for each, the time
from B's commit to A's bus publishing a ``Changes`` naming that member, plus A's re-read
of the member (what the counter's panel does next). Also the cost of one idle poll
(nothing heard) and of one poll that hears a checkout.

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/server_news.py [--checkouts 20]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkouts", type=int, default=20)
    parser.add_argument("--polls", type=int, default=200)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QElapsedTimer

    from loyalty_pos.domain.programs import StampProgram
    from loyalty_pos.domain.validation import MemberInput
    from loyalty_pos.services import Services
    from loyalty_pos.services.checkout import CheckoutRequest
    from loyalty_pos.store.pg import local_server
    from loyalty_pos.ui.bus import ChangeBus, ExternalWatch

    app = QCoreApplication.instance() or QCoreApplication([])
    server = local_server.start()
    try:
        import psycopg

        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE news")
        url = server.url("news")
        b = Services.open(url, till="B", branch="main")
        b.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))
        ids = [b.members.enroll(MemberInput(f"Member {i}")).id for i in range(50)]
        a = Services.open(url, till="A", branch="main")
        a.changes.start()

        # the cost of a poll: idle, then one hearing a checkout
        idle = []
        for _ in range(args.polls):
            t = time.perf_counter()
            a.changes.from_elsewhere()
            idle.append((time.perf_counter() - t) * 1e6)
        hearing = []
        for i in range(min(args.polls, 50)):
            b.checkout.confirm(ids[i % len(ids)], CheckoutRequest(amount=100), f"p{i}")
            time.sleep(0.05)
            t = time.perf_counter()
            got = a.changes.from_elsewhere()
            hearing.append((time.perf_counter() - t) * 1e6)
            assert got.members, "a checkout was not heard"

        bus = ChangeBus()
        watch = ExternalWatch(a.changes, bus, interval_ms=1000)
        seen: dict[int, float] = {}
        clock = QElapsedTimer()
        clock.start()

        def heard(changes) -> None:
            for member in changes.members:
                a.members.view(member)  # what the counter's panel reads next
                seen.setdefault(member, clock.nsecsElapsed() / 1e6)

        bus.changed.connect(heard)
        watch.start()
        rng = random.Random(18)
        latencies = []
        for i in range(args.checkouts):
            member = ids[i % len(ids)]
            seen.pop(member, None)
            pause = time.monotonic() + rng.uniform(0.1, 1.1)  # any phase of the tick
            while time.monotonic() < pause:
                app.processEvents()
                time.sleep(0.005)
            b.checkout.confirm(member, CheckoutRequest(amount=1000), f"n{i}")
            committed = clock.nsecsElapsed() / 1e6
            deadline = time.monotonic() + 5
            while member not in seen and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.002)
            latencies.append(seen.get(member, float("inf")) - committed)
        watch.stop()
        a.close()
        b.close()
    finally:
        server.remove()

    print(f"idle poll: mean {statistics.mean(idle):.0f} µs, p95 {pct(idle, 95):.0f} µs "
          f"({len(idle)} polls)")  # fmt: skip
    print(f"poll hearing one checkout: mean {statistics.mean(hearing):.0f} µs, "
          f"p95 {pct(hearing, 95):.0f} µs ({len(hearing)} polls)")  # fmt: skip
    print(f"B's commit -> A's bus + member re-read ({len(latencies)} checkouts, 1 s tick): "
          f"p50 {pct(latencies, 50):.0f} ms, p95 {pct(latencies, 95):.0f} ms, "
          f"max {max(latencies):.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
