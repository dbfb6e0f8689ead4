"""The dashboard's pictures, drawn with QtCharts (PySide6-Addons) and a heat map table.

Charts get their numbers from the report service's series; they format nothing
themselves beyond axis labels, which use the same locale helpers as the counter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from ...domain.money import to_major
from ...services.reports import Cohorts, SeriesPoint
from .. import theme
from ..colours import contrast_ratio

CONTEXT = "Charts"


def _chart_colour(i: int) -> QColor:
    """Blue, green or amber in the colours in use (lighter on a dark screen)."""
    return QColor(theme.colours().chart[i])


def blue() -> QColor:
    return _chart_colour(0)


def green() -> QColor:
    return _chart_colour(1)


def amber() -> QColor:
    return _chart_colour(2)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def bucket_label(point: SeriesPoint, unit: str) -> str:
    loc = QLocale()
    if unit == "month":
        return loc.toString(_qdate(point.start), "MMM yy")
    if unit == "day":
        return loc.toString(_qdate(point.start), "d")
    return loc.toString(_qdate(point.start), "d MMM")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _view(chart: QChart, parent: QWidget | None) -> QChartView:
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    c = theme.colours()
    chart.setBackgroundBrush(QBrush(QColor(c.paper)))
    chart.legend().setLabelColor(QColor(c.ink))
    chart.setTitleBrush(QBrush(QColor(c.ink)))
    for axis in chart.axes():
        axis.setLabelsBrush(QBrush(QColor(c.ink)))
        axis.setLinePenColor(QColor(c.line))
        axis.setGridLineColor(QColor(c.line))
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


def _categories(chart: QChart, labels: list[str], series) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(labels)
    # Many day labels overlap; thin them out (the tooltip-free chart keeps every bar).
    if len(labels) > 16:
        step = -(-len(labels) // 12)
        axis.clear()
        axis.append([lab if i % step == 0 else " " * (i % 7 + 1) for i, lab in enumerate(labels)])
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    return axis


def visits_sales_chart(
    series: list[SeriesPoint], unit: str, currency: str, parent: QWidget | None = None
) -> QChartView:
    """Visits as bars (left axis), sales as a line (right axis)."""
    chart = QChart()
    chart.setTitle(tr("Visits and sales"))
    labels = [bucket_label(p, unit) for p in series]
    bars = QBarSet(tr("Visits"))
    bars.setColor(blue())
    bars.append([float(p.visits) for p in series])
    bar_series = QBarSeries()
    bar_series.append(bars)
    chart.addSeries(bar_series)
    line = QLineSeries()
    line.setName(tr("Sales ({currency})").format(currency=currency))
    line.setColor(amber())
    pen = line.pen()
    pen.setWidth(3)
    line.setPen(pen)
    for i, p in enumerate(series):
        line.append(QPointF(i, float(to_major(p.sales, currency))))
    chart.addSeries(line)
    axis_x = _categories(chart, labels, bar_series)
    line.attachAxis(axis_x)
    left = QValueAxis()
    left.setLabelFormat("%d")
    left.setMin(0)
    left.setMax(max([p.visits for p in series] + [1]) * 1.1)
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    bar_series.attachAxis(left)
    right = QValueAxis()
    right.setLabelFormat("%.0f")
    right.setMin(0)
    right.setMax(max([float(to_major(p.sales, currency)) for p in series] + [1.0]) * 1.1)
    chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
    line.attachAxis(right)
    return _view(chart, parent)


def members_chart(series: list[SeriesPoint], unit: str, parent: QWidget | None = None):
    """New (enrolled in the bucket) and returning active members, side by side."""
    chart = QChart()
    chart.setTitle(tr("New and returning members"))
    new = QBarSet(tr("New"))
    new.setColor(amber())
    new.append([float(p.new_active) for p in series])
    returning = QBarSet(tr("Returning"))
    returning.setColor(blue())
    returning.append([float(p.returning) for p in series])
    bars = QBarSeries()
    bars.append(new)
    bars.append(returning)
    chart.addSeries(bars)
    _categories(chart, [bucket_label(p, unit) for p in series], bars)
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setMin(0)
    axis.setMax(max([max(p.new_active, p.returning) for p in series] + [1]) * 1.1)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis)
    return _view(chart, parent)


def nps_chart(series: list[SeriesPoint], unit: str, parent: QWidget | None = None):
    """NPS per bucket; buckets without feedback are left out of the line."""
    chart = QChart()
    chart.setTitle(tr("NPS over time"))
    line = QLineSeries()
    line.setName(tr("NPS"))
    line.setColor(green())
    pen = line.pen()
    pen.setWidth(3)
    line.setPen(pen)
    line.setPointsVisible(True)
    for i, p in enumerate(series):
        if p.nps is not None:
            line.append(QPointF(i, float(p.nps)))
    chart.addSeries(line)
    bars = QBarSeries()  # an empty bar series carries the category axis
    chart.addSeries(bars)
    axis_x = _categories(chart, [bucket_label(p, unit) for p in series], bars)
    line.attachAxis(axis_x)
    axis = QValueAxis()
    axis.setRange(-100, 100)
    axis.setLabelFormat("%d")
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    line.attachAxis(axis)
    chart.legend().hide()
    return _view(chart, parent)


def heat_colour(share: float) -> QColor:
    """The window's colour (0 %) to the chart blue (100 %)."""
    share = max(0.0, min(1.0, share))
    base = QColor(theme.colours().paper)
    top = blue()
    r = base.red() + (top.red() - base.red()) * share
    g = base.green() + (top.green() - base.green()) * share
    b = base.blue() + (top.blue() - base.blue()) * share
    return QColor(int(r), int(g), int(b))


def heat_ink(share: float) -> QColor:
    """Black or white, whichever reads better on ``heat_colour(share)``."""
    cell = heat_colour(share).name()
    return QColor(max(("#000000", "#ffffff"), key=lambda ink: contrast_ratio(ink, cell)))


def cohort_table(cohorts: Cohorts, parent: QWidget | None = None) -> QTableWidget:
    """Rows: enrolment month and its size; columns: months since; cell: share active."""
    months = len(cohorts.months)
    table = QTableWidget(months, months + 1, parent)
    theme.touch_rows(table)
    table.setHorizontalHeaderLabels(
        [tr("Members")] + [tr("M{n}").format(n=k) for k in range(months)]
    )
    table.setVerticalHeaderLabels(cohorts.months)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    loc = QLocale()
    for i, row in enumerate(cohorts.cells):
        size = QTableWidgetItem(loc.toString(cohorts.sizes[i]))
        size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(i, 0, size)
        for k, share in enumerate(row):
            text = "" if share is None else f"{round(share * 100)} %"
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if share is not None:
                item.setBackground(QBrush(heat_colour(share)))
                item.setForeground(QBrush(heat_ink(share)))
            table.setItem(i, k + 1, item)
    table.resizeColumnsToContents()
    return table
