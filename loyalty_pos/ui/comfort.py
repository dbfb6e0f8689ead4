"""Text size and colours at the counter: the View menu and what a change does.

Ctrl+Plus, Ctrl+Minus and Ctrl+0 make the text larger, smaller or normal (100, 125,
150 %), stored as the shop's setting so the till opens that way tomorrow too. Widgets
take their font sizes and the lengths that hold text when they are made, so a new size
rebuilds the counter window (``relaunch``, as after a new language) and opens the
member who was on screen again. The colours need no rebuild: one style sheet restyles
every open window (``theme.configure``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from . import theme
from .relaunch import relaunch
from .theme import Tone

if TYPE_CHECKING:
    from ..services import Services
    from .main_window import MainWindow

log = logging.getLogger(__name__)

LARGER = (QKeySequence.StandardKey.ZoomIn, "Ctrl+=")  # "=" is "+" without Shift
SMALLER = (QKeySequence.StandardKey.ZoomOut,)
NORMAL = ("Ctrl+0",)


def load(services: Services) -> None:
    """Make the next windows with the shop's text size and colours."""
    try:
        display = services.display.get()
    except Exception:
        log.exception("reading the text size and colours")
        return
    theme.configure(text_size=display.text_size, high_contrast=display.high_contrast)


def next_size(current: int, step: int) -> int:
    """The size one step larger (``step`` 1) or smaller (-1), staying within the choices;
    ``step`` 0 is the normal size."""
    if step == 0:
        return theme.TEXT_SIZES[0]
    sizes = theme.TEXT_SIZES
    i = sizes.index(current) if current in sizes else 0
    return sizes[max(0, min(len(sizes) - 1, i + step))]


class ComfortActions(QObject):
    """The View menu of one counter window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.rebuilt: MainWindow | None = None  # the window that replaced this one
        menu = window.menuBar().addMenu(self.tr("&View"))
        self.actions: dict[int, QAction] = {}
        for step, text, keys in (
            (1, self.tr("Larger text"), LARGER),
            (-1, self.tr("Smaller text"), SMALLER),
            (0, self.tr("Normal text size"), NORMAL),
        ):
            action = QAction(text, window)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setProperty("replacesWindow", True)  # this window is closed after it
            action.triggered.connect(lambda _c=False, s=step: self.change_text_size(s))
            window.addAction(action)
            menu.addAction(action)
            self.actions[step] = action

    def size_name(self, size: int) -> str:
        return {
            100: self.tr("Normal"),
            125: self.tr("Large"),
            150: self.tr("Largest"),
        }.get(size, f"{size} %")

    def change_text_size(self, step: int) -> MainWindow | None:
        """Store the next size and rebuild the window with it; returns the new window
        (None when the size stays: already the largest, or the smallest)."""
        window = self.window
        size = next_size(theme.text_size(), step)
        if size == theme.text_size():
            window.banner.info(
                self.tr("Text size: {name} ({size} %), as large as it goes.").format(
                    name=self.size_name(size), size=size
                )
                if step > 0
                else self.tr("Text size: {name} ({size} %).").format(
                    name=self.size_name(size), size=size
                )
            )
            return None
        try:
            window.services.display.set_text_size(size)
        except Exception as err:
            window.show_error(err)
            return None
        member = window.current_member
        window._keep_edited_notes()  # the new window re-reads the member
        self.rebuilt = rebuild(window)
        if member is not None:
            self.rebuilt.open_member_id(member.id)
        self.rebuilt.banner.show_message(
            Tone.SUCCESS,
            self.tr("Text size: {name} ({size} %). Ctrl+Plus larger, Ctrl+Minus smaller.").format(
                name=self.size_name(size), size=size
            ),
        )
        return self.rebuilt


def rebuild(window: MainWindow) -> MainWindow:
    """A new counter window with the stored text size and colours, in place of
    ``window`` (the same rebuild as after a new language)."""
    load(window.services)
    return relaunch(window)
