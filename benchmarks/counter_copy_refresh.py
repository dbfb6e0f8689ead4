"""The counter's own refresh of the members' copy, and whether the counter stays responsive.

``ui/copy_refresher.py`` refreshes the till's last-known copy of the members in a
process of its own, waited for on a worker thread (at start, every 10 minutes, after
queued visits were sent). This starts a throw-away PostgreSQL server, fills a shop
with N members (as ``benchmarks/outbox_copy.py`` does), then runs a Qt event loop with
a 10 ms timer while the refresher works, and prints how long the refresh took and how
late the timer's ticks came (the GUI thread's responsiveness: a frozen counter shows as
a late tick), beside the same loop with no refresh running.

    uv run python benchmarks/counter_copy_refresh.py [N]      # default 100000
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
from outbox_copy import fill

from loyalty_pos.services.offline_copy_refresh import ServerTill
from loyalty_pos.store.pg import local_server
from loyalty_pos.store.pg.connection import PgConnection
from loyalty_pos.ui.copy_refresher import CopyRefresher

TICK_MS = 10


def lateness(app: QApplication, seconds: float | None, refresher: CopyRefresher | None) -> list:
    """Run the event loop with a 10 ms timer; each tick's lateness in ms. Ends after
    ``seconds``, or when the refresher says it is done."""
    late: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        late.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    if refresher is not None:
        refresher.done.connect(lambda _n: app.quit())
        refresher.failed.connect(lambda why: (print("failed:", why), app.quit()))
        QTimer.singleShot(0, refresher.refresh_now)
    else:
        QTimer.singleShot(int((seconds or 1) * 1000), app.quit)
    app.exec()
    timer.stop()
    return late


def summary(late: list[float]) -> str:
    ordered = sorted(late)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    return (
        f"ticks {len(late)}, lateness median {statistics.median(late):.1f} ms, "
        f"p99 {p99:.1f} ms, max {max(late):.1f} ms"
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication([])
    server = local_server.start(durable=True)
    try:
        admin = PgConnection(server.url())
        admin.raw.execute("CREATE DATABASE bench")
        admin.close()
        url = server.url("bench")
        fill(url, n)
        with tempfile.TemporaryDirectory() as folder:
            refresher = CopyRefresher(ServerTill(url, "bench", "main"), Path(folder))
            copied: list[int] = []
            refresher.done.connect(copied.append)
            start = time.perf_counter()
            busy = lateness(app, None, refresher)
            took = time.perf_counter() - start
            refresher.wait(60)
            idle = lateness(app, 3.0, None)
        print(f"members copied: {copied[0] if copied else 0} of {n}")
        print(f"refresh in its own process (started, copied, answered): {took:.2f} s")
        print(f"event loop during the refresh: {summary(busy)}")
        print(f"event loop idle (3 s):          {summary(idle)}")
    finally:
        server.remove()


if __name__ == "__main__":
    main()
