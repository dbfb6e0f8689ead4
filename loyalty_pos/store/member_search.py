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
    """``candidates`` on PostgreSQL: the same FTS5 query read as word conditions on the
    folded terms (``(' ' || terms) ~~ '% kov%'``), which the trigram index serves. A
    one-letter word's alternatives (``"k" OR "ka"* …``) mean "a word starts with k".

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
        return []
    sql = _DETAILS.replace(
        "(SELECT rowid FROM members_fts WHERE members_fts MATCH ? LIMIT ?)",
        "(SELECT f.rowid FROM members_fts f WHERE "
        + " AND ".join(conditions)
        + " ORDER BY f.rowid LIMIT ?)",
    )
    cursor = db.execute(sql, [*params, limit])  # ``~~`` escapes with a backslash
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]


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
