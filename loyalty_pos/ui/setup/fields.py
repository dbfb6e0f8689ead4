"""Typed input fields for the owner's set-up forms, and the specs they are built from.

A tab declares its form as a tuple of ``Spec``: the key, the label, how the text is
read, which field of the scheme it shows, and how a stored value is shown and read back
("empty" for a zero count, an enum as its value). The tab builds its widgets from the
specs, fills them from a scheme and reads them back into one, so a new field is one line.
Each ``Field`` reads its widget into a plain value (an int, minor units, basis points, a
date) or raises ``FieldError`` with a message naming the field, so every bad entry gets
a clear message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ...domain.errors import UserError
from ...domain.rates import parse_multiplier_pct, parse_rate_bp, parse_whole_percent
from ...l10n import message
from ..checkout.amount import format_plain, parse_local

CONTEXT = "Setup"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def QT_TR_NOOP(text: str) -> str:
    """Marks a label of a ``Spec`` for this module's CONTEXT (``l10n.catalog``); the
    form translates it with ``tr`` when it builds the row."""
    return text


class FieldError(Exception):
    """A field the owner must correct; ``widget`` gets the focus."""

    def __init__(self, text: str, widget: QWidget) -> None:
        super().__init__(text)
        self.text = text
        self.widget = widget


@dataclass(frozen=True)
class Spec:
    """One field of a set-up form, declared once.

    ``label`` and ``placeholder`` are marked with ``QT_TR_NOOP`` (the "Setup" context)
    and translated when the form is built; ``example`` is shown as it is ("0", "5").
    ``attr`` is the scheme's field the input shows and sets (empty: the tab handles it);
    ``show`` turns the stored value into what the field shows, ``read`` what the field
    read into what is stored. ``options`` gives a choice its fixed options (translated
    when called); a choice without them is filled by the tab from the schemes.
    """

    key: str
    label: str
    kind: str = "text"
    attr: str = ""
    optional: bool = False
    placeholder: str = ""
    example: str = ""
    default: str = ""
    options: Callable[[], list[tuple[str, Any]]] | None = None
    show: Callable[[Any], Any] | None = None
    read: Callable[[Any], Any] | None = None

    def shown(self, stored: Any) -> Any:
        return self.show(stored) if self.show is not None else stored

    def stored(self, value: Any) -> Any:
        return self.read(value) if self.read is not None else value


def or_none(n: Any) -> Any:
    """A zero count shows as an empty field ("none")."""
    return n or None


def or_zero(n: Any) -> Any:
    """An empty count field stores zero."""
    return n or 0


@dataclass
class Field:
    """A labelled input; ``kind`` says how its text is read."""

    label: str
    # text | int | money | percent (0.01-100 %, in basis points) | discount (0-100 %, in
    # basis points) | whole_percent | times (in percent) | date | choice | checks
    kind: str
    widget: QWidget
    optional: bool = False
    currency: str = "HUF"
    default: str = ""

    def value(self) -> Any:
        if isinstance(self.widget, QComboBox):
            return self.widget.currentData()
        if isinstance(self.widget, QListWidget):
            return frozenset(
                self.widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.widget.count())
                if self.widget.item(i).checkState() == Qt.CheckState.Checked
            )
        assert isinstance(self.widget, QLineEdit)
        text = self.widget.text().strip()
        if self.kind == "text":
            return text
        if not text:
            if self.optional:
                return None
            raise FieldError(tr("{field}: enter a value.").format(field=self._name()), self.widget)
        try:
            return self._parse(text)
        except UserError as err:
            raise FieldError(f"{self._name()}: {message(err)}", self.widget) from None
        except (ValueError, InvalidOperation):
            raise FieldError(
                tr("{field}: “{text}” is not understood.").format(field=self._name(), text=text),
                self.widget,
            ) from None

    def _parse(self, text: str) -> Any:
        if self.kind == "int":
            n = QLocale().toInt(text)
            if not n[1]:
                raise ValueError(text)
            return n[0]
        if self.kind == "money":
            return parse_local(text, self.currency)
        # Rates exactly as stored (domain/rates.py): 2.5 % → 250 basis points, ×1.5 →
        # 150 %; more decimals than are kept are refused with the rule, never rounded.
        if self.kind == "times":
            return parse_multiplier_pct(text, decimal_marks())
        if self.kind == "percent":
            return parse_rate_bp(text, decimal_marks())
        if self.kind == "discount":
            return parse_rate_bp(text, decimal_marks(), zero=True)
        if self.kind == "whole_percent":
            return parse_whole_percent(text, decimal_marks())
        if self.kind == "date":
            return date.fromisoformat(text)
        raise ValueError(self.kind)

    def _name(self) -> str:
        return self.label.replace("&", "").rstrip(" *")

    def clear(self) -> None:
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(self.default)
        elif isinstance(self.widget, QListWidget):
            for i in range(self.widget.count()):
                self.widget.item(i).setCheckState(Qt.CheckState.Unchecked)

    def set(self, value: Any) -> None:
        """Show a stored value (for editing an item)."""
        if isinstance(self.widget, QComboBox):
            self.widget.setCurrentIndex(max(0, self.widget.findData(value)))
        elif isinstance(self.widget, QListWidget):
            for i in range(self.widget.count()):
                row = self.widget.item(i)
                on = row.data(Qt.ItemDataRole.UserRole) in (value or ())
                row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        elif isinstance(self.widget, QLineEdit):
            if value is None:
                self.widget.clear()
            elif self.kind == "money":
                self.widget.setText(format_plain(value, self.currency))
            elif self.kind in ("percent", "discount", "times"):
                # 250 basis points → "2.5"; 200 % → "2": the way the owner typed them.
                text = format((Decimal(value) / 100).normalize(), "f")
                self.widget.setText(text.replace(".", QLocale().decimalPoint()))
            else:
                self.widget.setText(str(value))


def decimal_marks() -> str:
    """The decimal marks a rate may be typed with: the locale's, and "." as well where
    the locale does not group digits with it (Hungarian and Norwegian group with a
    space). A rate keeps at most two decimals, so "1,5" or "1.5" is never a thousands
    separator; English refuses "1,5" as the money fields do."""
    loc = QLocale()
    point = loc.decimalPoint()
    extra = "." if point != "." and loc.groupSeparator() != "." else ""
    return point + extra


def line(parent: QWidget, placeholder: str = "", default: str = "") -> QLineEdit:
    edit = QLineEdit(default, parent)
    edit.setPlaceholderText(placeholder)
    return edit


def choice(parent: QWidget, options: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox(parent)
    for text, data in options:
        box.addItem(text, data)
    return box


def set_options(box: QComboBox, options: list[tuple[str, Any]]) -> None:
    """Replace a choice's options, keeping what was chosen if it is still offered."""
    kept = box.currentData()
    box.clear()
    for text, data in options:
        box.addItem(text, data)
    if kept is not None and box.findData(kept) >= 0:
        box.setCurrentIndex(box.findData(kept))


def named(name: str, active: bool) -> str:
    """A scheme's name in a choice, marked when it is switched off."""
    return name if active else tr("{name} (off)").format(name=name)


def opt_text(n: int | None, unit: str = "") -> str:
    return "—" if n is None else f"{QLocale().toString(n)}{unit}"


def days_text(n: int | None) -> str:
    return "—" if n is None else tr("{n} days").format(n=QLocale().toString(n))


def checks(parent: QWidget, options: list[tuple[str, Any]]) -> QListWidget:
    """A short list of check boxes (Space ticks the highlighted one)."""
    box = QListWidget(parent)
    for text, data in options:
        row = QListWidgetItem(text, box)
        row.setData(Qt.ItemDataRole.UserRole, data)
        row.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        row.setCheckState(Qt.CheckState.Unchecked)
    box.setMaximumHeight(110)
    return box
