"""What a refund would do, before the cashier confirms it.

The refund dialog shows what will be taken back (earned points, credit, stamps) and
what will be given back (rewards, credit, pass uses spent) and any shortfall, computed
by the same pure ``plan_refund`` the refund itself runs, over the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain.clock import from_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused
from ..domain.ledger import Account, Entry
from ..domain.refunds import check_refund_amount, plan_refund
from ..store.extras import ExtrasStore
from ..store.ledger import LedgerStore
from ..store.members import MemberStore
from ..store.programs import ProgramStore
from ..store.visits import VisitStore


@dataclass(frozen=True)
class RefundPreview:
    visit_id: int
    member_name: str | None
    at: datetime
    charged: int
    refunded_before: int
    amount: int
    full: bool
    entries: tuple[Entry, ...] = ()
    shortfall: dict[tuple[int, Account], int] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)  # program id → name

    @property
    def left(self) -> int:
        return self.charged - self.refunded_before


def preview_refund(db, visit_id: int, amount: int | None) -> RefundPreview:
    """The refund of ``amount`` (None = all that is left) of a visit; writes nothing."""
    visit = VisitStore(db).get(visit_id)
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no visit number {id}."), id=visit_id)
    if visit["status"] == "voided":
        raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Visit {id} was voided."), id=visit_id)
    if visit["status"] == "refunded":
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "Visit {id} is already refunded in full."), id=visit_id
        )
    amount = check_refund_amount(visit["charged"], visit["refunded"], amount)
    member_id = visit["member_id"]
    full = visit["refunded"] + amount >= visit["charged"]
    entries: tuple[Entry, ...] = ()
    shortfall: dict[tuple[int, Account], int] = {}
    name = None
    if member_id is not None:
        ledger = LedgerStore(db)
        row = MemberStore(db).get(member_id)
        name = row["name"] if row else None
        rows = [
            (rid, e)
            for rid, e in ledger.visit_rows(visit_id)
            if e.kind.value not in ("refund", "void")
        ]
        needed = {p.id: p.stamps_needed for p in ProgramStore(db).all()}
        plan = plan_refund(
            rows,
            ledger.balances(member_id),
            needed,
            charged=visit["charged"],
            refunded_before=visit["refunded"],
            amount=amount,
        )
        entries = plan.entries
        shortfall = dict(plan.shortfall)
    return RefundPreview(
        visit_id=visit_id,
        member_name=name,
        at=from_db(visit["created_at"]),
        charged=visit["charged"],
        refunded_before=visit["refunded"],
        amount=amount,
        full=full,
        entries=entries,
        shortfall=shortfall,
        names=ExtrasStore(db).program_names(),
    )
