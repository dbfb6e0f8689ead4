"""What a refund would do, before the cashier confirms it.

The refund dialog shows the cash to hand back, what goes back to the gift card and the
member's accounts, what will be taken back (earned points, credit, stamps) and given
back (rewards, credit, pass uses spent) and any shortfall, computed by the very
``calculate`` the refund itself runs (``services/refund_calc.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain.clock import Clock, from_db, system_clock
from ..domain.ledger import Account, Entry, Kind
from ..store.extras import ExtrasStore
from ..store.members import MemberStore
from .refund_calc import RefundTenders, calculate


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
    tenders: RefundTenders | None = None

    @property
    def left(self) -> int:
        return self.charged - self.refunded_before

    @property
    def cash_back(self) -> int:
        return self.tenders.cash if self.tenders is not None else self.amount


def preview_refund(
    db, visit_id: int, amount: int | None, clock: Clock = system_clock
) -> RefundPreview:
    """The refund of ``amount`` (None = all that is left) of a visit; writes nothing."""
    calc = calculate(db, visit_id, amount, clock())
    visit = calc.visit
    name = None
    if visit["member_id"] is not None:
        row = MemberStore(db).get(visit["member_id"])
        name = row["name"] if row else None
    entries = tuple(
        Entry(pid, acc, Kind.REFUND, delta)
        for (pid, acc), delta in sorted(calc.plan.member_deltas().items())
    )
    return RefundPreview(
        visit_id=visit_id,
        member_name=name,
        at=from_db(visit["created_at"]),
        charged=visit["charged"],
        refunded_before=visit["refunded"],
        amount=calc.amount,
        full=calc.full,
        entries=entries,
        shortfall=calc.plan.shortfall(),
        names=ExtrasStore(db).program_names(),
        tenders=calc.tenders,
    )
