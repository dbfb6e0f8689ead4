"""Enrolment by the customer: F3 puts the form on the customer screen, the customer types
on its on-screen keyboard and answers per channel, the cashier confirms at the counter."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from loyalty_pos.domain.cardnumber import make_card_number
from loyalty_pos.domain.changes import FROM_OUTSIDE
from loyalty_pos.services import Services
from loyalty_pos.ui.counter_enrol import TYPE_HERE, CustomerEnrolDialog
from loyalty_pos.ui.customer.enrol_page import EnrolPage
from loyalty_pos.ui.customer.window import ENROL, IDLE, MEMBER, VISIT
from loyalty_pos.ui.enroll_dialog import EnrollDialog
from loyalty_pos.ui.main_window import MainWindow


@pytest.fixture
def counter(qtbot, services: Services) -> MainWindow:
    services.display.customer.write({"customer_screen": "on"})
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    w.scan_filter.uninstall()


def start(counter: MainWindow) -> tuple[EnrolPage, CustomerEnrolDialog]:
    counter.enroll()  # F3
    window = counter.customer.window
    assert window.state == ENROL
    dialog = counter.customer.follow.enrol_dialog
    assert isinstance(dialog, CustomerEnrolDialog)
    page = window.pages.currentWidget()
    assert isinstance(page, EnrolPage)
    return page, dialog


def type_details(page: EnrolPage) -> None:
    page.keyboard.press("nagy anna")
    page.keyboard.done.emit()
    page.keyboard.press("+36301234567")
    page.keyboard.done.emit()
    page.keyboard.press("anna@example.hu")
    page.answers["email"].click()


def test_the_customer_types_and_answers_the_cashier_confirms(counter, services, coffee):
    page, dialog = start(counter)
    assert page.consents() == {"email": False, "sms": False, "post": False}  # nothing ticked
    type_details(page)
    assert page.values() == {
        "name": "Nagy Anna",  # each word starts with a capital by itself
        "phone": "+36301234567",
        "email": "anna@example.hu",
    }
    summary = dialog.summary.text()
    assert "Name: Nagy Anna" in summary and "anna@example.hu" in summary
    assert "Offers by e-mail: yes" in summary and "Offers by post: no" in summary
    dialog.confirm()
    member = counter.current_member
    assert member is not None and member.name == "Nagy Anna"
    assert member.email == "anna@example.hu"
    assert services.consents.current(member.id) == {"email": True, "sms": False, "post": False}
    sources = {row["source"] for row in services.consents.history(member.id)}
    assert sources == {"customer_screen"}
    window = counter.customer.window
    assert window.state in (MEMBER, VISIT)
    assert "Hello, Anna!" in window.texts()
    assert "Nagy" not in " ".join(window.texts())  # a forint shop: family name first


def test_esc_enrols_nobody_and_the_customer_screen_goes_back(counter, services, database_rows):
    before = database_rows()
    page, dialog = start(counter)
    type_details(page)
    dialog.reject()
    assert database_rows() == before
    assert counter.customer.window.state == IDLE
    assert counter.customer.follow.enrol_dialog is None


def test_f3_again_hands_over_to_the_counters_own_dialog(qtbot, counter):
    _page, dialog = start(counter)
    dialog.done(TYPE_HERE)
    assert isinstance(counter.enroll_dialog, EnrollDialog)
    assert counter.customer.window.state == IDLE
    counter.enroll_dialog.reject()


def test_a_blank_card_scanned_becomes_the_new_members_card(counter, services):
    page, dialog = start(counter)
    type_details(page)
    blank = make_card_number("29", 424242)
    reply = dialog.take_scan(blank)
    assert reply.taken
    dialog.confirm()
    assert counter.current_member.card_number == blank


def test_a_missing_name_is_refused_and_nothing_is_stored(counter, database_rows):
    before = database_rows()
    _page, dialog = start(counter)
    dialog.confirm()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text()
    assert database_rows() == before


def test_vietnamese_tone_marks_join_their_vowel(qtbot):
    page = EnrolPage("vi")
    qtbot.addWidget(page)
    page.keyboard.press("đ")
    page.keyboard.press("ư")
    page.keyboard.keys["◌\u0301"].click()
    page.keyboard.press("c")
    assert page.values()["name"] == "Đức"


def test_without_a_customer_screen_f3_opens_the_counters_dialog(window):
    window.enroll()
    assert isinstance(window.enroll_dialog, EnrollDialog)
    window.enroll_dialog.reject()


def test_news_on_the_bus_leaves_the_customer_typing(counter):
    page, dialog = start(counter)
    page.keyboard.press("nagy")
    counter.ops.publish(FROM_OUTSIDE)  # another till wrote: the counter re-reads
    counter.customer.follow.follow_visit()
    window = counter.customer.window
    assert window.state == ENROL and window.pages.currentWidget() is page
    assert page.values()["name"] == "Nagy"
    dialog.reject()
