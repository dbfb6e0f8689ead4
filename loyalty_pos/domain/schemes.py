"""The owner's reward schemes beside punch cards: points, credit, passes, tiers, items.

Plain values, validated here so the counter never runs a scheme that makes no sense
(a zero amount step, a percent over 100, a tier nobody can reach).

Changing and switching off. Schemes are never deleted (visits and ledger rows refer to
them); the owner changes them or switches them off (``active = False``). What a member
already holds is theirs, as with a gift voucher, so neither ever takes it away:

- A switched-off points, credit or pass program earns nothing, sells nothing and pays
  no referral bonus from the next checkout on, but points, store credit and pass uses
  already held can still be spent (paying with points, catalogue rewards that are still
  on, credit as tender, using a pass) until they run out or expire by the program's
  expiry rule. A catalogue reward, promotion or item switched off is no longer offered.
- A switched-off punch card (``programs.StampProgram``) gives no new stamps, from the
  item list or typed by hand, but rewards already ready on it stay redeemable at the
  counter, and a card with stamps on it is still shown (marked switched off) with its
  stamps, which lapse by the card's expiry rule as before. Voids and refunds of earlier
  visits on it work as on any card: they only undo what those visits did.
- A switched-off tier is reached by nobody new and no longer sold; members in it keep
  it, with its discount and multiplier, until their ``tier_until`` (the next tier
  review), which then moves them to the best tier still on that they qualify for.
- A change of terms applies from the next checkout: earn rules, prices and costs never
  recalculate the past. A point's value is read when points are spent, so it re-values
  points held. A new or shorter expiry would suddenly void balances earned long ago;
  instead it counts from the day of the change (``expiry_tightened``), so everything
  already held gets the full new period.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from .programs import RewardKind

MAX_MULTIPLIER_PCT = 1000
MAX_POINTS_PER = 1_000_000


@dataclass(frozen=True)
class PointsProgram:
    """Points per money spent, per visit and per qualifying item.

    ``points_per_step`` points for every full ``amount_step`` minor units of the
    amount the member paid themselves (after discounts, not counting store credit):
    1 point per 100 HUF gives 2 points for 250 HUF, always rounded down, and the
    counter shows that rule. ``point_value`` (minor units), if set, lets a member pay
    with points directly; the catalogue gives fixed rewards for points.
    """

    id: int
    name: str
    points_per_step: int = 1
    amount_step: int = 100
    points_per_visit: int = 0
    points_per_item: int = 0
    point_value: int | None = None
    expiry_days: int | None = None
    per_day_limit: int | None = None
    active: bool = True


@dataclass(frozen=True)
class CreditProgram:
    """Cashback: ``rate_bp`` basis points (1/100 %) of the amount paid becomes credit."""

    id: int
    name: str
    rate_bp: int
    expiry_days: int | None = None
    active: bool = True


@dataclass(frozen=True)
class PassProgram:
    """A prepaid pass: ``pass_uses`` uses (e.g. 10 car washes) sold for ``price``."""

    id: int
    name: str
    pass_uses: int
    price: int
    expiry_days: int | None = None
    active: bool = True


@dataclass(frozen=True)
class CatalogueReward:
    """N points for a fixed discount, a percent discount (capped) or a free item."""

    id: int
    program_id: int
    name: str
    cost: int
    kind: RewardKind
    value: int = 0
    max_discount: int | None = None
    item_id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class Promotion:
    """Multiplies a points program's earn on a weekday and/or within dates."""

    id: int
    program_id: int
    name: str
    multiplier_pct: int
    weekday: int | None = None  # Monday = 0
    starts_on: date | None = None
    ends_on: date | None = None
    active: bool = True

    def applies(self, day: date) -> bool:
        if not self.active:
            return False
        if self.weekday is not None and day.weekday() != self.weekday:
            return False
        if self.starts_on is not None and day < self.starts_on:
            return False
        return not (self.ends_on is not None and day > self.ends_on)


@dataclass(frozen=True)
class Tier:
    """A level reached by qualifying spend or visits within ``window_days``.

    ``earn_multiplier_pct`` multiplies points earned (150 = 1.5×); ``discount_bp`` is a
    standing discount on every visit (500 = 5 %). ``fee``, if set, sells the tier as a
    paid membership for a year.
    """

    id: int
    name: str
    rank: int
    min_spend: int | None = None
    min_visits: int | None = None
    window_days: int = 365
    earn_multiplier_pct: int = 100
    discount_bp: int = 0
    fee: int | None = None
    active: bool = True

    def qualifies(self, spend: int, visits: int) -> bool:
        """Either threshold reaches the tier; a tier with neither is paid-only."""
        by_spend = self.min_spend is not None and spend >= self.min_spend
        by_visits = self.min_visits is not None and visits >= self.min_visits
        return self.active and (by_spend or by_visits)


@dataclass(frozen=True)
class Item:
    """An entry of the owner's short item list and the programs it counts for."""

    id: int
    name: str
    category: str = ""
    price: int | None = None
    programs: frozenset[int] = field(default_factory=frozenset)
    active: bool = True


def best_tier(tiers: list[Tier], spend: int, visits: int) -> Tier | None:
    """The highest-ranked tier the member qualifies for, or None."""
    reached = [t for t in tiers if t.qualifies(spend, visits)]
    return max(reached, key=lambda t: t.rank) if reached else None


def expiry_tightened(before: int | None, after: int | None) -> bool:
    """True when an expiry is introduced or shortened (held balances get a fresh start)."""
    return after is not None and (before is None or after < before)


def _need(ok: bool, text: str, **kw: object) -> None:
    if not ok:
        raise UserError(text, **kw)


