"""What a refund would do: the one calculation behind the preview and the refund.

The loyalty side comes from ``RefundPlanner`` (lots replayed with the visit counting
less), the money side from the visit's tenders, each handed back in proportion to the
refund. It lives apart from ``refunding`` (the use case that writes) and
``refund_preview`` (the dialog's read-only view) so that both import it and neither
imports the other: the preview must never pull in the writing side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused
from ..domain.ledger import Account
from ..domain.refunds import Counted, check_refund_amount, split_tenders
from ..store.audit import require_refund_marker
from ..store.checkout import CheckoutStore
from ..store.giftcards import GiftCardStore
from ..store.visits import VisitStore
from .refund_plans import RefundPlanner, VisitPlan


@dataclass(frozen=True)
class RefundTenders:
    """Where the money of a refund goes: the cash to hand over and the rest."""

    cash: int
    credit: int
    gift: int  # back onto the gift card
    gift_code: str | None = None
    gift_as_cash: int = 0  # the card is void or expired: its share is paid in cash
    passes: dict[int, int] = field(default_factory=dict)  # pass program → uses back
    points: dict[int, int] = field(default_factory=dict)  # points used as money, back
    credit_by_program: dict[int, int] = field(default_factory=dict)

    def returned(self) -> dict[tuple[int, Account], int]:
        """What goes back to the member's accounts as tenders, per (program, account):
        the part of a refund's balance changes that is not loyalty taken or given."""
        out = {(pid, Account.CREDIT): n for pid, n in self.credit_by_program.items()}
        out.update({(pid, Account.PASSES): n for pid, n in self.passes.items()})
        out.update({(pid, Account.POINTS): n for pid, n in self.points.items()})
        return {k: v for k, v in out.items() if v}


@dataclass(frozen=True)
class RefundCalc:
    """Everything a refund of ``amount`` would do, before it is written."""

    visit: dict[str, Any]
    amount: int
    full: bool
    plan: VisitPlan
    tenders: RefundTenders


def refundable(visit: dict[str, Any] | None, visit_id: int) -> dict[str, Any]:
    """The visit, if it can be refunded; Refused/NotFound say why not."""
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no visit number {id}."), id=visit_id)
    if visit["status"] == "voided":
        raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Visit {id} was voided."), id=visit_id)
    if visit["gift_sold"]:
        raise Refused(
            QT_TRANSLATE_NOOP(
                ERRORS, "Visit {id} sold a gift card: void the card on the gift card screen."
            ),
            id=visit_id,
        )
    if visit["status"] == "refunded":
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "Visit {id} is already refunded in full."), id=visit_id
        )
    return visit


def calculate(db, visit_id: int, amount: int | None, now: datetime) -> RefundCalc:
    """What refunding ``amount`` (None: all that is left) of a visit would do.

    The preview and the refund both run this, inside the refund's transaction for the
    latter, so the cashier is shown exactly what is written.
    """
    visit = refundable(VisitStore(db).get(visit_id), visit_id)
    require_refund_marker(db, visit_id)  # a cleared marker must not refund twice
    amount = check_refund_amount(visit["charged"], visit["refunded"], amount)
    after = visit["refunded"] + amount
    full = after >= visit["charged"]
    paid = {
        "gift": visit["paid_gift"],
        "credit": visit["paid_credit"],
        "cash": visit["charged"] - visit["paid_gift"] - visit["paid_credit"],
    }
    given = CheckoutStore(db).tenders_given(visit_id)
    split = split_tenders(paid, given, visit["charged"], after)
    step = {t: split.get(t, 0) - given.get(t, 0) for t in paid}
    counted = Counted(visit["charged"], after, gone=full)
    plan = RefundPlanner(db).plan(visit, counted, now, credit_back=split.get("credit", 0))
    return RefundCalc(visit, amount, full, plan, _tenders(db, visit, step, plan, now))


def _tenders(
    db, visit: dict[str, Any], step: dict[str, int], plan: VisitPlan, now: datetime
) -> RefundTenders:
    gift = step["gift"]
    code = None
    as_cash = 0
    if gift:
        card = GiftCardStore(db).card_of_visit(visit["id"])
        code = card.code if card is not None else None
        usable = (
            card is not None
            and card.status == "active"
            and (card.expires_on is None or card.expires_on >= now.date())
        )
        if not usable:
            as_cash, gift = gift, 0
    back: dict[str, dict[int, int]] = {"passes": {}, "points": {}, "credit": {}}
    for (mid, pid), spends in plan.cancels.items():
        if mid != visit["member_id"]:
            continue
        for spend_id, (account, qty) in spends.items():
            if account in back and (account != "points" or spend_id in plan.tender_spends):
                back[account][pid] = back[account].get(pid, 0) + qty
    cash = step["cash"] + as_cash
    return RefundTenders(
        cash, step["credit"], gift, code, as_cash, back["passes"], back["points"], back["credit"]
    )
