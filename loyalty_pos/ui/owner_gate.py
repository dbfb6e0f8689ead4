"""The one gate in front of every owner screen and action.

    if not require_owner(self, self.services):
        return

Programs, settings, staff, reports, manual adjustments, exports, backups and restore,
card design and printing all start with this call. It returns True at once while an
owner session is open (a right owner PIN less than ``owner_idle_minutes`` ago, five by
default, counted from the last owner screen opened); otherwise it asks an owner's PIN.
A shop from before PINs existed has no owner PIN yet: the first owner screen asks the
owner to choose one. Switching the cashier (F11) closes the session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ..services import Services
from .pin_dialog import NewPinDialog, PinDialog

CONTEXT = "OwnerGate"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def require_owner(parent: QWidget | None, services: Services) -> bool:
    """True if the owner may go on: a session is open, or an owner typed their PIN."""
    staff = services.staff
    if staff.owner_session_open():
        staff.touch_owner_session()
        return True
    owners = staff.owners()
    if not owners:
        return False
    if staff.owner_pin_missing():
        owner = owners[0]

        def save(pin: str) -> None:
            staff.set_pin(owner.id, pin)
            staff.open_owner_session(owner.id, pin)

        dialog = NewPinDialog(
            tr("Owner PIN"),
            tr(
                "Owner screens are protected by a PIN from now on. {name}, choose a PIN "
                "of 4 to 8 digits (cashiers must not know it)."
            ).format(name=owner.name),
            save,
            parent,
        )
        return dialog.exec() == QDialog.DialogCode.Accepted
    current = staff.actor.staff_id
    ordered = sorted(owners, key=lambda o: o.id != current)  # the owner at the till first
    dialog = PinDialog(
        tr("Owner only"),
        tr("This is for the owner. Owner's PIN:"),
        [(o.id, o.name) for o in ordered],
        lambda staff_id, pin: staff.open_owner_session(staff_id, pin),
        parent,
    )
    return dialog.exec() == QDialog.DialogCode.Accepted
