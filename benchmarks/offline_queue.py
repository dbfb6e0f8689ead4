"""How long a till takes to queue a visit that spends offline (issue 18, part 5).

Before queuing a spend, the outbox reads what is already queued (and sent since its
copy) to keep each member within their allowance and what the copy says they hold
(``services/outbox.py``, ``_check_allowance``). That read grows with the queue, so this
fills a till's outbox with a copy of M members and N queued visits (a long outage at a
busy till), then times ``Outbox.queue`` of one more spend, S times, and prints the
median and p95 in milliseconds. No server: the outbox is the till's own file.

    uv run python benchmarks/offline_queue.py [N] [M] [S]   # default 2000 500 200
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from loyalty_pos.domain.textsearch import fold
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.services.outbox import ALLOWANCE, Outbox, outbox_path

POINTS = 1


def main(n: int, m: int, s: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        outbox = Outbox(outbox_path(Path(folder), "bench"), "bench")
        try:
            rows = [
                (i, f"Member {i}", fold(f"Member {i}"), None, "active",
                 {"Points": {"points": 10**6}, "Cashback": {"credit": 10**9}})
                for i in range(1, m + 1)
            ]  # fmt: skip
            names = [("program", fold("Points"), POINTS), ("program", fold("Cashback"), 2)]
            outbox.store.replace_copy(rows, names, "2026-12-06T00:00:00.000000Z", {1: 10**9})
            outbox.store.set_meta(ALLOWANCE, 10**6)
            outbox.store.set_meta("point_values", {POINTS: 1})
            for i in range(n):
                request = CheckoutRequest(amount=1000, use_credit=1 if i % 2 else 0)
                outbox.queue(i % m + 1, request, f"q{i}")
            times = []
            for j in range(s):
                request = CheckoutRequest(amount=1000, use_credit=1, use_points={POINTS: 1})
                start = time.perf_counter()
                outbox.queue(1 + j % 2, request, f"s{j}")
                times.append((time.perf_counter() - start) * 1000)
        finally:
            outbox.close()
    times.sort()
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    print(
        f"queue a spend with {n}+ visits queued, {m} members copied: "
        f"median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms ({s} spends)"
    )


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:4]]
    main(*(args + [2000, 500, 200][len(args) :]))
