"""Copying a shop file's rows to an empty PostgreSQL database (``admin migrate-to``).

Everything happens in ONE transaction on the server, so a copy that fails half-way
(a dropped network, a value the server refuses) leaves the database as empty as it
was, and the owner can simply run the command again:

- the schema is made as ``schema.install`` makes it, but without the migrations' seed
  rows (``create(seed=False)``): the file has its own system staff, settings and chain
  genesis, and copying them too would double them;
- the user triggers are switched off for the copy (``ALTER TABLE … DISABLE TRIGGER
  USER``, allowed to the tables' owner, which the copying user is: it just made them).
  The rows arrive as the file holds them, already summed into ``report_days`` and
  already linked into the chains; a trigger would count each visit a second time, note
  every row for the start-up check and announce every row to other tills. The foreign
  keys are not user triggers: they stay on and are checked once every table is in;
- tables go in reference order, each with ``COPY`` in the file's batches (a million
  members is a few minutes, not the hours of one ``INSERT`` per row);
- m017's ``till`` column, empty in a file (one file = one till), gets the file's till
  name, and ``tills`` lists that till with its branch;
- the search table is rebuilt from the members (the file's own is an FTS5 index that
  PostgreSQL cannot read), and every generated key's sequence moves past the copied
  ids and past SQLite's own ``AUTOINCREMENT`` high-water marks, so the next visit (or
  check note) gets a fresh id.

The file is only read, through a connection of its own opened read-only, in one read
transaction (a snapshot: a till writing meanwhile is not half-copied).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ...domain.textsearch import search_terms
from ..schema_tills import TILLED
from .connection import PgDatabase, sqlite_errors
from .schema import SKIPPED, create, statements

BATCH = 5000  # rows read from the file and sent to the server at a time
COPIED_ELSEWHERE = {"_sqlite_migrations"}  # ``create`` writes the server's own list


@dataclass(frozen=True)
class Copied:
    """What was copied: rows per table (in copy order), the search rows rebuilt."""

    tables: dict[str, int]
    search_rows: int
    till: str
    branch: str


def open_read_only(path: Path) -> sqlite3.Connection:
    """The file, read-only (its bytes cannot change through this connection)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def file_problems(source: sqlite3.Connection) -> list[str]:
    """SQLite's quick check of the whole file: a damaged page is not copied to a server."""
    rows = [r[0] for r in source.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def server_tables(target: PgDatabase) -> list[str]:
    """The tables (and views) already in the target's schema: it must have none."""
    with sqlite_errors():
        rows = target.conn.raw.execute(
            "SELECT c.relname FROM pg_class c "
            "WHERE c.relnamespace = current_schema()::regnamespace "
            "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.relname"
        ).fetchall()
    return [r[0] for r in rows]


def copy_order(source: sqlite3.Connection) -> list[str]:
    """The file's tables in the order the server creates them (referenced first)."""
    order = []
    for statement in statements(source):
        m = re.match(r"CREATE TABLE \"?(\w+)\"?", statement)
        if m and m.group(1) not in COPIED_ELSEWHERE:
            order.append(m.group(1))
    return order


def file_till(source: sqlite3.Connection) -> str:
    """The file's till name (``store/chain.till_name``: the ``till_name`` setting)."""
    from ...domain.chain import DEFAULT_TILL

    row = source.execute("SELECT value FROM settings WHERE key = 'till_name'").fetchone()
    return row[0] if row and row[0] else DEFAULT_TILL


def _columns(source: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in source.execute(f'PRAGMA table_info("{table}")')]


def _rows(source: sqlite3.Connection, table: str, columns: list[str], till: str) -> Iterator[tuple]:
    """The file's rows, with the empty ``till`` of m017's tables filled in."""
    listed = ", ".join(f'"{c}"' for c in columns)
    cur = source.execute(f'SELECT {listed} FROM "{table}"')
    at = columns.index("till") if table in TILLED and "till" in columns else None
    while batch := cur.fetchmany(BATCH):
        for row in batch:
            if at is not None and row[at] is None:
                row = (*row[:at], till, *row[at + 1 :])
            yield row


def _copy_table(target: PgDatabase, table: str, columns: list[str], rows: Iterator[tuple]) -> int:
    listed = ", ".join(f'"{c}"' for c in columns)
    count = 0
    with target.conn.raw.cursor() as cur, cur.copy(f"COPY {table} ({listed}) FROM STDIN") as out:
        for row in rows:
            out.write_row(row)
            count += 1
    return count


def _search_rows(source: sqlite3.Connection) -> Iterator[tuple[int, str]]:
    """Each member's search terms, as ``store/members.MemberStore.reindex`` makes them."""
    cur = source.execute(
        "SELECT m.id, m.name, m.phone, m.email, "
        "(SELECT c.code FROM cards c WHERE c.member_id = m.id AND c.status = 'active' "
        " ORDER BY c.rowid LIMIT 1) FROM members m ORDER BY m.id"
    )
    while batch := cur.fetchmany(BATCH):
        for member_id, name, phone, email, card in batch:
            yield member_id, search_terms(name, phone, email, card)


def _move_sequences(target: PgDatabase, source: sqlite3.Connection) -> None:
    """Every generated key past the copied ids and SQLite's AUTOINCREMENT marks."""
    marks: dict[str, int] = {}
    has_sequence = source.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'"
    ).fetchone()
    if has_sequence:
        marks = {name: seq for name, seq in source.execute("SELECT name, seq FROM sqlite_sequence")}
    raw = target.conn.raw
    keys = raw.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND is_identity = 'YES'"
    ).fetchall()
    for table, key in keys:
        raw.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{key}'), "
            f"GREATEST((SELECT COALESCE(MAX({key}), 0) FROM {table}), %s) + 1, false)",
            [int(marks.get(table, 0) or 0)],
        )


