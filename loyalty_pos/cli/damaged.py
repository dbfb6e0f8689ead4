"""SQLite answering "malformed" in the middle of a command (issue finding 2).

The quick check at open (``runner._open``) marks most damage before a command runs, but a
damaged page can still be met later, by a read SQLite's quick check does not reach. The
command line's generic database error ("Database error: database disk image is
malformed") would then read like a passing fault: this turns it into the damage refusal
every other write gets (``store/damage.DamagedShop``, exit 2), and marks the shop if it
was not marked yet, so that no later command writes into it either. Kept apart from
``runner._run`` so that its error handling can change without this.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..paths import resolve_db
from ..store import damage
from ..store.database import is_damage


def refusal(exc: BaseException, db: str | None) -> damage.DamagedShop | None:
    """The damage refusal for ``exc`` if it is SQLite's word for a damaged file (the
    shop at ``--db`` ``db`` is marked), else None: the caller words it as before."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    path = resolve_db(db)
    if not isinstance(path, Path):  # a server shop has no damage marks
        return None
    reason = damage.why(path)
    if "not authorized" in str(exc) and reason is not None:
        return damage.DamagedShop(reason)  # the marked shop's authorizer (store/damage)
    if not is_damage(exc):
        return None
    if reason is None:
        reason = str(exc)
        damage.mark(path, reason)
    return damage.DamagedShop(reason)
