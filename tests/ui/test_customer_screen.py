"""The customer screen: what it shows in each state, widget by widget, and nothing else.

It never shows a staff control, another member's data, the family name, phone or e-mail;
the 0–10 answer is stored exactly as F6 stores it; the next scan takes the question away
and stores nothing; an outside write refreshes it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit

from loyalty_pos.domain.changes import FROM_OUTSIDE
from loyalty_pos.domain.names import given_name, name_order
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui.customer.window import IDLE, MEMBER, THANKS, VISIT
from loyalty_pos.ui.feedback_dialog import FeedbackDialog
from loyalty_pos.ui.formatting import format_money
from loyalty_pos.ui.main_window import MainWindow
from loyalty_pos.ui.settings_dialog import SettingsDialog

PRIVATE = ("Kovács", "+36 30 123 4567", "eva@example.hu", "123 4567")


@pytest.fixture
def screen_on(services: Services) -> None:
    services.display.customer.write(
        {"customer_screen": "on", "customer_line": "Ask for your loyalty card!"}
    )
    services.shop.set("shop_name", "Café Tisza")


@pytest.fixture
def counter(qtbot, services: Services, screen_on) -> MainWindow:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    w.scan_filter.uninstall()


def customer(counter: MainWindow):
    window = counter.customer.window
    assert window is not None
    return window


def staff_controls(window) -> list:
    """Anything a customer could type into or press other than the 0–10 buttons."""
    page = window.pages.currentWidget()
    found = []
    for kind in (QLineEdit, QTextEdit, QPlainTextEdit):
        found += [w for w in page.findChildren(kind) if w.isVisibleTo(page)]
    scores = set(window.question.buttons)
    found += [
        b for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page) and b not in scores
    ]
    return found


def assert_private(window) -> None:
    text = " ".join(window.texts())
    for secret in PRIVATE:
        assert secret not in text
    assert staff_controls(window) == []


def feedback_rows(services: Services) -> list[tuple]:
    return [
        tuple(r)
        for r in services.db.execute(
            "SELECT visit_id, member_id, score, comment, staff_id FROM feedback ORDER BY id"
        )
    ]


def test_the_given_name_follows_the_shops_name_order():
    assert given_name("Kovács Éva", name_order("en", "HUF")) == "Éva"
    assert given_name("Nguyễn Văn Đức", name_order("vi", "VND")) == "Đức"
    assert given_name("Kari Ødegård", name_order("nb", "NOK")) == "Kari"
    assert given_name("Dr. Kovács Éva", "hu") == "Éva"
    assert given_name("Cher", "hu") == "Cher"
    assert given_name("", "en") == ""


def test_it_is_off_unless_the_owner_switches_it_on(qtbot, window):
    assert window.customer.window is None


def test_idle_shows_the_shop_and_the_owners_line(counter):
    window = customer(counter)
    assert window.isVisible()
    assert window.state == IDLE
    assert window.shop_name.text() == "Café Tisza"
    assert window.line.text() == "Ask for your loyalty card!"
    assert window.texts() == ["Café Tisza", "Ask for your loyalty card!"]
    assert_private(window)


def test_after_a_scan_the_given_name_and_the_cards(counter, cashier, services, member, coffee):
    services.checkout.confirm(
        member.id, CheckoutRequest(amount=0, stamp_items={coffee.id: 3}), "r1"
    )
    cashier.scan(counter.search, member.card_number)
    window = customer(counter)
    assert counter.current_member.id == member.id
    counter.visit_form.rows[0].items.setValue(0)  # no visit yet: the member page
    counter.customer.follow.follow_visit()
    assert window.state == MEMBER
    assert window.hello.text() == "Hello, Éva!"
    assert window.member_summary.lines == ["Coffee: 3 of 10"]
    assert "●●●○○○○○○○" in window.texts()
    assert_private(window)


def test_during_the_checkout_it_follows_the_counters_preview(counter, cashier, member):
    cashier.scan(counter.search, member.card_number)
    counter.visit_form.amount.setText("1500")
    counter.visit_form.refresh_preview()
    counter.customer.follow.follow_visit()
    window = customer(counter)
    assert window.state == VISIT
    assert window.bill.due.text() == counter.visit_form.totals.cash_due.text()
    assert window.bill.due.text() == format_money(1500, "HUF")
    assert window.bill.earned.text() == "This visit earns: Coffee +1"
    assert_private(window)
    counter.visit_form.amount.setText("2000")  # the customer sees each change
    counter.customer.follow.follow_visit()
    assert window.bill.due.text() == format_money(2000, "HUF")


def test_after_confirm_one_tap_is_stored_as_f6_stores_it(qtbot, counter, cashier, services, member):
    cashier.scan(counter.search, member.card_number)
    counter.visit_form.confirm()
    window = customer(counter)
    assert window.state == THANKS
    assert window.thanks.text() == "Thank you, Éva!"
    assert window.thanks_summary.lines == ["Coffee: 1 of 10"]
    assert window.asking
    assert_private(window)
    first = counter.customer.follow.visit_id
    window.question.buttons[9].click()
    assert not window.asking
    assert "Thank you for your answer!" in window.texts()
    assert feedback_rows(services) == [(first, member.id, 9, "", services.actor.staff_id)]
    # F6 on the next visit stores the same row shape
    cashier.scan(counter.search, member.card_number)
    counter.visit_form.confirm()
    second = counter.customer.follow.visit_id
    dialog = FeedbackDialog(services.feedback, second, counter, ops=counter.ops)
    qtbot.addWidget(dialog)
    dialog.choose(9)
    dialog.save()
    assert feedback_rows(services)[1] == (second, member.id, 9, "", services.actor.staff_id)


def test_a_scan_for_the_next_customer_clears_the_question_and_stores_nothing(
    counter, cashier, services, member
):
    other = services.members.enroll(MemberInput("Nagy Ödön", phone="+36 20 912 3456"))
    cashier.scan(counter.search, member.card_number)
    counter.visit_form.confirm()
    window = customer(counter)
    assert window.asking
    cashier.scan(counter.search, other.card_number)
    assert not window.asking
    assert window.state in (MEMBER, VISIT)
    text = " ".join(window.texts())
    assert "Éva" not in text and "Kovács" not in text  # no other member's data
    assert "Ödön" in text and "Nagy" not in text and "912" not in text
    assert feedback_rows(services) == []
    window.question.buttons[10].click()  # a late tap on a hidden question: nothing
    assert feedback_rows(services) == []


def test_the_same_card_scanned_again_also_clears_the_question(counter, cashier, services, member):
    cashier.scan(counter.search, member.card_number)
    counter.visit_form.confirm()
    window = customer(counter)
    assert window.asking
    cashier.scan(counter.search, member.card_number)
    assert not window.asking
    assert feedback_rows(services) == []


def test_esc_at_the_counter_brings_back_the_idle_page(counter, cashier, member):
    cashier.scan(counter.search, member.card_number)
    counter.next_customer()
    assert customer(counter).state == IDLE


def test_an_outside_write_refreshes_it(qtbot, counter, cashier, services, member, coffee, db_path):
    cashier.scan(counter.search, member.card_number)
    counter.visit_form.rows[0].items.setValue(0)
    counter.customer.follow.follow_visit()
    window = customer(counter)
    assert window.member_summary.lines == ["Coffee: 0 of 10"]
    other = Services.open(db_path, clock=services.clock)
    try:
        other.checkout.confirm(
            member.id, CheckoutRequest(amount=0, stamp_items={coffee.id: 2}), "r2"
        )
    finally:
        other.close()
    counter.ops.publish(FROM_OUTSIDE)  # what the watch publishes within a second
    qtbot.waitUntil(lambda: window.member_summary.lines == ["Coffee: 2 of 10"], timeout=3000)


def test_the_owners_line_changed_in_settings_shows_at_once(qtbot, counter, services):
    dialog = SettingsDialog(services, counter, ops=counter.ops)
    qtbot.addWidget(dialog)
    dialog.customer_line.setText("Stamps double on Mondays")
    dialog.save()
    assert customer(counter).line.text() == "Stamps double on Mondays"


def test_settings_saved_and_restored(qtbot, window, services):
    dialog = SettingsDialog(services, window, ops=window.ops)
    qtbot.addWidget(dialog)
    assert not dialog.customer_screen.isChecked()
    dialog.customer_screen.setChecked(True)
    dialog.customer_line.setText("Ask for your card!")
    dialog.save()
    saved = services.display.customer.get()
    assert saved.on and saved.line == "Ask for your card!" and saved.webcam == ""
    assert window.customer.window is not None  # switched on: it opened
    again = SettingsDialog(services, window, ops=window.ops)
    qtbot.addWidget(again)
    assert again.customer_screen.isChecked()
    assert again.customer_line.text() == "Ask for your card!"
    assert again.webcam.currentData() == ""
    again.customer_screen.setChecked(False)
    again.save()
    assert window.customer.window is None


def test_a_line_too_long_is_refused_and_nothing_is_saved(qtbot, window, services):
    dialog = SettingsDialog(services, window, ops=window.ops)
    qtbot.addWidget(dialog)
    dialog.shop_name.setText("Renamed")
    dialog.customer_line.setMaxLength(1000)
    dialog.customer_line.setText("x" * 200)
    dialog.save()
    assert "120" in dialog.error.text()
    assert services.shop.all()["shop_name"] != "Renamed"
    assert services.display.customer.get().line == ""
