"""Migration m014: erased and merged members, and their audit actions.

* ``members.erased_at``: when the member's personal data was erased at their request
  (``services/erase.py``); the row stays, holding only ids, so visits, ledger rows and
  their chains keep their member and the sums stay the same.
* ``members.merged_into``: the member a duplicate was merged into
  (``services/merge.py``); the duplicate's card opens that member.
* ``audit``'s list of actions gains ``erase`` and ``merge``. SQLite cannot change a
  CHECK constraint in place, so the table is rebuilt with the same rows and ids (the
  chain links rows by table and id, so every link stays valid), and its indexes and
  guard triggers are made again.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "m014_member_merge"

AUDIT_ACTIONS = (
    "snapshot",
    "staff_add",
    "staff_change",
    "pin",
    "setting",
    "void",
    "restore",
    "approval",
    "erase",
    "merge",
)


def m014_member_merge(db: Database) -> None:
    """The two member columns and the audit table's new actions (see the module)."""
    from .guards import create_guards
    from .schema_checkout import rebuild

    db.execute("ALTER TABLE members ADD COLUMN erased_at TEXT")
    db.execute("ALTER TABLE members ADD COLUMN merged_into INTEGER REFERENCES members(id)")
    db.execute("CREATE INDEX members_merged ON members(merged_into) WHERE merged_into IS NOT NULL")
    actions = ", ".join(f"'{a}'" for a in AUDIT_ACTIONS)
    rebuild(
        db,
        "audit",
        f"""
        CREATE TABLE audit_new (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            action TEXT NOT NULL CHECK (action IN ({actions})),
            subject TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{{}}'
        )
        """,
        "id, at, staff_id, action, subject, detail",
    )
    db.executescript(
        """
        CREATE INDEX audit_subject ON audit(subject, id);
        CREATE INDEX audit_at ON audit(at);
        CREATE INDEX audit_staff ON audit(staff_id, at);
        """
    )
    create_guards(db)
