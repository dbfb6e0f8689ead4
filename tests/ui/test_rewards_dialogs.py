"""The owner's coupon offers and gift card screens, driven from the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.ui.coupon_offers_dialog import open_coupon_offers
from loyalty_pos.ui.gift_cards_dialog import open_gift_cards


@pytest.fixture
def parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, text)


# Coupon offers ------------------------------------------------------------------------


def test_new_percent_offer_typed_and_saved_with_ctrl_s(shown, qtbot, parent, services):
    dialog = shown(open_coupon_offers(parent, services))
    assert dialog.heading.text() == "New coupon offer"
    qtbot.keyClicks(dialog.name, "Spring")
    dialog.kind.setCurrentIndex(dialog.kind.findData(RewardKind.PERCENT_DISCOUNT))
    type_into(qtbot, dialog.value, "10")
    type_into(qtbot, dialog.max_discount, "2000")
    type_into(qtbot, dialog.min_spend, "5000")
    type_into(qtbot, dialog.valid_to, "2026-05-31")
    type_into(qtbot, dialog.per_member, "1")
    type_into(qtbot, dialog.code, "spring-10")
    qtbot.keyClick(dialog.code, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.error.isVisible(), dialog.error.text()
    [offer] = services.coupons.list_offers()
    assert (offer.name, offer.kind, offer.value, offer.max_discount, offer.min_spend) == (
        "Spring", RewardKind.PERCENT_DISCOUNT, 10, 2000, 5000,
    )  # fmt: skip
    assert (offer.valid_to, offer.per_member_limit, offer.code) == (
        date(2026, 5, 31), 1, "SPRING-10",
    )  # fmt: skip
    assert dialog.list.currentItem().text() == "Spring: 10 % off, code SPRING-10"
    assert dialog.heading.text() == "Edit “Spring”"


def test_errors_are_shown_and_nothing_is_saved(shown, qtbot, parent, services):
    dialog = shown(open_coupon_offers(parent, services))
    dialog.save()
    assert dialog.error.isVisible() and "needs a name" in dialog.error.text()
    dialog.name.setText("Sale")
    dialog.valid_from.setText("tomorrow")
    dialog.save()
    assert "“tomorrow” is not a date" in dialog.error.text()
    dialog.valid_from.setText("")
    dialog.save()  # a fixed discount of 0
    assert "more than zero" in dialog.error.text()
    assert services.coupons.list_offers() == []


def test_next_visit_trigger_shows_its_spend_and_hides_the_shared_code(
    shown, qtbot, parent, services
):
    dialog = shown(open_coupon_offers(parent, services))
    assert dialog.code.isVisibleTo(dialog) and not dialog.trigger_spend.isVisibleTo(dialog)
    dialog.name.setText("Come back")
    dialog.value.setValue(500)
    dialog.trigger.setCurrentIndex(dialog.trigger.findData("next_visit"))
    assert dialog.trigger_spend.isVisibleTo(dialog) and not dialog.code.isVisibleTo(dialog)
    dialog.trigger_spend.setValue(3000)
    dialog.valid_days.setValue(30)
    dialog.save()
    [offer] = services.coupons.list_offers()
    assert (offer.trigger, offer.trigger_spend, offer.valid_days, offer.code) == (
        "next_visit", 3000, 30, None,
    )  # fmt: skip


def test_edit_switch_off_and_issue_a_code(shown, qtbot, parent, services):
    services.coupons.add_offer(CouponOffer(0, "Cake", RewardKind.FREE_ITEM))
    dialog = shown(open_coupon_offers(parent, services))
    assert dialog.name.text() == "Cake" and not dialog.value.isVisibleTo(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    code = dialog.issued.text().removeprefix("New code: ")
    assert services.coupons.resolve(code, None, 100).offer.name == "Cake"
    dialog.active.setChecked(False)
    dialog.save()
    assert dialog.list.currentItem().text() == "Cake: free item (off)"
    dialog.issue_code()
    assert "switched off" in dialog.error.text()


# Gift cards ---------------------------------------------------------------------------


def confirm_sale(qtbot, dialog) -> None:
    """Enter in the confirmation that every sale shows (the value in figures and words)."""
    confirm = dialog.confirm_dialog
    assert confirm is not None and confirm.isVisible()
    qtbot.keyClick(confirm.sell_button, Qt.Key.Key_Return)
    assert not confirm.isVisible()


def test_sell_a_card_by_keyboard_and_enter_twice_sells_one(shown, qtbot, parent, services):
    dialog = shown(open_gift_cards(parent, services))
    assert dialog.amount.hasFocus()
    qtbot.keyClicks(dialog.amount, "5000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.confirm_dialog.words.text() == "five thousand forints"
    assert services.db.execute("SELECT COUNT(*) FROM gift_cards").fetchone()[0] == 0
    confirm_sale(qtbot, dialog)
    shown_before = dialog.confirm_dialog
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter again: that sale, no question
    assert dialog.confirm_dialog is shown_before
    [(code, value, balance)] = services.db.execute(
        "SELECT code, initial_value, balance FROM gift_cards"
    ).fetchall()
    assert (value, balance) == (5000, 5000)
    assert dialog.sold_code.text().replace(" ", "") == code
    assert "5,000" in dialog.sold_caption.text() or "5000" in dialog.sold_caption.text()
    qtbot.keyClicks(dialog.amount, "2000")  # a new amount is a new sale
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    confirm_sale(qtbot, dialog)
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "2000")  # the same amount typed again: another card
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    confirm_sale(qtbot, dialog)
    assert services.db.execute(
        "SELECT initial_value FROM gift_cards ORDER BY rowid"
    ).fetchall() == [(5000,), (2000,), (2000,)]


def test_esc_in_the_confirmation_sells_nothing(shown, qtbot, parent, services):
    dialog = shown(open_gift_cards(parent, services))
    qtbot.keyClicks(dialog.amount, "5000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.confirm_dialog.sell_button, Qt.Key.Key_Escape)
    assert not dialog.confirm_dialog.isVisible()
    assert services.db.execute("SELECT COUNT(*) FROM gift_cards").fetchone()[0] == 0


def test_sell_refusals_are_shown(shown, parent, services):
    dialog = shown(open_gift_cards(parent, services))
    dialog.sell()
    assert "more than zero" in dialog.sell_error.text()
    dialog.amount.setValue(100)
    dialog.expires.setText("31/12/2026")
    dialog.sell()
    assert "is not a date" in dialog.sell_error.text()
    dialog.expires.setText("2026-03-01")
    dialog.sell()
    assert "expire after today" in dialog.sell_error.text()
    assert services.db.execute("SELECT COUNT(*) FROM gift_cards").fetchone()[0] == 0
    dialog.expires.setText("2026-12-31")
    dialog.sell()
    assert not dialog.sold_code.isVisible()  # not before the confirmation
    dialog.confirm_dialog.accept()
    assert not dialog.sell_error.isVisible() and dialog.sold_code.isVisible()


def test_look_up_shows_balance_and_history(shown, qtbot, parent, services, member):
    card = services.gift_cards.issue(10000)
    services.gift_cards.adjust(card.code, -2500, "Paid at the old till")
    dialog = shown(open_gift_cards(parent, services))
    qtbot.keyClick(dialog.amount, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 1 and dialog.code.hasFocus()
    qtbot.keyClicks(dialog.code, "GC" + card.code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "7,500" in dialog.balance.text() or "7500" in dialog.balance.text()
    rows = [
        [dialog.history.topLevelItem(i).text(c) for c in (1, 4)]
        for i in range(dialog.history.topLevelItemCount())
    ]
    assert rows == [["sold", ""], ["corrected", "Paid at the old till"]]
    dialog.code.setText(member.card_number)
    dialog.look_up()
    assert "is a member card, not a gift card" in dialog.lookup_error.text()
    assert dialog.balance.text() == "" and dialog.history.isHidden()
    dialog.code.setText(card.code[:-1] + str((int(card.code[-1]) + 1) % 10))
    dialog.look_up()
    assert "check digit" in dialog.lookup_error.text()


def test_a_voided_card_says_so(shown, qtbot, parent, services):
    card = services.gift_cards.issue(1000)
    services.gift_cards.void(card.code, "lost")
    dialog = shown(open_gift_cards(parent, services))
    dialog.tabs.setCurrentIndex(1)
    dialog.code.setText(card.code)
    dialog.look_up()
    assert "VOIDED" in dialog.details.text()
