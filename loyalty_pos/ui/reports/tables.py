"""Every report as a ``Table``: what the screen lists and what CSV and PDF export.

Cells are formatted for people (money with its currency, rates as percentages); the
CSV keeps the same text so that the export reads like the screen.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.drawer import EndOfDay
from ...domain.report_table import Table
from ...services.reports import Cohorts, Dashboard
from ..formatting import format_date, format_money
from .definitions import DEFINITIONS, definition, label

CONTEXT = "Reports"


def tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation)


def QT_TR_NOOP(text: str) -> str:
    """Marks a label for this module's CONTEXT (``l10n.catalog``); translated by ``tr``."""
    return text


def _number(value: float, decimals: int, *, signed: bool = False) -> str:
    text = QLocale().toString(float(value), "f", decimals)
    return f"+{text}" if signed and value >= 0 else text


def value_text(kind: str, value: float | int | None, currency: str) -> str:
    """A tile's figure in the locale's style: "73,9%" in Hungarian, "73.9 %" in English."""
    if value is None:
        return "—"
    if kind == "money":
        return format_money(int(value), currency)
    if kind == "rate":
        return tr("{number} %").format(number=_number(value * 100, 1))
    return QLocale().toString(int(value)) if isinstance(value, int) else _number(value, 1)


def change_text(current: float | int | None, previous: float | int | None, kind: str) -> str:
    """ "+12.5 %" for counts and money, "+3.0 pt" for rates and scores; "—" if unknown."""
    if current is None or previous is None:
        return "—"
    if kind == "rate":
        points = _number((current - previous) * 100, 1, signed=True)
        return tr("{number} pt", "percentage points").format(number=points)
    if kind == "score":
        return f"{current - previous:+d}"
    if previous == 0:
        return "—"
    change = _number((current - previous) / abs(previous) * 100, 1, signed=True)
    return tr("{number} %").format(number=change)


def period_title(start: date, end_exclusive: date) -> str:
    from datetime import timedelta

    return tr("{start} – {end}").format(
        start=format_date(start), end=format_date(end_exclusive - timedelta(days=1))
    )


def dashboard_table(d: Dashboard, currency: str) -> Table:
    rows: list[list[object]] = []
    for key, (_l, _d, kind) in DEFINITIONS.items():
        if key == "liability":
            continue
        cur = getattr(d.current, key)
        prev = getattr(d.previous, key)
        rows.append(
            [
                label(key),
                value_text(kind, cur, currency),
                value_text(kind, prev, currency),
                change_text(cur, prev, kind),
                definition(key),
            ]
        )
    return Table(
        tr("Dashboard {period}").format(period=period_title(d.start, d.end)),
        [tr("Figure"), tr("This period"), tr("Previous period"), tr("Change"), tr("Definition")],
        rows,
    )


def liability_table(d: Dashboard, currency: str) -> Table:
    what = {
        "points": tr("points"),
        "credit": tr("store credit"),
        "gift_cards": tr("gift cards"),
        "rewards": tr("ready rewards"),
        "passes": tr("pass uses"),
    }
    rows: list[list[object]] = []
    for line in d.liability.lines:
        qty = (
            format_money(line.quantity, currency)
            if line.what in ("credit", "gift_cards")
            else str(line.quantity)
        )
        money = "—" if line.money is None else format_money(line.money, currency)
        rows.append([line.label, what.get(line.what, line.what), qty, money])
    rows.append([tr("Total"), "", "", format_money(d.liability.total, currency)])
    return Table(
        tr("Outstanding liability"),
        [tr("Program"), tr("What"), tr("Outstanding"), tr("In money")],
        rows,
        note=definition("liability"),
    )


def series_table(d: Dashboard, currency: str) -> Table:
    rows = [
        [
            format_date(p.start),
            p.visits,
            format_money(p.sales, currency),
            p.new_active,
            p.returning,
            "—" if p.nps is None else p.nps,
        ]
        for p in d.series
    ]
    return Table(
        tr("Over time (by {unit})").format(
            unit={"day": tr("day"), "week": tr("week"), "month": tr("month")}.get(d.unit, d.unit)
        ),
        [tr("From"), tr("Visits"), tr("Sales"), tr("New"), tr("Returning"), tr("NPS")],
        rows,
    )


