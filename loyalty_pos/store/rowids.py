"""The id of the row an INSERT just wrote.

``sqlite3.Cursor.lastrowid`` is typed ``int | None`` (it is None before any INSERT). Every
repository reads it right after its own INSERT, where it is always set; one helper says so
once instead of each call site converting a maybe-None.
"""

from __future__ import annotations

import sqlite3


def inserted_id(cur: sqlite3.Cursor) -> int:
    """The rowid the cursor's INSERT wrote; a cursor that inserted nothing is a bug."""
    rowid = cur.lastrowid
    if rowid is None:
        raise TypeError("the statement inserted no row, so it has no id")
    return int(rowid)
