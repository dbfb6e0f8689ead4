"""Asking the shop's server every 15 s whether it is back, without freezing the till.

A probe opens a connection and closes it (``services/offline_copy_refresh.server_answers``)
on a thread of its own: a server that refuses says so at once, but an unplugged cable
takes the connection's timeout to say no, and the cashier keeps scanning meanwhile.
The GUI thread picks the answer up and says it as ``answered(bool)``; the offline counter then
reconnects there and sends what is queued.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..services.offline_copy_refresh import server_answers

TRY_EVERY_MS = 15_000


class ServerWatch(QObject):
    """Probes ``url`` every ``TRY_EVERY_MS`` while started; one probe at a time."""

    answered = Signal(bool)

    def __init__(
        self,
        url: str,
        parent: QObject | None = None,
        *,
        probe: Callable[[str], bool] = server_answers,
    ) -> None:
        super().__init__(parent)
        self.url = url
        self._probe = probe
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TRY_EVERY_MS)
        self.timer.timeout.connect(self.probe_now)
        self._box: list[bool] = []  # the probe's answer, for the GUI thread
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._collect)

    def start(self) -> None:
        self.timer.start()

    def stop(self, wait_s: float = 0.0) -> None:
        """No more probes; wait up to ``wait_s`` for the one running (closing)."""
        self.timer.stop()
        self._poll.stop()  # a probe still running is not heard
        if wait_s and self._thread is not None:
            self._thread.join(wait_s)

    def probe_now(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        box = self._box = []
        url, probe = self.url, self._probe

        def work() -> None:  # touches no Qt object: the answer waits in ``box``
            try:
                box.append(bool(probe(url)))
            except Exception:  # a probe never fails the till: "not yet"
                box.append(False)

        self._thread = threading.Thread(target=work, name="server-probe", daemon=True)
        self._thread.start()
        self._poll.start()

    def _collect(self) -> None:
        """On the GUI thread: the probe's answer once there is one (a worker thread never
        emits a Qt signal itself, see ``copy_refresher.py``)."""
        if not self._box:
            if self._thread is None or not self._thread.is_alive():
                self._poll.stop()
            return
        self._poll.stop()
        self.answered.emit(self._box.pop())
