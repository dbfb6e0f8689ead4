"""A damaged shop is read-only: the mark beside the file, and the refusal of every write.

When any check finds damage (the start-up quick check, ``admin check``, the chain checks,
SQLite itself answering "malformed"), the finder calls :func:`mark`. The mark is a small
file beside the shop (``shop.sqlite3.damaged``, the reason inside), not a row in it: a
damaged file may not take a write, and every process (the till, the command line, a
second till) must see it before it writes. ``write_transaction`` refuses on a connection
whose shop is marked; lookups keep working. Restoring a good backup clears the mark.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused

SUFFIX = ".damaged"


class DamagedShop(Refused):
    """A write refused because the shop's file is damaged (the reason is named)."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "The shop's file is damaged, so nothing can be saved: {reason} "
                "Restore the newest good backup (Backups, or: loyalty-pos admin backup list).",
            ),
            reason=reason,
        )


# SQLite's answers that say nothing about the file's pages: a read stopped on purpose
# (the app closing interrupts a check), another connection's lock, no memory. A check
# that meets one of these has not found damage and must not mark the shop.
NOT_DAMAGE = (
    sqlite3.SQLITE_INTERRUPT,
    sqlite3.SQLITE_BUSY,
    sqlite3.SQLITE_LOCKED,
    sqlite3.SQLITE_NOMEM,
)


def not_damage(exc: BaseException) -> bool:
    """True when ``exc`` stopped a read for a reason other than the file (see
    ``NOT_DAMAGE``); the checks re-raise these instead of reporting them as damage."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in NOT_DAMAGE


def marker(path: Path) -> Path:
    return path.with_name(path.name + SUFFIX)


def why(path: Path | None) -> str | None:
    """The recorded reason if the shop at ``path`` is marked damaged, else None."""
    if path is None:
        return None
    try:
        text = marker(path).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:  # unreadable mark: treat as damaged, say why
        return str(exc)
    return text or "damaged"


def mark(path: Path | None, reason: str, db: Database | None = None) -> None:
    """Record that the shop at ``path`` is damaged; ``db`` (a live connection) refuses
    writes from now on too. Written atomically; a folder that takes no file still makes
    ``db`` refuse."""
    one_line = " ".join(reason.split())
    if db is not None:
        refuse_writes(db, one_line)
    if path is None:
        return
    target = marker(path)
    temporary = target.with_name(target.name + ".tmp")
    try:
        temporary.write_text(one_line + "\n", encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        pass  # the live connection refuses anyway; the next check marks it again


def clear(path: Path | None, db: Database | None = None) -> None:
    """The shop is sound again (a good backup restored): writes allowed."""
    if db is not None:
        refuse_writes(db, None)
    if path is not None:
        marker(path).unlink(missing_ok=True)


def refuse_writes(db: Database, reason: str | None) -> None:
    """Set (or with None lift) the refusal on this connection.

    ``write_transaction`` refuses first, in the damage's words; SQLite's authorizer is the
    net under it, for a write that does not go through a transaction (a store helper
    called on its own): it denies every change to the shop's own tables while the mark
    stands. The connection's temporary tables (change notes, pending chain links) stay
    writable, so lookups and the change poll work on."""
    db.damaged_reason = reason  # type: ignore[attr-defined]  # our own mark on the object
    db.conn.set_authorizer(None if reason is None else _deny_shop_writes)


WRITES = {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}
SCHEMA_CHANGES = {
    sqlite3.SQLITE_CREATE_INDEX, sqlite3.SQLITE_CREATE_TABLE, sqlite3.SQLITE_CREATE_TRIGGER,
    sqlite3.SQLITE_CREATE_VIEW, sqlite3.SQLITE_DROP_INDEX, sqlite3.SQLITE_DROP_TABLE,
    sqlite3.SQLITE_DROP_TRIGGER, sqlite3.SQLITE_DROP_VIEW, sqlite3.SQLITE_ALTER_TABLE,
}  # fmt: skip
SCHEMA_TABLES = ("sqlite_master", "sqlite_temp_master", "sqlite_schema")


def _deny_shop_writes(action: int, arg1: str | None, arg2: str | None, db_name: str | None,
                      trigger: str | None) -> int:  # fmt: skip
    """Deny changes to the shop's own tables and schema (``main``); a temporary
    trigger's row in the schema table is allowed (its creation is judged by its own
    action code), and so are the writes ``VACUUM INTO`` makes into its copy: a damaged
    shop can still be copied aside before a restore replaces it."""
    if action in WRITES and db_name == "main" and arg1 not in SCHEMA_TABLES:
        return sqlite3.SQLITE_DENY
    if action in SCHEMA_CHANGES and db_name == "main":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def refusal(db: Database) -> str | None:
    """Why this connection refuses writes, or None."""
    return getattr(db, "damaged_reason", None)


def check_writable(db: Database) -> None:
    """Raise :class:`DamagedShop` if this connection's shop is marked damaged."""
    reason = refusal(db)
    if reason is not None:
        raise DamagedShop(reason)
