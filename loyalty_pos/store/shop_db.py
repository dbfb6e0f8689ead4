"""The connection wrapper every store uses: sqlite-utils' ``Database`` without the
savepoint pair around each read.

sqlite-utils 4 runs every ``query()`` inside ``SAVEPOINT "sqlite_utils_query"`` …
``RELEASE``, so that a statement which turns out to write and return no rows can be
rolled back before it raises. Our stores pass ``query()`` only plain ``SELECT``
statements, which write nothing, so the guard is two extra statements (and a keyword
parse) per read: a checkout made about twenty reads, forty statements of pure overhead
on the path that should cost little more than the disk's own commit (issue 16). A
``SELECT`` runs directly here; anything else keeps the library's guarded path.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Any

from sqlite_utils import Database
from sqlite_utils.utils import dedupe_keys


class ShopDatabase(Database):
    """``Database`` whose ``query()`` runs a plain ``SELECT`` without a savepoint."""

    def query(
        self, sql: str, params: Sequence | dict[str, Any] | None = None
    ) -> Generator[dict, None, None]:
        """Rows of ``sql`` as dictionaries; executed at once, fetched lazily, as in the
        library. A statement that does not start with ``SELECT`` takes the library's
        guarded path (it may write, or return no rows)."""
        if sql.lstrip()[:6].upper() != "SELECT" or self._tracer is not None:
            return super().query(sql, params)
        cursor = self.conn.execute(sql, params) if params is not None else self.conn.execute(sql)
        keys = [d[0] for d in cursor.description]
        if len(set(keys)) != len(keys):  # a join naming a column twice: the library's names
            keys = list(dedupe_keys(keys))
        return (dict(zip(keys, row, strict=True)) for row in cursor)
