"""Hearing other tills' writes: ``LISTEN`` on the channel the server's triggers notify.

Every committed change on the server sends ``pg_notify(CHANNEL, 'kind:id')``
(``store/pg/notes.py``); PostgreSQL delivers it when the writing transaction commits, to
every session listening, the writer's own included. The till listens on its one
connection and, once a second, takes what arrived without waiting
(``services/changes.py`` turns it into a ``Changes``). Its own notes are left out by the
sender's backend pid: its own writes reached the screens through ``Ops.run`` already.

psycopg keeps the notifications that arrive during other statements in a backlog, and
``notifies(timeout=0)`` hands those over and reads the socket once, so nothing is lost
between two polls and a poll never blocks the counter.
"""

from __future__ import annotations

from typing import Any

from .connection import sqlite_errors
from .notes import CHANNEL

#: More than this many notes in one poll: the caller treats it as "everything changed"
#: (an import of thousands of members from another till), cheaper than naming each.
MOST = 2000


def listen(db: Any) -> None:
    """Start hearing the channel on this connection (again after a reconnection)."""
    with sqlite_errors():
        db.conn.raw.execute(f"LISTEN {CHANNEL}")


def session(db: Any) -> object | None:
    """The server session this connection talks through now; None while it is lost.
    A different one than at the last ``LISTEN`` means the connection was made again
    (the server restarted, the network came back) and hears nothing until it listens
    again."""
    raw = db.conn.raw
    return None if raw.closed or raw.broken else raw


def heard(db: Any) -> list[tuple[str, str]] | None:
    """The (kind, id) notes other sessions committed since the last call, without
    blocking; None when there were more than :data:`MOST` of them. A connection lost
    meanwhile raises ``ServerGone`` (a ``sqlite3.OperationalError``)."""
    raw = db.conn.raw
    own = raw.info.backend_pid
    out: list[tuple[str, str]] = []
    many = False
    with sqlite_errors():
        for note in raw.notifies(timeout=0):
            if note.pid == own or note.channel != CHANNEL:
                continue
            if len(out) >= MOST:
                many = True  # keep reading: what stays queued would be heard next time
                continue
            kind, _, ident = note.payload.partition(":")
            out.append((kind, ident))
    return None if many else out
