"""Ringing up visits at the counter: stamp, complete, redeem, never twice, void."""

from __future__ import annotations

from PySide6.QtCore import Qt

from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.services import VisitLine
from loyalty_pos.ui.scan_filter import ScanFilter
from loyalty_pos.ui.theme import Tone


def coffee_card(services, member):
    return services.members.view(member.id).card_for("Coffee")


def test_scan_then_enter_gives_one_stamp(window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_Return)
    assert coffee_card(services, member).stamps == 1
    assert window.banner.tone == Tone.SUCCESS
    assert "+1 stamp · Coffee 1 / 10" in window.banner.text()
    assert cashier.focused() is window.search  # ready for the next scan
    assert window.visit_form.rows[0].items.value() == 0  # form reset
    assert "Coffee" in window.panel.visits.topLevelItem(0).text(1)


def test_typing_two_then_enter_gives_two_stamps(qtbot, window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    qtbot.keyClicks(cashier.focused(), "2")  # replaces the selected 1
    cashier.press(Qt.Key.Key_Return)
    assert coffee_card(services, member).stamps == 2
    assert "+2 stamps · Coffee 2 / 10" in window.banner.text()


def test_completing_a_card_says_reward_ready(qtbot, window, cashier, services, member, coffee):
    services.visits.record(member.id, [VisitLine(coffee.id, items=9)], "before")
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_Return)
    card = coffee_card(services, member)
    assert (card.stamps, card.rewards_ready) == (0, 1)
    assert "Card complete! Reward ready: Free coffee" in window.banner.text()
    cards = window.panel.card_widgets
    assert [c.reward.text() for c in cards] == ["REWARD READY: Free coffee"]
    assert cards[0].circles.filled == 0


def test_f5_redeems_the_ready_reward_and_says_what_to_give(
    window, cashier, services, member, coffee
):
    services.visits.record(member.id, [VisitLine(coffee.id, items=10)], "before")
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_F5)
    assert window.banner.tone == Tone.REWARD
    assert "Free coffee" in window.banner.text()
    cashier.press(Qt.Key.Key_Return)
    card = coffee_card(services, member)
    assert card.rewards_ready == 0
    assert card.stamps == 1  # the pre-filled item still earned its stamp
    assert window.banner.text().startswith("GIVE: Free coffee")
    assert window.banner.tone == Tone.REWARD


def test_f5_without_a_ready_reward_says_so_and_changes_nothing(window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_F5)
    assert window.banner.tone == Tone.ERROR
    assert "No reward is ready" in window.banner.text()
    assert coffee_card(services, member).rewards_ready == 0


def test_daily_limit_says_how_many_were_given(window, cashier, services, member):
    tea = services.programs.add(StampProgram(0, "Tea", 10, "Free tea", per_day_limit=1))
    window.open_member_id(member.id)
    row = next(r for r in window.visit_form.rows if r.card.program_id == tea.id)
    window.visit_form.rows[0].items.setValue(0)
    row.items.setValue(3)
    window.visit_form.confirm()
    assert services.members.view(member.id).card_for("Tea").stamps == 1
    assert window.banner.tone == Tone.WARNING
    assert "Daily limit: only 1 of 3 stamps given" in window.banner.text()


def test_double_enter_stamps_once(window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    spin = cashier.focused()
    cashier.press(Qt.Key.Key_Return)
    cashier.press(Qt.Key.Key_Return)  # wherever the focus went
    cashier.press(Qt.Key.Key_Return, spin)  # and once more on the old field
    assert coffee_card(services, member).stamps == 1
    assert services.members.view(member.id).visit_count == 1


def test_double_click_on_confirm_stamps_once(qtbot, window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    button = window.visit_form.confirm_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert coffee_card(services, member).stamps == 1
    assert window.banner.tone == Tone.INFO  # "already confirmed", not an error
    assert "already confirmed" in window.banner.text()


def test_confirm_while_writing_is_ignored_and_button_disabled(window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    form = window.visit_form
    real_confirm = services.checkout.confirm
    calls = []

    def slow_confirm(*args, **kwargs):
        calls.append(form.confirm_button.isEnabled())
        form.confirm()  # a second Enter arriving while the first is being written
        return real_confirm(*args, **kwargs)

    services.checkout.confirm = slow_confirm
    form.confirm()
    assert calls == [False]
    assert coffee_card(services, member).stamps == 1


def test_same_request_id_at_the_service_writes_nothing(window, cashier, services, member, coffee):
    cashier.scan(window.search, member.card_number)
    request_id = window.visit_form.request_id
    cashier.press(Qt.Key.Key_Return)
    again = services.visits.record(member.id, [VisitLine(coffee.id, items=1)], request_id)
    assert again.duplicate
    assert coffee_card(services, member).stamps == 1


def test_editing_after_a_confirm_starts_a_new_request(window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    first = window.visit_form.request_id
    cashier.press(Qt.Key.Key_Return)
    assert window.visit_form.request_id == first
    window.visit_form.rows[0].items.setValue(2)  # the cashier rings up more
    assert window.visit_form.request_id != first
    window.visit_form.confirm()
    assert coffee_card(services, member).stamps == 3


def test_nothing_to_confirm_is_shown_not_written(window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    window.visit_form.rows[0].items.setValue(0)
    window.visit_form.confirm()
    assert window.banner.tone == Tone.ERROR
    assert services.members.view(member.id).visit_count == 0


def test_void_with_reason_takes_the_stamps_back(qtbot, window, cashier, services, member, coffee):
    services.visits.record(member.id, [VisitLine(coffee.id, items=3)], "r1")
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_F8)
    dialog = window.void_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.void_button.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason_edit, "wrong customer")
    ScanFilter.deliver_held()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    view = services.members.view(member.id)
    assert view.card_for("Coffee").stamps == 0
    assert view.recent_visits[0].voided
    assert view.recent_visits[0].void_reason == "wrong customer"
    row = window.panel.visits.topLevelItem(0)
    assert row.font(1).strikeOut()
    assert "wrong customer" in row.text(1)


def test_void_of_a_visit_whose_reward_was_used_is_refused_in_the_banner(
    window, cashier, services, member, coffee
):
    first = services.visits.record(member.id, [VisitLine(coffee.id, items=10)], "r1")
    services.visits.record(member.id, [VisitLine(coffee.id, redeem=1)], "r2")
    window.open_member_id(member.id)
    # choose the older visit in the list
    for i in range(window.panel.visits.topLevelItemCount()):
        item = window.panel.visits.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) == first.visit_id:
            window.panel.visits.setCurrentItem(item)
    window.void_visit()
    window.void_dialog.reason_edit.setText("mistake")
    window.void_dialog.accept()
    assert window.banner.tone == Tone.ERROR
    assert "cannot be voided" in window.banner.text()
    assert services.members.view(member.id).card_for("Coffee").rewards_ready == 0


def test_escape_clears_the_member_for_the_next_customer(window, cashier, member):
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_Escape)
    assert window.current_member is None
    assert window.panel.currentWidget() is window.panel.prompt
    assert cashier.focused() is window.search


def test_notes_are_saved_with_ctrl_s(qtbot, window, cashier, services, member):
    window.open_member_id(member.id)
    window.panel.notes.setPlainText("oat milk")
    window.panel.notes.setFocus()
    qtbot.keyClick(window.panel.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.members.view(member.id).notes == "oat milk"
