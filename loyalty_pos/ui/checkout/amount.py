"""The amount field: typed in the shop's locale, read as integer minor units."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.errors import UserError
from ...domain.money import minor_digits, parse_amount, to_major
from .. import theme


def parse_local(text: str, currency: str) -> int:
    """``text`` as minor units, with the current locale's separators; UserError if not."""
    loc = QLocale()
    return parse_amount(text, currency, group=loc.groupSeparator(), decimal=loc.decimalPoint())


def format_plain(minor: int, currency: str) -> str:
    """Minor units as the locale writes the number, without the currency: "3 600"."""
    value = float(to_major(minor, currency))  # exact for any till amount
    return QLocale().toString(value, "f", minor_digits(currency))


class AmountEdit(QLineEdit):
    """A large line edit for money; ``minor()`` is None when empty, UserError when bad.

    On leaving the field a valid amount is rewritten in the locale's format, so
    "3600" becomes "3 600" (Hungarian) or "3,600" (English) and the cashier sees at a
    glance whether a zero is missing.
    """

    def __init__(self, currency: str, parent: QWidget | None = None, *, big: bool = True) -> None:
        super().__init__(parent)
        self.currency = currency
        if big:
            theme.set_font(self, theme.BANNER_PT + 2, bold=True)
        self.editingFinished.connect(self.reformat)

    def minor(self) -> int | None:
        if not self.text().strip():
            return None
        return parse_local(self.text(), self.currency)

    def set_minor(self, minor: int | None) -> None:
        self.setText("" if minor is None else format_plain(minor, self.currency))

    def reformat(self) -> None:
        try:
            value = self.minor()
        except (UserError, ValueError):
            return  # the form shows why it is not an amount
        if value is not None:
            text = format_plain(value, self.currency)
            if text != self.text():
                self.setText(text)
