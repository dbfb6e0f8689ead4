"""The one channel through which screens learn that data changed.

Vorta's application-wide signal hub with Anki's change sets: every use case the UI runs
goes through ``Ops.run`` (``ui/ops.py``), which publishes the ``Changes`` it made here;
the counter, the member panel, the checkout and the owner's screens subscribe and each
refreshes only what concerns it. ``ExternalWatch`` adds writes by other processes (the
admin command line, other tills): on a file by polling SQLite's ``data_version``
(``FROM_OUTSIDE``: something changed), on a server from the notes the other tills'
commits sent (``LISTEN``: which members, visits, settings changed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.changes import NOTHING, Changes
from ..services.changes import ChangeTracker

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """``changed(Changes)`` for every subscriber; nothing is sent for no change."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


class ExternalWatch(QObject):
    """Publishes what another process committed to the shop (``external`` changes).

    Polled every ``interval_ms`` (a second: the counter shows another writer's change
    within two). ``is_idle`` lets the counter postpone the news while a use case of its
    own is running or a scanner burst is arriving; it is checked again next tick, the
    news of both ticks together.
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
        self._pending: Changes = NOTHING
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.tracker.from_elsewhere()  # from now on
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        try:
            self._pending = self._pending | self.tracker.from_elsewhere()
        except Exception:  # a closed or vanished shop: stop watching, say so in the log
            log.exception("watching the shop for other writers failed; stopped")
            self.timer.stop()
            return
        if self._pending and self.is_idle():
            news, self._pending = self._pending, NOTHING
            self.bus.publish(news)
