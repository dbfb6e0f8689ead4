"""The SQL of search as you type: bounded candidate sets from the full-text index.

``ORDER BY rank`` scores every match before it keeps thirty: "e" matches half of a
million-member shop, and ranking those took most of a second. Here no query reads more
than ``limit`` matches: FTS5 returns its matches in rowid order and stops at the
``LIMIT``, so the cost is the same for "e" as for "kovacs eva". The ranking of the few
candidates is done after (``domain/search_rank.py``).

The index keeps prefixes of 2 to 6 characters (``prefix = '2 3 4 5 6'``, migration
m016, ``store/schema_search.py``), so "ko"* and "kovac"* each read one stored list. A
one-letter word has no list of its own; it is asked as the word itself or any of its
36 two-character prefixes ("e" OR "ea"* OR … OR "e9"*), which FTS5 merges lazily, so
that too stops at the limit instead of merging every word that starts with "e" first.
Terms are folded ASCII (``search_terms``), so a letter and a digit are all a second
character can be.
"""

from __future__ import annotations

import re
import sqlite3
import string
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .database import BUSY_TIMEOUT_MS
from .dialect import is_server, is_url
from .shop_db import ShopDatabase

SECOND_CHARACTERS = string.ascii_lowercase + string.digits

_DETAILS = (
    "SELECT m.id, m.name, m.phone, m.phone_digits, m.email, m.status, m.erased_at, "
    "c.code AS card_number "
    "FROM members m LEFT JOIN cards c ON c.member_id = m.id AND c.status = 'active' "
    "WHERE m.id IN (SELECT rowid FROM members_fts WHERE members_fts MATCH ? LIMIT ?)"
)


def prefix_query(words: list[str]) -> str | None:
    """An FTS5 query: every word starts a term of the member (folded words, ``tokens``).

    None when there is no word."""
    if not words:
        return None
    parts = []
    for w in words:
        if len(w) == 1:
            alternatives = [f'"{w}"', *(f'"{w}{c}"*' for c in SECOND_CHARACTERS)]
            parts.append("(" + " OR ".join(alternatives) + ")")
        else:
            parts.append(f'"{w}"*')
    return " AND ".join(parts)


def exact_query(words: list[str]) -> str | None:
    """An FTS5 query: every word is a whole term of the member (a name, a card number,
    the whole phone number or its last digits)."""
    if not words:
        return None
    return " AND ".join(f'"{w}"' for w in words)


def candidates(db: Database, match: str, limit: int) -> list[dict[str, Any]]:
    """At most ``limit`` members matching the FTS5 query ``match`` (the first in the
    index's order), with their active card: what ranking needs, in one statement."""
    if is_server(db):
        return _server_candidates(db, match, limit)
    cursor = db.execute(_DETAILS, [match, limit])
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]


_TERM = re.compile(r'"([^"]*)"(\*?)')


def _server_candidates(db: Database, match: str, limit: int) -> list[dict[str, Any]]:
    """``candidates`` on PostgreSQL (``_server_statement``)."""
    statement = _server_statement(match, limit)
    if statement is None:
        return []
    cursor = db.execute(*statement)  # ``~~`` escapes with a backslash
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]


def _server_statement(match: str, limit: int) -> tuple[str, list[Any]] | None:
    """``candidates``'s statement on PostgreSQL: the same FTS5 query read as word
    conditions on the folded terms (``(' ' || terms) ~~ '% kov%'``), which the trigram
    index serves. A one-letter word's alternatives (``"k" OR "ka"* …``) mean "a word
    starts with k". None when the query names no word.

    ``~~`` is PostgreSQL's own case-sensitive LIKE: the terms are folded lower-case
    already, and the translated ``LIKE`` (``ILIKE``, as SQLite's LIKE ignores case) folds
    every row it tests again, three times slower when a common prefix tests thousands."""
    conditions, params = [], []
    for part in match.split(" AND "):
        terms = _TERM.findall(part)
        if not terms:
            continue
        word, star = terms[0]
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append("(' ' || f.terms || ' ') ~~ ?")
        if star or len(terms) > 1:
            params.append(f"% {escaped}%")
        else:
            params.append(f"% {escaped} %")
    if not conditions:
        return None
    sql = _DETAILS.replace(
        "(SELECT rowid FROM members_fts WHERE members_fts MATCH ? LIMIT ?)",
        "(SELECT f.rowid FROM members_fts f WHERE "
        + " AND ".join(conditions)
        + " ORDER BY f.rowid LIMIT ?)",
    )
    return sql, [*params, limit]


def whole_and_prefix(
    db: Database, exact: str, prefix: str, limit: int, wider: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``candidates`` for the whole-word query (``limit``) and for the prefix query
    (``wider``), as search as you type asks for both at each key. On a server in one
    statement (a ``UNION ALL`` tagged by which query found the row): each statement is
    a round trip there, and the search waits for both."""
    if not is_server(db):
        return candidates(db, exact, limit), candidates(db, prefix, wider)
    first, second = _server_statement(exact, limit), _server_statement(prefix, wider)
    if first is None or second is None:
        return _server_candidates(db, exact, limit), _server_candidates(db, prefix, wider)
    cursor = db.execute(
        f"SELECT 1 AS lp_whole, q.* FROM ({first[0]}) q "
        f"UNION ALL SELECT 0 AS lp_whole, r.* FROM ({second[0]}) r",
        [*first[1], *second[1]],
    )
    keys = [d[0] for d in cursor.description]
    whole: list[dict[str, Any]] = []
    started: list[dict[str, Any]] = []
    for values in cursor.fetchall():
        row = dict(zip(keys, values, strict=True))
        (whole if row.pop("lp_whole") else started).append(row)
    return whole, started


def reader_path(db: Database) -> str | None:
    """The file a second, read-only connection may search, or None to stay on this one:
    only a file in WAL mode (a reader runs beside the writer), outside a transaction.
    On a server, its URL (a second connection reads beside this one)."""
    conn = db.conn
    if conn.in_transaction:
        return None
    if is_server(db):
        return str(db.url)  # type: ignore[attr-defined]
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        return None
    for _, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None


def open_reader(path: str) -> Database:
    """A read-only connection to ``path`` that another thread may use (it is made on the
    caller's thread and then used on the worker's only)."""
    if is_url(path):
        from .pg.connection import PgConnection, PgDatabase

        return PgDatabase(PgConnection(path))  # type: ignore[return-value]
    conn = sqlite3.connect(
        f"{Path(path).as_uri()}?mode=ro",
        uri=True,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )
    return ShopDatabase(conn)  # reads without sqlite-utils' savepoint pair, as the shop's
