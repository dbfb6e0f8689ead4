"""The reports' End of day tab: the day's drawer by cashier and, for a whole shop on a
server with several tills, each till's total (one drawer each)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidget, QVBoxLayout, QWidget

from ...domain.drawer import CashierDay, EndOfDay
from ...domain.report_table import Table
from ...services.reports import ReportService
from .. import theme
from . import tables as t


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportsDialog", text)


def drawer_widget(table: Table, page: QWidget, make) -> QTableWidget:
    """The table with its amounts right-aligned and the line to count in bold; columns
    as wide as their figures, side by side (a stretched last column would put the total
    a screen's width away from its line)."""
    widget = make(table, page)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for row in range(widget.rowCount()):
        for column in range(widget.columnCount()):
            item = widget.item(row, column)
            if column:
                item.setTextAlignment(right)
            if row == t.TO_COLLECT_ROW:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
    widget.horizontalHeader().setStretchLastSection(False)
    widget.resizeColumnsToContents()
    return widget


def full_width(widget: QTableWidget) -> int:
    """The width that shows every column uncut, with the frame and a vertical scroll
    bar (the lines scroll when the screen is low)."""
    bar = widget.verticalScrollBar().sizeHint().width()
    return widget.horizontalHeader().length() + 2 * widget.frameWidth() + bar


def build(
    page: QWidget, layout: QVBoxLayout, reports: ReportService, day: date, currency: str, make
) -> tuple[list[Table], QTableWidget]:
    """Fill the tab; (the tables to export, the cashiers' table). ``make`` turns a
    ``Table`` into a widget (the dialog's ``table_widget``)."""
    table = t.end_of_day_table(reports.drawer(day), day, currency)
    title = QLabel(table.title, page)
    theme.set_font(title, theme.CARD_TITLE_PT, bold=True)
    hint = QLabel(tr("The last day of the chosen period, by cashier."), page)
    hint.setObjectName("hint")
    widget = drawer_widget(table, page, make)
    note = QLabel(table.note, page)
    note.setObjectName("hint")
    note.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(hint)
    tables = [table]
    by_till = reports.drawers_by_till(day)
    if not by_till:
        layout.addWidget(widget, 1)
        layout.addWidget(note)
        return tables, widget
    # Each till's column is its own drawer's total; beside the cashiers' table, so both
    # show their lines to count at a glance on a 1280 px screen.
    tills = EndOfDay(tuple(CashierDay(0, s.name, d.total) for s, d in by_till))
    per_till = t.end_of_day_table(tills, day, currency)
    per_till = Table(tr("By till"), per_till.headers, per_till.rows)
    heading = QLabel(per_till.title, page)
    theme.set_font(heading, theme.CARD_TITLE_PT, bold=True)
    cashiers = QLabel(tr("By cashier"), page)
    theme.set_font(cashiers, theme.CARD_TITLE_PT, bold=True)
    row = QHBoxLayout()
    for label, shown in ((cashiers, widget), (heading, drawer_widget(per_till, page, make))):
        column = QVBoxLayout()
        column.addWidget(label)
        column.addWidget(shown, 1)
        shown.setMinimumWidth(full_width(shown))
        row.addLayout(column)
    row.addStretch(1)
    layout.addLayout(row, 1)
    layout.addWidget(note)
    tables.append(per_till)
    return tables, widget
