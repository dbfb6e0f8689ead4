"""A scroll area that asks for the height of what it holds, as it is now.

QScrollArea remembers its widget's size hint from the first time it is asked, so a
checkout whose item list appears later would keep asking for the height of an empty
form. This one asks again each time: with room, nothing scrolls; with large text on a
small screen, the layout gives it less and it scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget


class FitScrollArea(QScrollArea):
    """A frameless vertical scroll area over ``widget``, resizing it to its width."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The page's layout changed (a list came or went): ask the layout around this
        area for a new height."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        inner = self.widget().sizeHint() if self.widget() is not None else QSize(0, 0)
        frame = 2 * self.frameWidth()
        return QSize(inner.width() + frame, inner.height() + frame)


class FitPage(QWidget):
    """A page for a ``FitScrollArea`` that scrolls only when its *minimum* height (at
    its current width, wrapped lines included) does not fit.

    A scroll area asks a page whose layout has word-wrapped labels for its preferred
    height at that width, and shows a scroll bar as soon as that is a pixel more than
    the screen has, although every part would still fit. So the layout sits on
    ``body``, a child this page keeps at its own size, and the page reports the
    layout's minimum.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QWidget(self)
        self.body.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        layout = self.body.layout()
        if layout is None:
            return QSize(0, 0)
        least = layout.minimumSize()
        height = least.height()
        if layout.hasHeightForWidth() and self.width() > 0:
            height = max(height, layout.minimumHeightForWidth(self.width()))
        return QSize(least.width(), height)

    def sizeHint(self) -> QSize:
        return self.body.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.body.setGeometry(self.rect())
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the wrapped lines need another height now
