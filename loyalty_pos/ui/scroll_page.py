"""A page of an owner's screen that scrolls up and down when the till is too short.

The owner's forms (the rewards set-up, the card design) are taller than a 1280×720 till
at large text. The page holding the form scrolls, and only when its minimum height does
not fit (``FitPage``); the buttons under it (Save, Close) stay in view, and Tab scrolls
the next field into view. It never scrolls sideways: it is as wide as its widest row
needs, so no field is ever narrower than its text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .fit_scroll import FitPage, FitScrollArea


class ScrollPage(FitScrollArea):
    """A frameless vertical scroll area over a page; lay the page out on ``column``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.page = FitPage()
        super().__init__(self.page, parent)
        self.column = QVBoxLayout(self.page.body)
        self.column.setContentsMargins(0, 0, 0, 0)

    def minimumSizeHint(self) -> QSize:
        """The page's full width (with room for the scroll bar), and a few lines high:
        the page scrolls before anything gets cut."""
        least = self.page.minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        height = min(least.height(), 4 * self.fontMetrics().height())
        return QSize(least.width() + bar + 2 * self.frameWidth(), height)
