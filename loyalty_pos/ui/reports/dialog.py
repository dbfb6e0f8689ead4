"""The owner's reports: a period, a dashboard with charts, members, cohorts, feedback,
the end of the day, the liability statement; every tab exports to CSV and PDF. A shop
with several tills picks the whole shop, a branch or a till (``scope_picker.py``).

Tabs are computed when first shown for a period (the dashboard at once), so opening the
screen never waits for a report the owner does not look at.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Changes
from ...domain.metrics import TILE_FIGURES
from ...domain.report_table import Table
from ...services import Services
from .. import theme
from ..bus import ChangeBus
from ..fit_scroll import FitScrollArea
from ..keys import press_with
from ..ops import Ops
from . import charts, day_tab, liability
from . import tables as t
from .definitions import DEFINITIONS, definition, label
from .grid import ReflowGrid
from .scope_picker import ScopePicker

log = logging.getLogger(__name__)

SMALLEST_WIDTH = 1280  # the smallest screen the owner's side is made for
EDGE = 24  # the dialog's and the tab page's margins on one side, about
SPACING = 8  # between two widgets of a row, about
TILE_TEXT = 150  # a tile is never narrower: its name wraps to a second line, not a third

TILES = TILE_FIGURES  # one list with the command line's report (domain.metrics)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def table_widget(table: Table, parent: QWidget | None = None) -> QTableWidget:
    w = QTableWidget(len(table.rows), len(table.headers), parent)
    theme.touch_rows(w)
    w.setHorizontalHeaderLabels(table.headers)
    w.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    w.verticalHeader().hide()
    for i, row in enumerate(table.rows):
        for j, cell in enumerate(row):
            item = QTableWidgetItem("" if cell is None else str(cell))
            if isinstance(cell, int | float):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            w.setItem(i, j, item)
    w.resizeColumnsToContents()
    w.horizontalHeader().setStretchLastSection(True)
    return w


class Tile(QFrame):
    """One figure: its name, its value, the change against the previous period."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("reportTile")
        self.setToolTip(definition(key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)  # three lines of one figure: close, so a row stays low
        self.name = QLabel(label(key), self)
        theme.set_font(self.name, theme.SMALL_PT)
        self.value = QLabel("—", self)
        theme.set_font(self.value, theme.CARD_TITLE_PT + 2, bold=True)
        self.change = QLabel("", self)
        self.change.setObjectName("hint")
        theme.set_font(self.change, theme.SMALL_PT)
        for w in (self.name, self.value, self.change):
            w.setToolTip(definition(key))
            layout.addWidget(w)
        # A long name or comparison ("so với kỳ trước: -51,4 điểm %") takes a second
        # line rather than a wider tile: the figure sets the width (``needed_width``).
        self.name.setWordWrap(True)
        self.change.setWordWrap(True)

    def needed_width(self) -> int:
        """The width the figure needs uncut, with the tile's margins (at least room for
        a few words of the name on a line)."""
        margins = self.layout().contentsMargins()
        figure = self.value.sizeHint().width()
        return max(figure, TILE_TEXT) + margins.left() + margins.right() + 2 * self.frameWidth()

    def show_values(self, value: str, change: str) -> None:
        self.value.setText(value)
        self.change.setText(t.tr("vs previous: {change}").format(change=change))


class ReportsDialog(QDialog):
    PRESETS = ("today", "week", "month", "year", "custom")

    def __init__(
        self,
        services: Services,
        currency: str,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
        bus: ChangeBus | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.ops = ops or Ops.detached()
        if bus is not None:  # a visit, a refund, a new member: the figures now
            bus.changed.connect(self._changed)
        self.reports = services.reports
        self.currency = currency
        self.setWindowTitle(self.tr("Reports"))
        theme.apply(self)
        self.resize(1280, 860)
        self._stale: set[int] = set()
        self.exports: dict[int, Callable[[], tuple[list[Table], list[QWidget]]]] = {}

        self.preset = QComboBox(self)
        for key, text in zip(
            self.PRESETS,
            (
                self.tr("Today"),
                self.tr("This week"),
                self.tr("This month"),
                self.tr("Last 12 months"),
                self.tr("Custom"),
            ),
            strict=True,
        ):
            self.preset.addItem(text, key)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        show = QPushButton(self.tr("Show (Enter)"), self)
        show.setObjectName("primary")
        show.setDefault(True)
        show.clicked.connect(self.refresh)
        csv_button = QPushButton(self.tr("Export CSV… (Ctrl+E)"), self)
        csv_button.clicked.connect(lambda: self._export("csv"))
        pdf_button = QPushButton(self.tr("Export PDF… (Ctrl+P)"), self)
        pdf_button.clicked.connect(lambda: self._export("pdf"))
        press_with("Ctrl+E", csv_button, self)
        press_with("Ctrl+P", pdf_button, self)
        self.scope = ScopePicker(self.reports.tills(), self)  # hidden with one till
        self.scope.currentIndexChanged.connect(self._scope_changed)
        if self.scope.useful:  # Ctrl+T goes to it, as Tab does
            QShortcut(QKeySequence("Ctrl+T"), self).activated.connect(self._pick_scope)
        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        self.error.hide()  # no empty line above the tabs: it shows with a message
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period"), self))
        bar.addWidget(self.preset)
        bar.addWidget(self.start)
        bar.addWidget(QLabel("–", self))
        bar.addWidget(self.end)
        bar.addWidget(show)
        if self.scope.useful:
            bar.addWidget(self.scope)
        bar.addStretch(1)
        # The exports beside the period when both fit the smallest screen (1280 px) in
        # this language at this text size; on a line of their own otherwise.
        self.ensurePolished()
        widgets = [*self._widgets(bar), csv_button, pdf_button]
        one_line = sum(w.sizeHint().width() + SPACING for w in widgets) + 2 * EDGE
        exports = bar if one_line <= SMALLEST_WIDTH else QHBoxLayout()
        if exports is not bar:
            exports.addStretch(1)
        exports.addWidget(csv_button)
        exports.addWidget(pdf_button)

        self.tabs = QTabWidget(self)
        # Six tabs with their keys fit a 1280 px screen at normal text with narrower
        # sides than the application's tabs (8 px instead of 14).
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding-left: 8px; padding-right: 8px; }")
        self.titles: list[str] = []  # the tabs' names, without their keys (PDF titles)
        self.pages = {
            "dashboard": self._page(self.tr("Dashboard")),
            "members": self._page(self.tr("Members")),
            "cohorts": self._page(self.tr("Cohorts")),
            "feedback": self._page(self.tr("Feedback")),
            "day": self._page(self.tr("End of day")),
            "liability": self._page(self.tr("Liability")),
        }
        self.tabs.currentChanged.connect(self._render_current)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        if exports is not bar:
            layout.addLayout(exports)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)

        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.preset.setCurrentIndex(self.PRESETS.index("month"))
        self._preset_changed()

    def _say(self, text: str) -> None:
        """Show an error above the tabs, or hide the line when there is none."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @staticmethod
    def _widgets(layout) -> list[QWidget]:
        items = (layout.itemAt(i) for i in range(layout.count()))
        return [item.widget() for item in items if item.widget() is not None]

    def _page(self, title: str) -> QWidget:
        """A tab named "Dashboard (Ctrl+1)": Ctrl and its number show it."""
        page = QWidget(self)
        QVBoxLayout(page)
        key = f"Ctrl+{len(self.titles) + 1}"
        self.titles.append(title)
        self.tabs.addTab(page, self.tr("{tab} ({key})").format(tab=title, key=key))
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.activated.connect(lambda: self.tabs.setCurrentWidget(page))
        return page

    # Period ---------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        """[start, end) from the date fields (the end field is inclusive on screen)."""
        return _date(self.start.date()), _date(self.end.date()) + timedelta(days=1)

    def _preset_changed(self, _index: int = 0) -> None:
        key = self.preset.currentData()
        custom = key == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            start, end = self.reports.presets()[key]
            self.start.setDate(_qdate(start))
            self.end.setDate(_qdate(end - timedelta(days=1)))
            self.refresh()

    def set_period(self, start: date, end_inclusive: date) -> None:
        self.preset.setCurrentIndex(self.PRESETS.index("custom"))
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end_inclusive))
        self.refresh()

    def _pick_scope(self) -> None:
        """The selector takes the focus: the arrow keys choose, as Tab would reach it."""
        self.scope.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _scope_changed(self, _index: int = 0) -> None:
        """The whole shop, a branch or a till: every tab counts those tills' rows."""
        branch, till = self.scope.choice()
        scoped = self.ops.run(
            self,
            lambda: self.services.reports.scoped(branch=branch, till=till),
            on_error=self._say,
            unexpected=self.tr("Unexpected error: {error}"),
        )
        if scoped is not None:  # a till gone since the screen opened: said above the tabs
            self.reports = scoped.value
            self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches("visits") or changes.touches("members") or changes.touches("programs"):
            self.refresh()

    def refresh(self) -> None:
        self._stale = set(range(self.tabs.count()))
        self._render_current()

    def _render_current(self, _index: int = 0) -> None:
        index = self.tabs.currentIndex()
        if index not in self._stale:
            return
        self._say("")
        page = self.tabs.widget(index)
        holder = page.layout()
        while holder.count():  # the old content, nested layouts and all
            old = holder.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        content = QWidget(page)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(FitScrollArea(content, page))  # large text: the page scrolls
        builders = [
            self._dashboard,
            self._members,
            self._cohorts,
            self._feedback,
            self._day,
            self._liability,
        ]
        done = self.ops.run(
            self,
            lambda: builders[index](content, layout),
            on_error=self._say,
            unexpected=self.tr("Unexpected error: {error}"),
        )
        if done is None:
            return
        self._stale.discard(index)

    # Tabs -----------------------------------------------------------------------------

    def _dashboard(self, page: QWidget, layout) -> None:
        d = self.reports.dashboard(*self.period())
        self.tiles: dict[str, Tile] = {}
        for key in TILES:
            tile = Tile(key, page)
            kind = DEFINITIONS[key][2]
            cur, prev = getattr(d.current, key), getattr(d.previous, key)
            tile.show_values(t.value_text(kind, cur, self.currency), t.change_text(cur, prev, kind))
            self.tiles[key] = tile
        liability = Tile("liability", page)
        liability.value.setText(t.value_text("money", d.liability.total, self.currency))
        unvalued = len(d.liability.unvalued)
        liability.change.setText(
            self.tr("{n} lines without a money value").format(n=unvalued) if unvalued else ""
        )
        self.tiles["liability"] = liability
        self.tile_grid = ReflowGrid(
            list(self.tiles.values()), self._tiles_per_row, page, least_columns=2
        )
        layout.addWidget(self.tile_grid)
        visits = charts.visits_sales_chart(d.series, d.unit, self.currency, page)
        members = charts.members_chart(d.series, d.unit, page)
        self.chart_grid = charts.chart_grid([visits, members], page)
        layout.addWidget(self.chart_grid, 1)
        self.dashboard_data = d
        self.exports[0] = lambda: (
            [
                t.dashboard_table(d, self.currency),
                t.liability_table(d, self.currency),
                t.series_table(d, self.currency),
            ],
            [visits, members],
        )

    def _tiles_per_row(self, width: int) -> int:
        """As many tiles a row as fit ``width`` with their figures uncut: six at normal
        text where they fit, fewer with large text or large sums (names and comparisons
        wrap instead); never more than six, nor fewer than two."""
        most = {100: 6, 125: 4}.get(theme.text_size(), 3)
        widest = max(tile.needed_width() for tile in self.tiles.values())
        return max(2, min(most, (width + SPACING) // (widest + SPACING)))

    def _members(self, page: QWidget, layout) -> None:
        now = self.services.clock()
        top = t.top_table(self.reports.top_members(*self.period()), self.currency, now)
        rows, hidden = self.reports.lapsed_regulars(self.period()[1] - timedelta(days=1))
        lapsed = t.lapsed_table(rows, hidden, now)
        for table in (top, lapsed):
            title = QLabel(table.title, page)
            theme.set_font(title, theme.CARD_TITLE_PT, bold=True)
            layout.addWidget(title)
            layout.addWidget(table_widget(table, page), 1)
            if table.note:
                note = QLabel(table.note, page)
                note.setObjectName("hint")
                layout.addWidget(note)
        self.exports[1] = lambda: ([top, lapsed], [])

    def _cohorts(self, page: QWidget, layout) -> None:
        c = self.reports.cohorts(as_of=self.period()[1] - timedelta(days=1))
        title = QLabel(self.tr("Monthly cohort retention"), page)
        theme.set_font(title, theme.CARD_TITLE_PT, bold=True)
        hint = QLabel(
            self.tr(
                "Each row: the members who enrolled that month. Each column: the share of "
                "them who visited in the month that many months later (M0 = enrolment month)."
            ),
            page,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        heat = charts.cohort_table(c, page)
        layout.addWidget(title)
        layout.addWidget(hint)
        if c.so_far:
            so_far = QLabel(
                self.tr("Lighter cells in italics: this month so far, not over yet."), page
            )
            so_far.setObjectName("hint")
            layout.addWidget(so_far)
        layout.addWidget(heat, 1)
        self.exports[2] = lambda: ([t.cohort_export(c)], [heat])

    def _feedback(self, page: QWidget, layout) -> None:
        start, end = self.period()
        d = self.reports.dashboard(start, end)
        chart = charts.nps_chart(d.series, d.unit, page)
        m = d.current
        summary = QLabel(
            self.tr("NPS {nps} from {n} answers.").format(
                nps="—" if m.nps is None else m.nps, n=m.feedback_count
            ),
            page,
        )
        summary.setToolTip(definition("nps"))
        theme.set_font(summary, theme.CARD_TITLE_PT, bold=True)
        comments = t.comments_table(self.reports.comments(start, end), self.services.clock())
        layout.addWidget(summary)
        layout.addWidget(chart, 1)
        layout.addWidget(table_widget(comments, page), 1)
        self.exports[3] = lambda: ([comments], [chart])

    def _day(self, page: QWidget, layout) -> None:
        day = self.period()[1] - timedelta(days=1)
        built = day_tab.build(page, layout, self.reports, day, self.currency, table_widget)
        tables, self.day_table = built
        self.exports[4] = lambda: (tables, [])

    def _liability(self, page: QWidget, layout) -> None:
        statement = self.services.liability.statement(*self.period())
        tables = liability.build_page(page, layout, statement, self.currency)
        self.exports[5] = lambda: (tables, [])

    # Export ---------------------------------------------------------------------------

    def current_export(self) -> tuple[list[Table], list[QWidget]]:
        self._render_current()
        make = self.exports.get(self.tabs.currentIndex())
        return make() if make else ([], [])

    def export_to(self, path: Path) -> None:
        tables, pictures = self.current_export()
        from .export import write_csv, write_pdf  # PDF writing: loaded when used, not at start-up

        if path.suffix.lower() == ".pdf":
            write_pdf(path, self.titles[self.tabs.currentIndex()], tables, pictures)
        else:
            write_csv(path, tables)

    def _export(self, kind: str) -> None:
        name = self.tabs.tabText(self.tabs.currentIndex()).lower().replace(" ", "-")
        start, end = self.period()
        suggested = f"{name}-{start.isoformat()}-{(end - timedelta(days=1)).isoformat()}.{kind}"
        filters = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("PDF files (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), suggested, filters)
        if not path:
            return
        try:
            self.export_to(Path(path))
        except OSError as err:
            self._say(self.tr("Cannot write the file: {error}").format(error=err))
