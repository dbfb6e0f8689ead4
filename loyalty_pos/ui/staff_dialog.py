"""The owner's staff screen: people, their role, whether they work here, their PIN.

A PIN field left empty keeps the current PIN. Rules (names unique, at least one owner,
PIN format) are ``StaffService``'s; this screen shows its answer under the form.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..l10n import message
from ..services import Services
from ..services.staff import StaffMember
from . import theme
from .keys import press_with
from .pin_dialog import pin_field

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole


class StaffDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.editing: StaffMember | None = None
        self.setWindowTitle(self.tr("Staff"))
        theme.apply(self)
        self.resize(980, 560)
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(self._picked)
        new_button = QPushButton(self.tr("New person (Ctrl+N)"), self)
        new_button.setAutoDefault(False)
        new_button.clicked.connect(self.new_person)

        self.name = QLineEdit(self)
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Cashier"), "cashier")
        self.role.addItem(self.tr("Owner"), "owner")
        self.active = QCheckBox(self.tr("Works here"), self)
        self.active.setChecked(True)
        self.pin = pin_field(self)
        self.pin_state = QLabel("", self)
        self.pin_state.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.active)
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow("", self.pin_state)
        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.heading = QLabel("", self)
        theme.set_font(self.heading, theme.CARD_TITLE_PT, bold=True)
        save = QPushButton(self.tr("Save (Ctrl+S)"), self)
        save.setObjectName("primary")
        save.clicked.connect(self.save)
        close = QPushButton(self.tr("Close (Esc)"), self)
        press_with("Ctrl+N", new_button, self)
        press_with("Ctrl+S", save, self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(new_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(form)
        right.addWidget(self.error)
        right.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(save)
        right.addLayout(buttons)
        body = QHBoxLayout(self)
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for person in self.services.staff.list():
            role = self.tr("owner") if person.is_owner else self.tr("cashier")
            pin = self.tr("PIN") if person.has_pin else self.tr("no PIN")
            text = f"{person.name} · {role} · {pin}"
            if not person.active:
                text += " · " + self.tr("left")
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, person.id)
            if person.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._picked(self.list.currentItem())

    def _picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.error.clear()
        if item is None:
            self.new_person()
            return
        person = self.services.staff.get(item.data(ID_ROLE))
        self.editing = person
        self.heading.setText(person.name)
        self.name.setText(person.name)
        self.role.setCurrentIndex(self.role.findData(person.role))
        self.active.setChecked(person.active)
        self.pin.clear()
        self.pin_state.setText(
            self.tr("Has a PIN; leave empty to keep it.")
            if person.has_pin
            else self.tr("No PIN: switches at the till without one.")
        )

    def new_person(self) -> None:
        self.editing = None
        self.list.clearSelection()
        self.heading.setText(self.tr("New person"))
        self.name.clear()
        self.role.setCurrentIndex(0)
        self.active.setChecked(True)
        self.pin.clear()
        self.pin_state.setText(self.tr("A PIN is optional for cashiers."))
        self.name.setFocus()

    def save(self) -> None:
        staff = self.services.staff
        pin = self.pin.text() or None
        try:
            if self.editing is None:
                person = staff.add(self.name.text(), self.role.currentData(), pin)
            else:
                person = staff.update(
                    self.editing.id,
                    self.name.text(),
                    self.role.currentData(),
                    self.active.isChecked(),
                )
                if pin is not None:
                    person = staff.set_pin(person.id, pin)
        except UserError as err:
            self.error.setText(message(err))
            return
        except Exception as err:
            log.exception("saving staff")
            self.error.setText(self.tr("Unexpected error: {error}").format(error=err))
            return
        self.reload(select=person.id)
        self.error.setText("")
