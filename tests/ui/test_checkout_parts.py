"""Paying with part of a balance at the counter, by keyboard: Ctrl+H on store credit,
points or the gift card, type how much, Enter; then Enter confirms the visit.

Asserts on what the totals show while typing, and on the visit and ledger rows written.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from loyalty_pos.domain.ledger import Account
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui.formatting import format_money
from loyalty_pos.ui.scan_filter import ScanFilter
from loyalty_pos.ui.theme import Tone

CTRL = Qt.KeyboardModifier.ControlModifier


def money(v: int) -> str:
    return format_money(v, "HUF")


def balance(services, member, program_id: int, account: Account) -> int:
    return services.checkout.ledger.balances(member.id).get((program_id, account), 0)


def visits(services) -> list[dict]:
    return list(services.db.query("SELECT * FROM visits ORDER BY id"))


def spent(services, visit_id: int, account: str) -> int:
    """What the visit took off the member's ``account`` (a positive number)."""
    rows = services.db.execute(
        "SELECT SUM(delta) FROM ledger WHERE visit_id = ? AND account = ? AND kind = 'redeem'",
        [visit_id, account],
    ).fetchone()
    return -(rows[0] or 0)


def type_keys(qtbot, window, text: str) -> None:
    widget = window.focusWidget()
    qtbot.keyClicks(widget, text)
    window.scan_filter.flush()


def wait_totals(qtbot, window, text: str) -> None:
    totals = window.visit_form.totals
    qtbot.waitUntil(lambda: text in totals.text(), timeout=2000)


def highlight(window, kind: str) -> None:
    """Put the cursor on the offers list, on the line of ``kind``."""
    offers = window.visit_form.offers
    offers.setFocus()
    offers.setCurrentRow(next(i for i, o in enumerate(offers.offers()) if o.kind == kind))


def open_part_box(qtbot, window, cashier, widget):
    """Ctrl+H where the cursor is; the box opens with the cursor in its field."""
    qtbot.waitUntil(window.isActiveWindow)  # after an earlier box, the counter again
    cashier.press(Qt.Key.Key_H, widget, CTRL)
    form = window.visit_form
    qtbot.waitUntil(lambda: form.part_dialog is not None and form.part_dialog.isVisible())
    dialog = form.part_dialog
    qtbot.waitUntil(lambda: dialog.field.hasFocus())
    return dialog


def space(window, cashier) -> None:
    """Space on the offers list (the scanner filter holds a printable key a moment)."""
    cashier.press(Qt.Key.Key_Space, window.visit_form.offers)
    window.scan_filter.flush()


def type_part(qtbot, dialog, text: str) -> None:
    dialog.field.selectAll()
    qtbot.keyClicks(dialog.field, text)
    ScanFilter.deliver_held()


@pytest.fixture
def regular(services, member, shop):
    """The member after a 6 000 visit: 60 points (worth 600) and 300 store credit."""
    services.checkout.confirm(member.id, CheckoutRequest(amount=6000), "before")
    return member


def test_partial_store_credit_writes_that_credit_and_the_cash_due(
    qtbot, window, cashier, services, regular, shop
):
    form = window.visit_form
    assert "Ctrl+H" in form.offers_label.text()  # the key is on screen
    cashier.scan(window.search, regular.card_number)
    type_keys(qtbot, window, "1000")
    highlight(window, "credit")
    space(window, cashier)
    wait_totals(qtbot, window, f"Store credit ({money(0)} left) −{money(300)}")  # all of it

    dialog = open_part_box(qtbot, window, cashier, form.offers)
    assert dialog.held_label.text().startswith("Holds " + money(300))
    type_part(qtbot, dialog, "120")
    # Live: the totals already show the part and what stays on the balance.
    wait_totals(qtbot, window, f"Store credit ({money(180)} left) −{money(120)}")
    assert form.totals.cash_due.text() == money(880)
    cashier.press(Qt.Key.Key_Return, dialog.field)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: cashier.focused() is form.offers)  # back where Ctrl+H was
    row = form.offers.currentItem()
    assert row.text() == f"Store credit: {money(120)} of {money(300)}"
    assert row.checkState() == Qt.CheckState.Checked
    assert visits(services)[-1]["id"] == 1  # the box's Enter confirmed nothing

    cashier.press(Qt.Key.Key_Return, form.offers)
    v = visits(services)[-1]
    assert (v["amount"], v["charged"], v["paid_credit"], v["paid_gift"]) == (1000, 1000, 120, 0)
    assert spent(services, v["id"], "credit") == 120
    assert f"Cash due {money(880)}" in window.banner.text()
    # 300 − 120, plus 5 % of the 880 paid in cash
    assert balance(services, regular, shop["credit"].id, Account.CREDIT) == 180 + 44


