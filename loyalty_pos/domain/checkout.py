"""The checkout calculation: (schemes, member state, basket) → discounts and ledger rows.

A pure function, so the counter's live preview and the confirmed write compute exactly
the same thing, and the rules are tested without Qt or SQL.

The order is fixed and shown to the owner in the README:

1. The amount is what the cashier rang up, plus the price of any pass or paid tier sold.
2. The tier's standing discount comes off first.
3. Discount rewards (stamp-card rewards worth money, catalogue rewards, a coupon, paying
   with points), in that order, each capped at what is still owed. At most
   ``discounts_per_visit`` of them (0 = no limit); a free item given is not a discount.
4. Store credit, then a gift card, pay part or all of the rest (tender, not discount).
5. Points and cashback are earned on what the member paid themselves: the charged
   amount less store credit (paying with credit never earns credit). Rounded down.

A switched-off scheme earns, sells and offers nothing new, but what a member already
holds in it (points, store credit, pass uses, punch-card rewards ready) stays theirs to
spend; see ``domain/schemes.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from .coupons import CouponOffer, coupon_discount
from .earning import bp_of, earn_multipliers, points_for, reward_value
from .errors import ERRORS, QT_TRANSLATE_NOOP, Refused, UserError
from .ledger import Account, Entry, Kind
from .programs import MAX_ITEMS_PER_VISIT, RewardKind, StampProgram
from .schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
    Promotion,
    Tier,
)
from .stamps import CardState, LineOutcome, plan_line

MAX_AMOUNT = 10**11  # minor units; a typo guard (a billion forints)


@dataclass(frozen=True)
class Schemes:
    """Everything the owner configured that a checkout needs, keyed by id."""

    stamp_programs: Mapping[int, StampProgram] = field(default_factory=dict)
    points: Mapping[int, PointsProgram] = field(default_factory=dict)
    credit: Mapping[int, CreditProgram] = field(default_factory=dict)
    passes: Mapping[int, PassProgram] = field(default_factory=dict)
    rewards: Mapping[int, CatalogueReward] = field(default_factory=dict)
    promotions: tuple[Promotion, ...] = ()
    tiers: tuple[Tier, ...] = ()
    items: Mapping[int, Item] = field(default_factory=dict)
    discounts_per_visit: int = 1
    referral_program_id: int | None = None
    referral_bonus: int = 0
    # program id → when its expiry was last introduced or shortened (``SchemeStore``)
    expiry_starts: Mapping[int, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class MemberState:
    """What the checkout needs to know about the member before the visit."""

    balances: Mapping[tuple[int, Account], int] = field(default_factory=dict)
    earned_today: Mapping[tuple[int, Account], int] = field(default_factory=dict)
    tier: Tier | None = None
    referral_pending: bool = False
    owed: Mapping[tuple[int, Account], int] = field(default_factory=dict)  # debts, see lots


@dataclass(frozen=True)
class Basket:
    """The cashier's entries for one checkout."""

    amount: int = 0
    items: Mapping[int, int] = field(default_factory=dict)  # item id → quantity
    stamp_items: Mapping[int, int] = field(default_factory=dict)  # stamp program → items
    redeem_stamps: Mapping[int, int] = field(default_factory=dict)  # stamp program → rewards
    redeem_rewards: tuple[int, ...] = ()  # catalogue reward ids
    use_points: Mapping[int, int] = field(default_factory=dict)  # points program → points
    use_credit: int = 0
    use_passes: Mapping[int, int] = field(default_factory=dict)  # pass program → uses
    buy_passes: Mapping[int, int] = field(default_factory=dict)  # pass program → passes
    buy_tier: int | None = None  # a paid tier's id
    coupon: CouponOffer | None = None
    gift_card_balance: int | None = None
    gift_amount: int | None = None  # None: as much as is owed


@dataclass(frozen=True)
class Discount:
    source: str  # 'stamp_reward' | 'points_reward' | 'coupon' | 'tier'
    ref_id: int | None
    label: str
    amount: int


@dataclass(frozen=True)
class CheckoutPlan:
    """Everything a checkout does, before it is written."""

    amount: int
    discounts: tuple[Discount, ...]
    paid_credit: int
    paid_gift: int
    entries: tuple[Entry, ...]
    stamp_outcomes: tuple[LineOutcome, ...]
    points_earned: Mapping[int, int]
    credit_earned: Mapping[int, int]
    points_capped: tuple[int, ...]  # points programs whose daily limit cut the earn
    referral_entries: tuple[Entry, ...]  # written for the member and for the referrer
    tier_bought: Tier | None
    balances_after: Mapping[tuple[int, Account], int]
    debt_paid: Mapping[tuple[int, Account], int] = field(default_factory=dict)

    @property
    def discount(self) -> int:
        return sum(d.amount for d in self.discounts)

    @property
    def charged(self) -> int:
        return self.amount - self.discount

    @property
    def cash_due(self) -> int:
        return self.charged - self.paid_credit - self.paid_gift

    @property
    def earn_base(self) -> int:
        return self.charged - self.paid_credit


