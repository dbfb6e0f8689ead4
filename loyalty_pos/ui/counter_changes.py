"""The counter's change path, set up in one place: the bus, ``Ops``, the log file and the
watch on other writers.

Every counter window owns one ``CounterChanges``. It starts the tracker's notes on the
shop's connection, puts ``loyalty-pos.log`` beside the shop's file (a server shop's in
the till's data folder), and polls for writes by other processes (``loyalty-pos admin``,
another till: on a server, ``LISTEN``, see ``services/changes.py``). The watch waits while a
scanner burst is being held or a use case of the counter runs, so the news never lands
in the middle of either (``is_idle``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QObject

from ..paths import state_dir
from ..services import Services
from ..store.dialect import is_server
from . import error_log
from .bus import ChangeBus, ExternalWatch
from .ops import Ops


def data_folder(services: Services) -> Path | None:
    """The folder of the shop's file (where the log goes); for a shop on a server, the
    till's own data folder (beside its ``till.json``); None for a memory file."""
    if is_server(services.db):
        return state_dir()
    return services.path.parent if services.path is not None else None


class CounterChanges(QObject):
    """``bus``, ``ops`` and ``watch`` of one counter window."""

    _logging: ClassVar[Counter[Path]] = Counter()  # windows logging to each file

    def __init__(
        self,
        services: Services,
        scanning: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = ChangeBus(self)
        services.changes.start()
        folder = data_folder(services)
        log_path = error_log.install(folder) if folder is not None else None
        if log_path is not None:
            CounterChanges._logging[log_path] += 1
        self.log_path = log_path
        self.ops = Ops(services.changes, self.bus, log_path)
        self._scanning = scanning
        self.watch = ExternalWatch(services.changes, self.bus, self.is_idle, parent=self)

    def is_idle(self) -> bool:
        """No burst of scanner keys held, no use case running: news may be shown now."""
        return not self.ops.busy and not self._scanning()

    def start(self) -> None:
        self.watch.start()

    def stop(self) -> None:
        """The window closed: no more watching; the log file is let go with the last
        window that wrote to it (a rebuilt window takes over the same file)."""
        self.watch.stop()
        path, self.log_path = self.log_path, None
        if path is None:
            return
        CounterChanges._logging[path] -= 1
        if CounterChanges._logging[path] <= 0:
            del CounterChanges._logging[path]
            error_log.remove(path)
