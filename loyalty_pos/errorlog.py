"""The log file beside the shop's data, where unexpected errors leave their traceback.

A cashier (or a script) sees one clear sentence; whoever helps the shop later finds the
details in ``loyalty-pos.log`` in the data folder (rotated at 1 MB, three kept). The
counter (``ui``) and the command line (``cli``) both write here, so this module imports
neither and no Qt: the command line must not load the widgets to report a crash.
"""

from __future__ import annotations

import logging
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "loyalty-pos.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_handlers: dict[Path, logging.Handler] = {}


def install(folder: Path) -> Path:
    """Send the app's warnings and errors to ``folder/loyalty-pos.log`` (once per folder)."""
    path = (folder / LOG_NAME).resolve()
    if path not in _handlers:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
            )  # opened at the first line written: most days, never
        except OSError:  # a read-only folder: the log is a help, never a reason to fail
            return path
        handler.setLevel(logging.WARNING)
        handler.setFormatter(logging.Formatter(FORMAT))
        logging.getLogger("loyalty_pos").addHandler(handler)
        _handlers[path] = handler
    return path


def remove(path: Path) -> None:
    """Stop logging to ``path`` (a test's temporary folder)."""
    handler = _handlers.pop(path.resolve(), None)
    if handler is not None:
        logging.getLogger("loyalty_pos").removeHandler(handler)
        handler.close()


def record(folder: Path, source: str, error: BaseException) -> Path:
    """Append ``error``'s traceback to ``folder/loyalty-pos.log``; the file written.

    Written directly rather than through ``logging``: a process that has no handler (a
    one-shot admin command) must not have ``logging`` print the traceback on stderr
    (its last-resort handler does), which is exactly what the caller is avoiding. The
    same line format as the handler above, so one file reads as one log. Raises
    ``OSError`` when the folder cannot be written; the caller picks another.
    """
    path = (folder / LOG_NAME).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > MAX_BYTES:
        _rotate(path)
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]
    details = "".join(traceback.format_exception(error)).rstrip("\n")
    with path.open("a", encoding="utf-8", errors="backslashreplace") as log:
        log.write(f"{stamp} ERROR {source}: Unexpected error\n{details}\n")
    return path


def _rotate(path: Path) -> None:
    """``loyalty-pos.log`` → ``.1`` → ``.2`` → ``.3``, as ``RotatingFileHandler`` does."""
    for n in range(BACKUPS - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{n + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))
