"""Enrolment and the owner's programs screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from loyalty_pos.domain.programs import RewardKind


def open_enroll(qtbot, window, cashier):
    cashier.press(Qt.Key.Key_F3, window.search)
    dialog = window.enroll_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_enroll_with_all_fields_opens_the_new_member(qtbot, window, cashier, services, coffee):
    dialog = open_enroll(qtbot, window, cashier)
    dialog.name.setText("Nguyễn Văn Đức")  # QTest cannot type letters beyond Latin-1
    dialog.phone.setText("+84 90 123 4567")
    dialog.email.setText("duc@example.vn")
    dialog.birthday.setText("1990-05-01")
    dialog.consent_email.setChecked(True)
    dialog.consent_sms.setChecked(True)
    dialog.notes.setPlainText("Iced coffee")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter = the default button
    assert not dialog.isVisible()
    hits = services.members.search("duc")
    assert [h.name for h in hits] == ["Nguyễn Văn Đức"]
    view = services.members.view(hits[0].id)
    assert (view.email, view.birthday, view.marketing_consent, view.notes) == (
        "duc@example.vn",
        "1990-05-01",
        True,
        "Iced coffee",
    )
    assert view.card_number  # a number was generated
    assert window.current_member.id == view.id
    assert "Welcome, Nguyễn Văn Đức" in window.banner.text()
    assert services.consents.current(view.id) == {"email": True, "sms": True, "post": False}
    assert {e["source"] for e in services.consents.history(view.id)} == {"counter"}


def test_enroll_without_birthday_and_consent_no(qtbot, window, cashier, services):
    dialog = open_enroll(qtbot, window, cashier)
    dialog.name.setText("Szabó Anna")
    dialog.submit()
    view = window.current_member
    assert view.birthday is None and view.marketing_consent is False
    assert services.members.view(view.id).name == "Szabó Anna"


def test_consent_boxes_start_unticked_and_each_is_an_answer(qtbot, window, cashier, services):
    """Silence is not consent: nothing is ticked for the cashier, and a box left
    unticked is recorded as a "no" on that channel, with the wording version shown."""
    dialog = open_enroll(qtbot, window, cashier)
    assert not any(box.isChecked() for box in dialog.consent_boxes.values())
    dialog.name.setText("Szabó Anna")
    dialog.consent_post.setChecked(True)
    dialog.submit()
    member_id = window.current_member.id
    assert services.consents.current(member_id) == {"email": False, "sms": False, "post": True}
    assert all(e["wording_version"] for e in services.consents.history(member_id))


def test_validation_errors_are_shown_in_the_dialog(qtbot, window, cashier, services):
    dialog = open_enroll(qtbot, window, cashier)
    dialog.submit()
    assert dialog.isVisible() and "name is required" in dialog.error.text()
    dialog.name.setText("Anna")
    dialog.email.setText("not-an-email")
    dialog.submit()
    assert "not an e-mail address" in dialog.error.text()
    dialog.email.setText("")
    dialog.birthday.setText("1990-13-45")
    dialog.submit()
    assert "is not a date" in dialog.error.text()
    assert services.members.search("anna") == []


def test_duplicate_phone_offers_open_existing(qtbot, window, cashier, services, member):
    dialog = open_enroll(qtbot, window, cashier)
    dialog.name.setText("Éva Kovács")
    dialog.phone.setText("+36 30 123 4567")
    dialog.submit()
    assert dialog.duplicate_box.isVisible()
    assert dialog.open_existing.text() == "Open Kovács Éva (Enter)"
    qtbot.mouseClick(dialog.open_existing, Qt.MouseButton.LeftButton)
    assert window.current_member.id == member.id
    assert len(services.members.search("kovacs")) == 1  # nobody new


def test_duplicate_phone_enroll_anyway(qtbot, window, cashier, services, member):
    dialog = open_enroll(qtbot, window, cashier)
    dialog.name.setText("Kovács Éva Jr")
    dialog.phone.setText("+36 30 123 4567")
    dialog.submit()
    qtbot.mouseClick(dialog.enroll_anyway, Qt.MouseButton.LeftButton)
    assert len(services.members.search("kovacs")) == 2
    assert window.current_member.name == "Kovács Éva Jr"


def test_programs_screen_adds_a_discount_program(
    qtbot, window, cashier, services, member, owner_signed_in
):
    window.open_member_id(member.id)
    cashier.press(Qt.Key.Key_F9)
    dialog = window.programs_dialog
    qtbot.waitExposed(dialog)
    dialog.new_program()
    dialog.name.setText("Car wash")
    dialog.stamps_needed.setValue(5)
    dialog.reward_text.setText("Wash")
    dialog.reward_kind.setCurrentIndex(dialog.reward_kind.findData(RewardKind.FIXED_DISCOUNT))
    dialog.reward_value.setValue(1500)
    dialog.expiry_days.setValue(90)
    dialog.save()
    saved = next(p for p in services.programs.list() if p.name == "Car wash")
    assert (saved.stamps_needed, saved.reward_kind, saved.reward_value) == (
        5,
        RewardKind.FIXED_DISCOUNT,
        1500,  # HUF has no minor unit
    )
    assert saved.expiry_days == 90 and saved.per_day_limit is None
    dialog.reject()
    # The open member's counter now has the new card.
    assert [r.card.program for r in window.visit_form.rows] == ["Coffee", "Car wash"]


def open_programs(qtbot, window):
    """F9's screen, shown and active so that its shortcuts (Ctrl+O, Ctrl+S) reach it."""
    window.open_programs()
    dialog = window.programs_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def test_programs_screen_edits_and_switches_off(qtbot, window, services, coffee, owner_signed_in):
    dialog = open_programs(qtbot, window)
    dialog.list.setCurrentRow(0)
    assert dialog.name.text() == "Coffee"
    dialog.reward_text.setText("Free flat white")
    dialog.per_day_limit.setValue(3)
    qtbot.keyClick(dialog.name, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert services.programs.get(coffee.id).active is False
    assert dialog.list.item(0).text() == "Coffee (off)"
    assert "No member holds stamps or rewards on it." in dialog.notice.text()
    assert dialog.switch_button.text() == "Switch on (Ctrl+O)"
    # The edits typed before switching stay in the form and save with the card still off.
    assert dialog.reward_text.text() == "Free flat white"
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    p = services.programs.get(coffee.id)
    assert (p.reward_text, p.per_day_limit, p.active) == ("Free flat white", 3, False)
    qtbot.keyClick(dialog.name, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert services.programs.get(coffee.id).active is True
    assert dialog.list.item(0).text() == "Coffee"
    assert "on again" in dialog.notice.text()


def test_programs_screen_shows_service_validation(qtbot, window, services, coffee, owner_signed_in):
    window.open_programs()
    dialog = window.programs_dialog
    dialog.new_program()
    dialog.name.setText("Coffee")  # the name is taken
    dialog.reward_text.setText("x")
    dialog.save()
    assert dialog.error.isVisible() and "already exists" in dialog.error.text()
    assert len(services.programs.list()) == 1


def open_edit(qtbot, window, cashier):
    cashier.press(Qt.Key.Key_F4)
    dialog = window.enroll_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_f4_corrects_the_open_members_details(qtbot, window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    dialog = open_edit(qtbot, window, cashier)
    assert dialog.name.text() == "Kovács Éva" and dialog.email.text() == "eva@example.hu"
    # the stored answers (never asked), not a default
    assert not any(box.isChecked() for box in dialog.consent_boxes.values())
    dialog.consent_sms.setChecked(True)
    assert not dialog.card.isVisible()
    dialog.name.setText("Kovács-Szabó Éva")
    dialog.phone.setText("+36 20 999 8877")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter = the default button (Save)
    assert not dialog.isVisible()
    view = services.members.view(member.id)
    assert (view.name, view.phone) == ("Kovács-Szabó Éva", "+36209998877")
    assert view.card_number == member.card_number
    # only the answer that changed is a new row in the register
    assert [(e["channel"], e["answer"]) for e in services.consents.history(member.id)] == [
        ("sms", 1)
    ]
    assert window.panel.name.text() == "Kovács-Szabó Éva"
    assert [h.id for h in services.members.search("szabo")] == [member.id]
    assert services.members.search("123 4567") == []  # the old number no longer finds her


def test_f4_bad_input_stays_in_the_dialog_and_changes_nothing(
    qtbot, window, cashier, services, member
):
    cashier.scan(window.search, member.card_number)
    dialog = open_edit(qtbot, window, cashier)
    dialog.email.setText("not-an-email")
    dialog.submit()
    assert dialog.isVisible() and "not an e-mail" in dialog.error.text()
    cashier.press(Qt.Key.Key_Escape, dialog.name)
    assert not dialog.isVisible()
    assert services.members.view(member.id).email == "eva@example.hu"


def test_f4_without_a_member_says_what_to_do(window, cashier):
    cashier.press(Qt.Key.Key_F4, window.search)
    assert "Open a member first" in window.banner.text()
