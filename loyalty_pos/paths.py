"""Where the shop's file lives (or which server holds it).

Precedence: ``--db PATH``, then ``LOYALTY_POS_DB``, then the per-user data directory
that Qt reports for this platform (e.g. ``~/.local/share/LoyaltyPOS/Loyalty POS`` on
Linux, ``%APPDATA%`` on Windows). The demo shop has a file of its own beside the real one,
so trying the demo never touches real members. A ``postgresql://`` URL in either place
names a shop on a server and stays a URL (``store/dialect.is_url``); the demo shop is
still a file then.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DB = "LOYALTY_POS_DB"
APP_NAME = "Loyalty POS"
ORG_NAME = "LoyaltyPOS"
DB_FILE = "loyalty.sqlite3"
DEMO_FILE = "demo-shop.sqlite3"
KNOWN_SHOPS = "known-shops.json"


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


def is_url(target: str | Path | None) -> bool:
    """Whether ``target`` names a PostgreSQL server (as ``store.dialect.is_url``; this
    module stays below the store)."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def resolve_db(explicit: str | None, *, demo: bool = False) -> Path | str:
    """The database file to open, or the server's URL, by the precedence above."""
    if explicit:
        return explicit if is_url(explicit) else Path(explicit).expanduser()
    env = os.environ.get(ENV_DB)
    if env and not demo:
        return env if is_url(env) else Path(env).expanduser()
    if demo and env and not is_url(env):
        return Path(env).expanduser().with_name(DEMO_FILE)
    return data_dir() / (DEMO_FILE if demo else DB_FILE)


def state_dir() -> Path:
    """The per-user data directory Qt's ``AppDataLocation`` names, worked out without Qt:
    the command line needs the shops this user opened (``known_shops_file``) and must not
    load Qt for it. Same folder as :func:`data_dir` (XDG on Linux, ``%APPDATA%`` on
    Windows, Application Support on macOS), so the till and the command line share it."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORG_NAME / APP_NAME


def known_shops_file() -> Path:
    """Where the app remembers the shop files it opened (``services/shop_identity.py``)."""
    return state_dir() / KNOWN_SHOPS