def test_partial_points_pay_that_many_points(qtbot, window, cashier, services, regular, shop):
    form = window.visit_form
    cashier.scan(window.search, regular.card_number)
    type_keys(qtbot, window, "2000")
    highlight(window, "points")  # not ticked yet: setting a part ticks it
    dialog = open_part_box(qtbot, window, cashier, form.offers)
    type_part(qtbot, dialog, "25")
    assert dialog.worth.text() == "= " + money(250)
    wait_totals(qtbot, window, f"25 Points (35 left) −{money(250)}")
    assert form.totals.cash_due.text() == money(1750)
    cashier.press(Qt.Key.Key_Return, dialog.field)
    assert form.offers.currentItem().text() == f"Points: 25 of 60 = {money(250)}"
    cashier.press(Qt.Key.Key_Return, form.offers)
    v = visits(services)[-1]
    assert (v["amount"], v["discount"], v["charged"]) == (2000, 250, 1750)
    assert spent(services, v["id"], "points") == 25
    # 60 − 25, plus 17 earned on the 1 750 paid
    assert balance(services, regular, shop["points"].id, Account.POINTS) == 35 + 17


@pytest.mark.parametrize("with_member", [True, False])
def test_partial_gift_card_leaves_the_rest_on_the_card(
    qtbot, window, cashier, services, member, shop, with_member
):
    form = window.visit_form
    card = services.gift_cards.issue(5000)
    if with_member:
        cashier.scan(window.search, member.card_number)
    else:
        form.amount.setFocus()
    type_keys(qtbot, window, "3000")
    cashier.scan(cashier.focused(), card.code)
    assert "Ctrl+H" in window.banner.text()
    wait_totals(qtbot, window, f"Gift card ({money(2000)} left) −{money(3000)}")
    form.gift_card.setFocus()
    dialog = open_part_box(qtbot, window, cashier, form.gift_card)
    type_part(qtbot, dialog, "2000")
    wait_totals(qtbot, window, f"Gift card ({money(3000)} left) −{money(2000)}")
    cashier.press(Qt.Key.Key_Return, dialog.field)
    qtbot.waitUntil(lambda: cashier.focused() is form.gift_card)
    assert form.totals.cash_due.text() == money(1000)
    cashier.press(Qt.Key.Key_Return, form.gift_card)
    v = visits(services)[-1]
    assert (v["member_id"] is not None) == with_member
    assert (v["charged"], v["paid_gift"]) == (3000, 2000)
    assert services.gift_cards.show(card.code).balance == 3000
    assert f"Cash due {money(1000)}" in window.banner.text()


