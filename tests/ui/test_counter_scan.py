"""Scanning anywhere in the counter window; typing still reaches the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt

from loyalty_pos.domain.validation import MemberInput


def test_scan_with_focus_in_search_box_opens_member_and_leaves_box_empty(
    qtbot, cashier, window, member
):
    window.search.setFocus()
    with qtbot.waitSignal(window.member_shown, timeout=1000) as shown:
        cashier.scan(window.search, member.card_number)
    assert shown.args == [member.id]
    assert window.current_member.id == member.id
    assert window.panel.name.text() == "Kovács Éva"
    assert window.search.text() == ""


def test_scan_into_notes_field_does_not_type_into_notes(qtbot, cashier, window, member, services):
    other = services.members.enroll(MemberInput("Nguyễn Văn Đức", phone="+84 90 123 4567"))
    window.open_member_id(other.id)
    window.panel.notes.setPlainText("likes tea")
    window.panel.notes.setFocus()
    cashier.scan(window.panel.notes, member.card_number)
    assert window.current_member.id == member.id
    assert member.card_number not in window.panel.notes.toPlainText()
    # The cashier's note is kept for that member; the scanned digits went nowhere.
    assert services.members.view(other.id).notes == "likes tea"


def test_scan_into_spin_box_opens_member_and_spin_keeps_its_value(
    qtbot, cashier, window, member, services
):
    other = services.members.enroll(MemberInput("Kari Ødegård", email="kari@example.no"))
    window.open_member_id(other.id)
    spin = window.visit_form.rows[0].items
    assert spin.value() == 1
    cashier.scan(spin, member.card_number)
    assert window.current_member.id == member.id
    new_spin = window.visit_form.rows[0].items
    assert new_spin.value() == 1
    assert services.members.view(member.id).card_for("Coffee").stamps == 0
    assert services.members.view(other.id).card_for("Coffee").stamps == 0


def test_qr_payload_scan_opens_member(qtbot, cashier, window, member):
    cashier.scan(window.search, "LP" + member.card_number)
    assert window.current_member is not None
    assert window.current_member.id == member.id


def test_after_scan_focus_is_on_first_item_count_with_one_selected(qtbot, cashier, window, member):
    cashier.scan(window.search, member.card_number)
    spin = window.visit_form.rows[0].items
    assert cashier.focused() is spin
    assert spin.value() == 1
    assert spin.lineEdit().selectedText() == "1"


def test_human_typing_reaches_the_search_box(qtbot, cashier, window, member):
    cashier.slow_typing(window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "kovacs")
    # The last key waits for the scanner threshold before it is delivered.
    qtbot.waitUntil(lambda: window.search.text() == "kovacs", timeout=1000)
    assert window.current_member is None
    assert window.results.count() == 1


def test_fast_typing_without_enter_is_delivered_after_the_pause(qtbot, window, member):
    window.search.setFocus()
    qtbot.keyClicks(window.search, "kov")
    assert window.search.text() == ""  # held: might be the start of a scan
    qtbot.waitUntil(lambda: window.search.text() == "kov", timeout=1000)


def test_human_typing_in_notes_keeps_order(qtbot, cashier, window, member):
    window.open_member_id(member.id)
    cashier.slow_typing(window)
    window.panel.notes.setFocus()
    qtbot.keyClicks(window.panel.notes, "oat milk 2")
    window.scan_filter.flush()
    assert window.panel.notes.toPlainText() == "oat milk 2"


def test_human_typed_card_number_and_enter_in_search_opens_member(qtbot, cashier, window, member):
    cashier.slow_typing(window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, member.card_number)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_member is not None
    assert window.current_member.id == member.id


def test_search_by_name_then_arrows_and_enter_open_the_member(qtbot, window, member, services):
    second = services.members.enroll(MemberInput("Kovács Péter", phone="+36 20 555 0101"))
    window.search.setFocus()
    window.search.setText("kovacs")
    window.search.textEdited.emit("kovacs")
    assert window.results.count() == 2
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    chosen = window.results.current_member_id()
    assert chosen in (member.id, second.id)
    assert window.results.currentRow() == 1
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_member.id == chosen


def test_scan_in_enroll_dialog_lands_in_its_card_field(qtbot, cashier, window, unassigned_card):
    window.enroll()
    dialog = window.enroll_dialog
    qtbot.waitExposed(dialog)
    dialog.card.setFocus()
    cashier.scan(dialog.card, unassigned_card)
    assert dialog.card.text() == unassigned_card
    assert dialog.isVisible()  # the scanner's Enter did not submit the form
    assert window.current_member is None
    # A misread card (wrong check digit) is refused and leaves the card as it was.
    cashier.scan(dialog.card, "2900012345676")
    assert dialog.card.text() == unassigned_card
    dialog.reject()


def test_scan_of_another_member_replaces_the_open_one(qtbot, cashier, window, member, services):
    other = services.members.enroll(MemberInput("Szabó Anna", phone="+36 70 111 2222"))
    cashier.scan(window.search, member.card_number)
    cashier.scan(cashier.focused(), other.card_number)
    assert window.current_member.id == other.id
    assert window.panel.name.text() == "Szabó Anna"


def test_every_counter_action_shows_its_key(window):
    labels = [b.text() for b in window.shortcuts.buttons.values()]
    for key in ("F2", "F3", "F4", "F5", "Enter", "F8", "Esc", "Ctrl+S", "F9"):
        assert any(label.startswith(key + "  ") for label in labels), key
    assert "(Enter)" in window.visit_form.confirm_button.text()


def test_tab_goes_from_search_to_results_to_the_item_counts(qtbot, window, cashier, member):
    window.open_member_id(member.id)
    window.search.setFocus()
    cashier.press(Qt.Key.Key_Tab)
    assert cashier.focused() is window.results
    cashier.press(Qt.Key.Key_Tab)
    assert cashier.focused() is window.visit_form.rows[0].items
    # Then the checkout's amount and codes (a punch-card-only shop), and Confirm.
    for field in ("amount", "coupon", "gift_card", "confirm_button"):
        cashier.press(Qt.Key.Key_Tab)
        assert cashier.focused() is getattr(window.visit_form, field), field


def test_f2_puts_the_cursor_in_search(window, cashier, member):
    cashier.scan(window.search, member.card_number)
    assert cashier.focused() is not window.search
    cashier.press(Qt.Key.Key_F2)
    assert cashier.focused() is window.search


def test_held_typing_lands_before_a_shortcut_runs(qtbot, window, cashier):
    window.search.setFocus()
    qtbot.keyClicks(window.search, "ab")  # fast: held as a possible scan
    cashier.press(Qt.Key.Key_F3, window.search)
    assert window.search.text() == "ab"
    assert window.enroll_dialog.name.text() == "ab"  # F3 saw the typed name
    window.enroll_dialog.reject()


def test_held_typing_lands_before_tab_moves_on(qtbot, window, cashier):
    window.search.setFocus()
    qtbot.keyClicks(window.search, "ab")
    cashier.press(Qt.Key.Key_Tab, window.search)
    assert window.search.text() == "ab"
    assert cashier.focused() is window.results


def test_notes_typed_before_the_next_scan_are_kept(window, cashier, services, member):
    """A cashier types a note, then scans the next customer without pressing Ctrl+S."""
    other = services.members.enroll(MemberInput("Trần Thị Hương", phone="+84 90 765 4321"))
    cashier.scan(window.search, member.card_number)
    window.panel.notes.setFocus()
    window.panel.notes.setPlainText("oat milk")  # what the cashier typed
    cashier.scan(window.panel.notes, other.card_number)
    assert window.current_member.id == other.id
    assert services.members.view(member.id).notes == "oat milk"
    assert services.members.view(other.id).notes == ""
    window.panel.notes.setPlainText("pays by card")
    cashier.press(Qt.Key.Key_Escape, window.search)
    assert services.members.view(other.id).notes == "pays by card"
