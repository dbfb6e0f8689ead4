"""The log file beside the shop's data, where unexpected errors leave their traceback.

A cashier sees one clear sentence; whoever helps the shop later finds the details in
``loyalty-pos.log`` in the data folder (rotated at 1 MB, three kept).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "loyalty-pos.log"
_handlers: dict[Path, logging.Handler] = {}


def install(folder: Path) -> Path:
    """Send the app's warnings and errors to ``folder/loyalty-pos.log`` (once per folder)."""
    path = (folder / LOG_NAME).resolve()
    if path not in _handlers:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
            )  # opened at the first line written: most days, never
        except OSError:  # a read-only folder: the log is a help, never a reason to fail
            return path
        handler.setLevel(logging.WARNING)
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        logging.getLogger("loyalty_pos").addHandler(handler)
        _handlers[path] = handler
    return path


def remove(path: Path) -> None:
    """Stop logging to ``path`` (a test's temporary folder)."""
    handler = _handlers.pop(path.resolve(), None)
    if handler is not None:
        logging.getLogger("loyalty_pos").removeHandler(handler)
        handler.close()
