"""A scroll area that asks for the height of what it holds, as it is now, and never
hides the field the cashier is typing in.

QScrollArea remembers its widget's size hint from the first time it is asked, so a
checkout whose item list appears later would keep asking for the height of an empty
form. This one asks again each time: with room, nothing scrolls; with large text on a
small screen, the layout gives it less and it scrolls.

QScrollArea brings a field into view when Tab moves to it, but not when a key such as
Ctrl+O, a click on a label's buddy, or the program puts the focus there: the cashier
then types into a field below the fold. This one follows the focus however it moves.

``FitRows`` is for the lists in such a page: they ask for a few rows and give way, row
by row, down to one (the highlighted one) before the page has to scroll; the list with
the focus keeps three, since that is the one the cashier is reading.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QScrollArea,
    QStyleOptionViewItem,
    QWidget,
)


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
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The focus moved into this area: show the whole field (after the layout has
        placed it: a list that has just appeared has no position yet)."""
        page = self.widget()
        if new is None or page is None or not page.isAncestorOf(new):
            return
        self.show_field(new)
        QTimer.singleShot(0, lambda: self.show_field(new))

    def show_field(self, field: QWidget) -> None:
        """Scroll so that all of ``field`` is in view; one taller than the view shows
        where its cursor is (a list's current line)."""
        if not (shiboken6.isValid(self) and shiboken6.isValid(field)):
            return  # deleted meanwhile (a new member's rows, a rebuilt window)
        page = self.widget()
        if page is None or not field.isVisible() or not page.isAncestorOf(field):
            return
        rect = QRect(field.mapTo(page, QPoint(0, 0)), field.size())
        bar = self.verticalScrollBar()
        top, height = bar.value(), self.viewport().height()
        # A line above it too when there is room: the title that says what it is.
        above = min(field.fontMetrics().height() + 6, max(0, height - rect.height()))
        rect.setTop(max(0, rect.top() - above))
        if rect.height() > height:
            self.ensureWidgetVisible(field, 0, 0)  # Qt's: the cursor, or the current line
        elif rect.top() < top:
            bar.setValue(rect.top())
        elif rect.bottom() >= top + height:
            bar.setValue(rect.bottom() - height + 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The page's layout changed (a list came or went): ask the layout around this
        area for a new height. The page got another size: the focused field may have
        moved (a list that took the focus keeps more rows), show it again."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        if watched is self.widget() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._show_focus)
        return super().eventFilter(watched, event)

    def _show_focus(self) -> None:
        if not shiboken6.isValid(self):
            return
        focus = QApplication.focusWidget()
        page = self.widget()
        if focus is not None and page is not None and page.isAncestorOf(focus):
            self.show_field(focus)

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


class FitRows:
    """For a list in a ``FitScrollArea``: asks for ``most_rows`` rows and gives way to
    ``least_rows`` (``focus_rows`` while it has the focus) before the page scrolls.
    Mixed in before ``QAbstractItemView``; rows of different heights (a line that
    wraps) count as they are."""

    most_rows: float = 5
    least_rows: float = 1
    focus_rows: float = 3

    def rows_height(self: QAbstractItemView, rows: float) -> int:
        """The height of the first ``rows`` rows (a part of the last one included) and
        the frame, or of every row when there are fewer."""
        model = self.model()
        count = model.rowCount() if model is not None else 0
        whole = min(int(rows), count)
        height = sum(self.row_height(r) for r in range(whole))
        if whole < count and rows > whole:
            height += int((rows - whole) * self.row_height(whole))
        return max(height, 1) + 2 * self.frameWidth() + 4

    def row_height(self: QAbstractItemView, row: int) -> int:
        """The row's height as the list lays it out: a long line wraps at the width
        left beside a scroll bar (``sizeHintForRow`` measures it unwrapped, and the
        last row of a list sized by it came out cut)."""
        index = self.model().index(row, 0)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        width = self.viewport().width() - self.verticalScrollBar().sizeHint().width()
        if self.verticalScrollBar().isVisible():
            width = self.viewport().width()
        option.rect = QRect(0, 0, max(width, 1), 1)  # valid: the style wraps within it
        size = self.itemDelegateForIndex(index).sizeHint(option, index)
        return max(size.height(), self.sizeHintForRow(row))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # type: ignore[misc]
        return QSize(hint.width(), self.rows_height(self.most_rows))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()  # type: ignore[misc]
        least = max(self.least_rows, self.focus_rows) if self.hasFocus() else self.least_rows
        return QSize(hint.width(), self.rows_height(least))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        self.updateGeometry()  # the rows it keeps with the focus

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # type: ignore[misc]
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Another width: lines wrap differently, other row heights. Any size: the
        highlighted row stays in view (the usual item pre-filled before the list had
        its height)."""
        super().resizeEvent(event)  # type: ignore[misc]
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current)
