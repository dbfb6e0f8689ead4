"""A key that presses a button, for the buttons whose label names their key.

Every button on every screen shows its key ("Save (Ctrl+S)"); this makes the key do
what the label promises, and only while the button could be pressed by hand (shown and
enabled), so a key never acts on a hidden tab or a greyed-out button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget


def press_with(
    key: str,
    button: QAbstractButton,
    parent: QWidget | None = None,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QShortcut:
    """``key`` clicks ``button`` in ``parent``'s window (or only while ``parent`` has
    the focus, with ``Qt.ShortcutContext.WidgetShortcut``)."""
    shortcut = QShortcut(QKeySequence(key), parent or button.window())
    shortcut.setContext(context)

    def press() -> None:
        if button.isVisible() and button.isEnabled():
            button.click()

    shortcut.activated.connect(press)
    return shortcut
