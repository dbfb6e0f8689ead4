"""The refund use case: money back where it came from, loyalty exactly reversed.

A mixin of ``CheckoutService`` (it uses its stores, clock and actor). ``refund_plan``
is the one calculation behind both the refund dialog's preview and the refund: the
loyalty side from ``RefundPlanner`` (lots replayed with the visit counting less), the
money side from the visit's tenders, each handed back in proportion to the refund:
store credit to the member, a gift card to the card, and only the rest as cash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..domain.clock import to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..domain.ledger import Account
from ..domain.refunds import Counted, check_refund_amount, split_tenders
from ..store.audit import require_refund_marker
from ..store.checkout import CheckoutStore
from ..store.database import write_transaction
from ..store.extras import ExtrasStore
from ..store.giftcards import GiftCardStore
from ..store.visits import VisitStore
from .refund_plans import RefundPlanner, VisitPlan
from .views import MemberView


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
class RefundResult:
    refund_id: int
    visit_id: int
    amount: int
    full: bool
    refunded_total: int
    shortfall: dict[tuple[int, Account], int]
    member: MemberView | None
    replayed: bool = False
    tenders: RefundTenders | None = None
    changes: dict[tuple[int, Account], int] = field(default_factory=dict)

    @property
    def cash_back(self) -> int:
        return self.tenders.cash if self.tenders is not None else self.amount


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


class RefundRules:
    """Refund, over ``CheckoutService``'s stores."""

    def preview_refund(self, visit_id: int, amount: int | None):
        """What ``refund`` would do, written nowhere (the F7 dialog's preview)."""
        from .refund_preview import preview_refund

        return preview_refund(self.db, visit_id, amount, self.clock)

    def program_names(self) -> dict[int, str]:
        """Every program's name by id, for the refund's lines and slip."""
        return ExtrasStore(self.db).program_names()

    def refund(
        self,
        visit_id: int,
        amount: int | None,
        reason: str,
        request_id: str | None = None,
    ) -> RefundResult:
        """Refund ``amount`` (None = the rest) of a visit, with its loyalty effects."""
        reason = " ".join(reason.split())
        if not reason:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Say why the visit is refunded."))
        self._check_request(request_id)
        now = self.clock()
        with write_transaction(self.db):
            if request_id is not None:
                earlier = self.store.refund_by_request(request_id)
                if earlier is not None:
                    return self._refund_replayed(earlier, visit_id, amount)
            calc = calculate(self.db, visit_id, amount, now)
            visit, amount, full = calc.visit, calc.amount, calc.full
            t = calc.tenders
            refund_id = self.store.insert_refund(
                visit_id, amount, full, reason, request_id, self.staff_id, to_db(now),
                (t.cash, t.credit, t.gift + t.gift_as_cash, bool(t.gift_as_cash)),
            )  # fmt: skip
            RefundPlanner(self.db).write(
                calc.plan, kind="refund", staff_id=self.staff_id, at=now, note=reason,
                refund_id=refund_id,
            )  # fmt: skip
            if calc.tenders.gift and self.gift_cards is not None:
                self.gift_cards.restore_for_refund(visit_id, refund_id, calc.tenders.gift)
            member_id = visit["member_id"]
            if full:
                self._forget_referral(visit_id, member_id)
                if self.coupons is not None:
                    self.coupons.restore_uses(visit_id, refund_id)
                    self.coupons.revoke_issued(visit_id)
                if member_id is not None:
                    self.recheck_tier(member_id, visit_id, now)
        return RefundResult(
            refund_id=refund_id,
            visit_id=visit_id,
            amount=amount,
            full=full,
            refunded_total=visit["refunded"] + amount,
            shortfall=calc.plan.shortfall(),
            member=self.members.view(member_id) if member_id is not None else None,
            tenders=calc.tenders,
            changes=calc.plan.member_deltas(),
        )

    def _refund_replayed(
        self, earlier: dict[str, Any], visit_id: int, amount: int | None
    ) -> RefundResult:
        """The same request id again: the refund it made, if it is the same refund."""
        if earlier["visit_id"] != visit_id or (amount is not None and amount != earlier["amount"]):
            raise Refused(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "Request id {request} was already used for another refund; nothing "
                    "was changed.",
                ),
                request=earlier["request_id"],
            )
        visit = self.visits.get(earlier["visit_id"])
        gift, as_cash = earlier["gift_back"], bool(earlier["gift_as_cash"])
        card = GiftCardStore(self.db).card_of_visit(visit["id"]) if gift else None
        tenders = RefundTenders(
            cash=earlier["cash_back"],
            credit=earlier["credit_back"],
            gift=0 if as_cash else gift,
            gift_code=card.code if card is not None else None,
            gift_as_cash=gift if as_cash else 0,
        )
        return RefundResult(
            earlier["id"],
            visit["id"],
            earlier["amount"],
            bool(earlier["full"]),
            visit["refunded"],
            {},
            None,
            replayed=True,
            tenders=tenders,
        )

    def _forget_referral(self, visit_id: int, member_id: int | None) -> None:
        """A fully refunded visit no longer counts as the one that paid a referral."""
        if member_id is None:
            return
        referral = self.store.referral(member_id)
        if referral is not None and referral["rewarded_visit_id"] == visit_id:
            self.store.mark_referral_rewarded(member_id, None)

    def recheck_tier(self, member_id: int, visit_id: int, when: datetime) -> None:
        """A tier the visit lifted the member into is re-earned without it, at once."""
        self.retier_without(member_id, visit_id, when)
