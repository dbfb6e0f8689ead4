"""Migration m017: which till wrote each visit, refund and ledger row; the tills.

A shop on a server has several tills, in one branch or several (issue 18). Each
``visits``, ``refunds`` and ``ledger`` row records its till; ``tills`` names each till's
branch, so reports and the end of day can be read per branch and per till.

In a file the column stays empty (NULL): a file is one till, named by the ``till_name``
setting (``store/chain.py``), and ``admin migrate-to`` writes that name into the rows
it copies to a server. On a server the column's default is the session's
``loyalty.till`` setting, which every till sets when it connects (``store/pg/server.py``),
so no store has to pass it and no write can forget it. Adding a nullable column
rewrites nothing: instant at a million members.
"""

from __future__ import annotations

from sqlite_utils import Database

TILLED = ("visits", "refunds", "ledger")


def m017_tills(db: Database) -> None:
    for table in TILLED:
        db.execute(f"ALTER TABLE {table} ADD COLUMN till TEXT")
    db.execute(
        "CREATE TABLE tills (name TEXT PRIMARY KEY, branch TEXT NOT NULL DEFAULT '', "
        "created_at TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX visits_till ON visits(till, created_at) WHERE till IS NOT NULL")
