"""Migration m016: the member search index keeps prefixes of up to six characters.

m001 made ``members_fts`` with prefix lists of 2, 3 and 4 characters. A longer typed
word ("kovac", "nguye") then has no stored list: FTS5 finds every term starting with it
and merges their lists in memory before the first match is returned, which at a million
members took up to 13 ms for a common surname (``benchmarks/search.py``, issue 16's
goal is 10 ms at p95). With lists for 5 and 6 characters such a word reads one stored
list and stops at the search's ``LIMIT``, about 0.1 ms; seven letters and more are rare
enough to match few terms. The index grows by about a third (189 → 251 MiB at a million
members); rebuilding it took 42 s there, once.

FTS5 cannot change a table's prefix lists in place, so the table is made again under a
new name from the stored terms (no member row is read again), the old one dropped and
the new one renamed, in the migration's one transaction; then merged into one segment.
"""

from __future__ import annotations

from sqlite_utils import Database

SEARCH_INDEX = (
    "CREATE VIRTUAL TABLE {name} USING fts5("
    "terms, prefix = '2 3 4 5 6', tokenize = 'unicode61 remove_diacritics 2')"
)


def m016_search_prefixes(db: Database) -> None:
    """Make ``members_fts`` again with prefix lists of 2 to 6 characters."""
    db.execute(SEARCH_INDEX.format(name="members_fts_new"))
    db.execute("INSERT INTO members_fts_new (rowid, terms) SELECT rowid, terms FROM members_fts")
    db.execute("DROP TABLE members_fts")
    db.execute("ALTER TABLE members_fts_new RENAME TO members_fts")
    db.execute("INSERT INTO members_fts (members_fts) VALUES ('optimize')")
