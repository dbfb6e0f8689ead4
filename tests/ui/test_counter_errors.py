"""Bad scans and failures: a large message, and nothing changes."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt

from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.startup import StartupReport
from loyalty_pos.ui.theme import Tone


def test_wrong_check_digit_shows_message_and_stamps_nobody(
    window, cashier, services, member, mistyped
):
    cashier.scan(window.search, mistyped(member.card_number))
    assert window.banner.tone == Tone.ERROR
    assert "Wrong check digit" in window.banner.text()
    # Nobody was open, and a misread card opens nobody: Enter and Confirm stamp no card.
    # (With a member open, the member and the visit stay: see test_stray_scan.py.)
    assert window.current_member is None
    assert not window.visit_form.confirm_button.isEnabled()
    cashier.slow_typing(window)
    cashier.press(Qt.Key.Key_Return, window.search)
    window.visit_form.confirm_button.click()
    assert services.members.view(member.id).visit_count == 0


def test_garbage_scan_is_refused(window, cashier, member):
    cashier.scan(window.search, "HELLO-WORLD-123")
    assert window.banner.tone == Tone.ERROR
    assert "not a card code" in window.banner.text()
    assert window.current_member is None
    assert window.search.text() == ""


def test_unknown_card_offers_f3_enroll_with_that_card(
    qtbot, window, cashier, services, coffee, unassigned_card
):
    cashier.scan(window.search, unassigned_card)
    assert window.banner.tone == Tone.ERROR
    assert window.banner.action_text() == "F3: Enroll with this card"
    cashier.press(Qt.Key.Key_F3)
    dialog = window.enroll_dialog
    qtbot.waitExposed(dialog)
    assert dialog.card.text() == unassigned_card
    dialog.name.setText("Lê Thị Hoa")
    dialog.submit()
    assert services.members.lookup(unassigned_card).name == "Lê Thị Hoa"
    assert window.current_member.name == "Lê Thị Hoa"
    assert window.current_member.card_number == unassigned_card


def test_blocked_member_is_refused(window, cashier, services, member):
    services.members.set_blocked(member.id, True)
    cashier.scan(window.search, member.card_number)
    assert window.banner.tone == Tone.ERROR
    assert "blocked" in window.banner.text()
    assert window.current_member is None


def test_unexpected_error_becomes_a_banner_not_a_crash(window, cashier, services, member, caplog):
    def broken(raw):
        raise RuntimeError("disk on fire")

    services.members.lookup = broken
    with caplog.at_level(logging.ERROR):
        cashier.scan(window.search, member.card_number)
    assert window.banner.tone == Tone.ERROR
    assert "disk on fire" in window.banner.text()
    assert "unexpected error" in caplog.text


def test_unexpected_error_while_recording_is_shown(window, cashier, services, member):
    cashier.scan(window.search, member.card_number)

    def broken(*args, **kwargs):
        raise OSError("database is locked")

    services.checkout.confirm = broken  # the counter confirms through the checkout
    cashier.press(Qt.Key.Key_Return)
    assert window.banner.tone == Tone.ERROR
    assert "database is locked" in window.banner.text()
    assert window.visit_form.confirm_button.isEnabled()  # the cashier can retry


def test_search_with_no_hit_offers_enroll_with_the_name(qtbot, window, cashier, coffee):
    window.search.setText("Zoltán Új")
    cashier.press(Qt.Key.Key_Return, window.search)
    assert window.banner.tone == Tone.ERROR
    assert window.banner.action_text() == "F3: Enroll new member"
    cashier.press(Qt.Key.Key_F3)
    assert window.enroll_dialog.name.text() == "Zoltán Új"
    window.enroll_dialog.reject()


def test_search_finds_without_diacritics(window, services, coffee):
    services.members.enroll(MemberInput("Kari Ødegård", phone="+47 912 34 567"))
    window.search.setText("odegard")
    window.search.textEdited.emit("odegard")
    assert window.results.count() == 1
    assert "Kari Ødegård" in window.results.item(0).text()


def test_after_start_backs_up_on_its_own_thread(qtbot, window, services):
    with qtbot.waitSignal(window.startup_jobs.finished, timeout=5000) as done:
        window.after_start()
    report = done.args[0]
    assert report.ok, report
    assert report.backup is not None and report.backup.exists()
    assert window.startup_jobs.thread is not None
    assert window.startup_jobs.thread.name == "startup-jobs"
    assert "Backup saved" in window.statusBar().currentMessage()


def test_after_start_failure_is_shown_not_raised(qtbot, window, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("no space left")

    monkeypatch.setattr("loyalty_pos.ui.startup_jobs.run_startup_jobs", broken)
    with qtbot.waitSignal(window.startup_jobs.finished, timeout=5000):
        window.after_start()
    assert "no space left" in window.statusBar().currentMessage()
    assert window.banner.tone == Tone.ERROR


def test_after_start_reports_database_problems(qtbot, window, monkeypatch):
    monkeypatch.setattr(
        "loyalty_pos.ui.startup_jobs.run_startup_jobs",
        lambda *a, **k: StartupReport(problems=["balance 7 but ledger sums to 3"]),
    )
    with qtbot.waitSignal(window.startup_jobs.finished, timeout=5000):
        window.after_start()
    assert "ledger sums to 3" in window.banner.text()
