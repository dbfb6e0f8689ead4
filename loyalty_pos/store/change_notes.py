"""Notes of what this connection wrote, for ``domain.changes.Changes``.

TEMP triggers (the same technique as the chains' ``chain_pending``) note the kind and id
of every row this connection inserts, updates or deletes in the shop's tables, in
``temp.change_notes``. A use case therefore cannot forget to say what it changed: the
notes come from the rows really written, and a rolled-back transaction takes its notes
with it. Only the GUI installs them (``install``); the command line and the benchmarks
pay nothing.

``data_version`` is SQLite's counter of commits made by *other* connections: the counter
polls it to notice a write by ``loyalty-pos admin`` (or another process).
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from .dialect import is_server

# table -> (kind, column giving the id) for each note a changed row makes
NOTES: dict[str, tuple[tuple[str, str], ...]] = {
    "members": (("member", "id"),),
    "balances": (("member", "member_id"),),
    "ledger": (("member", "member_id"),),
    "lots": (("member", "member_id"),),
    "cards": (("member", "member_id"),),
    "referrals": (("member", "member_id"),),
    "feedback": (("member", "member_id"),),
    "consents": (("member", "member_id"),),
    "tier_changes": (("member", "member_id"),),
    "visits": (("visit", "id"), ("member", "member_id")),
    "refunds": (("visit", "visit_id"),),
    "coupons": (("member", "member_id"), ("coupons", "0")),
    "coupon_uses": (("member", "member_id"), ("coupons", "0")),
    "coupon_offers": (("coupons", "0"),),
    "programs": (("programs", "0"),),
    "rewards": (("programs", "0"),),
    "items": (("programs", "0"),),
    "item_programs": (("programs", "0"),),
    "promotions": (("programs", "0"),),
    "tiers": (("programs", "0"),),
    "gift_cards": (("gift_cards", "0"),),
    "gift_card_ledger": (("gift_cards", "0"),),
    "staff": (("staff", "0"),),
    "settings": (("setting", "key"),),
}
_EVENTS = ("INSERT", "UPDATE", "DELETE")


def _tables(db: Database) -> set[str]:
    rows = db.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows}


def install(db: Database) -> None:
    """Create the notes table and its triggers on this connection (again after a
    migration or restore rebuilt a table: each trigger is dropped first)."""
    if is_server(db):  # the server's own triggers note into it (store/pg/notes.py)
        db.conn.remember(  # type: ignore[attr-defined]  # made again after a reconnection
            "CREATE TEMP TABLE IF NOT EXISTS change_notes "
            "(kind TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, id))"
        )
        db.conn.noting_changes = True  # type: ignore[attr-defined]
        return
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS change_notes "
        "(kind TEXT NOT NULL, id NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID"
    )
    present = _tables(db)
    for table, notes in NOTES.items():
        if table not in present:
            continue
        for event in _EVENTS:
            row = "OLD" if event == "DELETE" else "NEW"
            values = ", ".join(
                f"('{kind}', {column if column == '0' else f'{row}.{column}'})"
                for kind, column in notes
            )
            name = f"change_note_{table}_{event.lower()}"
            db.execute(f"DROP TRIGGER IF EXISTS temp.{name}")
            db.execute(
                f"CREATE TEMP TRIGGER {name} AFTER {event} ON main.{table} BEGIN "
                f"INSERT OR IGNORE INTO change_notes (kind, id) VALUES {values}; END"
            )


def installed(db: Database) -> bool:
    row = db.execute(
        "SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = 'change_notes'"
    ).fetchone()
    return row is not None


def take(db: Database) -> list[tuple[str, object]]:
    """The notes since the last ``take`` (committed rows only), and forget them. On a
    server whose connection is gone there are none: the notes (a TEMP table) went with
    the session, and so did any write they could name."""
    if is_server(db):
        try:
            return _take(db)
        except sqlite3.OperationalError:  # ServerGone: offline, nothing was written
            return []
    return _take(db)


def _take(db: Database) -> list[tuple[str, object]]:
    if is_server(db):
        return _take_on_server(db)
    if not installed(db):
        return []
    rows = db.execute("SELECT kind, id FROM temp.change_notes").fetchall()
    if rows:
        db.execute("DELETE FROM temp.change_notes")
    return [(kind, ident) for kind, ident in rows if ident is not None]


def _take_on_server(db: Database) -> list[tuple[str, object]]:
    """``take`` on a server, where every statement is a round trip, and ``Ops.run``
    takes before and after every use case: nothing is asked while the connection has
    only read since the last take (``PgConnection.wrote``), and the notes are read and
    forgotten in one ``DELETE … RETURNING``."""
    conn = db.conn
    if not getattr(conn, "noting_changes", False) and not installed(db):
        return []
    if not getattr(conn, "wrote", True):
        return []
    rows = db.execute("DELETE FROM temp.change_notes RETURNING kind, id").fetchall()
    conn.wrote = False  # type: ignore[attr-defined]  # the DELETE is not a change
    # the server notes ids as text
    rows = [(k, i if k == "setting" else int(i)) for k, i in rows if i not in (None, "")]
    return [(kind, ident) for kind, ident in rows if ident is not None]


def data_version(db: Database) -> int:
    """SQLite's count of commits by other connections to this file."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])
