"""The guard triggers: the database itself refuses to rewrite history.

``GUARDS`` are permanent triggers that make the chained tables append-only (visits: only
their void and refund fields may change, and only forward) and refuse ``INSERT OR
REPLACE`` of an existing row, which would otherwise delete it without firing a delete
trigger (SQLite fires none for a REPLACE unless ``recursive_triggers`` is on, and a
tool's connection does not turn it on). Someone with the file can still drop a trigger;
``guard_problems`` then names it, and a trigger rewritten to do nothing, too.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from ..domain.chain import CHAINED

_APPEND_ONLY = (
    "ledger",
    "gift_card_ledger",
    "coupon_uses",
    "refunds",
    "tier_changes",
    "audit",
    "chain",
    "lot_moves",
    "spend_cancels",
    "consents",
)
_VISIT_FIXED = ("id", *CHAINED["visits"])


def _guards() -> dict[str, str]:
    out: dict[str, str] = {}
    for t in _APPEND_ONLY:
        out[f"{t}_no_update"] = (
            f"CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t} "
            f"BEGIN SELECT RAISE(ABORT, '{t} rows are append-only'); END"
        )
        out[f"{t}_no_delete"] = (
            f"CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t} "
            f"BEGIN SELECT RAISE(ABORT, '{t} rows are append-only'); END"
        )
    for t in (
        "ledger",
        "gift_card_ledger",
        "coupon_uses",
        "tier_changes",
        "audit",
        "lots",
        "lot_moves",
        "spend_cancels",
        "consents",
    ):
        out[f"{t}_no_replace"] = (
            f"CREATE TRIGGER {t}_no_replace BEFORE INSERT ON {t} "
            f"WHEN EXISTS (SELECT 1 FROM {t} WHERE id = NEW.id) "
            f"BEGIN SELECT RAISE(ABORT, '{t} rows are never replaced'); END"
        )
    for t in ("visits", "refunds"):
        out[f"{t}_no_replace"] = (
            f"CREATE TRIGGER {t}_no_replace BEFORE INSERT ON {t} "
            f"WHEN EXISTS (SELECT 1 FROM {t} WHERE id = NEW.id OR request_id = NEW.request_id) "
            f"BEGIN SELECT RAISE(ABORT, '{t} rows are never replaced'); END"
        )
    out["chain_no_replace"] = (
        "CREATE TRIGGER chain_no_replace BEFORE INSERT ON chain "
        "WHEN EXISTS (SELECT 1 FROM chain WHERE seq = NEW.seq "
        "OR (tbl = NEW.tbl AND row_id = NEW.row_id)) "
        "BEGIN SELECT RAISE(ABORT, 'chain rows are never replaced'); END"
    )
    out["visits_fixed"] = (
        f"CREATE TRIGGER visits_fixed BEFORE UPDATE OF {', '.join(_VISIT_FIXED)} ON visits "
        "BEGIN SELECT RAISE(ABORT, 'a visit''s amounts, member, staff and time never change'); "
        "END"
    )
    # The fields that do change only move forward: confirmed -> voided or refunded, the
    # refunded amount only grows, a void is never rewritten.
    out["visits_forward"] = (
        "CREATE TRIGGER visits_forward BEFORE UPDATE OF status, refunded, void_reason, "
        "voided_at, voided_by ON visits "
        "WHEN NEW.refunded < OLD.refunded "
        "OR (OLD.status <> 'confirmed' AND NEW.status IS NOT OLD.status) "
        "OR (OLD.voided_at IS NOT NULL AND (NEW.voided_at IS NOT OLD.voided_at "
        "OR NEW.void_reason IS NOT OLD.void_reason OR NEW.voided_by IS NOT OLD.voided_by)) "
        "BEGIN SELECT RAISE(ABORT, 'a void or refund is never undone'); END"
    )
    # A lot's origin never changes; only its caches (what still counts, what is left) do,
    # and ``admin check`` holds those to the lot's moves.
    out["lots_fixed"] = (
        "CREATE TRIGGER lots_fixed BEFORE UPDATE OF id, member_id, program_id, account, "
        "visit_id, kind, earned_at, expires, amount ON lots "
        "BEGIN SELECT RAISE(ABORT, 'a lot keeps its origin'); END"
    )
    out["lots_no_delete"] = (
        "CREATE TRIGGER lots_no_delete BEFORE DELETE ON lots "
        "BEGIN SELECT RAISE(ABORT, 'lots are never deleted'); END"
    )
    out["visits_no_delete"] = (
        "CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits "
        "BEGIN SELECT RAISE(ABORT, 'visits are never deleted'); END"
    )
    out["chain_heads_forward"] = (
        "CREATE TRIGGER chain_heads_forward BEFORE UPDATE ON chain_heads "
        "WHEN NEW.till IS NOT OLD.till OR NEW.seq <= OLD.seq "
        "BEGIN SELECT RAISE(ABORT, 'a chain head only moves forward'); END"
    )
    out["chain_heads_no_delete"] = (
        "CREATE TRIGGER chain_heads_no_delete BEFORE DELETE ON chain_heads "
        "BEGIN SELECT RAISE(ABORT, 'chain heads are never deleted'); END"
    )
    out["chain_heads_no_replace"] = (
        "CREATE TRIGGER chain_heads_no_replace BEFORE INSERT ON chain_heads "
        "WHEN EXISTS (SELECT 1 FROM chain_heads WHERE till = NEW.till) "
        "BEGIN SELECT RAISE(ABORT, 'chain heads are never replaced'); END"
    )
    return out


GUARDS = _guards()


_ON_TABLE = re.compile(r" ON (\w+) ")


def create_guards(db: Database) -> None:
    """(Re)create every guard trigger as ``GUARDS`` says (m007's last step, and again
    by each later migration that adds a guarded table). A guard on a table a later
    migration creates (``consents``, m012) waits for that migration."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for name, sql in GUARDS.items():
        on = _ON_TABLE.search(sql)
        if on is not None and on.group(1) not in tables:
            continue
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(sql)


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip().rstrip(";")


def guard_problems(db: Database) -> list[tuple[str, str]]:
    """(trigger, 'missing' | 'changed') for every guard not as ``GUARDS`` made it."""
    found = {
        name: sql
        for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    }
    out = []
    for name, sql in GUARDS.items():
        if name not in found:
            out.append((name, "missing"))
        elif _normal(found[name]) != _normal(sql):
            out.append((name, "changed"))
    return out
