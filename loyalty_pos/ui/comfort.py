"""Text size and colours at the counter: the View menu and what a change does.

``ComfortActions`` is also the counter's one listener for the settings that shape the
window: when the bus says the language, the currency, the text size, kiosk or the
colours changed (the View keys, the owner's settings, a restore, another process), it
compares them with what this window was made with and rebuilds it (``relaunch``) or
restyles it. Nobody diffs the settings around a dialog any more.

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

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from ..domain.changes import Changes
from . import theme
from .key_map import bind_keys
from .relaunch import relaunch
from .theme import Tone

if TYPE_CHECKING:
    from ..services import Services
    from .counter_api import Counter

log = logging.getLogger(__name__)

# The settings a window takes when it is made: a change to one of them rebuilds it.
SHAPING = ("language", "currency", "text_size", "kiosk", "colours")


def load(services: Services) -> None:
    """Make the next windows with the shop's text size and colours."""
    try:
        display = services.display.get()
    except Exception:  # before any window (and its ``ops``) exists: open at the defaults
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

    window_rebuilt = Signal(object)  # the Counter that replaced this one

    def __init__(self, window: Counter) -> None:
        super().__init__(window.widget())
        self.window = window
        self.rebuilt: Counter | None = None  # the window that replaced this one
        self.made_with = self.shaping()  # what this window was made with
        window.bus.changed.connect(self._changed)
        menu = window.menuBar().addMenu(self.tr("&View"))
        by_key = bind_keys(
            window.widget(),
            {
                "larger": lambda: self.change_text_size(1),
                "smaller": lambda: self.change_text_size(-1),
                "normal_size": lambda: self.change_text_size(0),
            },
            menu=menu,
        )
        self.actions: dict[int, QAction] = dict(zip((1, -1, 0), by_key.values(), strict=True))
        for action in self.actions.values():
            action.setProperty("replacesWindow", True)  # this window is closed after it

    def shaping(self) -> tuple[str | None, str, int, bool, str]:
        """The language, currency, text size, kiosk and colours stored now."""
        services = self.window.services
        display = services.display.get()
        language = services.settings.get("language")
        currency = services.settings.get("currency") or "HUF"
        return language, currency, display.text_size, display.kiosk, display.colours

    def _changed(self, changes: Changes) -> None:
        """A new language or currency, text size or kiosk: a new window; new colours
        restyle the open ones as they are."""
        if self.rebuilt is not None or not changes.touches_settings(*SHAPING):
            return
        done = self.window.ops.run(self.window.widget(), self.shaping, on_error=log.warning)
        if done is None or done.value == self.made_with:
            return
        now, before = done.value, self.made_with
        if now[:4] != before[:4]:
            member = self.window.current_member if now[:2] == before[:2] else None
            self.window.keep_edited_notes()  # the new window re-reads the member
            self.rebuilt = rebuild(self.window) if now[:2] == before[:2] else relaunch(self.window)
            if member is not None and changes.external:
                self.rebuilt.open_member_id(member.id)
            self.window_rebuilt.emit(self.rebuilt)
            return
        self.made_with = now
        load(self.window.services)

    def size_name(self, size: int) -> str:
        return {
            100: self.tr("Normal"),
            125: self.tr("Large"),
            150: self.tr("Largest"),
        }.get(size, f"{size} %")

    def change_text_size(self, step: int) -> Counter | None:
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
        member = window.current_member
        done = window.ops.run(  # the bus rebuilds the window (``_changed``)
            window.widget(),
            lambda: window.services.display.set_text_size(size),
            on_error=window.banner.error,
        )
        if done is None or self.rebuilt is None:
            return None
        if member is not None:
            self.rebuilt.open_member_id(member.id)
        self.rebuilt.banner.show_message(
            Tone.SUCCESS,
            self.tr("Text size: {name} ({size} %). Ctrl+Plus larger, Ctrl+Minus smaller.").format(
                name=self.size_name(size), size=size
            ),
        )
        return self.rebuilt


def rebuild(window: Counter) -> Counter:
    """A new counter window with the stored text size and colours, in place of
    ``window`` (the same rebuild as after a new language)."""
    load(window.services)
    return relaunch(window)