def copy_shop(
    source: sqlite3.Connection,
    target: PgDatabase,
    *,
    branch: str,
    progress: Callable[[str, int], None] | None = None,
) -> Copied:
    """Copy the whole file to the (empty) target in one transaction (see the module).

    The caller has checked that the target holds no table; psycopg's errors come out
    as the ``sqlite3`` ones (``connection.sqlite_errors``), after the rollback."""
    conn = target.conn
    source.execute("BEGIN")  # one snapshot of the file for the whole copy
    try:
        order = copy_order(source)
        till = file_till(source)
        with sqlite_errors():
            conn.execute("BEGIN")
            try:
                create(target, seed=False)
                conn.execute("SET CONSTRAINTS ALL DEFERRED")
                for table in order:
                    conn.raw.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
                counts: dict[str, int] = {}
                for table in order:
                    columns = _columns(source, table)
                    counts[table] = _copy_table(
                        target, table, columns, _rows(source, table, columns, till)
                    )
                    if progress is not None:
                        progress(table, counts[table])
                searched = _copy_table(
                    target, "members_fts", ["rowid", "terms"], _search_rows(source)
                )
                conn.raw.execute(
                    "INSERT INTO tills (name, branch, created_at) VALUES (%s, %s, %s) "
                    "ON CONFLICT (name) DO UPDATE SET branch = excluded.branch",
                    [till, branch, datetime.now(UTC).isoformat()],
                )
                _move_sequences(target, source)
                conn.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the foreign keys, checked
                for table in order:
                    conn.raw.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
                conn.execute("COMMIT")
            except BaseException:
                conn.rollback()
                raise
    finally:
        source.rollback()
    conn.forget_keys()
    with sqlite_errors():
        # Statistics now, not when autovacuum gets round to it: without them the planner
        # guesses every name search matches 1.6 % of the members and may scan all of
        # them for a prefix nobody has (80 ms at 100,000 members instead of 0.2 ms).
        conn.raw.execute("ANALYZE")
    return Copied(counts, searched, till, branch)


def table_counts(source: sqlite3.Connection) -> dict[str, int]:
    """Rows per copied table in the file (what the server must hold after the copy)."""
    names = [
        n
        for (n,) in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not SKIPPED.match(n) and n not in COPIED_ELSEWHERE
    ]
    return {n: source.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
