"""The dashboard's pictures, drawn with QtCharts (PySide6-Addons) and a heat map table.

Charts get their numbers from the report service's series; their axes are round ticks
in the shop's money and numbers, and bucket labels that fit (``axes.py``). A bucket that
is not a whole day, week or month (today so far, a month cut by the period's edge) is
drawn lighter and hatched, its line dashed, its label marked: a month of ten days beside
whole months must not read as a collapse.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from ...domain.axis_ticks import DEFAULT_MOST, LEAST
from ...domain.periods import Cover
from ...services.reports import Cohorts, SeriesPoint
from .. import theme
from ..colours import contrast_ratio
from . import axes
from .grid import ReflowGrid

CONTEXT = "Charts"
GAP = 6  # between two charts side by side, about
MIN_HEIGHT = 340  # lower, and the bars are a strip between the title, labels and legend


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


def lighter(colour: QColor, share: float = 0.55) -> QColor:
    """``colour`` taken ``share`` of the way to the paper: a bar not over yet."""
    paper = QColor(theme.colours().paper).getRgb()[:3]
    mix = [a + (b - a) * share for a, b in zip(colour.getRgb()[:3], paper, strict=True)]
    return QColor(*(int(x) for x in mix))


def partial(series: Sequence[SeriesPoint]) -> list[int]:
    """The buckets that are not whole: so far, or cut by the period's edge."""
    return [i for i, p in enumerate(series) if p.cover is not Cover.WHOLE]


class ChartView(QChartView):
    """A chart whose bucket labels always fit and whose partial buckets are hatched.

    At each size the fullest label set that Qt does not elide is shown (``axes``:
    name, year or month, "so far"; then without the mark; then the name alone); when
    even names do not fit, they stand upright. ``level`` says which one is shown.
    """

    def __init__(
        self,
        chart: QChart,
        axis_x: QBarCategoryAxis,
        label_sets: list[list[str]],
        partial_buckets: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(chart, parent)
        self.axis_x = axis_x
        self.label_sets = label_sets
        self.partial = list(partial_buckets)
        self.level = 0
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_labels()

    def fit_labels(self) -> None:
        """The most ticks and the fullest bucket labels that fit at this size; Qt says
        whether it cut a label. (A value axis' labels share the chart's height, the
        bucket labels its width: the two are fitted one after the other.)"""
        values = self.value_axes()
        for most in range(DEFAULT_MOST, LEAST - 1, -1):
            for value_axis in values:
                value_axis.use_at_most(most)
            self.relayout()
            if not any(a.labelsTruncated() for a in values):
                break
        axis = self.axis_x
        axis.setLabelsAngle(0)
        for level, labels in enumerate(self.label_sets):
            axes.set_categories(axis, labels)
            self.relayout()
            if not axis.labelsTruncated():
                self.level = level
                return
        axis.setLabelsAngle(-90)  # upright, a name needs only its height across
        self.relayout()
        self.level = len(self.label_sets)

    def relayout(self) -> None:
        """Lay the chart out now: labels of another height change the axis' share, and
        Qt decides what to cut only when it lays the axes out (later, by default)."""
        layout = self.chart().layout()
        layout.invalidate()
        layout.activate()

    def value_axes(self) -> list[axes.ValueAxis]:
        return [a for a in self.chart().axes() if isinstance(a, axes.ValueAxis)]

    def wanted_width(self) -> int:
        """The width at which the fullest labels fit. Qt gives a bucket label the
        chart's width over the buckets and two more, less its padding."""
        labels = self.label_sets[0]
        per = axes.widest_line(labels, self.axis_x.labelsFont()) + axes.LABEL_MARGIN
        return (len(labels) + 2) * per + 2 * 6  # the chart's side margins

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """Hatch the columns of the buckets that are not whole, over the bars."""
        super().drawForeground(painter, rect)
        count = len(self.label_sets[0])
        if not self.partial or not count:
            return
        plot = self.chart().mapRectToScene(self.chart().plotArea())
        width = plot.width() / count
        ink = QColor(theme.colours().ink)
        ink.setAlpha(70)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(ink, Qt.BrushStyle.BDiagPattern))
        for i in self.partial:
            painter.drawRect(QRectF(plot.left() + i * width, plot.top(), width, plot.height()))
        painter.restore()


def chart_grid(views: Sequence[ChartView], parent: QWidget | None = None) -> ReflowGrid:
    """Charts side by side when each one's fullest labels fit in half the width, one
    under the other otherwise (a year of months at 1280 pixels), so that no chart has
    to drop its month names to sit beside another."""

    def columns_for(width: int) -> int:
        half = (width - GAP) // 2
        return 2 if all(view.wanted_width() <= half for view in views) else 1

    return ReflowGrid(views, columns_for, parent, stretch_rows=True)


def _view(
    chart: QChart, axis_x: QBarCategoryAxis, points: Sequence[SeriesPoint], unit: str, parent
) -> ChartView:
    """The chart in the application's colours, its labels fitted, partial buckets marked."""
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(6, 4, 6, 0))  # the plot's height is what is read
    chart.layout().setContentsMargins(0, 0, 0, 0)
    c = theme.colours()
    chart.setBackgroundBrush(QBrush(QColor(c.paper)))
    chart.legend().setLabelColor(QColor(c.ink))
    chart.setTitleBrush(QBrush(QColor(c.ink)))
    for axis in chart.axes():
        axis.setLabelsBrush(QBrush(QColor(c.ink)))
        axis.setLinePenColor(QColor(c.line))
        axis.setGridLineColor(QColor(c.line))
    label_sets = axes.label_sets(points, unit)
    view = ChartView(chart, axis_x, label_sets, partial(points), parent)
    view.fit_labels()
    return view


