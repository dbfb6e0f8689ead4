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


class ShortcutBar(QWidget):
    """A grid of buttons, one per action, labelled "KEY  what it does"."""

    def __init__(self, parent: QWidget | None = None, columns: int = 1) -> None:
        super().__init__(parent)
        self.columns = columns
        self.buttons: dict[str, QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)

    def bind(
        self,
        window: QWidget,
        key: str,
        text: str,
        slot: Callable[[], None],
        *,
        shortcut: bool = True,
    ) -> QAction:
        """A window action for ``key`` (a window-wide shortcut if ``shortcut``) and its
        button; the label shows the key as this platform and language name it."""
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        window.addAction(action)
        self.add(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText), action)
        return action

    def add(self, key_label: str, action: QAction) -> QPushButton:
        """A button showing ``key_label`` and the action's text that triggers ``action``."""
        button = QPushButton(f"{key_label}  {action.text()}", self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(34)
        button.setStyleSheet("text-align: left; padding-left: 12px;")
        theme.set_font(button, theme.BASE_PT, bold=True)
        button.clicked.connect(action.trigger)
        n = len(self.buttons)
        self._grid.addWidget(button, n // self.columns, n % self.columns)
        self.buttons[key_label] = button
        return button
