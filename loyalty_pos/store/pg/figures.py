"""The figures ``admin migrate-to`` reads on both sides of a copy to show it is whole.

Each query is plain SQL that runs unchanged on the file (``sqlite3``) and on the
server (``PgDatabase`` translates it), so the two sides are read by the same words.
Rows are sorted in Python, not by ``ORDER BY``: the server's text collation need not
order codes as SQLite's binary one does, and a different order is not a difference.
"""

from __future__ import annotations

from typing import Any, Protocol


class Executes(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


def counts(db: Executes, tables: list[str]) -> dict[str, int]:
    """Rows per table."""
    return {t: int(db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def search_rows(db: Executes) -> int:
    """Rows in the member search table (one per member on both engines)."""
    return int(db.execute("SELECT count(*) FROM members_fts").fetchone()[0])


def balances(db: Executes) -> list[tuple[str, int, int]]:
    """Cached balances per account: (account, rows, total)."""
    rows = db.execute(
        "SELECT account, count(*), coalesce(sum(value), 0) FROM balances GROUP BY account"
    ).fetchall()
    return sorted((str(a), int(n), int(s)) for a, n, s in rows)


def ledger_sums(db: Executes) -> list[tuple[str, int, int]]:
    """Ledger rows per account: (account, rows, sum of deltas)."""
    rows = db.execute(
        "SELECT account, count(*), coalesce(sum(delta), 0) FROM ledger GROUP BY account"
    ).fetchall()
    return sorted((str(a), int(n), int(s)) for a, n, s in rows)


def gift_cards(db: Executes) -> list[tuple[str, int, str]]:
    """Every gift card's balance and status: (code, balance, status)."""
    rows = db.execute("SELECT code, balance, status FROM gift_cards").fetchall()
    return sorted((str(c), int(b), str(s)) for c, b, s in rows)


def chain_heads(db: Executes) -> list[tuple[str, int, str]]:
    """Each till's chain: (till, links, head hash in hex)."""
    rows = db.execute("SELECT till, seq, hash FROM chain_heads").fetchall()
    return sorted((str(t), int(n), bytes(h).hex()) for t, n, h in rows)


def first_visit(db: Executes) -> str | None:
    """When the first visit was written (stored UTC text), or None in a new shop."""
    row = db.execute("SELECT min(created_at) FROM visits").fetchone()
    return row[0] if row else None


def tills(db: Executes, column_tables: tuple[str, ...]) -> dict[str, int]:
    """Rows of m017's tables with no till (must be none on the server after a copy)."""
    return {
        t: int(db.execute(f"SELECT count(*) FROM {t} WHERE till IS NULL").fetchone()[0])
        for t in column_tables
    }


def till_names(db: Executes) -> list[str]:
    """The tills listed in ``tills``."""
    return [str(r[0]) for r in db.execute("SELECT name FROM tills").fetchall()]