def _bucket_axis(chart: QChart, count: int, *attached) -> QBarCategoryAxis:
    """The bucket axis at the bottom (its labels are set when the view fits them)."""
    axis = QBarCategoryAxis()
    axis.append([f"<!--{i}-->" for i in range(count)])
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    for s in attached:
        s.attachAxis(axis)
    return axis


def _bars(name: str, colour: QColor, values: Sequence[int], marked: Sequence[int]) -> QBarSet:
    """A bar set; the marked buckets' bars lighter."""
    bars = QBarSet(name)
    bars.setColor(colour)
    bars.setBorderColor(colour)
    bars.append([float(v) for v in values])
    bars.setSelectedColor(lighter(colour))
    bars.selectBars(list(marked))
    return bars


def _lines(
    chart: QChart, name: str, colour: QColor, values: Sequence[int | None], marked: Sequence[int]
) -> list[QLineSeries]:
    """A solid line through the whole buckets and a dashed one through every bucket,
    under it: the stretch to a bucket that is not whole is dashed. None is left out."""
    dashed = QLineSeries()
    solid = QLineSeries()
    solid.setName(name)
    for line, style in ((dashed, Qt.PenStyle.DashLine), (solid, Qt.PenStyle.SolidLine)):
        pen = QPen(colour)
        pen.setWidth(3)
        pen.setStyle(style)
        line.setPen(pen)
    for i, v in enumerate(values):
        if v is None:
            continue
        dashed.append(QPointF(i, float(v)))
        if i not in marked:
            solid.append(QPointF(i, float(v)))
    out = [solid]
    if marked:
        dashed.setPointsVisible(True)
        chart.addSeries(dashed)
        out.append(dashed)
    chart.addSeries(solid)
    if marked:
        for legend_marker in chart.legend().markers(dashed):
            legend_marker.setVisible(False)
    return out


def visits_sales_chart(
    series: list[SeriesPoint], unit: str, currency: str, parent: QWidget | None = None
) -> ChartView:
    """Visits as bars (left axis), sales as a line (right axis, the shop's money)."""
    chart = QChart()
    chart.setTitle(tr("Visits and sales"))
    marked = partial(series)
    bar_series = QBarSeries()
    bar_series.append(_bars(tr("Visits"), blue(), [p.visits for p in series], marked))
    chart.addSeries(bar_series)
    name = tr("Sales ({currency})").format(currency=currency)
    lines = _lines(chart, name, amber(), [p.sales for p in series], marked)
    axis_x = _bucket_axis(chart, len(series), bar_series, *lines)
    left = axes.count_axis(max([p.visits for p in series], default=0))
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    bar_series.attachAxis(left)
    right = axes.money_axis(max([p.sales for p in series] + [0]), currency)
    chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
    for line in lines:
        line.attachAxis(right)
    view = _view(chart, axis_x, series, unit, parent)
    right.setGridLineVisible(False)  # one grid (the visits'), not two that disagree
    return view


def members_chart(series: list[SeriesPoint], unit: str, parent: QWidget | None = None):
    """New (enrolled in the bucket) and returning active members, side by side."""
    chart = QChart()
    chart.setTitle(tr("New and returning members"))
    marked = partial(series)
    bars = QBarSeries()
    bars.append(_bars(tr("New"), amber(), [p.new_active for p in series], marked))
    bars.append(_bars(tr("Returning"), blue(), [p.returning for p in series], marked))
    chart.addSeries(bars)
    axis_x = _bucket_axis(chart, len(series), bars)
    axis = axes.count_axis(max([max(p.new_active, p.returning) for p in series], default=0))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis)
    return _view(chart, axis_x, series, unit, parent)


def nps_chart(series: list[SeriesPoint], unit: str, parent: QWidget | None = None):
    """NPS per bucket; buckets without feedback are left out of the line."""
    chart = QChart()
    chart.setTitle(tr("NPS over time"))
    marked = partial(series)
    lines = _lines(chart, tr("NPS"), green(), [p.nps for p in series], marked)
    for line in lines:
        line.setPointsVisible(True)
    bars = QBarSeries()  # an empty bar series carries the category axis
    chart.addSeries(bars)
    axis_x = _bucket_axis(chart, len(series), bars, *lines)
    axis = axes.count_axis(100, -100)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    for line in lines:
        line.attachAxis(axis)
    chart.legend().hide()
    return _view(chart, axis_x, series, unit, parent)


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
    return best_ink(heat_colour(share))


def best_ink(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    cell = background.name()
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
            so_far = cohorts.so_far and k == len(row) - 1  # the month under way
            if share is not None:
                colour = heat_colour(share)
                if so_far:
                    colour = lighter(colour)
                item.setBackground(QBrush(colour))
                item.setForeground(QBrush(best_ink(colour)))
            if so_far:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip(tr("This month is not over yet: the share can still grow."))
            table.setItem(i, k + 1, item)
    table.resizeColumnsToContents()
    return table
