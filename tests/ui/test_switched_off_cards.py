"""A switched-off punch card at the counter and on the owner's F9 screen, by keyboard.

The member keeps what they hold on it: a ready reward is still redeemed with F5 and
Enter; an unfinished card is shown greyed, marked switched off, with no item count to
type. The F9 screen says how many members hold what when the owner switches it off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.ui import theme
from loyalty_pos.ui.theme import Tone


def held(services, member, program_id: int) -> tuple[int, int]:
    b = services.checkout.ledger.balances(member.id)
    return b.get((program_id, Account.STAMPS), 0), b.get((program_id, Account.REWARDS), 0)


def test_f5_redeems_a_ready_reward_on_a_switched_off_card(
    qtbot, window, cashier, services, member, coffee
):
    tea = services.programs.add(StampProgram(0, "Tea", 5, "Free tea"))
    services.checkout.confirm(member.id, Req(stamp_items={coffee.id: 13}), "fill")
    services.programs.switch(coffee.id, False)
    cashier.scan(window.search, member.card_number)
    # The card is still on the panel, greyed and marked, with its reward ready.
    [off, on] = window.panel.card_widgets
    assert off.title.text() == "Coffee (switched off)" and on.title.text() == "Tea"
    assert off.reward.text() == "REWARD READY: Free coffee"
    assert off.off_note.text() == "Switched off: no new stamps on this card."
    assert off.off_note.isVisibleTo(off) and not on.off_note.isVisibleTo(on)
    assert off.circles.muted and off.circles.filled == 3
    # Only Tea takes an item count: Coffee gives no new stamps.
    assert [r.card.program for r in window.visit_form.rows] == ["Tea"]
    cashier.press(Qt.Key.Key_F5)
    assert window.banner.tone == Tone.REWARD
    assert "Free coffee" in window.banner.text()
    cashier.press(Qt.Key.Key_Return)
    assert held(services, member, coffee.id) == (3, 0)
    assert held(services, member, tea.id) == (1, 0)  # the pre-filled Tea item
    assert window.banner.text().startswith("GIVE: Free coffee")
    assert services.maintenance.check().ok
    # Afterwards the unfinished Coffee card stays, greyed, saying why it will not grow.
    off = window.panel.card_widgets[0]
    assert off.title.text() == "Coffee (switched off)"
    assert off.off_note.text() == "Switched off: no new stamps on this card."
    assert off.property("off") and not off.property("ready")
    grey = off.count.palette().color(QPalette.ColorRole.WindowText).name()
    assert grey == theme.colours().off_ink
    # The slip lists it too, marked, so the member knows why it stays at 3.
    slip = [(x.label, x.value) for x in window.printing.slip().lines]
    assert ("Coffee (switched off)", "3 / 10") in slip and ("Tea", "1 / 5") in slip


def test_f5_with_nothing_ready_on_the_switched_off_card_says_so(
    window, cashier, services, member, coffee
):
    services.checkout.confirm(member.id, Req(stamp_items={coffee.id: 4}), "some")
    services.programs.switch(coffee.id, False)
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_F5)
    assert window.banner.tone == Tone.ERROR
    assert "No reward is ready for Kovács Éva" in window.banner.text()
    assert held(services, member, coffee.id) == (4, 0)


def test_f9_tells_the_owner_what_members_keep(
    qtbot, window, cashier, services, member, coffee, owner_signed_in
):
    other = services.members.enroll(MemberInput("Szabó Anna", phone="+36 70 111 2222"))
    services.checkout.confirm(member.id, Req(stamp_items={coffee.id: 23}), "a")  # 3, 2 ready
    services.checkout.confirm(other.id, Req(stamp_items={coffee.id: 4}), "b")  # 4
    cashier.press(Qt.Key.Key_F9)
    dialog = window.programs_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert dialog.heading.text() == "Edit “Coffee”"
    assert dialog.switch_button.text() == "Switch off (Ctrl+O)"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    said = dialog.notice.text()
    assert "“Coffee” is switched off: it gives no new stamps" in said
    assert "Members keep their rewards ready (2 in all, held by 1)" in said
    assert "can still redeem them at the counter" in said
    assert "Unfinished cards (7 stamps in all, held by 2)" in said
    assert dialog.heading.text() == "Edit “Coffee” (switched off)"
    assert dialog.list.item(0).text() == "Coffee (off)"
    assert services.programs.get(coffee.id).active is False
    assert held(services, member, coffee.id) == (3, 2)  # nothing taken away
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
