"""Firing the shortcut bound to a key the scan filter held, as Qt would have.

A person's key held a moment by the scan filter (``scan_filter.py``) comes back to Qt as
a new key event, which Qt no longer matches against the window's shortcuts; the filter
asks this module to fire the one bound to it.
"""

from __future__ import annotations

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget


def fire_shortcut(target: QWidget, key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Fire the shortcut bound to a plain key (a button's "2", a page's "1") in the
    window of ``target``, as Qt's shortcut map would have; False when there is none.

    Only the held keys of a person reach this: digits and letters without Ctrl or Alt,
    which few shortcuts use, so buttons, actions and ``QShortcut`` objects are enough.
    """
    plain = modifiers & ~Qt.KeyboardModifier.KeypadModifier
    wanted = [
        QKeySequence(QKeyCombination(plain, Qt.Key(key))),
        QKeySequence(QKeyCombination(plain & ~Qt.KeyboardModifier.ShiftModifier, Qt.Key(key))),
    ]
    window = target.window()

    def matches(sequences: list[QKeySequence]) -> bool:
        return any(s in wanted for s in sequences)

    def reachable(owner: QWidget, context: Qt.ShortcutContext) -> bool:
        if owner.window() is not window or not owner.isVisible() or not owner.isEnabled():
            return False
        if context == Qt.ShortcutContext.WidgetShortcut:
            return owner is target
        if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            return owner is target or owner.isAncestorOf(target)
        return True

    for button in window.findChildren(QAbstractButton):
        if matches([button.shortcut()]) and reachable(button, Qt.ShortcutContext.WindowShortcut):
            button.click()
            return True
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if (
            shortcut.isEnabled()
            and matches(shortcut.keys())
            and isinstance(owner, QWidget)
            and reachable(owner, shortcut.context())
        ):
            shortcut.activated.emit()
            return True
    for action in [*window.actions(), *window.findChildren(QAction)]:
        owner = action.parent()
        if (
            action.isEnabled()
            and matches(action.shortcuts())
            and isinstance(owner, QWidget)
            and reachable(owner, action.shortcutContext())
        ):
            action.trigger()
            return True
    return False
