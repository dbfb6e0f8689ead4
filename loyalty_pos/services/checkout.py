"""The checkout use cases: preview, confirm, refund.

``preview`` and ``confirm`` run the same pure calculation (``domain/checkout.py``) over
the same state, so what the cashier saw is what is written. ``confirm`` writes the
visit, its items and discounts, every ledger row, coupon use and gift-card redemption,
the referral bonus and any tier change in one IMMEDIATE transaction, keyed by a request
id so a double Enter or a retry writes nothing twice.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from ..domain.checkout import Basket, CheckoutPlan, MemberState, Schemes, plan_checkout
from ..domain.clock import Clock, local_day_start, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused, UserError
from ..domain.ledger import Account
from ..store import scheme_version
from ..store.checkout import CheckoutStore, MemberStateRows
from ..store.database import write_transaction
from ..store.ledger import LedgerStore
from ..store.programs import ProgramStore
from ..store.schemes import SchemeStore
from ..store.settings import SettingsStore
from ..store.visits import VisitStore
from .actor import Actor
from .approvals import Approval
from .checkout_rules import ReferralRules, TierRules
from .coupons import CouponService
from .giftcards import GiftCardService
from .members import MemberService
from .refunding import RefundRules
from .views import MemberView

REQUEST_ID_MAX = 64


@dataclass(frozen=True)
class CheckoutRequest:
    """The cashier's entries, with codes still as typed or scanned."""

    amount: int = 0
    items: dict[int, int] = field(default_factory=dict)
    stamp_items: dict[int, int] = field(default_factory=dict)
    redeem_stamps: dict[int, int] = field(default_factory=dict)
    redeem_rewards: tuple[int, ...] = ()
    use_points: dict[int, int] = field(default_factory=dict)
    use_credit: int = 0
    use_passes: dict[int, int] = field(default_factory=dict)
    buy_passes: dict[int, int] = field(default_factory=dict)
    buy_tier: int | None = None
    coupon_code: str | None = None
    gift_card_code: str | None = None
    gift_amount: int | None = None


@dataclass(frozen=True)
class CheckoutResult:
    visit_id: int
    replayed: bool
    amount: int
    discount: int
    charged: int
    paid_credit: int
    paid_gift: int
    plan: CheckoutPlan | None
    member: MemberView | None
    coupons_issued: tuple[str, ...] = ()
    tier: str | None = None

    @property
    def cash_due(self) -> int:
        return self.charged - self.paid_credit - self.paid_gift


def _check_request_id(request_id: str | None) -> None:
    if request_id is not None and (not request_id or len(request_id) > REQUEST_ID_MAX):
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "A request id has 1 to {max} characters."),
            max=REQUEST_ID_MAX,
        )


def state_owed(state: MemberState | None) -> dict[tuple[int, str], int] | None:
    """The debts the member state read under this transaction's lock, as the ledger
    keeps them (``LedgerStore.append``'s ``owed``)."""
    if state is None:
        return None
    return {(pid, Account(acc).value): n for (pid, acc), n in state.owed.items()}


