"""Where the shop's file lives.

Precedence: ``--db PATH``, then ``LOYALTY_POS_DB``, then the per-user data directory
that Qt reports for this platform (e.g. ``~/.local/share/LoyaltyPOS/Loyalty POS`` on
Linux, ``%APPDATA%`` on Windows). The demo shop has a file of its own beside the real one,
so trying the demo never touches real members.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DB = "LOYALTY_POS_DB"
APP_NAME = "Loyalty POS"
ORG_NAME = "LoyaltyPOS"
DB_FILE = "loyalty.sqlite3"
DEMO_FILE = "demo-shop.sqlite3"


def set_app_identity() -> None:
    """Names Qt uses to build the per-user data directory; set before any path is asked.

    Qt is imported here, not at the top: the services open files beside a database
    (:func:`backup_dir`) and must not load Qt to do it."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)


def data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    set_app_identity()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def resolve_db(explicit: str | None, *, demo: bool = False) -> Path:
    """The database file to open, by the precedence above."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DB)
    if env and not demo:
        return Path(env).expanduser()
    if demo and env:
        return Path(env).expanduser().with_name(DEMO_FILE)
    return data_dir() / (DEMO_FILE if demo else DB_FILE)

