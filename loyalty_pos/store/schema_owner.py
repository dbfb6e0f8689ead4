"""Migration m003: the owner's side. Staff PINs, customer feedback, report indexes.

A PIN is stored as an scrypt hash with its own salt; the failed-attempt counter and
the lock-out time live beside it so that a lock survives a restart of the app.

A database from before this migration that already holds programs or members is a shop
in use: it counts as set up (no first-start wizard), but its owner has no PIN yet and is
asked to choose one the first time an owner screen opens.

The two covering indexes let the dashboard answer from the index alone (benchmarked in
``benchmarks/dashboard.py``): ``visits_report`` serves the per-period figures, which
scan a date range; ``visits_member_report`` serves the per-member ones (repurchase,
retention, lapsed regulars), which group by member. ``ledger_report`` finds the few
reward rows of a period among millions of stamp rows; ``balances_report`` sums the
outstanding balances for the liability without reading the table.
"""

from __future__ import annotations

from sqlite_utils import Database


def m003_owner(db: Database) -> None:
    """Staff PIN columns, the feedback table, report indexes, owner settings."""
    in_use = db.execute(
        "SELECT EXISTS (SELECT 1 FROM programs) OR EXISTS (SELECT 1 FROM members)"
    ).fetchone()[0]
    db.executescript(
        """
        ALTER TABLE staff ADD COLUMN pin_hash BLOB;
        ALTER TABLE staff ADD COLUMN pin_salt BLOB;
        ALTER TABLE staff ADD COLUMN pin_failed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE staff ADD COLUMN pin_locked_until TEXT;
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER NOT NULL UNIQUE REFERENCES visits(id),
            member_id INTEGER REFERENCES members(id),
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            comment TEXT NOT NULL DEFAULT '',
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX feedback_created ON feedback(created_at, score);
        CREATE INDEX visits_report
            ON visits(created_at, status, member_id, charged, refunded, staff_id)
            WHERE member_id IS NOT NULL;
        CREATE INDEX visits_member_report
            ON visits(member_id, created_at, status, charged, refunded)
            WHERE member_id IS NOT NULL;
        CREATE INDEX members_created ON members(created_at);
        CREATE INDEX balances_report ON balances(program_id, account, value) WHERE value > 0;
        CREATE INDEX ledger_report ON ledger(account, kind, created_at, visit_id, member_id, delta);
        """
    )
    db.execute(
        "INSERT OR IGNORE INTO settings (key, value) VALUES "
        "('setup_done', ?), ('feedback_enabled', '1'), ('language', 'en'), "
        "('owner_idle_minutes', '5')",
        ["1" if in_use else "0"],
    )