class CheckoutService(TierRules, ReferralRules, RefundRules):
    """Checkout, refund and the scheme state a checkout needs."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        actor: Actor,
        members: MemberService,
        coupons: CouponService | None = None,
        gift_cards: GiftCardService | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.members = members
        self.coupons = coupons
        self.gift_cards = gift_cards
        self.store = CheckoutStore(db)
        self.schemes_store = SchemeStore(db)
        self.ledger = LedgerStore(db)
        self.programs = ProgramStore(db)
        self.visits = VisitStore(db)
        self.settings = SettingsStore(db)
        self._fixed: Schemes | None = None  # see fixed_schemes
        # The schemes last read, under the numbers that say whether they may have changed
        # (store/scheme_version.py); the counter is installed outside a transaction only,
        # so that a rollback cannot take its triggers away unnoticed.
        self._writes = None if db.conn.in_transaction else scheme_version.install(db)
        self._installed_under: int | None = None
        self._read: tuple[scheme_version.Version, Schemes] | None = None
        self._writes_committed = 0  # the count when last seen outside a transaction
        if self._writes is not None:
            self._installed_under = scheme_version.version(db, self._writes)[2]
            self._writes_committed = self._writes.count

    @property
    def staff_id(self) -> int:
        return self.actor.staff_id

    @staticmethod
    def _check_request(request_id: str | None) -> None:
        _check_request_id(request_id)

    # State ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def fixed_schemes(self) -> Iterator[Schemes]:
        """Read the programs, rewards, tiers and items once for a bulk fill that changes
        none of them (the demo's four months of visits): each checkout inside reuses
        them instead of reading ten tables again. Nothing else may change a scheme
        meanwhile; the counter never uses this."""
        self._fixed = None
        self._fixed = self.schemes()
        try:
            yield self._fixed
        finally:
            self._fixed = None

    def cached_schemes(self) -> Schemes | None:
        """``schemes`` when they are kept between reads (the usual case), else None: a
        caller that needs only a part reads that part itself rather than all ten."""
        return None if self._writes is None else self.schemes()

    def schemes(self) -> Schemes:
        """The programs, rewards, promotions, tiers and items, and the settings a checkout
        obeys. Read again only when one of them may have changed: ten reads on every
        checkout and every preview were a tenth of a checkout's CPU (issue 16)."""
        if self._fixed is not None:
            return self._fixed
        if self._writes is None:
            return self._read_schemes()
        in_transaction = self.db.conn.in_transaction
        now = scheme_version.version(self.db, self._writes)  # on a server: one round trip
        if not in_transaction:
            self._writes_committed = now[0]
        if self._read is not None and self._read[0] == now:
            return self._read[1]
        if now[2] != self._installed_under:  # a table rebuilt: its triggers went with it
            if in_transaction:
                return self._read_schemes()  # installed again outside a transaction
            scheme_version.install(self.db)
            self._installed_under = now[2]
        fresh = self._read_schemes()
        # What this connection wrote in an open transaction may yet be rolled back, and
        # the count never goes back: such a read is used once, never kept.
        if not in_transaction or now[0] == self._writes_committed:
            self._read = (now, fresh)
        return fresh

    def _read_schemes(self) -> Schemes:
        s = self.schemes_store
        referral = self.settings.get("referral_program_id") or ""
        return Schemes(
            stamp_programs={p.id: p for p in self.programs.all()},
            points={p.id: p for p in s.points_programs()},
            credit={p.id: p for p in s.credit_programs()},
            passes={p.id: p for p in s.pass_programs()},
            rewards={r.id: r for r in s.rewards()},
            promotions=tuple(s.promotions()),
            tiers=tuple(s.tiers()),
            items={i.id: i for i in s.items()},
            discounts_per_visit=int(self.settings.get("discounts_per_visit") or 1),
            referral_program_id=int(referral) if referral.isdigit() else None,
            referral_bonus=int(self.settings.get("referral_bonus") or 0),
            expiry_starts=s.expiry_starts(),
        )

    def member_state(self, member_id: int, schemes: Schemes, now: datetime) -> MemberState:
        """The member's figures before the visit (one read: ``CheckoutStore``'s)."""
        return self._state_of(
            self.store.member_state(member_id, to_db(local_day_start(now))), schemes
        )

    @staticmethod
    def _state_of(rows: MemberStateRows, schemes: Schemes) -> MemberState:
        return MemberState(
            balances=rows.balances,
            earned_today=rows.earned_today,
            tier=next((t for t in schemes.tiers if t.id == rows.tier_id), None),
            referral_pending=rows.referral_pending,
            owed={(pid, Account(acc)): n for (pid, acc), n in rows.owed.items()},
        )

    def _basket(self, member_id: int | None, req: CheckoutRequest) -> tuple[Basket, Any]:
        """The pure basket, and the resolved coupon (a ``CouponToApply``) if one was given."""
        coupon = None
        if req.coupon_code:
            if self.coupons is None:
                raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Coupons are not set up in this shop."))
            coupon = self.coupons.resolve(req.coupon_code, member_id, req.amount)
        gift_balance = None
        if req.gift_card_code:
            if self.gift_cards is None:
                raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Gift cards are not set up in this shop."))
            gift_balance = self.gift_cards.usable(req.gift_card_code, req.gift_amount or 0).balance
        basket = Basket(
            amount=req.amount,
            items=dict(req.items),
            stamp_items=dict(req.stamp_items),
            redeem_stamps=dict(req.redeem_stamps),
            redeem_rewards=tuple(req.redeem_rewards),
            use_points=dict(req.use_points),
            use_credit=req.use_credit,
            use_passes=dict(req.use_passes),
            buy_passes=dict(req.buy_passes),
            buy_tier=req.buy_tier,
            coupon=coupon.offer if coupon is not None else None,
            gift_card_balance=gift_balance,
            gift_amount=req.gift_amount,
        )
        return basket, coupon

    def _check_member(self, member_id: int | None) -> dict[str, Any] | None:
        """The member's row (None without a member); refused for a blocked member."""
        if member_id is None:
            return None
        row = self.members.row(member_id)
        if row["status"] == "blocked":
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "The membership of {name} is blocked."),
                name=row["name"],
            )
        return row

    def preview(self, member_id: int | None, req: CheckoutRequest) -> CheckoutPlan:
        """What confirming would do, without writing; raises UserError like confirm.

        The member's status comes with their state (one statement); their row is read
        only to refuse them (``_check_member``, as confirm does)."""
        now = self.clock()
        schemes = self.schemes()
        state = None
        if member_id is not None:
            rows = self.store.member_state(member_id, to_db(local_day_start(now)))
            if rows.status != "active":
                self._check_member(member_id)  # no such member, or blocked: refused
            state = self._state_of(rows, schemes)
        basket, _ = self._basket(member_id, req)
        return plan_checkout(schemes, state, basket, now.date())

    # Confirm ----------------------------------------------------------------------------

    def confirm(
        self,
        member_id: int | None,
        req: CheckoutRequest,
        request_id: str,
        *,
        at: datetime | None = None,
        view: bool = True,
    ) -> CheckoutResult:
        """Write the checkout in one transaction; the same request id writes once.

        ``at`` records a past visit when importing history (marked as imported).
        ``view=False`` leaves ``member`` out of the result (None): a bulk fill that
        shows nobody skips reading the member's visit history.
        """
        _check_request_id(request_id)
        now = self.clock()
        when = at or now
        if at is not None and at > now:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "An imported visit cannot be in the future."))
        with write_transaction(self.db):
            earlier = self.visits.by_request(request_id)
            schemes = self.schemes()
            if earlier is not None:
                self._same_request(earlier, member_id, req, schemes)
                return self._replayed(earlier)
            row = self._check_member(member_id)
            state = None
            moves: dict[tuple[int, str], int] = {}
            if member_id is not None:
                if self.members.expire_for_member is not None:
                    self.members.expire_for_member(member_id, schemes)
                state = self.member_state(member_id, schemes, when)
            basket, coupon = self._basket(member_id, req)
            plan = plan_checkout(schemes, state, basket, when.date())
            visit_id = self.store.insert_visit(
                member_id=member_id,
                staff_id=self.staff_id,
                created_at=to_db(when),
                request_id=request_id,
                amount=plan.amount,
                discount=plan.discount,
                paid_credit=plan.paid_credit,
                paid_gift=plan.paid_gift,
                imported=at is not None,
            )
            self.store.insert_details(visit_id, basket.items, plan.discounts)
            if member_id is not None and (plan.entries or plan.referral_entries):
                self.ledger.append(
                    member_id,
                    [*plan.entries, *plan.referral_entries],
                    visit_id=visit_id,
                    staff_id=self.staff_id,
                    created_at=to_db(when),
                    owed=state_owed(state),
                )
                moves = self.ledger.last_moves
            if plan.referral_entries and member_id is not None:
                self._reward_referrer(member_id, plan, visit_id, when)
            if coupon is not None:
                assert self.coupons is not None  # _basket refuses a coupon without them
                cut = next(d.amount for d in plan.discounts if d.source == "coupon")
                self.coupons.record_use(coupon, member_id, visit_id, cut)
            if plan.paid_gift and req.gift_card_code:
                assert self.gift_cards is not None  # _basket refuses a card without them
                self.gift_cards.redeem(req.gift_card_code, plan.paid_gift, visit_id)
            issued: tuple[str, ...] = ()
            tier_name = None
            if member_id is not None:
                tier_name = self._update_tier(member_id, schemes, state, plan, visit_id, when)
                if self.coupons is not None and plan.charged > 0:
                    issued = tuple(self.coupons.issue_next_visit(member_id, visit_id, plan.charged))
        member = None
        if view and row is not None and state is not None:
            member = self._view_after(row, state, moves, schemes)
        return CheckoutResult(
            visit_id=visit_id,
            replayed=False,
            amount=plan.amount,
            discount=plan.discount,
            charged=plan.charged,
            paid_credit=plan.paid_credit,
            paid_gift=plan.paid_gift,
            plan=plan,
            member=member,
            coupons_issued=issued,
            tier=tier_name,
        )

    def _view_after(
        self,
        row: dict[str, Any],
        state: MemberState,
        moves: dict[tuple[int, str], int],
        schemes: Schemes,
    ) -> MemberView:
        """The member's view after the commit, from what the checkout already holds: the
        row it checked, the balances it read (after expiry) moved by what it wrote, the
        punch cards of its schemes. Re-reading all of it, and running expiry again, cost
        more CPU than the commit's own disk write (issue 16); only the visit history is
        read. ``tests/services/test_checkout_view.py`` holds it equal to a fresh view."""
        balances = dict(state.balances)
        for (pid, acc), delta in moves.items():
            key = (pid, Account(acc))
            balances[key] = balances.get(key, 0) + delta
        return self.members.view_from(row, balances, list(schemes.stamp_programs.values()))

    @staticmethod
    def _same_request(
        visit: dict[str, Any], member_id: int | None, req: CheckoutRequest, schemes: Schemes
    ) -> None:
        """A request id seen before must name the same checkout (a double Enter, a retry):
        another member or another amount under a used id is a mistake, not a replay."""
        amount = req.amount + sum(
            schemes.passes[pid].price * n
            for pid, n in req.buy_passes.items()
            if pid in schemes.passes
        )
        tier = next((t for t in schemes.tiers if t.id == req.buy_tier), None)
        amount += (tier.fee or 0) if tier is not None else 0
        if visit["member_id"] != member_id or visit["amount"] != amount or visit["gift_sold"]:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "Request id {request} was already used for another visit; nothing was changed.",
                ),
                request=visit["request_id"],
            )

    def _replayed(self, visit: dict[str, Any]) -> CheckoutResult:
        member_id = visit["member_id"]
        return CheckoutResult(
            visit_id=visit["id"],
            replayed=True,
            amount=visit["amount"],
            discount=visit["discount"],
            charged=visit["charged"],
            paid_credit=visit["paid_credit"],
            paid_gift=visit["paid_gift"],
            plan=None,
            member=self.members.view(member_id) if member_id is not None else None,
        )

    def balances_summary(self, member_id: int) -> dict[str, Any]:
        """Points, credit and passes by program name, and the tier: for scripts."""
        schemes = self.schemes()
        held = self.ledger.balances(member_id)
        tier = self.tier_of(member_id, schemes)
        points = {p.name: held.get((p.id, Account.POINTS), 0) for p in schemes.points.values()}
        credit = {p.name: held.get((p.id, Account.CREDIT), 0) for p in schemes.credit.values()}
        passes = {p.name: held.get((p.id, Account.PASSES), 0) for p in schemes.passes.values()}
        return {
            "points": sum(points.values()),
            "credit": sum(credit.values()),
            "points_by_program": points,
            "credit_by_program": credit,
            "passes": passes,
            "tier": tier.name if tier is not None else None,
        }

    def sell_gift_card(
        self,
        value: int,
        request_id: str,
        *,
        member_id: int | None = None,
        expires_on: date | None = None,
        approval: Approval | None = None,
    ):
        """Sell a gift card at the counter: a visit that records the value sold.

        The value is not sales (it is spent later, with the card); the visit keeps who
        sold it and when. The same request id sells one card. Above the owner's limit
        ``approval`` (or an owner at the till or in session) is needed; without it
        ``GiftCardService.issue`` refuses, and the visit is not written either.
        """
        _check_request_id(request_id)
        if self.gift_cards is None:
            raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Gift cards are not set up in this shop."))
        now = self.clock()
        with write_transaction(self.db):
            earlier = self.visits.by_request(request_id)
            if earlier is None:
                visit_id = self.store.insert_visit(
                    member_id=member_id,
                    staff_id=self.staff_id,
                    created_at=to_db(now),
                    request_id=request_id,
                    amount=0,
                    discount=0,
                    paid_credit=0,
                    paid_gift=0,
                    gift_sold=value,
                )
            else:
                visit_id = earlier["id"]
            card = self.gift_cards.issue(
                value,
                expires_on=expires_on,
                visit_id=visit_id,
                request_id=request_id,
                approval=approval,
            )
        return visit_id, card
