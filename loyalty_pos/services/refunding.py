"""The refund use case: money back where it came from, loyalty exactly reversed.

A mixin of ``CheckoutService`` (it uses its stores, clock and actor). Its money and
loyalty are worked out by ``refund_calc.calculate``, the same calculation the refund
dialog's preview shows: store credit back to the member, a gift card to the card, and only
the rest as cash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..domain.clock import to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused, UserError
from ..domain.ledger import Account
from ..store.database import write_transaction
from ..store.extras import ExtrasStore
from ..store.giftcards import GiftCardStore
from .checkout_parts import CheckoutParts
from .refund_calc import RefundTenders, calculate
from .refund_plans import RefundPlanner
from .refund_preview import RefundPreview, preview_refund
from .views import MemberView


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


class RefundRules(CheckoutParts):
    """Refund, over ``CheckoutService``'s stores."""

    def preview_refund(self, visit_id: int, amount: int | None) -> RefundPreview:
        """What ``refund`` would do, written nowhere (the F7 dialog's preview)."""
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
        assert visit is not None  # a refund row's visit is a foreign key: it exists
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
