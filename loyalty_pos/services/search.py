"""Finding members as the cashier types: bounded work whatever is typed.

Every call reads at most ``limit`` exact matches and ``CANDIDATES`` prefix matches from
the index (``store/member_search.py``) and orders those (``domain/search_rank.py``):
exact card and phone numbers first, then whole words, then the rest. A one-letter prefix
over a million members costs about what a full name does.

It only reads, over whatever connection it is given: the counter's own, or the search
worker's read-only one on its thread (``ui/search_worker.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from ..domain.cardnumber import looks_like_code, parse_code
from ..domain.errors import UserError
from ..domain.search_rank import rank_key, typed_digits
from ..domain.textsearch import tokens
from ..store.member_search import (
    exact_query,
    open_reader,
    prefix_query,
    reader_path,
    whole_and_prefix,
)
from ..store.members import MemberStore
from .member_names import display_name
from .views import SearchHit

SEARCH_LIMIT = 30
CANDIDATES = 120  # prefix matches read and ranked; the list shows SEARCH_LIMIT


class MemberSearch:
    """Search over one connection (read only)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.members = MemberStore(db)

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        """Members matching a name, phone, e-mail or card number, as typed.

        Case and diacritics are ignored; each typed word matches the start of a word of
        the member, so "odegard" finds "Kari Ødegård". A full card number is looked up
        directly (a scan typed into the search box).
        """
        if looks_like_code(text):
            return self._card(text)
        digits = typed_digits(text)  # "+36 30 123": one number, as the index keeps it
        words = [digits] if digits else tokens(text)
        prefix = prefix_query(words)
        exact = exact_query(words)
        if prefix is None or exact is None:
            return []
        whole, started = whole_and_prefix(self.db, exact, prefix, limit, max(CANDIDATES, limit))
        found = {r["id"]: r for r in whole}
        for r in started:
            found.setdefault(r["id"], r)
        exact_ids = {r["id"] for r in whole}
        ranked = sorted(
            found.values(),
            key=lambda r: (
                rank_key(
                    words, digits, r["name"], r["phone"], r["card_number"], r["id"] in exact_ids
                ),
                r["id"],
            ),
        )
        return [hit(r) for r in ranked[:limit]]

    def close(self) -> None:
        """Close the connection (a reader's: ``reader``)."""
        self.db.conn.close()

    def interrupt(self) -> None:
        """Stop the search running on another thread now (it raises there): a newer
        question makes its answer useless. SQLite allows this from any thread."""
        self.db.conn.interrupt()

    def _card(self, text: str) -> list[SearchHit]:
        try:
            code = parse_code(text)
        except UserError:
            return []
        card = self.members.card(code)
        if card is None or card["member_id"] is None:
            return []
        row = self.members.get(card["member_id"])
        return [hit(row)] if row else []


def reader(db: Database) -> Callable[[], MemberSearch] | None:
    """Opens a search over a second, read-only connection to the file of ``db``, for a
    thread of its own (``MemberSearch.close`` closes it); None for a file that has no
    room for one (a memory database, not in WAL mode): search on ``db`` then."""
    path = reader_path(db)
    if path is None:
        return None
    return lambda: MemberSearch(open_reader(path))


def hit(row: dict) -> SearchHit:
    """One row of the list, from a member row with its ``card_number``."""
    return SearchHit(
        id=row["id"],
        name=display_name(row),
        card_number=row["card_number"],
        phone=row["phone"],
        email=row["email"],
        blocked=row["status"] == "blocked",
    )
