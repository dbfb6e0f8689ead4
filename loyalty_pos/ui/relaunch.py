"""Rebuilding the counter window after the owner changes its language or currency.

Widgets take their words and money format when they are made, so a new language (or a
new currency, which the checkout form reads once) shows only in a new window. The new
window takes the old one's place, size and state (maximized, full screen) and the
keyboard; the member on screen is let go, as after a sale.

The new window is made by the old one's class (``type(old)``), so this module never
imports the window: the window imports it.
"""

from __future__ import annotations

from typing import Any, cast

from . import qt_language as languages
from .counter_api import Counter
from .window_fit import show_like

# The window Qt shows; Python must hold it or it would be collected.
_current: list[Any] = []


def relaunch(old: Counter) -> Counter:
    """Apply the shop's language and open a fresh counter window in place of ``old``."""
    languages.apply(old.services.settings.get("language"))
    window = old.widget()
    new = cast(Counter, type(window)(old.services))  # type: ignore[arg-type]
    _current[:] = [new]
    show_like(new.widget(), window, old.services)
    window.close()
    window.deleteLater()
    new.focus_search()
    return new
