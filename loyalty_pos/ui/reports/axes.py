"""Axes an owner can read from arm's length: round ticks written in the shop's money
and numbers, and bucket labels that are never cut to "…".

Value axes are ``QCategoryAxis`` with a label on each round tick (``domain/axis_ticks``),
so a tick reads "1,5 M Ft" or "12 000" in the locale's digits, where ``QValueAxis`` could
only print "%.0f". Bucket axes are ``QBarCategoryAxis`` whose labels are short HTML: the
bucket's name, the year (or month) where it changes, and "so far" or the days it holds
("15–31") under a bucket that is not a whole one (``domain/periods``). ``FittedChartView`` tries the
fullest labels first at every size and drops what does not fit, so Qt never elides one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QFont, QFontMetrics

from ...domain.axis_ticks import Ticks, money_labels, nice_ticks
from ...domain.money import minor_digits
from ...domain.periods import Cover
from ...services.reports import SeriesPoint
from ..formatting import _PREFIX_SIGNS, _is_home_currency, currency_sign

CONTEXT = "Charts"
LINE_BREAK = "<br>"
CENTRED = '<div align="center">{}</div>'  # "márc." over "2025", not beside its left edge
# Pixels a bucket label needs beside its text: Qt draws it as a text document with a
# margin of 4 on each side, and gives it its share of the axis less 5 on each side.
LABEL_MARGIN = 20


def tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation)


# Value axes ------------------------------------------------------------------------


class ValueAxis(QCategoryAxis):
    """An axis over [low, high] of the data with round ticks, written by ``write``.

    How many ticks fit depends on the chart's height (Qt gives each label an equal
    share of it and cuts a label that is taller), so the chart asks for fewer with
    ``use_at_most`` until none is cut.
    """

    def __init__(self, low: int, high: int, write: Callable[[Ticks], list[str]]) -> None:
        super().__init__()
        self.data = (low, high)
        self.write = write
        self.ticks = nice_ticks(low, high)
        self.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self._show(self.ticks)

    def use_at_most(self, most: int) -> None:
        """Round ticks, at most ``most`` of them (the step grows)."""
        ticks = nice_ticks(*self.data, most=most)
        if ticks != self.ticks:
            self.ticks = ticks
            self._show(ticks)

    def _show(self, ticks: Ticks) -> None:
        for label in self.categoriesLabels():
            self.remove(label)
        # A label sits at the end of its interval; the lowest tick gets an empty
        # interval just below it, so that it has a label too.
        self.setStartValue(ticks.low - ticks.step * 1e-9)
        for value, text in zip(ticks.values, self.write(ticks), strict=True):
            self.append(text, float(value))
        self.setRange(float(ticks.low), float(ticks.high))


def count_axis(high: int, low: int = 0) -> ValueAxis:
    """Whole numbers (visits, members, a score) in the locale's digits."""
    loc = QLocale()
    return ValueAxis(low, high, lambda ticks: [loc.toString(v) for v in ticks.values])


def money_axis(high: int, currency: str) -> ValueAxis:
    """Money in minor units; the labels in the shop's money (``money_tick_texts``)."""
    return ValueAxis(0, high, lambda ticks: money_tick_texts(ticks, currency))


def money_tick_texts(ticks: Ticks, currency: str) -> list[str]:
    """ "0 Ft, 500 000 Ft, 1 000 000 Ft" in full below a million, "0 Ft, 0,5 M Ft,
    1,0 M Ft, 1,5 M Ft" from a million up (``domain/axis_ticks.money_labels`` says why);
    the currency sign where the locale writes it, as ``formatting.format_money``."""
    code = currency.upper()
    digits = minor_digits(code)
    labels = money_labels(ticks, digits)
    loc = QLocale()
    short = {6: tr("{number} M", "millions on a chart axis: 1,5 M Ft")}
    short[9] = tr("{number} bn", "billions on a chart axis: 1,5 bn ₫")
    out = []
    for value in ticks.values:
        if value == 0:
            decimals = labels.decimals if labels.scale == 0 else 0
            number = loc.toString(0.0, "f", decimals)
        else:
            number = loc.toString(float(labels.value(value, digits)), "f", labels.decimals)
            if labels.scale:  # one label, one line: "1,5 M" never breaks
                number = short[labels.scale].format(number=number).replace(" ", "\u00a0")
        out.append(with_sign(number, code))
    return out


