"""The owner's reports: dashboard, charts' series, cohorts, lists, end of day.

Each use case turns local calendar dates into UTC bounds with the shop's clock, asks
``store/reports.py`` for counts and hands them to ``domain/metrics.py``. Periods are
[start, end) in local dates; the command line's ``--to`` is inclusive and adds a day.

``scoped(branch=, till=)`` gives the same reports for a branch or a till of a shop with
several (``report_scope.py``): counted from the raw rows of those tills, since the
summary rows are the whole shop's. Members and the liability are always the shop's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

from ..domain import metrics as m
from ..domain.clock import Clock, from_db, to_db
from ..domain.drawer import EndOfDay
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..domain.periods import Cover, cover, month_so_far
from ..domain.periods import presets as period_presets
from ..store.dialect import is_server
from ..store.reports import ReportStore
from . import report_scope
from .report_scope import WHOLE, Scope, Till

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
    cover: Cover = Cover.WHOLE  # a bucket cut short or not over yet is drawn as such

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
    so_far: bool = False  # the last month is not over: its cells can still grow


def check_period(start: date, end: date) -> None:
    if end <= start:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "The period ends before it starts."))
    if (end - start).days > MAX_DAYS:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "A report covers at most {days} days."), days=MAX_DAYS
        )


class ReportService:
    def __init__(self, db, clock: Clock, scope: Scope = WHOLE) -> None:
        self.db = db
        self.clock = clock
        self.scope = scope
        self.store = ReportStore(db, tills=scope.tills)

    # Branches and tills ---------------------------------------------------------------

    def tills(self) -> list[Till]:
        """The shop's tills with their branches (a file: its own till)."""
        return report_scope.tills(self.db)

    def scoped(self, branch: str | None = None, till: str | None = None) -> ReportService:
        """These reports for ``branch`` and/or ``till`` (None: any); an unknown name is
        refused (``UserError``) before anything is counted."""
        return ReportService(self.db, self.clock, report_scope.resolve(self.db, branch, till))

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
        """today, this week (from Monday), this month, and the last 12 whole months
        with this month so far: [start, end) (``domain/periods.py``)."""
        return period_presets(self.today())

    # Dashboard ----------------------------------------------------------------------

    def counts(self, start: date, end: date) -> tuple[m.PeriodCounts, m.PeriodCounts]:
        """The counts of [start, end) and of the previous period of the same length."""
        check_period(start, end)
        calls = self._count_calls(start, end, current_totals=True)
        return self._counts(start, end, self.store.gather(calls))

    def _count_calls(self, start: date, end: date, *, current_totals: bool) -> dict:
        """The store calls behind ``counts`` (``gather`` keys), the heaviest first.
        ``current_totals``: False when the chart buckets give the period's totals."""
        prev_start, _ = m.previous_period(start, end)
        prev2_start, _ = m.previous_period(prev_start, start)
        b = [self.bound(d) for d in (prev2_start, prev_start, start, end)]
        calls: dict = {"activity": ("member_activity", tuple(b))}
        periods = (("cur", b[2], b[3]), ("old", b[1], b[2]))
        for tag, lo, hi in periods:
            if tag == "old" or current_totals:
                calls[tag, "totals"] = ("totals", (lo, hi))
        for tag, lo, hi in periods:
            calls[tag, "rewards"] = ("rewards", (lo, hi))
        for tag, lo, hi in periods:
            calls[tag, "feedback"] = ("feedback_counts", (lo, hi))
            calls[tag, "new"] = ("members_enrolled", (lo, hi))
            calls[tag, "enrolled"] = ("members_before", (hi,))
            calls[tag, "upsell"] = ("upsell_members", (lo, hi))
        return calls

    def _counts(
        self, start: date, end: date, r: dict, *, totals: tuple[int, int] | None = None
    ) -> tuple[m.PeriodCounts, m.PeriodCounts]:
        """The two periods' counts from the results of ``_count_calls``."""
        act = r["activity"]
        days = (end - start).days

        def period(tag: str, prefix: str, prev: str) -> m.PeriodCounts:
            pro, pas, det = r[tag, "feedback"]
            issued, redeemed, completing = r[tag, "rewards"]
            counted = r.get((tag, "totals"), totals)
            if counted is None:  # neither counted in ``r`` nor given by the caller
                raise KeyError((tag, "totals"))
            visits, sales = counted
            return m.PeriodCounts(
                visits=visits,
                sales=sales,
                active_members=act[f"active{prefix}"],
                repeat_members=act[f"repeat{prefix}"],
                new_members=r[tag, "new"],
                # Reach counts the members there were: those enrolled by the end, and
                # the active ones who enrolled later (their visits were imported).
                enrolled_by_end=r[tag, "enrolled"] + act[f"active_late{prefix}"],
                previous_active=act[f"active{prev}"],
                retained=act[f"retained{prefix}"],
                promoters=pro,
                passives=pas,
                detractors=det,
                upsell_members=r[tag, "upsell"],
                rewards_issued=issued,
                rewards_redeemed=redeemed,
                completing_members=completing,
                days=days,
            )

        return period("cur", "", "_prev"), period("old", "_prev", "_prev2")

    def metrics(self, start: date, end: date) -> m.Metrics:
        return m.compute(self.counts(start, end)[0])

    def dashboard(self, start: date, end: date) -> Dashboard:
        """Both periods' figures, the chart series and the liability, in one ``gather``:
        every query is independent, so they share two connections (see the store)."""
        check_period(start, end)
        unit, spans = m.buckets(start, end)
        counting = self._count_calls(start, end, current_totals=False)
        heavy = ("member_activity", "totals", "rewards")  # 0.2–0.35 s each, the rest ms
        calls = {k: c for k, c in counting.items() if c[0] in heavy}
        bounds = [(self.bound(lo), self.bound(hi)) for lo, hi in spans]
        for i, (s, e) in enumerate(bounds):
            calls["point", i] = ("series", (s, e))
        for i, (s, e) in enumerate(bounds):
            calls["nps", i] = ("feedback_counts", (s, e))
        calls.update({k: c for k, c in counting.items() if c[0] not in heavy})
        calls.update(self._liability_calls())
        r = self.store.gather(calls)
        series = []
        today = self.today()
        for i, (lo, hi) in enumerate(spans):
            pro, pas, det = r["nps", i]
            score = m.nps(pro, det, pro + pas + det)
            visits, sales, active, new_active = r["point", i]
            series.append(
                SeriesPoint(
                    lo, hi, visits, sales, active, new_active, score, cover(unit, lo, hi, today)
                )
            )
        # The chart buckets tile the period exactly: their sums are the period's totals.
        known = (sum(p.visits for p in series), sum(p.sales for p in series))
        current, previous = self._counts(start, end, r, totals=known)
        return Dashboard(
            start=start,
            end=end,
            current=m.compute(current),
            previous=m.compute(previous),
            unit=unit,
            series=series,
            liability=self._liability(r),
        )

    # Liability ----------------------------------------------------------------------

    def liability(self) -> Liability:
        """What members and gift-card holders could claim today, in money."""
        return self._liability(self.store.gather(self._liability_calls()))

    def _liability_calls(self) -> dict:
        return {
            "balances": ("balances_by_program", ()),
            "catalogue": ("reward_catalogue", ()),
            "gift": ("gift_card_balance", (self.today().isoformat(),)),
        }

    def _liability(self, r: dict) -> Liability:
        catalogue: dict[int, list[tuple[int, int]]] = {}
        for program_id, cost, value in r["catalogue"]:
            catalogue.setdefault(program_id, []).append((cost, value))
        lines = []
        for row in r["balances"]:
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
        gift = r["gift"]
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
        so_far = month_so_far(as_of, self.today())
        return Cohorts(labels, [sizes.get(c, 0) for c in labels], table, so_far)

    def comments(self, start: date, end: date) -> list[dict]:
        check_period(start, end)
        rows = self.store.comments(self.bound(start), self.bound(end))
        return [{**r, "created_at": from_db(r["created_at"])} for r in rows]

    def end_of_day(self, day: date) -> list[dict]:
        """The store's rows for ``day``, by cashier: visits, stamps given, rewards
        redeemed, sales, and the drawer's figures (``domain/drawer.py``)."""
        return self.store.end_of_day(self.bound(day), self.bound(day + timedelta(days=1)))

    def drawer(self, day: date) -> EndOfDay:
        """``day``'s takings per cashier and in total, to count the drawer against."""
        return EndOfDay.from_rows(self.end_of_day(day))

    def drawers_by_till(self, day: date) -> list[tuple[Till, EndOfDay]]:
        """``day``'s takings of each till, for a whole shop on a server with several
        tills (each till's drawer is counted on its own); otherwise none, as there is
        nothing to break down. A query per till: a shop has a handful."""
        if not self.scope.whole or not is_server(self.db):
            return []
        every = self.tills()
        if len(every) < 2:
            return []
        return [(t, self.scoped(till=t.name).drawer(day)) for t in every]