def _refuse(text: str, **kw: object) -> Refused:
    return Refused(text, **kw)


def _check_counts(basket: Basket) -> None:
    counts = [
        *basket.items.values(),
        *basket.stamp_items.values(),
        *basket.redeem_stamps.values(),
        *basket.use_points.values(),
        *basket.use_passes.values(),
        *basket.buy_passes.values(),
        basket.use_credit,
        basket.amount,
        basket.gift_amount or 0,
    ]
    if any(c < 0 for c in counts):
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Amounts and counts cannot be negative."))
    if basket.amount > MAX_AMOUNT:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "That amount is too large to be right."))
    if any(q > MAX_ITEMS_PER_VISIT for q in [*basket.items.values(), *basket.stamp_items.values()]):
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "At most {max} items in one visit."), max=MAX_ITEMS_PER_VISIT
        )


_UNAVAILABLE = {
    "Item": QT_TRANSLATE_NOOP(ERRORS, "Item number {id} is not on the list or is switched off."),
    "Pass": QT_TRANSLATE_NOOP(ERRORS, "Pass number {id} does not exist or is switched off."),
    "Program": QT_TRANSLATE_NOOP(ERRORS, "Program number {id} does not exist or is switched off."),
    "Reward": QT_TRANSLATE_NOOP(ERRORS, "Reward number {id} does not exist or is switched off."),
}


def _lookup(mapping: Mapping[int, object], key: int, what: str, *, held: bool = False) -> object:
    """The scheme ``key``; a switched-off one only when spending what is ``held`` in it."""
    found = mapping.get(key)
    if found is None or not (held or getattr(found, "active", True)):
        raise _refuse(_UNAVAILABLE[what], id=key)
    return found


