"""A cheap answer to "may the programs, rewards, tiers and items have changed since I
last read them?", so a checkout need not read ten tables again on every visit.

Three numbers together change whenever any of those rows could have:

* a count, kept in Python, of the inserts, updates and deletes this connection made in
  the scheme tables: TEMP triggers (the technique of ``change_notes.py``) call a function
  registered on the connection. Unlike a row in a table it is never rolled back, so it
  only ever grows: a write rolled back still counts as a change (at worst one more read),
  and a number is never seen twice for two different sets of rows;
* ``data_version``: SQLite's count of commits by *other* connections (the command line,
  another till, the start-up jobs' own connection);
* ``schema_version``: a table rebuilt or replaced (a migration, a restore) drops the
  TEMP triggers with the old table; the change of version makes the next read install
  them again.

``CheckoutService.schemes`` keeps what it read with the numbers it read them under;
equal numbers mean the same rows.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from .dialect import is_server

#: Every table ``CheckoutService.schemes`` reads.
TABLES = ("programs", "rewards", "promotions", "tiers", "items", "item_programs", "settings")
_EVENTS = ("INSERT", "UPDATE", "DELETE")
_FUNCTION = "loyalty_scheme_written"

Version = tuple[int, int, int]


class SchemeWrites:
    """How many scheme rows this connection has written (never goes back)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


def install(db: Database) -> SchemeWrites | None:
    """The connection's count, with its function and triggers made if missing; None when
    they cannot be made (then nothing may be cached). One count per connection, shared
    by every service over it (``Services.over`` may be called several times)."""
    if is_server(db):
        return ServerWrites(db)
    writes = getattr(db, "_scheme_writes", None)
    if writes is None:
        writes = SchemeWrites()
    try:
        db.conn.create_function(_FUNCTION, 0, writes)
        present = {
            name
            for (name,) in db.conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table'"
            ).fetchall()
        }
        for table in TABLES:
            if table not in present:
                continue
            for event in _EVENTS:
                db.conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS scheme_write_{table}_{event.lower()} "
                    f"AFTER {event} ON main.{table} BEGIN SELECT {_FUNCTION}(); END"
                )
    except sqlite3.Error:
        return None
    db._scheme_writes = writes  # type: ignore[attr-defined]
    return writes


class ServerWrites(SchemeWrites):
    """On a server, the count is a sequence every scheme write on any till advances
    (``store/pg/notes.py``): like the count above it never goes back, not even for a
    write rolled back, and unlike it it sees the other tills' writes, so it is the whole
    version on its own."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db

    @property
    def count(self) -> int:
        return int(self.db.execute(f"SELECT last_value FROM {SEQUENCE}").fetchone()[0])

    @count.setter
    def count(self, value: int) -> None:
        pass  # the server counts


SEQUENCE = "lp_scheme_writes"


def version(db: Database, writes: SchemeWrites) -> Version:
    """The three numbers now."""
    if isinstance(writes, ServerWrites):
        return writes.count, 0, 0
    data, schema = db.conn.execute(
        "SELECT d.data_version, s.schema_version FROM pragma_data_version d, "
        "pragma_schema_version s"
    ).fetchone()
    return writes.count, int(data), int(schema)
