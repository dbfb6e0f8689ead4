"""A full checkout at the counter by keyboard: amount, items, rewards, credit, passes,
refunds, and a checkout without a member. Asserts on the screen and on the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui.formatting import format_money
from loyalty_pos.ui.scan_filter import ScanFilter
from loyalty_pos.ui.theme import Tone


def money(v: int) -> str:
    return format_money(v, "HUF")


def balance(services, member, program_id: int, account: Account) -> int:
    return services.checkout.ledger.balances(member.id).get((program_id, account), 0)


def visits(services) -> list[dict]:
    return list(services.db.query("SELECT * FROM visits ORDER BY id"))


def type_keys(qtbot, window, text: str) -> None:
    """A person typing where the focus is (the scan filter lets it through at once)."""
    widget = window.focusWidget()
    qtbot.keyClicks(widget, text)
    window.scan_filter.flush()


def wait_totals(qtbot, window, text: str) -> None:
    totals = window.visit_form.totals
    qtbot.waitUntil(lambda: text in totals.text(), timeout=2000)


def tick(window, cashier, kind: str) -> None:
    """Focus the offers list, move to the offer of ``kind`` and press Space."""
    offers = window.visit_form.offers
    offers.setFocus()
    row = next(i for i, o in enumerate(offers.offers()) if o.kind == kind)
    offers.setCurrentRow(row)
    cashier.press(Qt.Key.Key_Space, offers)
    window.scan_filter.flush()


def test_amount_and_items_earn_points_credit_and_stamps(
    qtbot, window, cashier, services, member, shop, coffee
):
    confirmed = []
    window.visit_confirmed.connect(confirmed.append)
    cashier.scan(window.search, member.card_number)
    assert cashier.focused() is window.visit_form.amount  # money first in this shop
    type_keys(qtbot, window, "3600")
    cashier.press(Qt.Key.Key_Tab)
    assert cashier.focused() is window.visit_form.items
    type_keys(qtbot, window, "3")  # three lattes
    wait_totals(qtbot, window, f"+36 Points (1 point per {money(100)}, rounded down)")
    text = window.visit_form.totals.text()
    assert f"+{money(180)} Cashback" in text
    assert "Coffee +3" in text
    assert window.visit_form.totals.cash_due.text() == money(3600)
    cashier.press(Qt.Key.Key_Return)
    [v] = visits(services)
    assert (v["amount"], v["charged"], v["member_id"]) == (3600, 3600, member.id)
    assert balance(services, member, shop["points"].id, Account.POINTS) == 36
    assert balance(services, member, shop["credit"].id, Account.CREDIT) == 180
    assert balance(services, member, coffee.id, Account.STAMPS) == 3
    assert "+36 Points" in window.banner.text()
    assert f"Cash due {money(3600)}" in window.banner.text()
    assert confirmed == [v["id"]]
    # The cash due stays on screen for the customer who is paying, until the next entry.
    assert window.visit_form.totals.cash_due.text() == money(3600)
    assert f"Visit {v['id']} confirmed" in window.visit_form.totals.text()
    window.visit_form.amount.setText("100")
    wait_totals(qtbot, window, "+1 Points")
    assert window.visit_form.totals.cash_due.text() == money(100)
    # The panel shows the new balances as tiles.
    tiles = window.panel.balances.text()
    assert "Points 36 = " + money(360) in tiles
    assert "Store credit " + money(180) in tiles


def test_catalogue_reward_is_applied_and_paid_in_points(
    qtbot, window, cashier, services, member, shop
):
    services.checkout.confirm(member.id, CheckoutRequest(amount=6000), "before")  # 60 points
    cashier.scan(window.search, member.card_number)
    type_keys(qtbot, window, "2000")
    tick(window, cashier, "reward")
    wait_totals(qtbot, window, f"500 off −{money(500)}")
    assert window.visit_form.totals.cash_due.text() == money(1500)
    cashier.press(Qt.Key.Key_Return, window.visit_form.offers)
    v = visits(services)[-1]
    assert (v["amount"], v["discount"], v["charged"]) == (2000, 500, 1500)
    # 60 − 50 for the reward + 15 earned on what was paid
    assert balance(services, member, shop["points"].id, Account.POINTS) == 25


def test_pay_with_store_credit(qtbot, window, cashier, services, member, shop):
    services.checkout.confirm(member.id, CheckoutRequest(amount=6000), "before")  # 300 credit
    cashier.scan(window.search, member.card_number)
    type_keys(qtbot, window, "1000")
    tick(window, cashier, "credit")
    wait_totals(qtbot, window, f"Store credit ({money(0)} left) −{money(300)}")
    assert window.visit_form.totals.cash_due.text() == money(700)
    cashier.press(Qt.Key.Key_Return, window.visit_form.offers)
    v = visits(services)[-1]
    assert (v["charged"], v["paid_credit"]) == (1000, 300)
    # all 300 spent; 5 % of the 700 paid in cash earned back
    assert balance(services, member, shop["credit"].id, Account.CREDIT) == 35


def test_a_pass_is_sold_then_used(qtbot, window, cashier, services, member, shop):
    wash = shop["wash"]
    cashier.scan(window.search, member.card_number)
    tick(window, cashier, "sell_pass")
    wait_totals(qtbot, window, f"Car wash pass (pass) +{money(20000)}")
    assert window.visit_form.totals.cash_due.text() == money(20000)
    cashier.press(Qt.Key.Key_Return, window.visit_form.offers)
    assert balance(services, member, wash.id, Account.PASSES) == 10
    assert "Car wash pass 10 left" in window.panel.balances.text()
    # The next visit uses one.
    cashier.press(Qt.Key.Key_Escape)
    cashier.scan(window.search, member.card_number)
    tick(window, cashier, "use_pass")
    wait_totals(qtbot, window, "Uses Car wash pass ×1")
    cashier.press(Qt.Key.Key_Return, window.visit_form.offers)
    assert balance(services, member, wash.id, Account.PASSES) == 9
    assert visits(services)[-1]["charged"] == 0


def test_partial_then_full_refund_from_the_counter(qtbot, window, cashier, services, member, shop):
    points = shop["points"].id
    cashier.scan(window.search, member.card_number)
    type_keys(qtbot, window, "4000")
    cashier.press(Qt.Key.Key_Return)
    assert balance(services, member, points, Account.POINTS) == 40
    visit_id = visits(services)[-1]["id"]

    cashier.press(Qt.Key.Key_F7)
    dialog = window.refund_dialog
    qtbot.waitExposed(dialog)
    assert dialog.visit.value() == visit_id  # the latest visit of the open member
    assert not dialog.refund_button.isEnabled()  # a reason is required
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "1000")
    ScanFilter.deliver_held()  # machine-speed typing is held as a possible scan
    qtbot.keyClicks(dialog.reason, "one item returned")
    ScanFilter.deliver_held()
    assert "Partial refund" in dialog.about.text()
    assert "Takes back: 10 points (Points)" in dialog.effects.text()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert balance(services, member, points, Account.POINTS) == 30
    v = services.visits.visits.get(visit_id)
    assert (v["status"], v["refunded"]) == ("confirmed", 1000)
    row = window.panel.visits.topLevelItem(0)
    assert row.text(1).startswith(f"Refunded {money(1000)}")

    cashier.press(Qt.Key.Key_F7)
    dialog = window.refund_dialog
    qtbot.waitExposed(dialog)
    assert "FULL refund" in dialog.about.text()  # empty amount: all that is left
    qtbot.keyClicks(dialog.reason, "all returned")
    ScanFilter.deliver_held()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    v = services.visits.visits.get(visit_id)
    assert (v["status"], v["refunded"]) == ("refunded", 4000)
    assert balance(services, member, points, Account.POINTS) == 0
    assert balance(services, member, shop["credit"].id, Account.CREDIT) == 0
    assert window.panel.visits.topLevelItem(0).text(1).startswith("REFUNDED")
    assert "refunded in full" in window.banner.text()


def test_refund_dialog_says_what_cant_be_taken_back(qtbot, window, cashier, services, member, shop):
    first = services.checkout.confirm(member.id, CheckoutRequest(amount=6000), "a")
    services.checkout.confirm(
        member.id, CheckoutRequest(amount=1000, redeem_rewards=(shop["reward"].id,)), "b"
    )  # 50 of the 60 points spent
    window.open_member_id(member.id)
    window.refund_visit()
    dialog = window.refund_dialog
    dialog.visit.setValue(first.visit_id)
    dialog.reason.setText("returned")
    assert "Already used, can't be taken back: 45 points (Points)" in dialog.effects.text()
    dialog.submit()
    assert window.banner.tone == Tone.WARNING
    assert "can't be taken back" in window.banner.text()


def test_double_enter_writes_one_visit(qtbot, window, cashier, services, member, shop):
    cashier.scan(window.search, member.card_number)
    type_keys(qtbot, window, "2500")
    field = window.visit_form.amount
    cashier.press(Qt.Key.Key_Return, field)
    cashier.press(Qt.Key.Key_Return, field)
    cashier.press(Qt.Key.Key_Return)
    assert len(visits(services)) == 1
    assert balance(services, member, shop["points"].id, Account.POINTS) == 25


@pytest.mark.parametrize(
    ("typed", "said"),
    [("12abc", "is not an amount"), ("-500", "cannot be negative"), ("1.5", "at most 0 decimals")],
)
def test_bad_amount_shows_a_message_and_writes_nothing(
    qtbot, window, cashier, services, member, shop, typed, said
):
    cashier.scan(window.search, member.card_number)
    type_keys(qtbot, window, typed)
    wait_totals(qtbot, window, said)
    cashier.press(Qt.Key.Key_Return, window.visit_form.amount)
    assert visits(services) == []
    assert window.banner.tone == Tone.ERROR
    assert said in window.banner.text()


def test_checkout_without_a_member(qtbot, window, cashier, services, shop):
    form = window.visit_form
    assert not form.items.isEnabled()  # earning needs a member
    assert not form.offers.isVisible()
    window.search.setFocus()
    cashier.press(Qt.Key.Key_Tab)  # results
    cashier.press(Qt.Key.Key_Tab)
    assert cashier.focused() is form.amount
    type_keys(qtbot, window, "1500")
    wait_totals(qtbot, window, "No member: nothing is earned")
    assert form.totals.cash_due.text() == money(1500)
    cashier.press(Qt.Key.Key_Return, form.amount)
    [v] = visits(services)
    assert (v["member_id"], v["amount"], v["charged"]) == (None, 1500, 1500)
    assert services.db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0] == 0
    assert f"Cash due {money(1500)}" in window.banner.text()


def test_unknown_coupon_code_is_refused_inline_and_writes_nothing(
    qtbot, window, cashier, services, shop
):
    form = window.visit_form
    form.amount.setText("1500")
    form.coupon.setFocus()
    type_keys(qtbot, window, "SPRING10")
    wait_totals(qtbot, window, "There is no coupon SPRING10.")
    cashier.press(Qt.Key.Key_Return, form.coupon)
    assert visits(services) == []


def test_scanned_product_code_without_gift_or_coupon_services_is_refused(
    window, cashier, services, member, shop
):
    cashier.scan(window.search, member.card_number)
    cashier.scan(cashier.focused(), "5901234123457")  # a product barcode
    assert window.banner.tone == Tone.ERROR
    assert window.current_member.id == member.id  # a stray scan keeps the visit
    assert window.visit_form.gift_card.text() == ""


def test_scanned_gift_card_goes_into_its_field_and_keeps_the_member(
    window, cashier, services, member, shop
):
    class Card:
        balance = 5000

    class GiftCards:  # the interface of the gift-card service being written elsewhere
        def show(self, code):
            return Card()

    services.gift_cards = GiftCards()
    cashier.scan(window.search, member.card_number)
    cashier.scan(cashier.focused(), "5901234123457")
    assert window.current_member.id == member.id
    assert window.visit_form.gift_card.text() == "5901234123457"
    assert money(5000) in window.banner.text()


def test_ready_stamp_reward_in_an_item_shop_is_ticked_with_f5(
    qtbot, window, cashier, services, member, shop, coffee
):
    services.checkout.confirm(member.id, CheckoutRequest(stamp_items={coffee.id: 10}), "full")
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_F5)
    assert window.banner.tone == Tone.REWARD
    wait_totals(qtbot, window, "GIVE: Free coffee")
    cashier.press(Qt.Key.Key_Return)
    assert balance(services, member, coffee.id, Account.REWARDS) == 0
    assert window.banner.text().startswith("GIVE: Free coffee")


def test_scanned_gift_card_and_typed_coupon_pay_at_checkout(
    qtbot, window, cashier, services, member, shop
):
    """The real gift-card and coupon services: scan a card, type a code, Enter."""
    from loyalty_pos.domain.coupons import CouponOffer

    card = services.gift_cards.issue(1000)
    services.coupons.add_offer(
        CouponOffer(0, "Ten off", RewardKind.PERCENT_DISCOUNT, 10, code="TEN")
    )
    cashier.scan(window.search, member.card_number)
    type_keys(qtbot, window, "3000")
    cashier.scan(cashier.focused(), card.code)
    assert window.current_member.id == member.id
    assert window.visit_form.gift_card.text() == card.code
    window.visit_form.coupon.setFocus()
    type_keys(qtbot, window, "TEN")
    # 3000 − 10 % = 2700; the gift card pays 1000; 1700 cash.
    qtbot.waitUntil(lambda: window.visit_form.totals.cash_due.text() == money(1700), timeout=2000)
    cashier.press(Qt.Key.Key_Return, window.visit_form.coupon)
    [v] = visits(services)
    assert (v["amount"], v["discount"], v["paid_gift"]) == (3000, 300, 1000)
    assert services.gift_cards.show(card.code).balance == 0
    uses = services.db.execute("SELECT COUNT(*) FROM coupon_uses").fetchone()[0]
    assert uses == 1


def test_refund_dialog_shows_the_cash_to_hand_back_and_what_goes_to_the_card(
    qtbot, window, cashier, services, member, shop
):
    card = services.gift_cards.issue(3000)
    v = services.checkout.confirm(
        member.id, CheckoutRequest(amount=5000, gift_card_code=card.code), "g"
    )  # 3000 from the gift card, 2000 in cash
    window.open_member_id(member.id)
    window.refund_visit()
    dialog = window.refund_dialog
    qtbot.waitExposed(dialog)
    assert dialog.visit.value() == v.visit_id
    assert dialog.cash.text() == f"Hand back in cash: {money(2000)}"
    assert dialog.cash.font().pointSizeF() > dialog.about.font().pointSizeF()
    assert f"Back on gift card {card.code}: {money(3000)}" in dialog.tenders.text()
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "2500")  # half: 1500 to the card, 1000 in cash
    ScanFilter.deliver_held()
    assert dialog.cash.text() == f"Hand back in cash: {money(1000)}"
    assert money(1500) in dialog.tenders.text()
    qtbot.keyClicks(dialog.reason, "half returned")
    ScanFilter.deliver_held()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert services.gift_cards.show(card.code).balance == 1500
    assert f"Hand back in cash: {money(1000)}" in window.banner.text()
    slip = window.printing.slip()
    lines = [(line.label, line.value) for line in slip.lines]
    assert ("Cash back", money(1000)) in lines
    assert ("Back on gift card", money(1500)) in lines
