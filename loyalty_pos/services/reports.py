"""The owner's reports: dashboard, charts' series, cohorts, lists, end of day.

Each use case turns local calendar dates into UTC bounds with the shop's clock, asks
``store/reports.py`` for counts and hands them to ``domain/metrics.py``. Periods are
[start, end) in local dates; the command line's ``--to`` is inclusive and adds a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

from ..domain import metrics as m
from ..domain.clock import Clock, from_db, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..store.reports import ReportStore

MAX_DAYS = 3660


@dataclass(frozen=True)
class SeriesPoint:
    start: date
    end: date
    visits: int
    sales: int
    active: int
    new_active: int  # active members who enrolled in the same bucket
    nps: int | None

    @property
    def returning(self) -> int:
        return self.active - self.new_active


@dataclass(frozen=True)
class LiabilityLine:
    label: str
    what: str  # points, credit, gift_cards, rewards, passes
    quantity: int
    money: int | None  # None: no money value known (a free item with no price)


@dataclass(frozen=True)
class Liability:
    lines: list[LiabilityLine]

    @property
    def total(self) -> int:
        return sum(line.money or 0 for line in self.lines)

    @property
    def unvalued(self) -> list[LiabilityLine]:
        return [line for line in self.lines if line.money is None]


@dataclass(frozen=True)
class Dashboard:
    start: date
    end: date  # exclusive
    current: m.Metrics
    previous: m.Metrics
    unit: str
    series: list[SeriesPoint]
    liability: Liability


@dataclass(frozen=True)
class Cohorts:
    months: list[str]  # cohort months, oldest first ("2026-03")
    sizes: list[int]
    cells: list[list[float | None]]  # [cohort][months since enrolment]: share active


def check_period(start: date, end: date) -> None:
    if end <= start:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "The period ends before it starts."))
    if (end - start).days > MAX_DAYS:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "A report covers at most {days} days."), days=MAX_DAYS
        )


class ReportService:
    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.store = ReportStore(db)

    # Time ---------------------------------------------------------------------------

    def today(self) -> date:
        return self.clock().date()

    def bound(self, day: date) -> str:
        """Local midnight starting ``day``, as stored (UTC).

        A clock in a named zone (the tests', the demo's) gives that zone's midnight with
        its own summer time; the system clock's fixed offset would be an hour off for
        dates on the other side of a clock change, so the OS's rules decide instead.
        """
        tz = self.clock().tzinfo
        midnight = datetime.combine(day, time(0))
        if isinstance(tz, ZoneInfo):
            return to_db(midnight.replace(tzinfo=tz))
        return to_db(midnight.astimezone())

    def presets(self) -> dict[str, tuple[date, date]]:
        """today, this week (from Monday), this month, last 12 months: [start, end)."""
        today = self.today()
        tomorrow = today + timedelta(days=1)
        return {
            "today": (today, tomorrow),
            "week": (today - timedelta(days=today.weekday()), tomorrow),
            "month": (today.replace(day=1), tomorrow),
            "year": (m.add_months(today, -11), tomorrow),
        }

    # Dashboard ----------------------------------------------------------------------

    def counts(
        self, start: date, end: date, *, totals: tuple[int, int] | None = None
    ) -> tuple[m.PeriodCounts, m.PeriodCounts]:
        """The counts of [start, end) and of the previous period of the same length.

        ``totals``: the period's (visits, sales) when the caller already summed them."""
        check_period(start, end)
        prev_start, _ = m.previous_period(start, end)
        prev2_start, _ = m.previous_period(prev_start, start)
        b = {d: self.bound(d) for d in (prev2_start, prev_start, start, end)}
        act = self.store.member_activity(b[prev2_start], b[prev_start], b[start], b[end])
        cur = {
            "active": act["active"],
            "repeat": act["repeat"],
            "active_prev": act["active_prev"],
            "retained": act["retained"],
        }
        old = {
            "active": act["active_prev"],
            "repeat": act["repeat_prev"],
            "active_prev": act["active_prev2"],
            "retained": act["retained_prev"],
        }
        days = (end - start).days

        def period(lo: date, hi: date, act: dict[str, int]) -> m.PeriodCounts:
            pro, pas, det = self.store.feedback_counts(b[lo], b[hi])
            issued, redeemed, completing = self.store.rewards(b[lo], b[hi])
            if lo == start and totals is not None:
                visits, sales = totals
            else:
                visits, sales = self.store.totals(b[lo], b[hi])
            return m.PeriodCounts(
                visits=visits,
                sales=sales,
                active_members=act["active"],
                repeat_members=act["repeat"],
                new_members=self.store.members_enrolled(b[lo], b[hi]),
                enrolled_by_end=self.store.members_before(b[hi]),
                previous_active=act["active_prev"],
                retained=act["retained"],
                promoters=pro,
                passives=pas,
                detractors=det,
                upsell_members=self.store.upsell_members(b[lo], b[hi]),
                rewards_issued=issued,
                rewards_redeemed=redeemed,
                completing_members=completing,
                days=days,
            )

        return period(start, end, cur), period(prev_start, start, old)

    def metrics(self, start: date, end: date) -> m.Metrics:
        return m.compute(self.counts(start, end)[0])

    def dashboard(self, start: date, end: date) -> Dashboard:
        check_period(start, end)
        unit, spans = m.buckets(start, end)
        series = [self._point(lo, hi) for lo, hi in spans]
        # The chart buckets tile the period exactly: their sums are the period's totals.
        known = (sum(p.visits for p in series), sum(p.sales for p in series))
        current, previous = self.counts(start, end, totals=known)
        return Dashboard(
            start=start,
            end=end,
            current=m.compute(current),
            previous=m.compute(previous),
            unit=unit,
            series=series,
            liability=self.liability(),
        )

    def _point(self, lo: date, hi: date) -> SeriesPoint:
        s, e = self.bound(lo), self.bound(hi)
        visits, sales, active, new_active = self.store.series(s, e)
        pro, pas, det = self.store.feedback_counts(s, e)
        return SeriesPoint(
            lo, hi, visits, sales, active, new_active, m.nps(pro, det, pro + pas + det)
        )

    # Liability ----------------------------------------------------------------------

    def liability(self) -> Liability:
        """What members and gift-card holders could claim today, in money."""
        catalogue: dict[int, list[tuple[int, int]]] = {}
        for program_id, cost, value in self.store.reward_catalogue():
            catalogue.setdefault(program_id, []).append((cost, value))
        lines = []
        for row in self.store.balances_by_program():
            total, account = row["total"], row["account"]
            money: int | None
            if account == "points":
                per_point = m.value_per_point(catalogue.get(row["id"], []))
                money = None if per_point is None else m.round_half_up(per_point * total)
            elif account == "credit":
                money = total
            elif account == "rewards":
                money = (
                    total * row["reward_value"] if row["reward_kind"] == "fixed_discount" else None
                )
            elif account == "passes":
                price, uses = row["price"], row["pass_uses"]
                money = m.round_half_up(Fraction(price * total, uses)) if price and uses else None
            else:  # stamps on unfinished cards are not yet owed
                continue
            lines.append(LiabilityLine(row["name"], account, total, money))
        gift = self.store.gift_card_balance(self.today().isoformat())
        if gift:
            lines.append(LiabilityLine("Gift cards", "gift_cards", gift, gift))
        return Liability(lines)

    # Other reports ------------------------------------------------------------------

    def top_members(self, start: date, end: date, limit: int = 20) -> list[dict]:
        check_period(start, end)
        rows = self.store.top_members(self.bound(start), self.bound(end), limit)
        return [{**r, "last_visit": from_db(r["last_visit"])} for r in rows]

    def lapsed_regulars(self, as_of: date | None = None) -> tuple[list[dict], int]:
        """Regulars (``REGULAR_VISITS`` visits or more) not seen for ``LAPSED_DAYS`` days
        before ``as_of`` (today): those who consented, and how many others did not."""
        as_of = as_of or self.today()
        cutoff = self.bound(as_of - timedelta(days=m.LAPSED_DAYS - 1))
        rows, hidden = self.store.lapsed_regulars(cutoff, m.REGULAR_VISITS)
        return [{**r, "last_visit": from_db(r["last_visit"])} for r in rows], hidden

    def cohorts(self, months: int = 12, as_of: date | None = None) -> Cohorts:
        """Members by month of enrolment (the last ``months``), and the share of each
        month's cohort that came in each month since (month 0 = the enrolment month)."""
        as_of = as_of or self.today()
        first = m.add_months(as_of, -(months - 1))
        offset = self.clock().utcoffset() or timedelta(0)
        shift = f"{int(offset.total_seconds() // 60):+d} minutes"
        sizes, cells = self.store.cohorts(self.bound(first), shift)
        labels = [m.add_months(first, i).strftime("%Y-%m") for i in range(months)]
        table = []
        for i, cohort in enumerate(labels):
            size = sizes.get(cohort, 0)
            row: list[float | None] = []
            for k in range(months - i):
                month = labels[i + k]
                row.append(m.rate(cells.get((cohort, month), 0), size))
            table.append(row)
        return Cohorts(labels, [sizes.get(c, 0) for c in labels], table)

    def comments(self, start: date, end: date) -> list[dict]:
        check_period(start, end)
        rows = self.store.comments(self.bound(start), self.bound(end))
        return [{**r, "created_at": from_db(r["created_at"])} for r in rows]

    def end_of_day(self, day: date) -> list[dict]:
        """Visits, stamps given and rewards redeemed on ``day``, by cashier."""
        return self.store.end_of_day(self.bound(day), self.bound(day + timedelta(days=1)))
