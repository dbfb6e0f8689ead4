"""Which engine a connection talks to: the single SQLite file or a PostgreSQL server.

The stores' SQL is shared (``store/pg/sql.py`` says it in PostgreSQL's words); the few
things that are not SQL at all — SQLite's TEMP triggers and registered functions, its
file — branch on :func:`is_server` in the store that owns them.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

SCHEMES = ("postgresql://", "postgres://")


def is_url(target: str | Path | None) -> bool:
    """Whether ``--db``'s value names a PostgreSQL server rather than a file."""
    return isinstance(target, str) and target.startswith(SCHEMES)


def is_server(db: object) -> bool:
    """Whether ``db`` (a ``Database`` or ``PgDatabase``) is on a PostgreSQL server."""
    return getattr(db, "dialect", "sqlite") == "postgresql"


def reads_once(db: object) -> AbstractContextManager[None]:
    """One action's repeated reads answered once (``PgConnection.reads_once``): on a
    server each read is a round trip; on the file a read costs microseconds, so there
    the block does nothing and the file's behaviour stays as it was."""
    if is_server(db):
        return db.conn.reads_once()  # type: ignore[attr-defined]
    return nullcontext()
