"""The small box Ctrl+H opens at the counter: how much of this balance to use.

One field, typed like the amount (money in the locale's format; whole points for
points). While the cashier types, the totals beside update with that amount; what is
malformed, negative, zero, more than the member holds or more than the bill still needs
is said in red under the field and changes nothing. Enter uses the amount (empty: as
much as the bill needs, as before), Esc leaves everything as it was.

A dialog rather than a row in the form: the form's column is full at 1280×800, the
box's keys (Enter, Esc) stay its own instead of confirming the visit or calling the
next customer, and the scanner filter leaves a dialog's keys alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..formatting import format_money
from .amount import AmountEdit
from .parts import GIFT, POINTS, PartError, Tender, held_text, parse_part

# try_part(value): show the totals with ``value`` (None: as much as needed); returns
# why it can't be, or None. revert(): show them as they were before the box opened.
TryPart = Callable[[int | None], str | None]


class PartDialog(QDialog):
    """How much of ``tender`` to use; ``value()`` after ``accepted``."""

    def __init__(
        self,
        tender: Tender,
        currency: str,
        current: int | None,
        try_part: TryPart,
        revert: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tender = tender
        self.currency = currency
        self._try_part = try_part
        self._revert = revert
        self._value: int | None = current
        self._error = ""
        self.setWindowTitle(self.tr("How much?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        if tender.kind == POINTS:
            question = self.tr("How many {name}?").format(name=tender.name)
        elif tender.kind == GIFT:
            question = self.tr("How much from the gift card?")
        else:
            question = self.tr("How much store credit?")
        title = QLabel(question, self)
        title.setWordWrap(True)
        theme.set_font(title, theme.CARD_TITLE_PT, bold=True)
        self.held_label = QLabel(
            self.tr("{held} · empty: as much as the bill needs").format(
                held=held_text(tender, currency)
            ),
            self,
        )
        self.held_label.setObjectName("hint")
        self.held_label.setWordWrap(True)

        self.field: QLineEdit
        if tender.in_points:
            self.field = QLineEdit(self)
            theme.set_font(self.field, theme.CARD_TITLE_PT + 2, bold=True)
            unit = self.tr("points")
            if current is not None:
                self.field.setText(QLocale().toString(current))
        else:
            self.field = AmountEdit(currency, self, big=False)
            theme.set_font(self.field, theme.CARD_TITLE_PT + 2, bold=True)
            unit = currency
            self.field.set_minor(current)
        self.field.setAccessibleName(question)
        self.field.setPlaceholderText(self.tr("all it needs"))
        unit_label = QLabel(unit, self)
        theme.set_font(unit_label, theme.BASE_PT, bold=True)
        self.worth = QLabel(self)  # "= HUF250" for points
        theme.set_font(self.worth, theme.BASE_PT, bold=True)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(unit_label)
        row.addWidget(self.worth)

        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        theme.set_font(self.error, theme.BASE_PT, bold=True)
        self.error.hide()
        keys = QLabel(self.tr("Enter: use this · Esc: cancel"), self)
        keys.setObjectName("hint")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.held_label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(keys)
        self.setMinimumWidth(360)

        self.field.textChanged.connect(self._typed)
        self.field.selectAll()
        self._show_worth(current)

    # What the form reads ---------------------------------------------------------------

    def value(self) -> int | None:
        """The amount to use (minor units or points); None: as much as the bill needs."""
        return self._value

    def error_text(self) -> str:
        return self._error

    def place_over(self, anchor: QWidget, within: QWidget) -> None:
        """Open at ``anchor``'s top (the item list), as wide as ``within`` (the form) and
        inside it, so the totals below stay in view and nothing hangs off the screen."""
        width = max(self.minimumWidth(), within.width())
        self.resize(width, self._height_for(width))
        right = within.mapToGlobal(QPoint(within.width(), 0)).x()
        top = anchor.mapToGlobal(QPoint(0, 0)).y()
        self.move(right - width, top)

    # Keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submit()
            return
        super().keyPressEvent(event)  # Esc rejects

    def submit(self) -> None:
        """Enter: use the amount if it can be; otherwise say why and stay open."""
        if self._check():
            self.accept()

    def reject(self) -> None:
        self._revert()
        super().reject()

    # Internals -------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._check()

    def _check(self) -> bool:
        """Read the field, try it on the totals; show and keep the reason if it fails."""
        try:
            value = parse_part(self.tender, self.field.text(), self.currency)
        except PartError as err:
            self._revert()
            return self._fail(err.text)
        problem = self._try_part(value)
        if problem:
            return self._fail(problem)
        self._value = value
        self._error = ""
        self.error.hide()
        self._show_worth(value)
        self._fit_height()
        return True

    def _fail(self, text: str) -> bool:
        self._error = text
        self.error.setText(text)
        self.error.show()
        self._show_worth(None)
        self._fit_height()
        return False

    def _height_for(self, width: int) -> int:
        layout = self.layout()
        if layout.hasHeightForWidth():
            return max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        return self.sizeHint().height()

    def _fit_height(self) -> None:
        """Grow (or shrink back) for the message line, keeping the width and the top."""
        self.layout().activate()
        height = self._height_for(self.width())
        if height != self.height():
            self.resize(self.width(), height)

    def _show_worth(self, value: int | None) -> None:
        if not self.tender.in_points:
            self.worth.hide()
            return
        shown = value if value is not None else None
        self.worth.setText(
            "= " + format_money(shown * self.tender.point_value, self.currency) if shown else ""
        )
        self.worth.setVisible(bool(shown))