def plan_checkout(
    schemes: Schemes, member: MemberState | None, basket: Basket, day: date
) -> CheckoutPlan:
    """What confirming ``basket`` does; raises UserError for anything that can't be."""
    _check_counts(basket)
    has_member = member is not None
    state = member or MemberState()
    balances = dict(state.balances)
    entries: list[Entry] = []

    def spend(key: tuple[int, Account], n: int, kind: Kind, pays: bool = False) -> None:
        balances[key] = balances.get(key, 0) - n
        entries.append(Entry(key[0], key[1], kind, -n, pays=pays))

    needs_member = (
        basket.items
        and any(schemes.items.get(i) and schemes.items[i].programs for i in basket.items)
    ) or any(
        (
            basket.stamp_items,
            basket.redeem_stamps,
            basket.redeem_rewards,
            basket.use_points,
            basket.use_credit,
            basket.use_passes,
            basket.buy_passes,
            basket.buy_tier,
        )
    )
    if needs_member and not has_member:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "Scan the member's card first: this needs a member.")
        )
    for item_id in basket.items:
        _lookup(schemes.items, item_id, "Item")

    # 1. The amount, with passes and a paid tier sold.
    amount = basket.amount
    for pid, n in basket.buy_passes.items():
        p = _lookup(schemes.passes, pid, "Pass")
        assert isinstance(p, PassProgram)
        if n:
            amount += p.price * n
            balances[(pid, Account.PASSES)] = (
                balances.get((pid, Account.PASSES), 0) + p.pass_uses * n
            )
            entries.append(Entry(pid, Account.PASSES, Kind.PURCHASE, p.pass_uses * n))
    tier_bought = None
    if basket.buy_tier is not None:
        tier_bought = next(
            (
                t
                for t in schemes.tiers
                if t.id == basket.buy_tier and t.active and t.fee is not None
            ),
            None,
        )
        if tier_bought is None:
            raise _refuse(QT_TRANSLATE_NOOP(ERRORS, "That tier is not sold as a membership."))
        amount += tier_bought.fee or 0

    # 2. The tier's standing discount.
    discounts: list[Discount] = []
    remaining = amount
    tier = state.tier
    if tier is not None and tier.discount_bp and remaining:
        cut = bp_of(remaining, tier.discount_bp)
        if cut:
            discounts.append(Discount("tier", tier.id, tier.name, cut))
            remaining -= cut

    # 3. Stamps and their rewards.
    stamp_items: dict[int, int] = dict(basket.stamp_items)
    qualifying: dict[int, int] = {}
    for item_id, qty in basket.items.items():
        for pid in schemes.items[item_id].programs:
            qualifying[pid] = qualifying.get(pid, 0) + qty
            stamp_card = schemes.stamp_programs.get(pid)
            if stamp_card is not None and stamp_card.active:  # a switched-off card: no stamps
                stamp_items[pid] = stamp_items.get(pid, 0) + qty
    outcomes: list[LineOutcome] = []
    reward_count = 0
    for pid in sorted(set(stamp_items) | set(basket.redeem_stamps)):
        # A switched-off card still redeems rewards already ready; plan_line refuses stamps.
        program = _lookup(schemes.stamp_programs, pid, "Program", held=True)
        assert isinstance(program, StampProgram)
        card = CardState(
            stamps=balances.get((pid, Account.STAMPS), 0),
            rewards_ready=balances.get((pid, Account.REWARDS), 0),
            earned_today=state.earned_today.get((pid, Account.STAMPS), 0),
        )
        redeem = basket.redeem_stamps.get(pid, 0)
        outcome = plan_line(program, card, stamp_items.get(pid, 0), redeem)
        outcomes.append(outcome)
        entries.extend(outcome.entries)
        for e in outcome.entries:
            balances[(e.program_id, e.account)] = (
                balances.get((e.program_id, e.account), 0) + e.delta
            )
        for _ in range(redeem):
            cut = reward_value(program.reward_kind, program.reward_value, None, remaining)
            if program.reward_kind is not RewardKind.FREE_ITEM:
                reward_count += 1
                discounts.append(Discount("stamp_reward", pid, program.reward_text, cut))
                remaining -= cut

    # Catalogue rewards for points.
    for rid in basket.redeem_rewards:
        reward = _lookup(schemes.rewards, rid, "Reward")
        assert isinstance(reward, CatalogueReward)
        key = (reward.program_id, Account.POINTS)
        if balances.get(key, 0) < reward.cost:
            raise _refuse(
                QT_TRANSLATE_NOOP(ERRORS, "“{reward}” costs {cost} points; the member has {held}."),
                reward=reward.name,
                cost=reward.cost,
                held=balances.get(key, 0),
            )
        spend(key, reward.cost, Kind.REDEEM)
        item_price = None
        if reward.item_id is not None and basket.items.get(reward.item_id):
            item_price = schemes.items[reward.item_id].price
        cut = reward_value(reward.kind, reward.value, reward.max_discount, remaining, item_price)
        if reward.kind is not RewardKind.FREE_ITEM or cut:
            reward_count += 1
        discounts.append(Discount("points_reward", rid, reward.name, cut))
        remaining -= cut

    # A coupon.
    if basket.coupon is not None:
        offer = basket.coupon
        item_price = None
        if offer.item_id is not None and basket.items.get(offer.item_id):
            item_price = schemes.items[offer.item_id].price
        cut = min(coupon_discount(offer, remaining, item_price), remaining)
        reward_count += 1
        discounts.append(Discount("coupon", offer.id, offer.name, cut))
        remaining -= cut

    # Paying with points.
    for pid, wanted in basket.use_points.items():
        if not wanted:
            continue
        program = _lookup(schemes.points, pid, "Program", held=True)
        assert isinstance(program, PointsProgram)
        if program.point_value is None:
            raise _refuse(
                QT_TRANSLATE_NOOP(ERRORS, "Points of “{name}” can only buy catalogue rewards."),
                name=program.name,
            )
        key = (pid, Account.POINTS)
        if wanted > balances.get(key, 0):
            raise _refuse(
                QT_TRANSLATE_NOOP(ERRORS, "The member has only {held} points on “{name}”."),
                held=balances.get(key, 0),
                name=program.name,
            )
        # Whole points only; never more than the rest of the bill needs (rounded up, so
        # a small remainder never blocks paying with points).
        used = min(wanted, -(-remaining // program.point_value))
        if used:
            cut = min(used * program.point_value, remaining)
            spend(key, used, Kind.REDEEM, pays=True)
            reward_count += 1
            discounts.append(Discount("points_reward", None, program.name, cut))
            remaining -= cut

    limit = schemes.discounts_per_visit
    if limit and reward_count > limit:
        raise _refuse(
            QT_TRANSLATE_NOOP(ERRORS, "At most {limit} discount reward(s) per visit."),
            limit=limit,
        )

    # Prepaid passes used.
    for pid, uses in basket.use_passes.items():
        p = _lookup(schemes.passes, pid, "Pass", held=True)
        assert isinstance(p, PassProgram)
        key = (pid, Account.PASSES)
        if uses > balances.get(key, 0):
            raise _refuse(
                QT_TRANSLATE_NOOP(ERRORS, "The pass “{name}” has {left} uses left."),
                name=p.name,
                left=balances.get(key, 0),
            )
        if uses:
            spend(key, uses, Kind.REDEEM)

    # 4. Tender: store credit, then a gift card.
    paid_credit = 0
    if basket.use_credit:
        held = sum(balances.get((pid, Account.CREDIT), 0) for pid in schemes.credit)
        if basket.use_credit > held:
            raise _refuse(
                QT_TRANSLATE_NOOP(ERRORS, "The member has only {held} in store credit."),
                held=held,
            )
        paid_credit = min(basket.use_credit, remaining)
        left = paid_credit
        for pid in sorted(schemes.credit):  # one credit program is the usual case
            take = min(left, balances.get((pid, Account.CREDIT), 0))
            if take:
                spend((pid, Account.CREDIT), take, Kind.REDEEM)
                left -= take
    paid_gift = 0
    if basket.gift_card_balance is not None:
        wanted = basket.gift_amount if basket.gift_amount is not None else basket.gift_card_balance
        if wanted > basket.gift_card_balance:
            raise _refuse(
                QT_TRANSLATE_NOOP(ERRORS, "The gift card holds only {balance}."),
                balance=basket.gift_card_balance,
            )
        paid_gift = min(wanted, remaining - paid_credit)

    # 5. Earning, on what the member paid themselves.
    charged = remaining
    base = charged - paid_credit
    points_earned: dict[int, int] = {}
    capped: list[int] = []
    credit_earned: dict[int, int] = {}
    if has_member and (amount or basket.items or stamp_items):
        for pid, p in sorted(schemes.points.items()):
            if not p.active:
                continue
            # Promotion × tier, exact, rounded down once (earning.py).
            mults = earn_multipliers(schemes.promotions, pid, day, tier)
            n = points_for(p, base, qualifying.get(pid, 0), mults)
            if p.per_day_limit is not None:
                room = max(0, p.per_day_limit - state.earned_today.get((pid, Account.POINTS), 0))
                if n > room:
                    capped.append(pid)
                    n = room
            if n:
                points_earned[pid] = n
                balances[(pid, Account.POINTS)] = balances.get((pid, Account.POINTS), 0) + n
                entries.append(Entry(pid, Account.POINTS, Kind.EARN, n))
        for pid, c in sorted(schemes.credit.items()):
            n = bp_of(base, c.rate_bp) if c.active else 0
            if n:
                credit_earned[pid] = n
                balances[(pid, Account.CREDIT)] = balances.get((pid, Account.CREDIT), 0) + n
                entries.append(Entry(pid, Account.CREDIT, Kind.EARN, n))

    referral: list[Entry] = []
    ref_pid = schemes.referral_program_id
    bonus_to = (
        None if ref_pid is None else schemes.points.get(ref_pid) or schemes.credit.get(ref_pid)
    )
    pays_bonus = bonus_to is not None and bonus_to.active and schemes.referral_bonus > 0
    if ref_pid is not None and state.referral_pending and charged > 0 and pays_bonus:
        account = Account.POINTS if ref_pid in schemes.points else Account.CREDIT
        referral.append(Entry(ref_pid, account, Kind.BONUS, schemes.referral_bonus))
        balances[(ref_pid, account)] = balances.get((ref_pid, account), 0) + schemes.referral_bonus

    if not (amount or entries or discounts or paid_gift or basket.coupon):
        capped_cards = [o for o in outcomes if o.capped]
        if capped_cards:
            p = capped_cards[0].program
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "{name}: the daily limit of {limit} stamps is reached. No stamps were added.",
                ),
                name=p.name,
                limit=p.per_day_limit,
            )
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS, "Nothing to confirm: enter the amount, the items bought or a reward."
            )
        )
    debt_paid = pay_debts(state.owed, [*entries, *referral], balances)
    if any(v < 0 for v in balances.values()):  # a guard: every spend above was checked
        raise _refuse(QT_TRANSLATE_NOOP(ERRORS, "This would leave a balance below zero."))
    return CheckoutPlan(
        amount=amount,
        discounts=tuple(discounts),
        paid_credit=paid_credit,
        paid_gift=paid_gift,
        entries=tuple(entries),
        stamp_outcomes=tuple(outcomes),
        points_earned=points_earned,
        credit_earned=credit_earned,
        points_capped=tuple(capped),
        referral_entries=tuple(referral),
        tier_bought=tier_bought,
        balances_after=balances,
        debt_paid=debt_paid,
    )


def pay_debts(
    owed: Mapping[tuple[int, Account], int],
    entries: list[Entry],
    balances: dict[tuple[int, Account], int],
) -> dict[tuple[int, Account], int]:
    """What this visit's earnings pay of the member's debts (``domain/lots.py``).

    A balance that owes (a refund took back points already spent) pays its debt from
    what it earns before the member can use any of it; ``balances`` is moved to match.
    """
    paid: dict[tuple[int, Account], int] = {}
    for key, debt in owed.items():
        gained = sum(e.delta for e in entries if (e.program_id, e.account) == key and e.delta > 0)
        pay = min(debt, gained)
        if pay:
            paid[key] = pay
            balances[key] = balances.get(key, 0) - pay
    return paid
