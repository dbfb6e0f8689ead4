"""The demo's four months of checkouts, worked out in memory and written in bulk.

Ringing up 2,500 checkouts one by one through ``CheckoutService.confirm`` cost about
1.4 ms each (guards, lots, balances, chain: some forty statements a checkout), most of
the demo's first start (issue 16). Here each checkout is planned by the same pure rule
the counter uses (``domain.checkout.plan_checkout``) from the member's state kept in
memory — balances, open lots, what was earned today, the tier — and its rows are what
``confirm`` writes: the visit, its items and discounts, the ledger rows with their lots
(a gain makes a lot, a spend draws the oldest), the balances, an earned tier. They are
written with ``executemany`` (``store/demo_rows.py``) and the chain is linked from them
in the counter's order.

What the demo never meets is refused rather than imitated: an expiry (four months are
shorter than every expiry window, checked), a debt, a referral bonus, a coupon or gift
card, a paid tier. A void, rare in the demo, goes through the real ``VisitService.void``
after the rows before it are written; the member's state is then read back.
``tests/test_demo_bulk.py`` holds the result equal, row for row, chain included, to the
checkouts rung up one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from ..domain.cardnumber import parse_code
from ..domain.checkout import Basket, CheckoutPlan, MemberState, Schemes, plan_checkout
from ..domain.clock import local_day_start, to_db
from ..domain.ledger import Account, Kind
from ..domain.schemes import Tier
from ..domain.validation import MemberInput, clean_member
from ..store import demo_rows
from ..store.demo_rows import Batch
from ..store.schema_lots import lot_expires
from .checkout import CheckoutRequest

if TYPE_CHECKING:
    from . import Services

EARNING = (Account.STAMPS, Account.POINTS)  # what a daily limit counts (earned_today)


class DemoHistoryError(Exception):
    """The demo met a rule the bulk fill does not imitate (a bug in the demo's design)."""


@dataclass
class _Visit:
    id: int
    created_at: str
    charged: int
    earned: dict[tuple[int, Account], int]
    confirmed: bool = True


@dataclass
class _Member:
    """One member's side of the ledger while the history is written."""

    balances: dict[tuple[int, Account], int] = field(default_factory=dict)  # rows that exist
    lots: dict[tuple[int, str], list[list[Any]]] = field(default_factory=dict)  # oldest first
    visits: list[_Visit] = field(default_factory=list)
    tier_id: int | None = None


class BulkHistory:
    """Checkouts planned by the counter's rules, written in batches."""

    def __init__(self, db: Database, schemes: Schemes, *, days: int) -> None:
        self.db = db
        self.schemes = schemes
        self._check_scope(days)
        self.ids = demo_rows.next_ids(db)
        self.batch = Batch()
        self.members: dict[int, _Member] = {}
        self._day_starts: dict[date, str] = {}  # to_db of each day's start, once a day
        self._top_rank = max((t.rank for t in schemes.tiers), default=0)

    def _check_scope(self, days: int) -> None:
        """Nothing earned in the ``days`` of history may expire before they end, and no
        coupon follows a visit: the bulk fill writes no expiry and issues no coupon."""
        windows = [p.expiry_days for p in self.schemes.stamp_programs.values()]
        windows += [p.expiry_days for p in self.schemes.points.values()]
        if any(w is not None and w <= days for w in windows):
            raise DemoHistoryError("a demo lot could expire within the history")
        if demo_rows.next_visit_offers(self.db):
            raise DemoHistoryError("the demo has a coupon offer issued after a visit")

    # Reading ------------------------------------------------------------------------------

    def balances(self, member_id: int) -> dict[tuple[int, Account], int]:
        """The member's balances now (as ``LedgerStore.balances`` would read them)."""
        return dict(self._member(member_id).balances)

    def _member(self, member_id: int) -> _Member:
        member = self.members.get(member_id)
        if member is None:
            member = self.members[member_id] = _Member()
        return member

    def _state(self, member: _Member, when: datetime) -> MemberState:
        since = self._day_starts.get(when.date())
        if since is None:
            since = self._day_starts[when.date()] = to_db(local_day_start(when))
        earned: dict[tuple[int, Account], int] = {}
        for visit in member.visits:
            if visit.confirmed and visit.created_at >= since:
                for key, n in visit.earned.items():
                    earned[key] = earned.get(key, 0) + n
        tier = next((t for t in self.schemes.tiers if t.id == member.tier_id), None)
        return MemberState(balances=dict(member.balances), earned_today=earned, tier=tier)

    # Writing ------------------------------------------------------------------------------

    @staticmethod
    def enroll(till: Services, data: MemberInput, card: str, when: datetime) -> int:
        """``MemberService.enroll`` with a new card, less what the fill does not need: the
        member's view it returns (a tenth of the fill) and the look-ups for duplicates
        (the demo's phones, e-mails and cards are unique by construction,
        ``demo._invent_people``). The same validation, rows and search index."""
        store = till.members.members
        clean = clean_member(data, when.date())
        at = to_db(when)
        member_id = store.insert(clean, at, till.members.staff_id)
        store.add_card(parse_code(card), member_id, "active", at)
        store.reindex(member_id)
        return member_id

    def checkout(
        self, member_id: int, staff_id: int, req: CheckoutRequest, request_id: str, when: datetime
    ) -> int:
        """What ``CheckoutService.confirm`` writes for this basket; returns the visit id."""
        if req.coupon_code or req.gift_card_code or req.buy_tier is not None:
            raise DemoHistoryError("the demo's baskets use no coupon, gift card or paid tier")
        member = self._member(member_id)
        state = self._state(member, when)
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
        )
        plan = plan_checkout(self.schemes, state, basket, when.date())
        if plan.referral_entries or plan.tier_bought is not None or plan.debt_paid:
            raise DemoHistoryError("the demo pays no referral, sells no tier, owes nothing")
        at = to_db(when)
        visit_id = self._visit(member_id, staff_id, request_id, at, plan)
        for item_id, qty in sorted(basket.items.items()):
            if qty:
                self.batch.items.append((visit_id, item_id, qty))
        for d in plan.discounts:
            self.batch.discounts.append(
                (self._next("visit_discounts"), visit_id, d.source, d.ref_id, d.label, d.amount)
            )
        earned = self._ledger(member_id, member, plan, visit_id, staff_id, at)
        member.visits.append(_Visit(visit_id, at, plan.charged, earned))
        self._update_tier(member_id, member, state.tier, visit_id, staff_id, when, at)
        return visit_id

    def _next(self, table: str) -> int:
        n = self.ids[table]
        self.ids[table] = n + 1
        return n

    def _visit(
        self, member_id: int, staff_id: int, request_id: str, at: str, plan: CheckoutPlan
    ) -> int:
        visit_id = self._next("visits")
        row = {
            "id": visit_id, "member_id": member_id, "staff_id": staff_id,
            "created_at": at, "request_id": request_id, "amount": plan.amount,
            "discount": plan.discount, "charged": plan.amount - plan.discount,
            "paid_credit": plan.paid_credit, "paid_gift": plan.paid_gift, "gift_sold": 0,
            "imported": 0,
        }  # fmt: skip
        self.batch.visits.append(row)
        self.batch.links.append(("visits", row))
        return visit_id

    def _ledger(
        self,
        member_id: int,
        member: _Member,
        plan: CheckoutPlan,
        visit_id: int,
        staff_id: int,
        at: str,
    ) -> dict[tuple[int, Account], int]:
        """``LedgerStore.append``: the rows, their lots, the balances moved by the net."""
        net: dict[tuple[int, Account], int] = {}
        earned: dict[tuple[int, Account], int] = {}
        for e in plan.entries:
            if e.kind in (Kind.EXPIRE, Kind.REFUND, Kind.VOID) or e.lots:
                raise DemoHistoryError(f"a checkout wrote a {e.kind.value} row")
            rid = self._next("ledger")
            row = {
                "id": rid, "member_id": member_id, "program_id": e.program_id,
                "visit_id": visit_id, "account": e.account.value, "kind": e.kind.value,
                "delta": e.delta, "reverses_id": e.reverses_id, "staff_id": staff_id,
                "created_at": at, "note": None, "refund_id": None, "pays": int(e.pays),
            }  # fmt: skip
            self.batch.ledger.append(row)
            self.batch.links.append(("ledger", row))
            key = (e.program_id, e.account)
            net[key] = net.get(key, 0) + e.delta
            if e.kind is Kind.EARN and e.account in EARNING:
                earned[key] = earned.get(key, 0) + e.delta
            if e.delta > 0:
                self._gain(member, rid, member_id, e.program_id, e.account.value, e.kind.value,
                           visit_id, at, e.delta)  # fmt: skip
            elif e.delta < 0:
                cause = "complete" if e.kind is Kind.COMPLETE else "draw"
                self._draw(member, e.program_id, e.account.value, -e.delta, rid, cause)
        for key, delta in net.items():
            if delta:
                value = member.balances.get(key, 0) + delta
                if value < 0:
                    raise DemoHistoryError(f"balance {key} of member {member_id} below zero")
                member.balances[key] = value
                self.batch.balances[(member_id, key[0], key[1].value)] = value
        return earned

    def _gain(self, member: _Member, rid: int, member_id: int, program_id: int, account: str,
              kind: str, visit_id: int, at: str, amount: int) -> None:  # fmt: skip
        lot = [rid, member_id, program_id, account, visit_id, kind, at,
               int(lot_expires(kind, account)), amount, amount, amount]  # fmt: skip
        self.batch.lots[rid] = lot
        member.lots.setdefault((program_id, account), []).append(lot)

    def _draw(
        self, member: _Member, program_id: int, account: str, qty: int, rid: int, cause: str
    ) -> None:
        """``LotStore.draw``: oldest lots first (by date, then id), a move for each."""
        open_lots = member.lots.get((program_id, account), [])
        drawn = 0
        while drawn < qty and open_lots:
            lot = open_lots[0]
            take = min(lot[10], qty - drawn)
            self.batch.moves.append((self._next("lot_moves"), lot[0], rid, cause, take))
            lot[10] -= take
            if lot[0] not in self.batch.lots:
                self.batch.lot_left[lot[0]] = lot[10]
            drawn += take
            if lot[10] == 0:
                open_lots.pop(0)
        if drawn != qty:
            raise DemoHistoryError(f"row {rid} takes {qty} but the lots hold {drawn}")

    def _update_tier(
        self,
        member_id: int,
        member: _Member,
        current: Tier | None,
        visit_id: int,
        staff_id: int,
        when: datetime,
        at: str,
    ) -> None:
        """``TierRules._update_tier`` without a paid tier: an earned upgrade at once."""
        if current is not None and current.rank >= self._top_rank:
            return  # nothing to upgrade to: no need to count the member's visits
        best = None
        for t in self.schemes.tiers:
            since = to_db(when - timedelta(days=t.window_days))
            counted = [v for v in member.visits if v.confirmed and v.created_at >= since]
            if t.qualifies(sum(v.charged for v in counted), len(counted)) and (
                best is None or t.rank > best.rank
            ):
                best = t
        if best is None or (current is not None and best.rank <= current.rank):
            return
        until = to_db(when + timedelta(days=best.window_days))
        row = {
            "id": self._next("tier_changes"), "member_id": member_id, "tier_id": best.id,
            "reason": "upgrade", "until": until, "visit_id": visit_id, "staff_id": staff_id,
            "created_at": at,
        }  # fmt: skip
        self.batch.tier_changes.append(row)
        self.batch.links.append(("tier_changes", row))
        self.batch.tiers_now[member_id] = (best.id, until)
        member.tier_id = best.id

    # Flushing, and the real void ------------------------------------------------------------

    def flush(self) -> None:
        """Write what was decided so far (the caller's transaction stays open)."""
        demo_rows.write(self.db, self.batch)
        self.batch = Batch()

    def void(self, services: Services, visit_id: int, member_id: int, reason: str) -> None:
        """Void through ``VisitService.void`` on the rows written so far, then read the
        member's balances, lots, tier and visit back."""
        from ..store import chain

        self.flush()
        services.visits.void(visit_id, reason)
        chain.link_pending(self.db)
        self.ids = demo_rows.next_ids(self.db)
        if demo_rows.member_owes(self.db, member_id):
            raise DemoHistoryError("a demo void left a debt")
        member = self._member(member_id)
        member.balances = {
            (pid, Account(acc)): v
            for (pid, acc), v in demo_rows.member_balances(self.db, member_id).items()
        }
        member.lots = {}
        for pid, acc, _earned_at, lot_id, left in demo_rows.open_lots(self.db, member_id):
            lot = [lot_id, member_id, pid, acc, None, None, _earned_at, 0, 0, 0, left]
            member.lots.setdefault((pid, acc), []).append(lot)
        member.tier_id = demo_rows.member_tier(self.db, member_id)
        for visit in member.visits:
            if visit.id == visit_id:
                visit.confirmed = demo_rows.visit_status(self.db, visit_id) == "confirmed"
