"""The owner's staff screen: people, their role, whether they work here, their PIN.

A PIN field left empty keeps the current PIN. A person locked out by wrong PINs shows
it, and "Unlock PIN" lets them try again (the only way out of the lock for good that
follows the third timed lock; a new PIN lifts it too). Rules (names unique, at least
one owner, PIN format, 6 digits for an owner's new PIN) are ``StaffService``'s; this
screen shows its answer under the form. The list, the buttons and the error path are
``ListFormDialog``'s: a save runs through ``Ops``, and the list follows the change bus.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from ..domain.pins import OWNER_PIN_MIN, PIN_MAX, PIN_MIN, check_pin_format
from ..l10n import format_time
from ..services import Services
from ..services.staff import StaffMember
from .button_row import push_button
from .list_form import Entry, ListFormDialog, Texts
from .ops import Ops
from .pin_dialog import pin_field


class StaffDialog(ListFormDialog):
    KIND = "staff"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, ops: Ops | None = None
    ) -> None:
        super().__init__(parent, ops=ops, changes=services.changes)
        self.services = services
        self.editing: StaffMember | None = None
        self.setWindowTitle(self.tr("Staff"))
        self.resize(980, 560)

        self.name = QLineEdit(self)
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Cashier"), "cashier")
        self.role.addItem(self.tr("Owner"), "owner")
        self.active = QCheckBox(self.tr("Works here"), self)
        self.active.setChecked(True)
        self.pin = pin_field(self)
        self.pin_state = QLabel("", self)
        self.pin_state.setObjectName("hint")
        self.pin_state.setWordWrap(True)
        self.unlock_button = push_button(
            self, self.tr("Unlock PIN (Ctrl+U)"), self.unlock, key="Ctrl+U"
        )
        self.unlock_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.active)
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow("", self.pin_state)
        form.addRow("", self.unlock_button)
        texts = Texts(
            new=self.tr("New person (Ctrl+N)"),
            save=self.tr("Save (Ctrl+S)"),
            close=self.tr("Close (Esc)"),
        )
        self.build(form, texts, on_close=self.accept)
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        self._picked(self.list.currentItem())

    def entries(self) -> list[Entry]:
        found = []
        for person in self.services.staff.list():
            role = self.tr("owner") if person.is_owner else self.tr("cashier")
            pin = self.tr("PIN") if person.has_pin else self.tr("no PIN")
            text = f"{person.name} · {role} · {pin}"
            if person.has_pin and person.locked(self.services.staff.clock()):
                text += " · " + self.tr("PIN locked")
            if not person.active:
                text += " · " + self.tr("left")
            found.append(Entry(text, person.id, person.id))
        return found

    def first_field(self) -> QWidget:
        return self.name

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        """A row picked edits that person (re-read); none left starts a new one."""
        if item is None:
            self.new_entry()
        else:
            super()._picked(item)

    def new_person(self) -> None:
        self.new_entry()

    def edit(self, person_id: int | None) -> None:
        if person_id is None:
            self.editing = None
            self.heading.setText(self.tr("New person"))
            self.name.clear()
            self.role.setCurrentIndex(0)
            self.active.setChecked(True)
            self.pin.clear()
            self.pin_state.setText(self.tr("A PIN is optional for cashiers."))
            self.unlock_button.setEnabled(False)
            return
        person = self.editing = self.services.staff.get(person_id)
        self.heading.setText(person.name)
        self.name.setText(person.name)
        self.role.setCurrentIndex(self.role.findData(person.role))
        self.active.setChecked(person.active)
        self.pin.clear()
        self.pin_state.setText(self._pin_words(person))
        self.unlock_button.setEnabled(person.locked(self.services.staff.clock()))

    def _pin_words(self, person: StaffMember) -> str:
        """Whether the person has a PIN, how long an owner's new one must be, any lock."""
        if not person.has_pin:
            return self.tr("No PIN: switches at the till without one.")
        digits = OWNER_PIN_MIN if person.is_owner else PIN_MIN
        text = self.tr("Has a PIN; leave empty to keep it. A new one has {min} to {max} digits.")
        text = text.format(min=digits, max=PIN_MAX)
        now = self.services.staff.clock()
        if person.locked_for_good:
            text += " " + self.tr("Locked after too many wrong PINs until you unlock it.")
        elif person.locked_until is not None and person.locked_until > now:
            until = format_time(person.locked_until.astimezone(now.tzinfo))
            text += " " + self.tr("Locked after wrong PINs until {time}.").format(time=until)
        return text

    def unlock(self) -> None:
        """Let a locked-out person try their PIN again (audited as the owner's act)."""
        person = self.editing
        if person is not None:
            self.run(lambda: self.services.staff.unlock(person.id), self.saved_person)

    def save(self) -> None:
        staff = self.services.staff
        editing = self.editing
        name, role, active = self.name.text(), self.role.currentData(), self.active.isChecked()
        pin = self.pin.text() or None

        def write() -> StaffMember:
            if pin is not None:  # before anything is written: a short owner PIN changes nothing
                check_pin_format(pin, owner=role == "owner")
            if editing is None:
                return staff.add(name, role, pin)
            person = staff.update(editing.id, name, role, active)
            return person if pin is None else staff.set_pin(person.id, pin)

        self.run(write, lambda person: self.saved_person(person))

    def saved_person(self, person: StaffMember) -> None:
        self.reload(select_id=person.id)
        self._picked(self.list.currentItem())
