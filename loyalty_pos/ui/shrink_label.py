"""A one-line label whose type gets smaller, rather than cut, when it has less width.

The member's name and the cash due are the biggest text on the counter. With the
largest text size on a 1280×800 till, or a long name ("Nguyễn Thị Phương Thảo"), or a
large amount in đồng, they may not fit their column at full size: this label shows them
in the largest size that fits, down to ``floor_pt``. A name (``wrap=True``) may take two
smaller lines in the height of one large one before it gets smaller still; only a text
too wide even at ``floor_pt`` ends with "…" (never a figure: the cash due keeps
shrinking instead, ``elide=False``). The full text is always in the tooltip and the
accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..text_fit import largest_fitting


class ShrinkLabel(QLabel):
    """Shows ``full_text()`` in the largest point size up to the font's that fits."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        floor_pt: int = 12,
        elide: bool = True,
        wrap: bool = False,
    ) -> None:
        super().__init__(parent)
        self.floor_pt = floor_pt
        self.elide = elide
        self.wrap = wrap
        self._wrapped = False
        self._full = ""
        self._shown = ""
        self._shown_pt = 0
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    # The text -------------------------------------------------------------------------

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._fit()

    def text(self) -> str:
        """The whole text (what is shown may be smaller, or end with "…")."""
        return self._full

    def full_text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        return self._shown

    def shown_point_size(self) -> int:
        return self._shown_pt or self.font().pointSize()

    # Sizes ----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        """The width of the text at full size, the height of one line at full size (the
        height never changes, so the rows below do not jump)."""
        fm = QFontMetrics(self.font())
        m = self.contentsMargins()
        return QSize(
            fm.horizontalAdvance(self._full) + m.left() + m.right() + 2,
            fm.height() + m.top() + m.bottom(),
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The shown text in the fitted size, where QLabel would put it."""
        p = QPainter(self)
        f = QFont(self.font())
        f.setPointSize(self.shown_point_size())
        p.setFont(f)
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        flags = int(self.alignment())
        if self._wrapped:
            flags |= int(Qt.TextFlag.TextWordWrap)
        p.drawText(self.contentsRect(), flags, self._shown)
        p.end()

    # Fitting --------------------------------------------------------------------------

    def _width_at(self, point_size: int, text: str) -> int:
        f = QFont(self.font())
        f.setPointSize(point_size)
        return QFontMetrics(f).horizontalAdvance(text)

    def _wrapped_fits(self, point_size: int, width: int) -> bool:
        """Whether the text wrapped at ``width`` in ``point_size`` fits the height."""
        f = QFont(self.font())
        f.setPointSize(point_size)
        box = QRect(0, 0, max(width, 1), 10**6)
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = QFontMetrics(f).boundingRect(box, flags, self._full)
        return needed.width() <= width and needed.height() <= self.contentsRect().height()

    def _fit(self) -> None:
        full_pt = self.font().pointSize()
        width = self.contentsRect().width() - 2
        can_wrap = self.wrap and " " in self._full.strip()

        def fits(size: int) -> bool:
            if self._width_at(size, self._full) <= width:
                return True
            return can_wrap and self._wrapped_fits(size, width)

        # The floor itself is never tested: at the floor the text is elided, not wrapped.
        size = largest_fitting(min(self.floor_pt, full_pt), full_pt, fits)
        self._wrapped = (
            size > self.floor_pt and can_wrap and self._width_at(size, self._full) > width
        )
        text = self._full
        if self.elide and not self._wrapped and self._width_at(size, text) > width:
            f = QFont(self.font())
            f.setPointSize(size)
            text = QFontMetrics(f).elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        self._shown_pt = size
        self._shown = text
        super().setText(self._full)
        self.update()
