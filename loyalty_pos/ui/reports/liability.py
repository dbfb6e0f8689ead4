"""The reports screen's Liability tab: what the shop owes its customers, per program.

One small table per program (points, store credit, a pass, a punch card, gift cards):
the opening balance, what was issued, redeemed, expired, refunded and adjusted, and the
closing balance, in counts and in the shop's money. Above them, in large type, what is
owed at the end of the period and what was owed at its start. The same tables export to
CSV and PDF (``tables``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.liability import MOVEMENTS, Figures, LiabilityStatement, StatementLine
from ...domain.report_table import Table
from .. import theme
from ..formatting import format_date, format_money
from .tables import period_title

CONTEXT = "Liability"
COLUMNS = ("opening", *MOVEMENTS, "closing")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def headers() -> list[str]:
    return [
        "",
        tr("Opening"),
        tr("Issued"),
        tr("Redeemed"),
        tr("Expired"),
        tr("Refunded"),
        tr("Adjusted"),
        tr("Closing"),
    ]


def _title(line: StatementLine) -> str:
    if line.account == "gift_cards":
        return tr("Gift cards")
    kind = {
        "points": tr("points"),
        "credit": tr("store credit"),
        "pass": tr("prepaid pass"),
        "stamp": tr("punch card"),
    }.get(line.scheme, line.scheme)
    return tr("{program} ({kind})").format(program=line.program, kind=kind)


def _row_label(line: StatementLine) -> str:
    return {
        "points": tr("Points"),
        "credit": tr("Store credit"),
        "passes": tr("Uses"),
        "stamps": tr("Stamps"),
        "rewards": tr("Rewards ready"),
        "gift_cards": tr("Value"),
    }.get(line.account, line.account)


def _cells(figures: Figures, fmt: Callable[[int], str]) -> list[str]:
    return [fmt(getattr(figures, c)) for c in COLUMNS]


def program_tables(statement: LiabilityStatement, currency: str) -> list[Table]:
    """One table per program (a punch card's stamps and rewards together), and the total."""

    def money(n: int) -> str:
        return format_money(n, currency)

    def count(n: int) -> str:
        return QLocale().toString(n)

    groups: list[list[StatementLine]] = []
    for line in statement.lines:
        if groups and groups[-1][0].program_id == line.program_id:
            groups[-1].append(line)
        else:
            groups.append([line])
    out = []
    for group in groups:
        rows: list[list[object]] = []
        for line in group:
            is_money = line.account in ("credit", "gift_cards")
            rows.append([_row_label(line), *_cells(line.counts, money if is_money else count)])
            if line.money is not None and not is_money:
                label = tr("Rewards in money") if line.account == "rewards" else tr("In money")
                rows.append([label, *_cells(line.money, money)])
        out.append(Table(_title(group[0]), headers(), rows, note=_note(group)))
    total = [tr("Total in money"), *_cells(statement.total, money)]
    out.append(Table(tr("All programs"), headers(), [total], note=definition()))
    return out


def _note(group: list[StatementLine]) -> str:
    """Why a program's lines have no money value, if they have none."""
    unvalued = {line.account for line in group if line.money is None}
    if "points" in unvalued:
        return tr("No point value is set for these points: they have no money value here.")
    if "passes" in unvalued:
        return tr("The pass has no price: its uses have no money value.")
    if "rewards" in unvalued:
        return tr(
            "The reward is a free item or a percentage off: no fixed money value. Stamps "
            "on unfinished cards are not owed yet."
        )
    if "stamps" in unvalued:
        return tr("Stamps on unfinished cards are not owed yet and have no money value.")
    return ""


def definition() -> str:
    return tr(
        "Opening + issued − redeemed − expired + refunded + adjusted = closing. Refunded "
        "and adjusted are signed (+ back to customers, − taken back). Points are valued "
        "at their point value, pass uses at price ÷ uses (rounded down), ready rewards "
        "at a fixed amount off; lines without a money value are not in the total."
    )


def table_widget(table: Table, parent: QWidget) -> QTableWidget:
    """A table as tall as its rows (the page scrolls, not the table), numbers right."""
    w = QTableWidget(len(table.rows), len(table.headers), parent)
    theme.touch_rows(w)
    w.setHorizontalHeaderLabels(table.headers)
    w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    w.setTabKeyNavigation(False)  # Tab goes on to the next table, arrows move inside
    w.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    w.verticalHeader().hide()
    w.setAccessibleName(table.title)
    for i, row in enumerate(table.rows):
        for j, cell in enumerate(row):
            item = QTableWidgetItem(str(cell))
            if j:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if j == len(row) - 1:  # the closing balance: what is owed
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            w.setItem(i, j, item)
    header = w.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    for j in range(1, len(table.headers)):
        header.setSectionResizeMode(j, QHeaderView.ResizeMode.Stretch)
    w.resizeRowsToContents()
    height = header.sizeHint().height() + 2 * w.frameWidth()
    height += sum(w.rowHeight(i) for i in range(w.rowCount()))
    w.setFixedHeight(height)
    return w


def build_page(
    page: QWidget, layout: QVBoxLayout, statement: LiabilityStatement, currency: str
) -> list[Table]:
    """Fill the tab: the headline, then a titled table per program; returns the tables."""
    total = statement.total
    headline = QLabel(
        tr("Owed in money at the end of {day}: {closing}").format(
            day=format_date(statement.end - timedelta(days=1)),
            closing=format_money(total.closing, currency),
        ),
        page,
    )
    theme.set_font(headline, theme.CARD_TITLE_PT + 2, bold=True)
    layout.addWidget(headline)
    start = QLabel(
        tr("At the start of {period}: {opening}").format(
            period=period_title(statement.start, statement.end),
            opening=format_money(total.opening, currency),
        ),
        page,
    )
    layout.addWidget(start)
    unvalued = statement.unvalued
    if unvalued:
        hint = QLabel(
            tr("Owed without a money value (not in the totals): {lines}").format(
                lines=", ".join(f"{_title(x)} – {_row_label(x)}" for x in unvalued)
            ),
            page,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
    tables = program_tables(statement, currency)
    widgets = [table_widget(table, page) for table in tables]
    # One width for every table's first column, so that the figures line up down the page.
    first = max((w.sizeHintForColumn(0) for w in widgets), default=0) + theme.px(16)
    for w in widgets:
        w.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        w.horizontalHeader().resizeSection(0, first)
    for table, widget in zip(tables, widgets, strict=True):
        title = QLabel(table.title, page)
        theme.set_font(title, theme.CARD_TITLE_PT, bold=True)
        layout.addWidget(title)
        layout.addWidget(widget)
        if table.note:
            note = QLabel(table.note, page)
            note.setWordWrap(True)
            note.setObjectName("hint")
            layout.addWidget(note)
    if not statement.lines:
        layout.addWidget(QLabel(tr("No programs and no gift cards yet."), page))
    layout.addStretch(1)
    return tables
