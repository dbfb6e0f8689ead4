"""The one gate in front of every owner screen and action.

    if not require_owner(self, self.services):
        return

Programs, settings, staff, reports, manual adjustments, exports, backups and restore,
card design and printing all start with this call. It returns True at once while an
owner session is open (a right owner PIN less than ``owner_idle_minutes`` ago, five by
default, counted from the last owner screen opened); otherwise it asks an owner's PIN.
A shop from before PINs existed has no owner PIN yet: the first owner screen asks the
owner to choose one. Switching the cashier (F11) closes the session.

After a right owner PIN the owner hears, once, of the wrong PINs typed since their last
sign-in and the locks they caused (``StaffService.sign_in_owner`` returns them; this
module only words them), and an owner PIN from before the 6-digit rule is offered a
longer one (skippable: "Later").
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..domain.pins import OWNER_PIN_MIN, PIN_MAX
from ..l10n import format_date, format_time
from ..services import Services
from ..services.staff import OwnerSignIn, PinTrouble
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
                "of {min} to {max} digits (cashiers must not know it)."
            ).format(name=owner.name, min=OWNER_PIN_MIN, max=PIN_MAX),
            save,
            parent,
        )
        return dialog.exec() == QDialog.DialogCode.Accepted
    current = staff.actor.staff_id
    ordered = sorted(owners, key=lambda o: o.id != current)  # the owner at the till first
    mark = staff.pin_mark()  # wrong tries in this prompt are the owner's own typing
    signed: list[OwnerSignIn] = []
    dialog = PinDialog(
        tr("Owner only"),
        tr("This is for the owner. Owner's PIN:"),
        [(o.id, o.name) for o in ordered],
        lambda staff_id, pin: signed.append(staff.sign_in_owner(staff_id, pin, mark)),
        parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    after_sign_in(parent, services, signed[-1])
    return True


def after_sign_in(parent: QWidget | None, services: Services, signed: OwnerSignIn) -> None:
    """The one-time notice of wrong PINs, then the offer to lengthen a short PIN."""
    if signed.troubles:
        now = services.staff.clock()
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Wrong PINs"), "", parent=parent)
        box.setObjectName("pinNotice")
        box.setText("\n".join(notice_line(t, now) for t in signed.troubles))
        box.exec()
    if not signed.short_pin:
        return
    box = QMessageBox(QMessageBox.Icon.Question, tr("Owner PIN"), "", parent=parent)
    box.setObjectName("lengthenPin")
    box.setText(
        tr(
            "Your owner PIN is shorter than {min} digits, easy to guess by trying. "
            "Choose a PIN of {min} to {max} digits now?"
        ).format(min=OWNER_PIN_MIN, max=PIN_MAX)
    )
    now = box.addButton(tr("Choose now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.exec()
    if box.clickedButton() is not now:
        return
    owner = signed.member
    NewPinDialog(
        tr("Owner PIN"),
        tr("{name}, choose a PIN of {min} to {max} digits (cashiers must not know it).").format(
            name=owner.name, min=OWNER_PIN_MIN, max=PIN_MAX
        ),
        lambda pin: services.staff.set_pin(owner.id, pin),
        parent,
    ).exec()


def notice_line(trouble: PinTrouble, now: datetime) -> str:
    """ "Wrong PINs for Anna since your last sign-in: 3. Anna's PIN is locked until 14:20." """
    line = tr("Wrong PINs for {name} since your last sign-in: {count}.").format(
        name=trouble.name, count=trouble.wrong
    )
    if trouble.locked_for_good:
        line += " " + tr(
            "{name}'s PIN is locked until an owner unlocks it on the staff screen."
        ).format(name=trouble.name)
    elif trouble.locked_until is not None:
        line += " " + tr("{name}'s PIN is locked until {time}.").format(
            name=trouble.name, time=_when(trouble.locked_until.astimezone(now.tzinfo), now)
        )
    return line


def _when(at: datetime, now: datetime) -> str:
    """A lock's end: its time of day, the date too when it is not today."""
    if at.date() == now.date():
        return format_time(at)
    return f"{format_date(at)} {format_time(at)}"
