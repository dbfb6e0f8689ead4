"""The reports screen read as an owner would, at 1280×720 and maximized (1920×1080), in
English, Hungarian, Vietnamese and Norwegian: round ticks in the shop's money, bucket
labels whole (never "…"), the month under way marked, nothing cut at the window's edge.

One demo coffee bar (four months of history) is built for the module; each test opens
the reports on it with the test clock at 10 March 2026, 17:30 in Budapest.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QCoreApplication, QLocale, QPoint
from PySide6.QtWidgets import QPushButton

from loyalty_pos.domain.axis_ticks import Ticks, nice_ticks
from loyalty_pos.domain.periods import Cover
from loyalty_pos.services import Services
from loyalty_pos.services.demo import populate_demo
from loyalty_pos.ui import qt_language as languages
from loyalty_pos.ui.reports import axes
from loyalty_pos.ui.reports.charts import ChartView
from loyalty_pos.ui.reports.dialog import ReportsDialog

SIZES = ((1280, 720), (1920, 1080))
LANGUAGES = ("en", "hu", "vi", "nb")


class Clock:
    def __call__(self) -> datetime:
        return datetime(2026, 3, 10, 17, 30, tzinfo=ZoneInfo("Europe/Budapest"))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    services = Services.open(path, clock=Clock())
    populate_demo(services)
    services.close()
    return path


@pytest.fixture
def reports(demo_file, qtbot, qapp, restore_language):
    """Open the reports screen in a language: ``open(language) -> ReportsDialog``."""
    opened: list[tuple[Services, ReportsDialog]] = []

    def open_in(language: str) -> ReportsDialog:
        languages.apply(language)
        services = Services.open(demo_file, clock=Clock())
        dialog = ReportsDialog(services, "HUF")
        qtbot.addWidget(dialog)
        opened.append((services, dialog))
        return dialog

    yield open_in
    for services, dialog in opened:
        dialog.close()
        services.close()


def show(qapp, dialog: ReportsDialog, size: tuple[int, int], preset: str) -> list[ChartView]:
    dialog.resize(*size)
    dialog.show()
    dialog.preset.setCurrentIndex(dialog.PRESETS.index(preset))
    for _ in range(3):
        qapp.processEvents()
    return [v for v in dialog.findChildren(ChartView) if v.isVisible()]


def lines(axis: QBarCategoryAxis) -> list[list[str]]:
    return [axes.plain(label) for label in axis.categories()]


def so_far() -> str:
    return QCoreApplication.translate(
        "Charts", "so far", "under a month, week or day on a chart: not over yet"
    )


def nbsp(text: str) -> str:
    """Every space as a no-break space: locales differ in which one they group with."""
    return text.replace(" ", "\xa0").replace("\u202f", "\xa0")


def right_edge(widget, dialog) -> int:
    return widget.mapTo(dialog, QPoint(widget.width(), 0)).x()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_axis_is_cut_at_either_size_in_any_language(qapp, reports, language):
    dialog = reports(language)
    for size in SIZES:
        for preset in ("year", "month", "week", "today"):
            views = show(qapp, dialog, size, preset)
            assert len(views) == 2, (size, preset)
            for view in views:
                where = (language, size, preset, view.chart().title())
                for axis in view.chart().axes():
                    assert not axis.labelsTruncated(), where
                    texts = (
                        axis.categories()
                        if isinstance(axis, QBarCategoryAxis)
                        else axis.categoriesLabels()
                    )
                    assert not any("…" in t or "..." in t for t in texts), where
                # Nothing cut by the window either: the chart ends inside the dialog.
                assert right_edge(view, dialog) <= dialog.width(), where
        for tile in dialog.tiles.values():  # every figure whole
            assert tile.value.width() >= tile.value.sizeHint().width(), (size, tile.key)
        for button in dialog.findChildren(QPushButton):
            if button.isVisible():
                assert right_edge(button, dialog) <= dialog.width(), (size, button.text())


@pytest.mark.parametrize("language", LANGUAGES)
def test_last_12_months_shows_month_names_years_and_this_month_so_far(qapp, reports, language):
    dialog = reports(language)
    loc = QLocale()
    for size in SIZES:
        views = show(qapp, dialog, size, "year")
        series = dialog.dashboard_data.series
        assert len(series) == 13  # twelve whole months and this one
        assert [p.cover for p in series] == [Cover.WHOLE] * 12 + [Cover.SO_FAR]
        for view in views:
            assert view.level == 0, (language, size)  # the fullest labels fit
            labels = lines(view.axis_x)
            names = [loc.toString(_q(p.start), "MMM") for p in series]
            assert [label[0] for label in labels] == names
            assert labels[0][1] == "2025" and labels[10][1] == "2026"  # March, January
            assert labels[-1][-1] == so_far()
            assert all(len(label) == 1 for label in labels[1:10])
            assert view.partial == [12]
            for bars in view.chart().series()[0].barSets():
                assert bars.selectedBars() == [12]  # drawn lighter


def _q(d):
    from PySide6.QtCore import QDate

    return QDate(d.year, d.month, d.day)


def test_the_value_axes_are_round_and_in_the_shop_s_money(qapp, reports):
    dialog = reports("hu")
    views = show(qapp, dialog, SIZES[1], "year")
    visits = views[0]
    series = dialog.dashboard_data.series
    left, right = visits.value_axes()
    top = max(p.sales for p in series)  # about a million forints a month
    assert 900_000 < top < 1_000_000
    for axis, high in ((left, max(p.visits for p in series)), (right, top)):
        # Round ticks over the data, as many as the chart's height shows (3 to 6).
        assert axis.ticks in [nice_ticks(0, high, most=m) for m in range(3, 7)]
        assert (axis.min(), axis.max()) == (0, axis.ticks.high)
    assert left.categoriesLabels() == [QLocale().toString(v) for v in left.ticks.values]
    assert right.categoriesLabels() == axes.money_tick_texts(right.ticks, "HUF")
    assert nbsp(right.categoriesLabels()[0]) == "0\xa0Ft"
    assert nbsp(right.categoriesLabels()[-1]) == "1,0\xa0M\xa0Ft"  # a million, short
    assert not right.isGridLineVisible()  # one grid: the visits'
    for view in views:
        for axis in view.value_axes():
            assert 3 <= len(axis.categoriesLabels()) <= 7


@pytest.mark.parametrize(
    ("language", "currency", "high", "expected"),
    [
        ("en", "HUF", 1_154_813, "0 Ft|0.5 M Ft|1.0 M Ft|1.5 M Ft"),
        ("hu", "HUF", 70_752, "0 Ft|20 000 Ft|40 000 Ft|60 000 Ft|80 000 Ft"),
        ("nb", "NOK", 1_234_500, "kr 0|kr 5 000|kr 10 000|kr 15 000"),
        ("vi", "VND", 2_300_000_000, "0 ₫|0,5 tỷ ₫|1,0 tỷ ₫|1,5 tỷ ₫|2,0 tỷ ₫|2,5 tỷ ₫"),
    ],
)  # fmt: skip
def test_money_ticks_in_each_locale(qapp, restore_language, language, currency, high, expected):
    languages.apply(language)
    ticks = nice_ticks(0, high)
    assert [nbsp(t) for t in axes.money_tick_texts(ticks, currency)] == nbsp(expected).split("|")


def test_money_ticks_keep_the_minor_unit_only_when_a_tick_needs_it(qapp):
    assert axes.money_tick_texts(Ticks(10, (0, 10, 20, 30)), "EUR") == [
        "€0.00", "€0.10", "€0.20", "€0.30"
    ]  # fmt: skip
    assert axes.money_tick_texts(Ticks(50_000, (0, 50_000, 100_000)), "EUR") == [
        "€0", "€500", "€1,000"
    ]  # fmt: skip


def test_bucket_labels_fall_back_and_never_elide_when_narrow(qapp, reports):
    """Squeezed far below any screen, the labels lose the mark, then the year, then
    stand upright: Qt never has to cut one."""
    dialog = reports("hu")
    visits, _ = show(qapp, dialog, SIZES[1], "year")
    levels = []
    for width in (1800, 1100, 800, 640):
        visits.resize(width, 320)
        qapp.processEvents()
        levels.append(visits.level)
        assert not visits.axis_x.labelsTruncated(), width
    assert levels == sorted(levels) and levels[0] == 0 and levels[-1] > 0


def test_a_custom_period_cut_mid_month_says_which_days(qapp, reports):
    from datetime import date

    dialog = reports("en")
    show(qapp, dialog, SIZES[1], "year")
    dialog.set_period(date(2025, 6, 15), date(2026, 2, 20))
    qapp.processEvents()
    visits, _ = [v for v in dialog.findChildren(ChartView) if v.isVisible()]
    labels = lines(visits.axis_x)
    assert labels[0] == ["Jun", "2025", "15–30"] and labels[-1] == ["Feb", "1–20"]
    assert labels[7] == ["Jan", "2026"]
    assert visits.partial == [0, 8]


def test_the_cohort_cells_of_the_month_under_way_are_marked(qapp, reports):
    dialog = reports("en")
    show(qapp, dialog, SIZES[1], "month")
    dialog.tabs.setCurrentIndex(2)
    qapp.processEvents()
    from PySide6.QtWidgets import QTableWidget

    table = next(t for t in dialog.findChildren(QTableWidget) if t.isVisible())
    months = table.rowCount()
    last_cells = [table.item(i, months - i) for i in range(months)]
    assert all(item.font().italic() and item.toolTip() for item in last_cells)
    assert not table.item(0, 1).font().italic()  # an earlier month: whole


def test_end_of_day_lists_each_cashier_and_the_total(qapp, reports):
    dialog = reports("en")
    show(qapp, dialog, SIZES[0], "today")
    dialog.set_period(datetime(2026, 3, 9).date(), datetime(2026, 3, 9).date())
    dialog.tabs.setCurrentIndex(4)
    qapp.processEvents()
    table = dialog.day_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[0] == "Figure" and headers[-1] == "Total" and len(headers) >= 3
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    collect = rows["To collect (cash and bank card)"]
    assert table.item(collect, 0).font().bold()
    total = table.item(collect, table.columnCount() - 1).text()
    assert total.endswith("Ft") and total != "0\xa0Ft"
    assert right_edge(table, dialog) <= dialog.width()


@pytest.mark.parametrize("language", LANGUAGES)
def test_fifteen_weeks_at_1280_keep_their_months(qapp, reports, language):
    """Too many weeks for "3 Dec" under each: the day numbers, with the month where it
    changes, rather than upright labels or none."""
    from datetime import date

    dialog = reports(language)
    show(qapp, dialog, SIZES[0], "month")
    dialog.set_period(date(2025, 12, 3), date(2026, 3, 10))
    qapp.processEvents()
    visits, _ = [v for v in dialog.findChildren(ChartView) if v.isVisible()]
    assert dialog.dashboard_data.unit == "week"
    assert not visits.axis_x.labelsTruncated() and visits.axis_x.labelsAngle() == 0
    labels = lines(visits.axis_x)
    loc = QLocale()
    months = {loc.toString(_q(date(2025, m, 1)), "MMM") for m in (12,)}
    months |= {loc.toString(_q(date(2026, m, 1)), "MMM") for m in (1, 2, 3)}
    shown = [line for label in labels for line in label]
    named = {m for m in months if any(m in line for line in shown)}
    assert named == months, labels  # every month named where it begins
    assert labels[-1][-1] == so_far()
