"""The search/scan box: search as you type; Enter opens a typed card or the chosen hit.

Up and Down move through the result list without leaving the box, so the cashier keeps
typing and picks with the arrows, as in any launcher.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from . import theme


class SearchBox(QLineEdit):
    """A line edit that forwards Up/Down to the results and reports Enter."""

    submitted = Signal(str)
    move_selection = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Scan, or type a name…"))
        self.setAccessibleName(self.tr("Search"))
        self.setToolTip(self.tr("Name, phone, e-mail or card number. Enter opens."))
        self.setClearButtonEnabled(True)
        theme.set_font(self, theme.CARD_TITLE_PT)
        self.setMinimumHeight(48)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit(self.text())
            return
        if key == Qt.Key.Key_Down:
            self.move_selection.emit(1)
            return
        if key == Qt.Key.Key_Up:
            self.move_selection.emit(-1)
            return
        super().keyPressEvent(event)
