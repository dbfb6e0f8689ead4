"""A grid that picks its number of columns from its width, every time it is resized.

The dashboard's figures and charts must read at 1280 pixels and fill a 1920-pixel
screen: six tiles a row where they fit, fewer in a language with long names; charts
side by side only where each keeps its full bucket labels. Deciding once, when the page
is built, would leave a maximized window with the small screen's layout, or a restored
one wider than the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class ReflowGrid(QWidget):
    """``widgets`` in ``columns_for(width)`` columns, row by row, in their order."""

    def __init__(
        self,
        widgets: Sequence[QWidget],
        columns_for: Callable[[int], int],
        parent: QWidget | None = None,
        *,
        least_columns: int = 1,
        stretch_rows: bool = False,
    ) -> None:
        super().__init__(parent)
        self.widgets = list(widgets)
        self.columns_for = columns_for
        self.least_columns = least_columns
        self.stretch_rows = stretch_rows  # share extra height (charts), or not (tiles)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self.place(least_columns)

    def place(self, columns: int) -> None:
        """Lay the widgets out in ``columns`` columns (nothing when it already is)."""
        columns = max(1, min(columns, len(self.widgets) or 1))
        if columns == self.columns:
            return
        self.columns = columns
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for i, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, i // columns, i % columns)
        rows = -(-len(self.widgets) // columns)
        for row in range(len(self.widgets)):
            self.grid.setRowStretch(row, int(self.stretch_rows and row < rows))
        for column in range(len(self.widgets)):
            self.grid.setColumnStretch(column, int(column < columns))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.place(self.columns_for(event.size().width()))
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the fewest columns allow, whatever is shown now: the window can
        always be made smaller, and the grid follows it."""
        spacing = max(0, self.grid.horizontalSpacing())
        widest = max((w.minimumSizeHint().width() for w in self.widgets), default=0)
        shown = super().minimumSizeHint()
        width = self.least_columns * widest + (self.least_columns - 1) * spacing
        return QSize(width, shown.height())
