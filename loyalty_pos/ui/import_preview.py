"""The import preview as a table: one line per row of the file, broken rows in red.

A model rather than a table widget: a file of 10,000 rows shows at once, because the
view asks only for the rows on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain.import_columns import ACCOUNT_LABELS, IMPORT
from ..domain.ledger import Account
from ..domain.member_import import BrokenRow, MemberRow, Opening, Row
from ..l10n import message
from ..services.imports import ImportPreview
from . import theme
from .formatting import format_money

CONTEXT = "ImportPreview"
PROBLEMS = 2  # beside the name: what the owner must read first


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def opening_text(o: Opening, currency: str) -> str:
    """ "Coffee – stamps: 3", "Cashback: 1 500 Ft" (no plural to get wrong)."""
    if o.account is Account.CREDIT:
        return f"{o.program}: {format_money(o.amount, currency)}"
    label = QCoreApplication.translate(IMPORT, ACCOUNT_LABELS[o.account])
    return f"{o.program} – {label}: {o.amount}"


class PreviewModel(QAbstractTableModel):
    """Rows of an ``ImportPreview``; ``broken_only`` hides the good ones."""

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.preview: ImportPreview | None = None
        self.rows: list[Row] = []
        self.broken_only = False
        self.headers = [
            tr("Line"),
            tr("Name"),
            tr("Problems and notes"),
            tr("Card"),
            tr("Phone"),
            tr("E-mail"),
            tr("Opening balances"),
        ]

    def show(self, preview: ImportPreview | None, broken_only: bool | None = None) -> None:
        self.beginResetModel()
        self.preview = preview
        if broken_only is not None:
            self.broken_only = broken_only
        all_rows = preview.rows if preview else []
        self.rows = [r for r in all_rows if not r.ok] if self.broken_only else list(all_rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == PROBLEMS:
            return self.text(row, col)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            # (background, text) in the colours in use now, light or dark
            c = theme.colours()
            pair = c.broken if isinstance(row, BrokenRow) else c.notice if row.notices else None
            if pair is None:
                return None
            colour = pair[0] if role == Qt.ItemDataRole.BackgroundRole else pair[1]
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.FontRole and isinstance(row, BrokenRow) and col == PROBLEMS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, row: Row, col: int) -> str:
        if col == 0:
            return str(row.line)
        if col == 1:
            return row.name
        if isinstance(row, BrokenRow):
            return " ".join(message(p) for p in row.problems) if col == PROBLEMS else ""
        return self._member_text(row, col)

    def _member_text(self, row: MemberRow, col: int) -> str:
        if col == PROBLEMS:
            notes = [message(n) for n in row.notices]
            if row.blocked:
                notes.append(tr("blocked"))
            return " ".join(notes)
        if col == 3:
            return row.card or tr("new card")
        if col == 4:
            return row.member.phone or ""
        if col == 5:
            return row.member.email or ""
        return ", ".join(opening_text(o, self.currency) for o in row.openings)

    def details(self, row: Row) -> str:
        """The whole story of one row, for the panel under the table."""
        head = tr("Line {line} · {name}").format(line=row.line, name=row.name)
        text = self.text(row, PROBLEMS)
        return f"{head}: {text}" if text else head
