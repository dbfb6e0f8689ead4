"""The one channel through which screens learn that data changed.

Vorta's application-wide signal hub with Anki's change sets: every use case the UI runs
goes through ``Ops.run`` (``ui/ops.py``), which publishes the ``Changes`` it made here;
the counter, the member panel, the checkout and the owner's screens subscribe and each
refreshes only what concerns it. ``ExternalWatch`` adds writes by other processes (the
admin command line today, other tills later) by polling SQLite's ``data_version``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.changes import FROM_OUTSIDE, Changes
from ..services.changes import ChangeTracker

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """``changed(Changes)`` for every subscriber; nothing is sent for no change."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


class ExternalWatch(QObject):
    """Publishes ``FROM_OUTSIDE`` when another process committed to the shop's file.

    Polled every ``interval_ms`` (a second: the counter shows another writer's change
    within two). ``is_idle`` lets the counter postpone the news while a use case of its
    own is running or a scanner burst is arriving; it is checked again next tick.
    """

    def __init__(
        self,
        tracker: ChangeTracker,
        bus: ChangeBus,
        is_idle: Callable[[], bool] = lambda: True,
        interval_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.bus = bus
        self.is_idle = is_idle
        self._pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.tracker.written_elsewhere()  # from now on
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        try:
            self._pending = self.tracker.written_elsewhere() or self._pending
        except Exception:  # a closed or vanished file: stop watching, say so in the log
            log.exception("watching the shop's file for other writers failed; stopped")
            self.timer.stop()
            return
        if self._pending and self.is_idle():
            self._pending = False
            self.bus.publish(FROM_OUTSIDE)
