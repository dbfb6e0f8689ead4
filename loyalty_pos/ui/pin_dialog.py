"""Asking for a PIN: the owner gate, cashier switching and first PINs use these.

The dialog only collects digits; whether they are right, and what a wrong one costs
(five in a row lock the person out), is ``StaffService``'s. A wrong PIN leaves the
dialog open with the service's message, so the person can try again or press Esc.

A scan is never a PIN: the prompts refuse it (``take_scan``) before any digit reaches
the field, so a card scanned at the wrong moment counts as no failed try and can't
lock the owner out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.pins import PIN_MAX
from . import theme
from .ops import Ops
from .scan_route import ScanReply, refused

log = logging.getLogger(__name__)


def pin_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), field))
    theme.set_font(field, theme.NAME_PT, bold=True)
    field.setMinimumWidth(220)
    return field


def scan_is_no_pin() -> ScanReply:
    """The PIN prompts' answer to a scan: refused, not counted as a try."""
    return refused(
        QCoreApplication.translate(
            "PinDialog", "A scan is not a PIN and was not counted as a try. Type the PIN."
        )
    )


def key_labels(buttons: QDialogButtonBox) -> None:
    """OK and Cancel with their keys, as every button shows its key."""
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    ok.setText(QCoreApplication.translate("PinDialog", "OK (Enter)"))
    cancel.setText(QCoreApplication.translate("PinDialog", "Cancel (Esc)"))


class PinDialog(QDialog):
    """A PIN field, optionally with a choice of person; ``check`` decides.

    ``check(staff_id, pin)`` raises ``UserError`` (shown inline) when the PIN is wrong
    or the person is locked out; returning means the PIN was right.
    """

    def __init__(
        self,
        title: str,
        prompt: str,
        people: list[tuple[int, str]],
        check: Callable[[int, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        theme.apply(self)
        self.check = check
        self.chosen: int | None = None
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        theme.set_font(label, theme.BANNER_PT, bold=True)
        layout.addWidget(label)
        form = QFormLayout()
        self.person = QComboBox(self)
        for staff_id, name in people:
            self.person.addItem(name, staff_id)
        if len(people) > 1:
            form.addRow(self.tr("Who"), self.person)
        else:
            self.person.hide()  # outside the layout it would sit over the prompt's corner
        self.pin = pin_field(self)
        form.addRow(self.tr("PIN"), self.pin)
        layout.addLayout(form)
        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        key_labels(buttons)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pin.setFocus()

    def take_scan(self, code: str) -> ScanReply:
        return scan_is_no_pin()

    def submit(self) -> None:
        staff_id = self.person.currentData()
        pin = self.pin.text()
        done = Ops.detached().run(  # nothing unexpected may crash the till
            self,
            lambda: self.check(staff_id, pin),
            on_error=self._refused,
            unexpected=self.tr("Unexpected error: {error}"),
        )
        if done is None:
            return
        self.chosen = staff_id
        self.accept()

    def _refused(self, text: str) -> None:
        self.error.setText(text)
        self.pin.clear()
        self.pin.setFocus()


class NewPinDialog(QDialog):
    """Choose a PIN: typed twice, so a slip of the finger does not lock the owner out."""

    def __init__(
        self, title: str, prompt: str, save: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        theme.apply(self)
        self.save = save
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.pin = pin_field(self)
        self.again = pin_field(self)
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("Once more"), self.again)
        layout.addLayout(form)
        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        key_labels(buttons)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pin.setFocus()

    def take_scan(self, code: str) -> ScanReply:
        return scan_is_no_pin()

    def submit(self) -> None:
        if self.pin.text() != self.again.text():
            self.error.setText(self.tr("The two PINs differ. Type the same PIN twice."))
            self.again.clear()
            self.again.setFocus()
            return
        pin = self.pin.text()
        done = Ops.detached().run(
            self,
            lambda: self.save(pin),
            on_error=self.error.setText,
            unexpected=self.tr("Unexpected error: {error}"),
        )
        if done is not None:
            self.accept()
