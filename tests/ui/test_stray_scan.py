"""A stray scan keeps the visit: what the testers found.

Scan a member, type 1500, scan a product's barcode (or a misread card): the member used
to close and the amount to go back to 0. A code that is not this member's card now
shows its message and leaves the member, the amount and the ticked items as they were.
Another member's card still opens that member, but asks first when the visit has input;
Enter (and Esc) keep the visit.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.ui.sounds import REFUSED, TAKEN
from loyalty_pos.ui.theme import Tone

PRODUCT = "5901234123457"


@pytest.fixture
def other(services, coffee):
    return services.members.enroll(MemberInput("Szabó Anna", phone="+36 70 111 2222"))


@pytest.fixture
def visit(qtbot, window, cashier, member, shop):
    """Kovács Éva open, 1 500 typed as the amount, a latte picked, credit ticked."""
    cashier.scan(window.search, member.card_number)
    form = window.visit_form
    form.amount.setText("1500")
    form.items.set_quantity(shop["latte"].id, 2)
    form.refresh_preview()
    return window


def entered(window) -> tuple:
    form = window.visit_form
    return (
        window.current_member.id if window.current_member else None,
        form.amount.minor(),  # "1500" shows as "1 500" once the field loses the focus
        form.items.quantities(),
        [r.items.value() for r in form.rows],
        [(o.kind, o.ref) for o in form.offers.ticked()],
        form.coupon.text(),
        form.gift_card.text(),
    )


def stray_codes(member, mistyped, unassigned_card, services) -> dict[str, str]:
    services.members.enroll(MemberInput("Blocked Bob", phone="+36 1 999 0000"))
    blocked = services.members.search("Blocked Bob")[0]
    services.members.set_blocked(blocked.id, True)
    return {
        "a product's barcode": PRODUCT,
        "a misread card": mistyped(member.card_number),
        "an unknown card": unassigned_card,
        "a blocked member's card": blocked.card_number,
        "too short": "12345678",
    }


@pytest.mark.parametrize(
    "what",
    [
        "a product's barcode",
        "a misread card",
        "an unknown card",
        "a blocked member's card",
        "too short",
    ],
)
def test_a_stray_scan_keeps_the_member_the_amount_and_the_items(
    visit, cashier, services, member, mistyped, unassigned_card, what
):
    code = stray_codes(member, mistyped, unassigned_card, services)[what]
    before = entered(visit)
    assert before[1] == 1500  # HUF: no minor unit
    focus = cashier.focused()
    cashier.scan(focus, code)
    assert entered(visit) == before
    assert visit.banner.tone == Tone.ERROR
    assert cashier.focused() is focus
    assert visit.sounds.player.played[-1] == REFUSED
    assert visit.visit_form.confirm_button.isEnabled()


def test_an_unknown_card_with_a_visit_open_still_offers_f3(visit, cashier, unassigned_card):
    cashier.scan(cashier.focused(), unassigned_card)
    assert visit.banner.action_text() == "F3: Enroll with this card"
    assert visit.current_member is not None


def test_a_stray_scan_before_any_card_keeps_the_amount(window, cashier):
    """A checkout without a member (a gift card sale, a coupon) keeps its amount too."""
    window.visit_form.amount.setText("2400")
    cashier.scan(window.visit_form.amount, PRODUCT)
    assert window.visit_form.amount.text() == "2400"
    assert window.current_member is None


def test_the_same_members_card_again_keeps_the_visit(visit, cashier, member):
    before = entered(visit)
    cashier.scan(cashier.focused(), member.card_number)
    assert entered(visit) == before
    assert "already" in visit.banner.text()
    assert visit.sounds.player.played[-1] == TAKEN


def test_another_card_right_after_the_first_opens_without_a_question(
    window, cashier, member, other
):
    """The "1" a new visit pre-fills is not input: no question between two scans."""
    cashier.scan(window.search, member.card_number)
    cashier.scan(cashier.focused(), other.card_number)
    assert window.current_member.id == other.id
    assert window.visit_question is None


def test_a_suggested_usual_item_is_not_input_either(window, cashier, services, member, other, shop):
    """The member's usual item pre-filled after the scan is a suggestion, not the
    cashier's input: the next card opens without a question."""
    from loyalty_pos.services.checkout import CheckoutRequest

    for n in range(2):
        services.checkout.confirm(
            member.id, CheckoutRequest(amount=1200, items={shop["latte"].id: 1}), f"u{n}"
        )
    cashier.scan(window.search, member.card_number)
    assert window.visit_form.items.usual() is not None  # pre-filled as the usual
    cashier.scan(cashier.focused(), other.card_number)
    assert window.current_member.id == other.id
    assert window.visit_question is None


def question(window):
    box = window.visit_question
    assert box is not None and box.isVisible()
    return box


def test_another_members_card_asks_and_enter_keeps_the_visit(
    qtbot, visit, cashier, services, other, database_rows
):
    before = entered(visit)
    rows = database_rows()
    cashier.scan(cashier.focused(), other.card_number)
    box = question(visit)
    assert entered(visit) == before  # nothing changed while it asks
    assert "Kovács Éva" in box.heading.text()
    assert "Szabó Anna" in box.question.text()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow, timeout=2000)
    cashier.slow_typing(visit)
    cashier.press(Qt.Key.Key_Return)  # the default: keep
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert entered(visit) == before
    assert database_rows() == rows
    assert "Kept the visit of Kovács Éva" in visit.banner.text()


def test_another_members_card_esc_keeps_the_visit(qtbot, visit, cashier, other):
    before = entered(visit)
    cashier.scan(cashier.focused(), other.card_number)
    box = question(visit)
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow, timeout=2000)
    cashier.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert entered(visit) == before


def test_another_members_card_opens_them_when_the_cashier_says_so(
    qtbot, visit, cashier, other, services, member
):
    cashier.scan(cashier.focused(), other.card_number)
    box = question(visit)
    assert "Szabó Anna" in box.switch.text()
    box.switch.click()
    qtbot.waitUntil(lambda: visit.current_member.id == other.id, timeout=2000)
    assert visit.visit_form.amount.minor() is None
    assert services.members.view(member.id).visit_count == 0  # nothing was confirmed


def test_a_scan_into_the_question_is_refused_and_answers_nothing(
    qtbot, visit, cashier, other, member
):
    before = entered(visit)
    cashier.scan(cashier.focused(), other.card_number)
    box = question(visit)
    cashier.scan(box, other.card_number)
    assert box.isVisible()
    assert visit.sounds.player.played[-1] == REFUSED
    box.reject()
    assert entered(visit) == before
