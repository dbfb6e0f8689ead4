"""Migration m007: hash chains, guard triggers and the audit table.

What it does, in one transaction (``MIGRATIONS`` wraps each migration in one):

1. creates ``chain``, ``chain_heads``, ``chain_checkpoint`` (``store/chain.py``) and
   ``audit`` (``store/audit.py``), and the till's name (setting ``till_name``, "main");
2. writes the audit trail's first rows: the state of every staff member and setting,
   and one ``void`` row for every visit voided before (from the visit as it is now);
3. links every existing row of the chained tables (the genesis), table by table, each
   by id, so the same file always gets the same hashes;
4. creates the guard triggers (replacing m001/m002's ``*_no_update``/``*_no_delete``
   with the same rule in ``GUARDS``' wording, which the check compares), the indexes the
   audit trail reads by time (adjustments among millions of ledger rows, tier changes,
   one person's visits),
   and the check's first checkpoint (every link was just computed).

What this migration cannot know is whether the history before it was already altered:
the genesis vouches only for the file as it is at this moment.
"""

from __future__ import annotations

from sqlite_utils import Database

from ..domain.chain import DEFAULT_TILL
from . import chain
from .audit import SCHEMA as AUDIT_SCHEMA
from .audit import AuditStore, now_text
from .guards import create_guards

NAME = "m007_hash_chains"


def m007_hash_chains(db: Database) -> None:
    """Chains, guards, the audit table; every existing row linked (see the module)."""
    db.executescript(chain.SCHEMA + AUDIT_SCHEMA)
    db.execute(
        "CREATE INDEX IF NOT EXISTS ledger_adjust ON ledger(created_at) WHERE kind = 'adjust'"
    )
    db.execute("CREATE INDEX IF NOT EXISTS tier_changes_created ON tier_changes(created_at)")
    db.execute("CREATE INDEX IF NOT EXISTS visits_staff ON visits(staff_id, created_at)")
    db.execute(
        "INSERT OR IGNORE INTO settings (key, value) VALUES ('till_name', ?)", [DEFAULT_TILL]
    )
    now = now_text()
    AuditStore(db).snapshot(now)
    chain.link_everything(db, chain.till_name(db))
    create_guards(db)
    # The genesis just hashed every link: the start-up check goes on from here instead
    # of recomputing them all at the first start (the rolling slices re-verify them).
    chain.save_checkpoint(db, chain.last_seq(db), 0, now)
