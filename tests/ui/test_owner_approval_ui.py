"""Ctrl+G and F8 as a cashier drives them: a gift card is always confirmed with its value
in words, and above the owner's limit (or for a visit from an earlier day) the owner's
PIN is asked before anything is written."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.approvals import GIFT_CARD_LIMIT, VOID_LIMIT
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui.owner_approval import GiftCardConfirmDialog
from loyalty_pos.ui.pin_dialog import NewPinDialog, PinDialog
from loyalty_pos.ui.scan_filter import ScanFilter
from loyalty_pos.ui.scan_route import ScanNotice
from loyalty_pos.ui.settings_dialog import SettingsDialog

PIN = "123456"
CTRL = Qt.KeyboardModifier.ControlModifier


def gift_cards(services: Services) -> list[int]:
    return [r[0] for r in services.db.execute("SELECT initial_value FROM gift_cards")]


def approvals(services: Services) -> list[tuple[int, dict]]:
    return [
        (staff_id, json.loads(detail))
        for staff_id, detail in services.db.execute(
            "SELECT staff_id, detail FROM audit WHERE action = 'approval' ORDER BY id"
        )
    ]


def active(qtbot, dialog):
    """The dialog the cashier now looks at, shown and active."""
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def type_keys(qtbot, widget, text: str) -> None:
    """A person typing: machine-speed keys, then the pause that makes them typing."""
    qtbot.keyClicks(widget, text)
    ScanFilter.deliver_held()


def ring_up_gift_card(qtbot, window, cashier, amount: str):
    """Ctrl+G, the amount, Enter: returns the gift card screen with its confirmation."""
    cashier.press(Qt.Key.Key_G, modifier=CTRL)
    screen = active(qtbot, window.rewards.dialog)
    assert screen.amount.hasFocus()
    type_keys(qtbot, screen.amount, amount)
    cashier.press(Qt.Key.Key_Return)
    active(qtbot, screen.confirm_dialog)
    return screen


@pytest.fixture
def owner_pin(services: Services) -> None:
    services.staff.set_pin(OWNER_STAFF, PIN)


# Ctrl+G -----------------------------------------------------------------------------


def test_below_the_limit_the_cashier_only_confirms(qtbot, window, cashier, services, owner_pin):
    screen = ring_up_gift_card(qtbot, window, cashier, "5000")
    confirm = screen.confirm_dialog
    assert isinstance(confirm, GiftCardConfirmDialog)
    assert confirm.figures.text().replace("\u00a0", " ") == "5,000 Ft"
    assert confirm.words.text() == "five thousand forints"
    assert confirm.owner_note.isHidden()
    assert gift_cards(services) == []  # nothing before the confirmation
    cashier.press(Qt.Key.Key_Return)
    assert gift_cards(services) == [5000]
    assert screen.approval_dialog is None and approvals(services) == []


def test_above_the_limit_the_owners_pin_is_asked_and_recorded(
    qtbot, window, cashier, services, owner_pin
):
    screen = ring_up_gift_card(qtbot, window, cashier, "25000")
    confirm = screen.confirm_dialog
    assert confirm.words.text() == "twenty-five thousand forints"
    assert "owner's PIN comes next" in confirm.owner_note.text()
    assert "20,000" in confirm.owner_note.text()
    cashier.press(Qt.Key.Key_Return)
    pin = active(qtbot, screen.approval_dialog)
    assert isinstance(pin, PinDialog)
    assert pin.person.isHidden()  # one owner: no "Who" box (it sat over the prompt's corner)
    assert "twenty-five thousand forints" in pin.findChild(type(confirm.words)).text()
    assert gift_cards(services) == []  # confirmed, not yet approved
    type_keys(qtbot, pin.pin, "9999")
    cashier.press(Qt.Key.Key_Return)
    assert "Wrong PIN" in pin.error.text() and pin.isVisible()
    failed = services.db.execute("SELECT pin_failed FROM staff WHERE id = 2").fetchone()[0]
    assert failed == 1  # a wrong PIN counts as a failed try, as everywhere
    assert gift_cards(services) == []
    type_keys(qtbot, pin.pin, PIN)
    cashier.press(Qt.Key.Key_Return)
    assert not pin.isVisible()
    assert gift_cards(services) == [25000]
    [(owner, detail)] = approvals(services)
    assert owner == OWNER_STAFF and detail["how"] == "pin" and detail["amount"] == 25000
    assert services.staff.owner_session_open() is False  # approving opened no owner screens


def test_esc_at_the_owners_pin_sells_nothing(qtbot, window, cashier, services, owner_pin):
    screen = ring_up_gift_card(qtbot, window, cashier, "25000")
    cashier.press(Qt.Key.Key_Return)
    pin = active(qtbot, screen.approval_dialog)
    cashier.press(Qt.Key.Key_Escape)
    assert not pin.isVisible()
    assert gift_cards(services) == [] and approvals(services) == []


def test_a_scan_in_the_confirmation_sells_nothing(qtbot, window, cashier, services, member):
    screen = ring_up_gift_card(qtbot, window, cashier, "5000")
    confirm = screen.confirm_dialog
    cashier.scan(None, member.card_number)
    assert confirm.isVisible()
    assert gift_cards(services) == []
    [said] = [n for n in confirm.findChildren(ScanNotice) if n.isVisible()]
    assert "nothing was sold" in said.text()


def test_an_owner_signed_in_approves_without_a_pin(
    qtbot, window, cashier, services, owner_signed_in
):
    screen = ring_up_gift_card(qtbot, window, cashier, "25000")
    assert "approved by the owner" in screen.confirm_dialog.owner_note.text()
    cashier.press(Qt.Key.Key_Return)
    assert screen.approval_dialog is None
    assert gift_cards(services) == [25000]
    assert [d["how"] for _, d in approvals(services)] == ["session"]


def test_an_owner_without_a_pin_chooses_one_to_approve(qtbot, window, cashier, services):
    screen = ring_up_gift_card(qtbot, window, cashier, "25000")
    cashier.press(Qt.Key.Key_Return)
    choose = active(qtbot, screen.approval_dialog)
    assert isinstance(choose, NewPinDialog)
    type_keys(qtbot, choose.pin, "246800")
    type_keys(qtbot, choose.again, "246800")
    cashier.press(Qt.Key.Key_Return)
    assert gift_cards(services) == [25000]
    assert services.staff.verify(OWNER_STAFF, "246800")


# F8 ---------------------------------------------------------------------------------


def void_by_keyboard(qtbot, window, cashier, member, reason: str):
    """Scan the member, F8 on the latest visit, the reason, Enter."""
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_F8)
    dialog = active(qtbot, window.void_dialog)
    type_keys(qtbot, dialog.reason_edit, reason)
    return dialog


def test_voiding_todays_small_visit_needs_no_pin(
    qtbot, window, cashier, services, member, owner_pin
):
    services.checkout.confirm(member.id, CheckoutRequest(amount=3000), "today")
    dialog = void_by_keyboard(qtbot, window, cashier, member, "wrong customer")
    assert dialog.owner_note.isHidden()
    cashier.press(Qt.Key.Key_Return)
    assert services.members.view(member.id).recent_visits[0].voided
    assert window.approval_dialog is None and approvals(services) == []


def test_voiding_yesterdays_visit_needs_the_owners_pin(
    qtbot, window, cashier, services, member, clock, owner_pin
):
    clock.advance(days=-1)
    services.checkout.confirm(member.id, CheckoutRequest(amount=3000), "yesterday")
    clock.advance(days=1)
    dialog = void_by_keyboard(qtbot, window, cashier, member, "rung up twice")
    assert dialog.owner_note.isVisible()
    assert "owner's PIN is needed" in dialog.owner_note.text()
    assert "earlier day" in dialog.owner_note.text()
    cashier.press(Qt.Key.Key_Return)
    pin = active(qtbot, window.approval_dialog)
    assert isinstance(pin, PinDialog)
    assert not services.members.view(member.id).recent_visits[0].voided
    type_keys(qtbot, pin.pin, PIN)
    cashier.press(Qt.Key.Key_Return)
    assert services.members.view(member.id).recent_visits[0].voided
    [(owner, detail)] = approvals(services)
    assert owner == OWNER_STAFF and detail["act"] == "void" and detail["earlier_day"]
    assert detail["reason"] == "rung up twice"
    assert "Visit voided" in window.banner.text()


def test_esc_at_the_pin_voids_nothing(qtbot, window, cashier, services, member, clock, owner_pin):
    clock.advance(days=-2)
    services.checkout.confirm(member.id, CheckoutRequest(amount=3000), "old")
    clock.advance(days=2)
    void_by_keyboard(qtbot, window, cashier, member, "mistake")
    cashier.press(Qt.Key.Key_Return)
    pin = active(qtbot, window.approval_dialog)
    cashier.press(Qt.Key.Key_Escape)
    assert not pin.isVisible()
    assert not services.members.view(member.id).recent_visits[0].voided
    assert approvals(services) == []


def test_voiding_a_big_visit_from_today_needs_the_owners_pin(
    qtbot, window, cashier, services, member, owner_pin
):
    services.checkout.confirm(member.id, CheckoutRequest(amount=45000), "big")
    dialog = void_by_keyboard(qtbot, window, cashier, member, "card declined")
    assert "above the owner's limit" in dialog.owner_note.text()
    cashier.press(Qt.Key.Key_Return)
    assert isinstance(window.approval_dialog, PinDialog)
    assert not services.members.view(member.id).recent_visits[0].voided


# Settings ---------------------------------------------------------------------------


def test_the_owner_sets_the_limits_in_settings(
    qtbot, window, cashier, services, member, owner_signed_in
):
    dialog = SettingsDialog(services, window)
    qtbot.addWidget(dialog)
    assert dialog.gift_card_limit.value() == 20000 and dialog.void_limit.value() == 20000
    assert dialog.gift_card_limit.suffix() == " HUF" and dialog.gift_card_limit.decimals() == 0
    dialog.gift_card_limit.setValue(50000)
    dialog.save()
    assert services.approvals.limits() == {GIFT_CARD_LIMIT: 50000, VOID_LIMIT: 20000}
    assert services.settings.get(VOID_LIMIT) is None  # untouched: still the currency's
    assert SettingsDialog(services, window).gift_card_limit.value() == 50000
    services.staff.close_owner_session()
    screen = ring_up_gift_card(qtbot, window, cashier, "45000")  # now under the limit
    assert screen.confirm_dialog.owner_note.isHidden()
    cashier.press(Qt.Key.Key_Return)
    assert gift_cards(services) == [45000] and approvals(services) == []


def test_limits_in_a_currency_with_cents(qtbot, window, services, owner_signed_in):
    services.shop.set("currency", "EUR")
    dialog = SettingsDialog(services, window)
    qtbot.addWidget(dialog)
    assert dialog.void_limit.decimals() == 2 and dialog.void_limit.value() == 200.0
    dialog.void_limit.setValue(49.5)
    dialog.save()
    assert services.approvals.limit(VOID_LIMIT) == 4950
