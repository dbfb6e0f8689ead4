"""The search/scan box: search as you type; Enter opens a typed card or the chosen hit.

Up and Down move through the result list without leaving the box, so the cashier keeps
typing and picks with the arrows, as in any launcher.

The scan filter lets a person's keys into this box at once (``TypesAtOnce``): the box
says what it shows before a key, and puts it back when that key was the first of a
scanner's burst, telling the results to follow (``textEdited``, as if the cashier had
typed it back).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from . import theme


@dataclass(frozen=True)
class TypingState:
    """What the box shows: its text, the cursor, and the selected part."""

    text: str
    cursor: int
    selection_start: int
    selection_length: int


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

    def typing_state(self) -> TypingState:
        """What the box shows now (before a key that may start a scan)."""
        return TypingState(
            self.text(), self.cursorPosition(), self.selectionStart(), len(self.selectedText())
        )

    def restore_typing(self, state: object) -> None:
        """Show ``state`` again: the key after it was a scanner's, not the cashier's."""
        if not isinstance(state, TypingState):
            return
        self.setText(state.text)
        if state.selection_length and state.selection_start >= 0:
            self.setSelection(state.selection_start, state.selection_length)
        else:
            self.setCursorPosition(state.cursor)
        self.textEdited.emit(state.text)
