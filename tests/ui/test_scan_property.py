"""Property: whatever a person types and whenever a scanner fires, in whichever dialog,
no digit of a scanner's burst ever lands in a field.

The filter's clock is driven by the test: a person's keys come 200 ms apart, a
scanner's 4 ms apart (after the pause since the person's last key), then Enter. The
person types letters only, so any new digit in a field can only be a scan's.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui.pin_dialog import PinDialog

PERSON_S = 0.2
SCANNER_S = 0.004


class KeyClock:
    """The scan filter's clock: each reading is one key, ``step`` after the last."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.step = PERSON_S

    def __call__(self) -> float:
        self.t += self.step
        return self.t


def _pin_prompt(w) -> QWidget:
    tries: list[str] = []
    dialog = PinDialog("Owner only", "PIN:", [(2, "Owner")], lambda _i, pin: tries.append(pin), w)
    dialog.tries = tries
    dialog.open()
    return dialog


def _feedback(w) -> QWidget:
    w.owner_actions.last_visit_id = w.property("visit_id")
    w.owner_actions.ask_feedback()
    return w.owner_actions.feedback_dialog


DIALOGS: dict[str, Callable] = {
    "F3 enrol": lambda w: (w.enroll(), w.enroll_dialog)[1],
    "F4 edit": lambda w: (w.edit_member(), w.enroll_dialog)[1],
    "F6 feedback": _feedback,
    "F7 refund": lambda w: (w.refund_visit(), w.refund_dialog)[1],
    "F8 void": lambda w: (w.void_visit(), w.void_dialog)[1],
    "F11 cashier": lambda w: (w.owner_actions.switch_cashier(), w.owner_actions.switch_dialog)[1],
    "Ctrl+G gift cards": lambda w: (w.rewards.gift_cards(), w.rewards.dialog)[1],
    "PIN prompt": _pin_prompt,
    "F12 2 settings": lambda w: (
        w.owner_actions.open_settings(),
        w.owner_actions.settings_dialog,
    )[1],
}

CODES = ("member", "qr", "product", "misread", "other digits")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
person = st.tuples(st.just("type"), st.text(alphabet=LETTERS, min_size=1, max_size=5))
scanner = st.tuples(
    st.just("scan"),
    st.sampled_from(CODES)
    | st.text(alphabet="0123456789", min_size=8, max_size=12),  # never a card's 13
)


def digits(text: str) -> str:
    return "".join(sorted(c for c in text if c.isdigit()))


def focus_in(dialog: QWidget) -> QWidget:
    focus = QApplication.focusWidget()
    return focus if focus is not None and focus.window() is dialog else dialog


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    which=st.sampled_from(list(DIALOGS)),
    steps=st.lists(person | scanner, min_size=1, max_size=6),
)
def test_no_digit_of_a_scan_reaches_a_field_in_any_dialog(
    qtbot, window, services, member, shop, owner_signed_in, mistyped, fields, which, steps
):
    if window.property("visit_id") is None:  # once per test: a visit to void, refund, rate
        result = services.checkout.confirm(member.id, CheckoutRequest(amount=4000), "prop-1")
        window.setProperty("visit_id", result.visit_id)
        window.open_code(member.card_number)
    codes = {
        "member": member.card_number,
        "qr": "LP" + member.card_number,
        "product": "5901234123457",
        "misread": mistyped(member.card_number),
    }
    clock = KeyClock()
    window.scan_filter.clock = clock
    dialog = DIALOGS[which](window)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    before = fields(dialog)
    try:
        for kind, value in steps:
            target = focus_in(dialog)
            if kind == "type":
                clock.step = PERSON_S
                qtbot.keyClicks(target, value)
                continue
            code = codes.get(value, value)
            clock.step = PERSON_S  # the pause since the person's last key
            qtbot.keyClick(target, code[0])
            clock.step = SCANNER_S
            qtbot.keyClicks(target, code[1:])
            qtbot.keyClick(target, Qt.Key.Key_Return)
            clock.step = PERSON_S
        window.scan_filter.flush()
        assert dialog.isVisible()  # no scan's Enter submitted it
        for name, text in fields(dialog).items():
            assert digits(text) == digits(before.get(name, "")), (name, text)
        assert getattr(dialog, "tries", []) == []  # the PIN prompt was never submitted
    finally:
        for child in dialog.findChildren(QDialog):
            child.reject()
        if isinstance(dialog, QDialog):
            dialog.reject()