def top_table(rows: list[dict], currency: str, now: datetime) -> Table:
    return Table(
        tr("Top members"),
        [tr("Member"), tr("Visits"), tr("Sales"), tr("Last visit"), tr("Phone"), tr("E-mail")],
        [
            [
                r["name"],
                r["visits"],
                format_money(r["sales"], currency),
                format_date(r["last_visit"], now),
                r["phone"] or "",
                r["email"] or "",
            ]
            for r in rows
        ],
    )


def lapsed_table(rows: list[dict], hidden: int, now: datetime) -> Table:
    note = (
        tr("{n} more lapsed regulars did not consent to be contacted.").format(n=hidden)
        if hidden
        else ""
    )
    return Table(
        tr("Were regulars, not seen for 60 days (consented to contact)"),
        [tr("Member"), tr("Visits"), tr("Last visit"), tr("Phone"), tr("E-mail")],
        [
            [
                r["name"],
                r["visits"],
                format_date(r["last_visit"], now),
                r["phone"] or "",
                r["email"] or "",
            ]
            for r in rows
        ],
        note=note,
    )


def cohort_export(c: Cohorts) -> Table:
    months = len(c.months)
    return Table(
        tr("Monthly cohort retention"),
        [tr("Enrolled"), tr("Members")] + [f"M{k}" for k in range(months)],
        [
            [c.months[i], c.sizes[i]]
            + ["" if s is None else f"{round(s * 100)} %" for s in row]
            + [""] * (months - len(row))
            for i, row in enumerate(c.cells)
        ],
        note=tr("Share of each month's new members who visited in each month since."),
    )


def comments_table(rows: list[dict], now: datetime) -> Table:
    return Table(
        tr("Customer feedback"),
        [tr("Date"), tr("Score"), tr("Member"), tr("Comment"), tr("Visit")],
        [
            [
                format_date(r["created_at"], now),
                r["score"],
                r["member"] or "",
                r["comment"],
                r["visit_id"],
            ]
            for r in rows
        ],
    )


# The end of the day's lines: the one the drawer is counted against first, with what
# makes it up; then how the amounts rung up were paid, the refunds, and the counter's
# activity. (key, label, money?)
DAY_LINES: tuple[tuple[str, str, bool], ...] = (
    ("to_collect", QT_TR_NOOP("To collect (cash and bank card)"), True),
    ("cash_due", QT_TR_NOOP("Cash or bank card for sales"), True),
    ("gift_cards_sold", QT_TR_NOOP("Gift cards sold"), True),
    ("refund_cash", QT_TR_NOOP("Refunded in cash"), True),
    ("visits", QT_TR_NOOP("Visits"), False),
    ("rung_up", QT_TR_NOOP("Rung up"), True),
    ("discounts", QT_TR_NOOP("Discounts given"), True),
    ("paid_points", QT_TR_NOOP("Paid with points"), True),
    ("paid_credit", QT_TR_NOOP("Paid with store credit"), True),
    ("paid_gift", QT_TR_NOOP("Paid with gift cards"), True),
    ("refunds", QT_TR_NOOP("Refunds"), False),
    ("refund_credit", QT_TR_NOOP("Refunded as store credit"), True),
    ("refund_gift", QT_TR_NOOP("Refunded to gift cards"), True),
    ("stamps", QT_TR_NOOP("Stamps"), False),
    ("rewards_redeemed", QT_TR_NOOP("Rewards redeemed"), False),
    ("sales", QT_TR_NOOP("Sales"), True),
)
TO_COLLECT_ROW = [key for key, _, _ in DAY_LINES].index("to_collect")


def end_of_day_table(eod: EndOfDay, day: date, currency: str) -> Table:
    """One row per line, one column per cashier and the total: a cashier counts their
    own column, the owner the last one."""
    columns = [c.takings for c in eod.cashiers] + [eod.total]
    loc = QLocale()
    rows: list[list[object]] = []
    for key, text, money in DAY_LINES:
        values = [getattr(t, key) for t in columns]
        cells = [format_money(v, currency) if money else loc.toString(v) for v in values]
        rows.append([tr(text), *cells])
    return Table(
        tr("End of day {day}").format(day=format_date(day)),
        [tr("Figure"), *(c.name for c in eod.cashiers), tr("Total")],
        rows,
        note=tr(
            "Rung up = discounts + points + store credit + gift cards + cash or bank card. "
            "To collect = cash or bank card for sales + gift cards sold − refunded in cash: "
            "count the drawer and add the card terminal's total."
        ),
    )
