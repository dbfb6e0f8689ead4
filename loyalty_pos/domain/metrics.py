"""The owner's figures, defined once, over plain numbers (no SQL, no Qt).

``docs/metrics.md`` states every definition in words; these functions are those words
in code, and ``store/reports.py`` only counts the rows they need. Money is an int of
minor units; a rate is a float between 0 and 1, or None when its denominator is zero
(a rate of nothing is not 0 %, and the dashboard shows "—").
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta
from fractions import Fraction

CLV_MAX_YEARS = 5  # a customer who never seems to leave is not worth an infinite sum
LAPSED_DAYS = 60
REGULAR_VISITS = 5  # "a regular": at least this many visits before going quiet


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def round_half_up(value: Fraction) -> int:
    """Round to the nearest whole number, halves away from zero (as people expect:
    NPS 12.5 is 13, -12.5 is -13; Python's round() would give 12 and -12)."""
    sign = -1 if value < 0 else 1
    return sign * int(abs(value) + Fraction(1, 2))


def money_ratio(amount: int, count: int) -> int | None:
    """Money divided by a count, rounded to the minor unit; None for zero count."""
    return round_half_up(Fraction(amount, count)) if count else None


def nps(promoters: int, detractors: int, total: int) -> int | None:
    """% of 9–10 scores minus % of 0–6 scores, rounded to a whole number (−100..100)."""
    if not total:
        return None
    return round_half_up(Fraction(100 * (promoters - detractors), total))


def retention(previous_active: int, retained: int) -> float | None:
    """Of the members active in the previous period, the share active again in this one."""
    return rate(retained, previous_active)


def churn(retention_rate: float | None) -> float | None:
    return None if retention_rate is None else 1 - retention_rate


def clv(sales_per_customer: int | None, churn_rate: float | None, period_days: int) -> int | None:
    """Customer lifetime value: what an active member spends per period, times the
    number of periods a member is expected to stay.

    A member stays from one period to the next with probability ``1 - churn``, so the
    expected number of periods is ``1 / churn`` (a geometric series). With no churn
    measured, or churn so low that the sum runs past ``CLV_MAX_YEARS``, the lifetime is
    capped at that many years.
    """
    if sales_per_customer is None or churn_rate is None or period_days <= 0:
        return None
    cap = Fraction(CLV_MAX_YEARS * 365, period_days)
    churn_f = Fraction(churn_rate).limit_denominator(10**6)
    periods = cap if churn_f == 0 else min(cap, 1 / churn_f)
    return round_half_up(sales_per_customer * periods)


def engagement(
    active_share: float | None, repurchase_rate: float | None, retention_rate: float | None
) -> int | None:
    """An index from 0 to 100: the mean of reach (active members / the members there
    were: enrolled by the period's end, or active in it with visits imported from before
    their enrolment), frequency (repurchase rate) and loyalty (retention rate).
    Parts that cannot be measured (no members yet, no previous period) are left out."""
    parts = [p for p in (active_share, repurchase_rate, retention_rate) if p is not None]
    if not parts:
        return None
    return round_half_up(Fraction(100) * Fraction(sum(parts)).limit_denominator(10**6) / len(parts))


def change(current: float | int | None, previous: float | int | None) -> float | None:
    """Relative change against the previous period (0.25 = up 25 %); None if unknown."""
    if current is None or previous is None or previous == 0:
        return None
    return (current - previous) / abs(previous)


def value_per_point(rewards: list[tuple[int, int]]) -> Fraction | None:
    """Money value of one point, from a points program's rewards catalogue.

    ``rewards`` holds (points cost, money value) of each active reward with a money value
    (a fixed discount, or a free item with a price). The most generous reward sets the
    value: that is what the points would cost the shop if every member redeemed well,
    which is the prudent figure for a liability. None when no reward has a money value.
    """
    ratios = [Fraction(value, cost) for cost, value in rewards if cost > 0 and value > 0]
    return max(ratios) if ratios else None


@dataclass(frozen=True)
class PeriodCounts:
    """What ``store/reports.py`` counts for one period (see docs/metrics.md)."""

    visits: int = 0
    sales: int = 0
    active_members: int = 0
    repeat_members: int = 0  # two or more visits in the period
    new_members: int = 0
    enrolled_by_end: int = 0  # and the active members who enrolled after the end
    previous_active: int = 0
    retained: int = 0
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    upsell_members: int = 0  # bought from more than one item category
    rewards_issued: int = 0
    rewards_redeemed: int = 0
    completing_members: int = 0  # filled at least one punch card
    days: int = 1

    @property
    def feedback(self) -> int:
        return self.promoters + self.passives + self.detractors


@dataclass(frozen=True)
class Metrics:
    """The dashboard's figures for one period."""

    visits: int
    sales: int
    average_spend: int | None
    active_members: int
    new_members: int
    sales_per_customer: int | None
    repurchase_rate: float | None
    retention_rate: float | None
    churn_rate: float | None
    nps: int | None
    feedback_count: int
    upsell_rate: float | None
    clv: int | None
    engagement: int | None
    rewards_issued: int
    rewards_redeemed: int
    redemption_rate: float | None
    completion_rate: float | None


# The dashboard's figures in the order shown and printed: the dashboard's tiles and the
# command line's ``admin report`` both take them from here, so they cannot drift apart.
FIGURES: tuple[str, ...] = tuple(f.name for f in fields(Metrics))
# The tiles: every figure but the number of answers, which the NPS tile shows with it.
TILE_FIGURES: tuple[str, ...] = tuple(name for name in FIGURES if name != "feedback_count")


def compute(c: PeriodCounts) -> Metrics:
    spc = money_ratio(c.sales, c.active_members)
    ret = retention(c.previous_active, c.retained)
    repurchase = rate(c.repeat_members, c.active_members)
    return Metrics(
        visits=c.visits,
        sales=c.sales,
        average_spend=money_ratio(c.sales, c.visits),
        active_members=c.active_members,
        new_members=c.new_members,
        sales_per_customer=spc,
        repurchase_rate=repurchase,
        retention_rate=ret,
        churn_rate=churn(ret),
        nps=nps(c.promoters, c.detractors, c.feedback),
        feedback_count=c.feedback,
        upsell_rate=rate(c.upsell_members, c.active_members),
        clv=clv(spc, churn(ret), c.days),
        engagement=engagement(rate(c.active_members, c.enrolled_by_end), repurchase, ret),
        rewards_issued=c.rewards_issued,
        rewards_redeemed=c.rewards_redeemed,
        redemption_rate=rate(c.rewards_redeemed, c.rewards_issued),
        completion_rate=rate(c.completing_members, c.active_members),
    )


# Periods --------------------------------------------------------------------------


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same length just before [start, end) (end exclusive)."""
    length = end - start
    return start - length, start


def buckets(start: date, end: date) -> tuple[str, list[tuple[date, date]]]:
    """Chart buckets for [start, end): days up to 31 days, weeks (from Monday) up to
    about four months, months beyond. Returns the unit and the (from, to) pairs."""
    days = (end - start).days
    if days <= 31:
        return "day", [(start + timedelta(i), start + timedelta(i + 1)) for i in range(days)]
    if days <= 124:
        out = []
        cur = start
        while cur < end:
            nxt = min(end, cur + timedelta(days=7 - cur.weekday()))
            out.append((cur, nxt))
            cur = nxt
        return "week", out
    out = []
    cur = start
    while cur < end:
        nxt = date(cur.year + (cur.month == 12), cur.month % 12 + 1, 1)
        out.append((cur, min(end, nxt)))
        cur = min(end, nxt)
    return "month", out


def add_months(d: date, months: int) -> date:
    """The first of the month ``months`` after ``d``'s month."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