@pytest.mark.parametrize(
    ("kind", "typed", "said"),
    [
        ("credit", "400", f"The member has only {money(300)} in store credit."),
        ("credit", "12abc", "“12abc” is not an amount."),
        ("credit", "-50", "cannot be negative"),
        ("credit", "0", "Type more than zero"),
        ("credit", "1.5", "at most 0 decimals"),
        ("credit", "250", f"Only {money(200)} is still owed"),
        ("points", "61", "The member has only 60 Points."),
        ("points", "2.5", "“2.5” is not a whole number of points."),
        ("points", "-3", "cannot be negative"),
        ("points", "30", "The rest of the bill needs only 20 Points"),
    ],
)
def test_a_bad_part_is_refused_in_the_box_and_nothing_is_written(
    qtbot, window, cashier, services, regular, shop, kind, typed, said
):
    form = window.visit_form
    cashier.scan(window.search, regular.card_number)
    type_keys(qtbot, window, "200")
    highlight(window, kind)
    space(window, cashier)
    cash_due = money(0)
    qtbot.waitUntil(lambda: form.totals.cash_due.text() == cash_due)  # all it needs
    dialog = open_part_box(qtbot, window, cashier, form.offers)
    type_part(qtbot, dialog, typed)
    assert said in dialog.error.text()
    assert dialog.error.isVisible()
    assert form.totals.cash_due.text() == cash_due  # the totals did not change
    cashier.press(Qt.Key.Key_Return, dialog.field)
    assert dialog.isVisible()  # Enter does not take it, and confirms nothing
    assert said in dialog.error_text()
    assert len(visits(services)) == 1
    cashier.press(Qt.Key.Key_Escape, dialog.field)
    assert not dialog.isVisible()
    assert form.offers.part(kind, form.offers.current_offer().ref) is None
    assert window.current_member is not None  # Esc closed the box, not the visit
    assert form.totals.cash_due.text() == cash_due
    assert len(visits(services)) == 1


def test_enter_does_not_confirm_when_the_bill_shrinks_below_a_part(
    qtbot, window, cashier, services, regular, shop
):
    form = window.visit_form
    cashier.scan(window.search, regular.card_number)
    type_keys(qtbot, window, "1000")
    highlight(window, "credit")
    dialog = open_part_box(qtbot, window, cashier, form.offers)
    type_part(qtbot, dialog, "250")
    cashier.press(Qt.Key.Key_Return, dialog.field)
    wait_totals(qtbot, window, f"Store credit ({money(50)} left) −{money(250)}")
    form.amount.setFocus()
    form.amount.selectAll()
    type_keys(qtbot, window, "100")  # the customer buys less after all
    wait_totals(qtbot, window, f"Only {money(100)} is still owed")
    cashier.press(Qt.Key.Key_Return, form.amount)
    assert len(visits(services)) == 1  # nothing written
    assert window.banner.tone == Tone.ERROR
    assert f"Only {money(100)} is still owed" in window.banner.text()


def test_default_is_unchanged_and_an_empty_part_means_all_it_needs(
    qtbot, window, cashier, services, regular, shop
):
    form = window.visit_form
    cashier.scan(window.search, regular.card_number)
    type_keys(qtbot, window, "1000")
    highlight(window, "credit")
    dialog = open_part_box(qtbot, window, cashier, form.offers)
    type_part(qtbot, dialog, "100")
    cashier.press(Qt.Key.Key_Return, dialog.field)
    wait_totals(qtbot, window, f"−{money(100)}")
    dialog = open_part_box(qtbot, window, cashier, form.offers)
    assert dialog.field.text() == "100"  # the part set, to change
    dialog.field.clear()  # empty: as much as the bill needs again
    cashier.press(Qt.Key.Key_Return, dialog.field)
    assert form.offers.currentItem().text() == f"Use store credit: {money(300)}"
    wait_totals(qtbot, window, f"Store credit ({money(0)} left) −{money(300)}")
    cashier.press(Qt.Key.Key_Return, form.offers)
    v = visits(services)[-1]
    assert (v["charged"], v["paid_credit"]) == (1000, 300)


def test_unticking_drops_the_part(qtbot, window, cashier, services, regular, shop):
    form = window.visit_form
    cashier.scan(window.search, regular.card_number)
    type_keys(qtbot, window, "1000")
    highlight(window, "credit")
    dialog = open_part_box(qtbot, window, cashier, form.offers)
    type_part(qtbot, dialog, "100")
    cashier.press(Qt.Key.Key_Return, dialog.field)
    space(window, cashier)  # untick
    assert form.offers.part("credit", None) is None
    assert form.offers.currentItem().checkState() == Qt.CheckState.Unchecked
    space(window, cashier)  # tick again: all it needs
    wait_totals(qtbot, window, f"Store credit ({money(0)} left) −{money(300)}")


def test_ctrl_h_with_nothing_to_pay_with_says_what_to_do(window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_H, window.visit_form.amount, CTRL)
    assert window.visit_form.part_dialog is None
    assert window.banner.tone == Tone.ERROR
    assert "Ctrl+H sets how much to use" in window.banner.text()
