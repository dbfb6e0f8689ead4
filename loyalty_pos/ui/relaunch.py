"""Rebuilding the counter window after the owner changes its language or currency.

Widgets take their words and money format when they are made, so a new language (or a
new currency, which the checkout form reads once) shows only in a new window. The new
window takes the old one's place, size and state (maximized, full screen) and the
keyboard; the member on screen is let go, as after a sale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import qt_language as languages
from .window_fit import show_like

if TYPE_CHECKING:
    from .main_window import MainWindow

# The window Qt shows; Python must hold it or it would be collected.
_current: list[MainWindow] = []


def relaunch(old: MainWindow) -> MainWindow:
    """Apply the shop's language and open a fresh counter window in place of ``old``."""
    from .main_window import MainWindow

    languages.apply(old.services.settings.get("language"))
    new = MainWindow(old.services)
    _current[:] = [new]
    show_like(new, old)
    old.close()
    old.deleteLater()
    new.focus_search()
    return new