def validate_points(p: PointsProgram) -> None:
    _need(bool(p.name.strip()), QT_TRANSLATE_NOOP(ERRORS, "The program needs a name."))
    _need(
        1 <= p.points_per_step <= MAX_POINTS_PER and 1 <= p.amount_step <= 10**9,
        QT_TRANSLATE_NOOP(ERRORS, "Points per amount and the amount step must be positive."),
    )
    _need(
        0 <= p.points_per_visit <= MAX_POINTS_PER and 0 <= p.points_per_item <= MAX_POINTS_PER,
        QT_TRANSLATE_NOOP(ERRORS, "Points per visit and per item cannot be negative."),
    )
    _need(
        p.point_value is None or 1 <= p.point_value <= 10**6,
        QT_TRANSLATE_NOOP(ERRORS, "A point's value must be more than zero."),
    )
    _validate_expiry_and_limit(p.expiry_days, p.per_day_limit)


def validate_credit(p: CreditProgram) -> None:
    _need(bool(p.name.strip()), QT_TRANSLATE_NOOP(ERRORS, "The program needs a name."))
    _need(
        1 <= p.rate_bp <= 10_000,
        QT_TRANSLATE_NOOP(ERRORS, "The cashback rate is between 0.01 % and 100 %."),
    )
    _validate_expiry_and_limit(p.expiry_days, None)


def validate_pass(p: PassProgram) -> None:
    _need(bool(p.name.strip()), QT_TRANSLATE_NOOP(ERRORS, "The program needs a name."))
    _need(
        1 <= p.pass_uses <= 1000,
        QT_TRANSLATE_NOOP(ERRORS, "A pass has between 1 and 1000 uses."),
    )
    _need(p.price >= 0, QT_TRANSLATE_NOOP(ERRORS, "A price cannot be negative."))
    _validate_expiry_and_limit(p.expiry_days, None)


def validate_reward(r: CatalogueReward) -> None:
    _need(bool(r.name.strip()), QT_TRANSLATE_NOOP(ERRORS, "The reward needs a name."))
    _need(
        1 <= r.cost <= 10**9,
        QT_TRANSLATE_NOOP(ERRORS, "A reward costs at least one point."),
    )
    if r.kind is RewardKind.PERCENT_DISCOUNT:
        _need(
            1 <= r.value <= 100,
            QT_TRANSLATE_NOOP(ERRORS, "A percent discount is between 1 and 100."),
        )
    if r.kind is RewardKind.FIXED_DISCOUNT:
        _need(r.value > 0, QT_TRANSLATE_NOOP(ERRORS, "A fixed discount must be more than zero."))
    _need(
        r.max_discount is None or r.max_discount > 0,
        QT_TRANSLATE_NOOP(ERRORS, "A maximum discount must be more than zero."),
    )


def validate_promotion(p: Promotion) -> None:
    _need(bool(p.name.strip()), QT_TRANSLATE_NOOP(ERRORS, "The promotion needs a name."))
    _need(
        100 < p.multiplier_pct <= MAX_MULTIPLIER_PCT,
        QT_TRANSLATE_NOOP(ERRORS, "A promotion multiplies points by more than 1 and up to 10."),
    )
    _need(
        p.weekday is None or 0 <= p.weekday <= 6,
        QT_TRANSLATE_NOOP(ERRORS, "The weekday is 0 (Monday) to 6 (Sunday)."),
    )
    _need(
        p.starts_on is None or p.ends_on is None or p.starts_on <= p.ends_on,
        QT_TRANSLATE_NOOP(ERRORS, "The promotion ends before it starts."),
    )


def validate_tier(t: Tier) -> None:
    _need(bool(t.name.strip()), QT_TRANSLATE_NOOP(ERRORS, "The tier needs a name."))
    _need(t.rank >= 1, QT_TRANSLATE_NOOP(ERRORS, "A tier's rank is 1 or more."))
    _need(
        t.min_spend is not None or t.min_visits is not None or t.fee is not None,
        QT_TRANSLATE_NOOP(
            ERRORS, "A tier needs a minimum spend, a number of visits or a membership fee."
        ),
    )
    _need(
        all(v is None or v >= 0 for v in (t.min_spend, t.min_visits, t.fee)),
        QT_TRANSLATE_NOOP(ERRORS, "Tier thresholds cannot be negative."),
    )
    _need(
        1 <= t.window_days <= 3650,
        QT_TRANSLATE_NOOP(ERRORS, "The tier window is between 1 and 3650 days."),
    )
    _need(
        100 <= t.earn_multiplier_pct <= MAX_MULTIPLIER_PCT,
        QT_TRANSLATE_NOOP(ERRORS, "A tier multiplies points by 1 to 10."),
    )
    _need(
        0 <= t.discount_bp <= 10_000,
        QT_TRANSLATE_NOOP(ERRORS, "A tier discount is between 0 and 100 %."),
    )


def validate_item(i: Item) -> None:
    _need(bool(i.name.strip()), QT_TRANSLATE_NOOP(ERRORS, "The item needs a name."))
    _need(
        i.price is None or 0 <= i.price <= 10**9,
        QT_TRANSLATE_NOOP(ERRORS, "A price cannot be negative."),
    )


def _validate_expiry_and_limit(expiry_days: int | None, per_day_limit: int | None) -> None:
    _need(
        expiry_days is None or 1 <= expiry_days <= 3650,
        QT_TRANSLATE_NOOP(ERRORS, "Expiry must be between 1 and 3650 days."),
    )
    _need(
        per_day_limit is None or 1 <= per_day_limit <= 10**9,
        QT_TRANSLATE_NOOP(ERRORS, "A daily limit must be more than zero."),
    )
