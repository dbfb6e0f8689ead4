"""The counter refreshes its own copy of the members, in the background (issue 18, part 5).

What the offline counter looks members up in (``services/offline_copy_refresh.py``) is
refreshed when the till starts (after the window is on screen), every ``EVERY_MS`` and
after queued visits were sent. Each refresh runs in a process of its own
(``services/copy_refresh_process.py``: on a thread of the counter's process it slowed
the scanner's keys enough to be taken as typing), waited for on a thread, so the
cashier scans and confirms meanwhile; only its answer (how many members were copied,
or why not) comes back, picked up by the GUI thread. One refresh at a time: one asked
while another runs is noted and runs after it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..services.copy_refresh_process import refresh_in_process
from ..services.offline_copy_refresh import ServerTill

log = logging.getLogger(__name__)

EVERY_MS = 10 * 60 * 1000  # the copy is at most this old while the server answers
FIRST_AFTER_MS = 2000  # after the window's first paint and the start-up jobs' first steps
POLL_MS = 100  # how often the GUI thread looks for the worker's answer while it runs


class CopyRefresher(QObject):
    """Runs ``refresh_copy`` for one till in a child process, now and every few minutes."""

    done = Signal(int)  # members copied
    failed = Signal(str)  # why not (the server away): the next one tries again

    def __init__(
        self,
        where: ServerTill,
        folder: Path,
        parent: QObject | None = None,
        *,
        refresh: Callable[[ServerTill, Path], int] = refresh_in_process,
    ) -> None:
        super().__init__(parent)
        self.where = where
        self.folder = folder
        self._refresh = refresh
        self._thread: threading.Thread | None = None
        self._again = False  # asked while one ran: run once more after it
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.refresh_now)
        self.done.connect(self._finished)
        self.failed.connect(self._finished)
        self._box: list[tuple[bool, object]] = []  # the worker's answer, for the GUI thread
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

    def start(self, first_after_ms: int = FIRST_AFTER_MS) -> None:
        """The first refresh soon (the window is on screen by then), then every few
        minutes."""
        QTimer.singleShot(first_after_ms, self, self.refresh_now)
        self.timer.start()

    def stop(self, wait_s: float = 0.0) -> None:
        """No more refreshes; wait up to ``wait_s`` for the one running (the window
        closing: its answer must not reach an object being deleted)."""
        self.timer.stop()
        self._poll.stop()  # a refresh still running is not heard
        self._again = False
        if wait_s:
            self.wait(wait_s)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def refresh_now(self) -> None:
        """Refresh now, or right after the refresh running now."""
        if self.running:
            self._again = True
            return
        box = self._box = []
        where, folder, refresh = self.where, self.folder, self._refresh

        def work() -> None:  # touches no Qt object: the answer waits in ``box``
            try:
                box.append((True, refresh(where, folder)))
            except Exception as exc:  # the server away, or gone mid-way: try later
                log.info("the copy of the members was not refreshed: %s", exc)
                box.append((False, str(exc) or type(exc).__name__))

        self._thread = threading.Thread(target=work, name="copy-refresh", daemon=True)
        self._thread.start()
        self._poll.start()

    def _collect(self) -> None:
        """On the GUI thread: the worker's answer, once it has one. A worker thread never
        emits a Qt signal itself (a signal sent from a plain Python thread, as that
        thread ended, crashed the process once while the window was closing)."""
        if not self._box:
            if not self.running:  # ended without an answer: nothing to tell
                self._poll.stop()
            return
        self._poll.stop()
        ok, value = self._box.pop()
        if ok:
            self.done.emit(value)
        else:
            self.failed.emit(value)

    def wait(self, timeout: float) -> bool:
        """Wait for the refresh running now (tests, and the window closing)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running

    def _finished(self, *_: object) -> None:
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.refresh_now)
