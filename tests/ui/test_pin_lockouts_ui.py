"""The owner's sign-in after wrong PINs and with an old short PIN, driven like a person:
the one-time notice, the offer to lengthen (taken or skipped), and unlocking a cashier
on the staff screen."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from loyalty_pos.domain.pins import hash_pin, new_salt
from loyalty_pos.store.staff import StaffStore
from loyalty_pos.ui.pin_dialog import NewPinDialog, PinDialog
from loyalty_pos.ui.staff_dialog import StaffDialog

OWNER = 2


def answer_modals(steps: list, seen: list[str]) -> None:
    """Answer the modal dialogs in turn as they open: each step is (kind, action).

    A ``PinDialog`` step types its PIN and presses OK; a ``NewPinDialog`` step types
    its PIN twice; a ``QMessageBox`` step records the text and clicks the button with
    the text given. ``seen`` gets each message box's object name and text.
    """
    todo = list(steps)

    def act() -> None:
        if not todo:
            return
        kind, answer = todo[0]
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, act)
            return
        todo.pop(0)
        if isinstance(dialog, QMessageBox):
            seen.append(f"{dialog.objectName()}: {dialog.text()}")
            [button] = [b for b in dialog.buttons() if b.text() == answer]
            button.click()
        elif isinstance(dialog, NewPinDialog):
            dialog.pin.setText(answer)
            dialog.again.setText(answer)
            dialog.submit()
        else:
            dialog.pin.setText(answer)
            dialog.submit()
        QTimer.singleShot(10, act)

    QTimer.singleShot(0, act)


def old_short_owner_pin(services) -> None:
    """An owner PIN set before the 6-digit rule (the rule refuses it now)."""
    salt = new_salt()
    StaffStore(services.db).set_pin(OWNER, hash_pin("1234", salt), salt)


def test_an_old_four_digit_owner_pin_signs_in_and_is_lengthened(qtbot, window, services):
    old_short_owner_pin(services)
    seen: list[str] = []
    answer_modals(
        [(PinDialog, "1234"), (QMessageBox, "Choose now"), (NewPinDialog, "864200")], seen
    )
    window.actions_by_key["F10"].trigger()
    qtbot.waitUntil(lambda: window.owner_actions.reports_dialog is not None)
    assert window.owner_actions.reports_dialog.isVisible()
    [prompt] = seen
    assert prompt.startswith("lengthenPin:") and "shorter than 6 digits" in prompt
    assert services.staff.verify(OWNER, "864200")
    assert not services.staff.verify(OWNER, "1234")


def test_the_offer_to_lengthen_can_wait(qtbot, window, services):
    old_short_owner_pin(services)
    seen: list[str] = []
    answer_modals([(PinDialog, "1234"), (QMessageBox, "Later")], seen)
    window.actions_by_key["F10"].trigger()
    qtbot.waitUntil(lambda: window.owner_actions.reports_dialog is not None)
    assert window.owner_actions.reports_dialog.isVisible()
    assert len(seen) == 1 and services.staff.verify(OWNER, "1234")  # still the old PIN


def test_the_owner_is_told_of_wrong_pins_once(qtbot, window, services, clock):
    services.staff.set_pin(OWNER, "246810")
    anna = services.staff.add("Anna", "cashier", "2580")
    for _ in range(5):
        assert not services.staff.verify(anna.id, "1111")  # the fifth locks her
    seen: list[str] = []
    answer_modals([(PinDialog, "246810"), (QMessageBox, "OK")], seen)
    window.actions_by_key["F10"].trigger()
    qtbot.waitUntil(lambda: window.owner_actions.reports_dialog is not None)
    [notice] = seen
    until = (clock() + timedelta(minutes=5)).strftime("%H:%M")
    assert notice == (
        "pinNotice: Wrong PINs for Anna since your last sign-in: 5. "
        f"Anna's PIN is locked until {until}."
    )
    window.owner_actions.reports_dialog.reject()
    services.staff.close_owner_session()
    again: list[str] = []
    answer_modals([(PinDialog, "246810")], again)
    window.actions_by_key["F10"].trigger()
    qtbot.waitUntil(lambda: window.owner_actions.reports_dialog.isVisible())
    assert again == []  # told once


def test_the_owner_unlocks_a_cashier_on_the_staff_screen(qtbot, services, clock):
    anna = services.staff.add("Anna", "cashier", "2580")
    for _ in range(4):
        for _ in range(5):
            services.staff.verify(anna.id, "1111")
        clock.advance(hours=2)
    dialog = StaffDialog(services)
    qtbot.addWidget(dialog)
    row = [dialog.list.item(i).text() for i in range(dialog.list.count())].index(
        "Anna · cashier · PIN · PIN locked"
    )
    dialog.list.setCurrentRow(row)
    assert "until you unlock it" in dialog.pin_state.text()
    assert dialog.unlock_button.isEnabled()
    dialog.unlock_button.click()  # or Ctrl+U
    assert services.staff.verify(anna.id, "2580")
    assert not dialog.unlock_button.isEnabled()
    assert "PIN locked" not in dialog.list.currentItem().text()


def test_the_staff_screen_refuses_a_short_owner_pin_and_changes_nothing(qtbot, services):
    dialog = StaffDialog(services)
    qtbot.addWidget(dialog)
    dialog.new_person()
    dialog.name.setText("Bea")
    dialog.role.setCurrentIndex(dialog.role.findData("owner"))
    dialog.pin.setText("1234")
    dialog.save()
    assert "6 to 8 digits" in dialog.error.text()
    assert [p.name for p in services.staff.list()] == ["Owner", "Cashier"]


def test_f11_tells_a_locked_cashier_at_once_without_asking_a_pin(qtbot, services):
    import contextlib

    from loyalty_pos.domain.errors import Refused
    from loyalty_pos.ui.cashier_switch import CashierSwitch

    anna = services.staff.add("Anna", "cashier", "2580")
    for _ in range(5):
        with contextlib.suppress(Refused):  # the fifth wrong PIN says it locked
            services.staff.verify(anna.id, "0000")
    dialog = CashierSwitch(services)
    qtbot.addWidget(dialog)
    index = [p.id for p in dialog.people].index(anna.id)
    dialog.pick(index)
    assert "locked out" in dialog.error.text()
    assert dialog.picked is None and dialog.pin.isHidden()
    assert services.actor.staff_id != anna.id