def with_sign(number: str, code: str) -> str:
    """``number`` with the currency sign placed as the locale places it ("kr 1 500",
    "1 500 Ft", "€1,500"); a foreign word-like sign goes after it ("1,500 Ft")."""
    loc = QLocale()
    sign = currency_sign(code)
    if _is_home_currency(loc, code) or sign in _PREFIX_SIGNS:
        pattern = loc.toCurrencyString(0.0, sign, 0)
        zero = loc.toString(0)
        if zero in pattern:
            return pattern.replace(zero, number, 1)
    return f"{number}\u00a0{sign}"


# Bucket axes -----------------------------------------------------------------------


def _qdate(d) -> QDate:
    return QDate(d.year, d.month, d.day)


def marker(point: SeriesPoint) -> str:
    """What a bucket that is not whole says under its name: "so far" ("March / so far"
    reads as one phrase), or the days a bucket cut by the period holds ("15–31")."""
    if point.cover is Cover.SO_FAR:
        return tr("so far", "under a month, week or day on a chart: not over yet")
    if point.cover is Cover.PART:
        loc = QLocale()
        last = point.end - timedelta(days=1)
        return f"{loc.toString(point.start.day)}–{loc.toString(last.day)}"
    return ""


Lines = list[str]  # one text per bucket ("" where a bucket has none)


def label_sets(points: Sequence[SeriesPoint], unit: str) -> list[list[str]]:
    """Label sets from the fullest to the barest, for ``ChartView`` to try in turn.

    Months: the month, its year where the year changes, the mark; then without the
    mark; then the month alone. Weeks: "3 Dec" and the year where it changes; then the
    day with the month where it changes (as days are); then the day alone. A label's
    lines are joined with ``<br>``; each is made unique with an invisible comment
    (``QBarCategoryAxis`` keeps one of two equal labels: March 2025 and March 2026).
    """
    loc = QLocale()
    dates = [_qdate(p.start) for p in points]
    marks = [marker(p) for p in points]
    none = [""] * len(points)

    def where(changed: Callable[[int], bool], fmt: str) -> Lines:
        return [loc.toString(d, fmt) if i == 0 or changed(i) else "" for i, d in enumerate(dates)]

    new_year = where(lambda i: points[i].start.year != points[i - 1].start.year, "yyyy")
    new_month = where(lambda i: points[i].start.month != points[i - 1].start.month, "MMM")
    days = [loc.toString(d, "d") for d in dates]
    if unit == "month":
        months = [loc.toString(d, "MMM") for d in dates]
        levels = [(months, new_year, marks), (months, new_year, none), (months, none, none)]
    elif unit == "week":
        weeks = [loc.toString(d, "d MMM") for d in dates]
        levels = [(weeks, new_year, marks), (weeks, new_year, none)]
        levels += [(days, new_month, marks), (days, new_month, none), (days, none, none)]
    else:
        levels = [(days, new_month, marks), (days, new_month, none), (days, none, none)]
    out: list[list[str]] = []
    for names, contexts, marked in levels:
        labels = [
            CENTRED.format(LINE_BREAK.join(part for part in parts if part)) + f"<!--{i}-->"
            for i, parts in enumerate(zip(names, contexts, marked, strict=True))
        ]
        if labels not in out:
            out.append(labels)
    return out


def plain(label: str) -> list[str]:
    """A label's lines as shown: "márc.<br>2025<!--0-->" is ["márc.", "2025"]."""
    text = label.split("<!--", 1)[0]
    text = text.removeprefix(CENTRED[: CENTRED.index("{")]).removesuffix("</div>")
    return [line for line in text.split(LINE_BREAK) if line]


def widest_line(labels: Sequence[str], font: QFont) -> int:
    """The widest line of ``labels`` in pixels, in ``font``."""
    metrics = QFontMetrics(font)
    return max((metrics.horizontalAdvance(line) for x in labels for line in plain(x)), default=0)


def set_categories(axis: QBarCategoryAxis, labels: list[str]) -> None:
    """Put ``labels`` on the axis unless they are there already (a relayout each time)."""
    if axis.categories() != labels:
        axis.clear()
        axis.append(labels)
