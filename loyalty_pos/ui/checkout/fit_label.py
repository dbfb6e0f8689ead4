"""A word-wrapped label that never shows half a line.

The totals box at the counter has a fixed height on a 1280×800 till, and what a visit
earns can be long (four programs, each with its rounding rule). A plain word-wrapped
QLabel given less height than its text needs is cut at the top and bottom. This label
takes the space the layout has left, and shows the longest of its texts that fits there
(the full one, then shorter ones); if even the shortest does not fit, it ends with "…"
on the last whole line. The tooltip always holds the full text.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...text_fit import largest_fitting

ELLIPSIS = "…"
MIN_LINES = 2
MAX_LINES_CLAIMED = 3  # what it insists on, for its shortest text; more only if free


class FitLabel(QLabel):
    """Shows the first of ``set_texts(...)`` that fits its current size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # It asks for the height of its shortest text and accepts MIN_LINES.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._texts: list[str] = []
        self.lines_claimed = MAX_LINES_CLAIMED  # fewer where the height is scarcer

    def set_texts(self, texts: list[str]) -> None:
        """The full text first, then shorter forms of it; empty hides the label."""
        self._texts = [t for t in texts if t]
        self.setToolTip(self.full_text())
        self.setVisible(bool(self._texts))
        self.updateGeometry()
        self._fit()

    def full_text(self) -> str:
        return self._texts[0] if self._texts else ""

    def minimumSizeHint(self) -> QSize:
        """The shortest text's height, between MIN_LINES and ``lines_claimed`` lines.

        Claimed as a minimum so that the lists above shrink before the totals do.
        """
        if not self._texts:
            return QSize(0, 0)
        m = self.contentsMargins()
        width = max(self.contentsRect().width(), 200)
        needed = self._height_of(self._texts[-1], width)
        height = min(max(needed, self._lines(MIN_LINES)), self._lines(self.lines_claimed))
        return QSize(0, height + m.top() + m.bottom())

    def sizeHint(self) -> QSize:
        """The full text's height: taken when the screen has room for it."""
        if not self._texts:
            return QSize(0, 0)
        m = self.contentsMargins()
        needed = self._height_of(self._texts[0], max(self.contentsRect().width(), 200))
        return QSize(0, max(needed + m.top() + m.bottom(), self.minimumSizeHint().height()))

    def hasHeightForWidth(self) -> bool:
        """No: QLabel's answer is the height of the text shown now, which is what fit
        into the last height given; a layout asking it would never give more."""
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def fits(self, text: str) -> bool:
        """True when ``text`` wrapped at the label's width fits its height."""
        rect = self.contentsRect()
        return self._height_of(text, rect.width()) <= rect.height()

    # Internals ---------------------------------------------------------------------

    def _height_of(self, text: str, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        box = QRect(0, 0, max(width, 1), 10**6)
        return self.fontMetrics().boundingRect(box, flags, text).height()

    def _lines(self, n: int) -> int:
        """The height of ``n`` lines of text, as the text is measured."""
        return self._height_of("\n".join(["X"] * n), 1000)

    def _fit(self) -> None:
        if not self._texts:
            self.setText("")
            return
        for text in self._texts:
            if self.fits(text):
                self.setText(text)
                return
        self.setText(self._elided(self._texts[-1]))

    def _elided(self, text: str) -> str:
        """``text`` cut at a word, with "…", so that it fits (at least one word shows).

        The most words that fit, found by the shared search (``text_fit``); 0 stands for
        the first word alone, shown even when it does not fit.
        """
        words = text.split(" ")

        def cut(n: int) -> str:
            return " ".join(words[:n]).rstrip(" ·,;") + ELLIPSIS

        n = largest_fitting(0, len(words) - 1, lambda n: self.fits(cut(n)))
        return cut(n) if n else words[0] + ELLIPSIS
