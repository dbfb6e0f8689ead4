"""F11 at the till: who is working now. F11, then the person's digit: two keystrokes.

A person with a PIN types it next (and Enter); one without is switched at once. Every
visit and ledger row from then on is recorded against the new person. A scan here is
refused: its first digit must not pick a person, nor its digits count as a wrong PIN.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from ..l10n import message
from ..services import Services
from ..services.staff import StaffMember
from . import theme
from .ops import Ops
from .pin_dialog import pin_field, scan_is_no_pin
from .scan_route import ScanReply, refused

log = logging.getLogger(__name__)
MAX_LISTED = 9


class CashierSwitch(QDialog):
    """Numbered list of staff; a digit picks, a PIN (if set) confirms."""

    switched_to = Signal(object)  # StaffMember: who is at the till now

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops or Ops.detached()
        self.setWindowTitle(self.tr("Switch cashier"))
        theme.apply(self)
        self.people: list[StaffMember] = services.staff.list(active_only=True)[:MAX_LISTED]
        self.picked: StaffMember | None = None
        self.switched: StaffMember | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Who is at the till? Press their number."), self)
        theme.set_font(title, theme.BANNER_PT, bold=True)
        layout.addWidget(title)
        self.list = QListWidget(self)
        current = services.actor.staff_id
        for n, person in enumerate(self.people, start=1):
            mark = self.tr(" (now)") if person.id == current else ""
            role = self.tr("owner") if person.is_owner else self.tr("cashier")
            self.list.addItem(f"{n}   {person.name} · {role}{mark}")
        theme.set_font(self.list, theme.CARD_TITLE_PT)
        self.list.setMinimumHeight(min(9, len(self.people)) * 44 + 10)
        self.list.itemActivated.connect(lambda _i: self.pick(self.list.currentRow()))
        layout.addWidget(self.list)
        self.pin_label = QLabel("", self)
        self.pin: QLineEdit = pin_field(self)
        self.pin.returnPressed.connect(self.submit)
        self.pin_label.hide()
        self.pin.hide()
        layout.addWidget(self.pin_label)
        layout.addWidget(self.pin)
        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        hint = QLabel(self.tr("Esc: cancel"), self)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.list.installEventFilter(self)
        self.list.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """A digit on the list picks that person (the list would search for it)."""
        if obj is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if self.picked is None and text.isdigit() and text != "0":
                self.pick(int(text) - 1)
                return True
        return super().eventFilter(obj, event)

    def take_scan(self, code: str) -> ScanReply:
        """Refused: nobody is switched, no PIN try is counted."""
        if self.pin.isVisible():
            return scan_is_no_pin()
        return refused(
            self.tr("A scan can't choose a cashier: nobody was switched. Press their number.")
        )

    def pick(self, index: int) -> None:
        if not 0 <= index < len(self.people):
            return
        person = self.people[index]
        self.list.setCurrentRow(index)
        locked = self.services.staff.lock_refusal(person)
        if locked is not None:  # told now, not after a PIN that would not be checked
            self.picked = None
            self._refused(message(locked))
            return
        self.picked = person
        if person.has_pin:
            self.pin_label.setText(
                self.tr("{name}, your PIN (then Enter):").format(name=person.name)
            )
            self.pin_label.show()
            self.pin.show()
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            self.list.setEnabled(False)
            return
        self.submit()

    def submit(self) -> None:
        person = self.picked
        if person is None:
            return
        pin = self.pin.text() or None
        done = self.ops.run(
            self,
            lambda: self.services.staff.switch(person.id, pin),
            on_error=self._refused,
            unexpected=self.tr("Unexpected error: {error}"),
        )
        if done is None:
            return
        self.switched = done.value
        self.switched_to.emit(done.value)
        self.accept()

    def _refused(self, text: str) -> None:
        self.error.setText(text)
        self.pin.clear()
