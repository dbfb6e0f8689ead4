"""The row of big buttons that shows every counter shortcut.

Each button names its key first ("F3 Enroll") so the cashier learns the keys by
seeing them; clicking works too. The buttons never take the focus, so Tab moves only
through the fields that matter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from . import theme

WIDE_PX = 145  # about half of the left column


class ShortcutBar(QWidget):
    """A grid of buttons, one per action, labelled "KEY  what it does"."""

    def __init__(self, parent: QWidget | None = None, columns: int = 1) -> None:
        super().__init__(parent)
        self.columns = columns
        self.buttons: dict[str, QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        self._row = 0
        self._col = 0
        self._hole: tuple[int, int] | None = None  # a half row a wide key left open

    def bind(
        self,
        window: QWidget,
        key: str,
        text: str,
        slot: Callable[[], None],
        *,
        shortcut: bool = True,
        short: str | None = None,
        button: bool = True,
    ) -> QAction:
        """A window action for ``key`` (a window-wide shortcut if ``shortcut``) and its
        button; the label shows the key as this platform and language name it.

        ``button=False`` binds the key without a button, for a key the screen names
        where it acts (the checkout's "Coupon code (Ctrl+O)"): the bar fills the left
        column at 1280×720, and a row more would squeeze out the search results."""
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        window.addAction(action)
        if button:
            label = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            self.add(label, action, short)
        return action

    def needed_width(self) -> int:
        """The width the bar needs to show each one-column label whole, at this text
        size (the counter's left column is at least that wide)."""
        narrow = [
            b.sizeHint().width()
            for b in self.buttons.values()
            if self._grid.getItemPosition(self._grid.indexOf(b))[3] == 1
        ]
        widest = max(narrow, default=0)
        return self.columns * widest + (self.columns - 1) * self._grid.spacing()

    def add(self, key_label: str, action: QAction, short: str | None = None) -> QPushButton:
        """A button showing ``key_label`` and the action's text (or its ``short`` form,
        one word that fits half the column; the tooltip has the full text)."""
        button = QPushButton(f"{key_label}  {short or action.text()}", self)
        button.setToolTip(f"{key_label}  {action.text()}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setStyleSheet("text-align: left; padding-left: 4px;")
        theme.set_font(button, theme.SMALL_PT - 1, bold=True)
        button.clicked.connect(action.trigger)
        # A label too wide for one column gets a row of its own across all of them.
        # The next narrow key fills the half row it left open, so a language with long
        # words (Hungarian, Vietnamese) does not need a row per key.
        wide = self.columns > 1 and button.sizeHint().width() > theme.px(WIDE_PX)
        if wide:
            if self._col:
                self._hole = (self._row, self._col)
                self._row, self._col = self._row + 1, 0
            self._grid.addWidget(button, self._row, 0, 1, self.columns)
            self._row += 1
        elif self._hole is not None:
            self._grid.addWidget(button, *self._hole)
            self._hole = None
        else:
            self._grid.addWidget(button, self._row, self._col)
            self._col += 1
            if self._col >= self.columns:
                self._row, self._col = self._row + 1, 0
        self.buttons[key_label] = button
        return button
