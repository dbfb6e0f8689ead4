"""The ``tills`` table read for the till's own set-up (m017, ``store/schema_tills.py``).

The first start against a server asks the till's name and branch before the shop is
opened for it (the name goes into the session that opens it), offering the branches the
other tills already named: a short connection of its own reads them. A database with no
shop yet has no ``tills`` table: no branches then.
"""

from __future__ import annotations

from typing import Any

import psycopg

from .server import ServerUnreachable


def branches(url: str) -> list[str]:
    """The branches named in the server's ``tills`` table, sorted; [] when none.

    Raises ``ServerUnreachable`` when the server cannot be reached, as opening would."""
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
            found = conn.execute("SELECT to_regclass('tills') IS NOT NULL").fetchone()
            if not found or not found[0]:
                return []
            rows = conn.execute(
                "SELECT DISTINCT branch FROM tills WHERE branch <> '' ORDER BY branch"
            ).fetchall()
    except psycopg.OperationalError as exc:
        raise ServerUnreachable(exc) from exc
    return [str(branch) for (branch,) in rows]


def branch_of(db: Any, till: str) -> str:
    """The branch the ``tills`` table gives ``till`` ('' when it is not listed)."""
    row = db.execute("SELECT branch FROM tills WHERE name = ?", [till]).fetchone()
    return str(row[0]) if row and row[0] else ""
