"""Fewer keys at the counter, counted as a cashier presses them and checked on the
database: the usual item with Enter alone, a typed coupon, paying with points or credit.

A key with its modifiers (Ctrl+O) is one key; each character typed is one. The scan
itself is the scanner's, not counted. The README's key table has the same counts, with
the ones before these keys existed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.schemes import Item
from loyalty_pos.services.checkout import CheckoutRequest

CTRL = Qt.KeyboardModifier.ControlModifier


class Keys:
    """The cashier's hands on the keyboard, counted."""

    def __init__(self, qtbot, window, cashier) -> None:
        self.qtbot = qtbot
        self.window = window
        self.cashier = cashier
        self.count = 0
        cashier.slow_typing(window)  # a person, not a scanner: 200 ms between keys

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.cashier.press(key, modifier=modifier)
        self.count += 1

    def type(self, text: str) -> None:
        for ch in text:
            self.qtbot.keyClicks(self.cashier.focused(), ch)
            self.count += 1
        self.window.scan_filter.flush()  # the last character, after a person's pause


def last_visit(services) -> dict:
    return next(iter(services.db.query("SELECT * FROM visits ORDER BY id DESC LIMIT 1")))


def items_of(services, visit_id: int) -> dict[int, int]:
    rows = services.db.execute(
        "SELECT item_id, quantity FROM visit_items WHERE visit_id = ?", [visit_id]
    ).fetchall()
    return dict(rows)


def held(services, member, program_id: int, account: Account) -> int:
    return services.checkout.ledger.balances(member.id).get((program_id, account), 0)


@pytest.fixture
def menu(services, shop, coffee) -> dict[str, Item]:
    """The shop's latte and two more coffees, all for the coffee card and points."""
    s = services.schemes
    both = frozenset({coffee.id, shop["points"].id})
    return {
        "Latte": shop["latte"],
        "Espresso": s.add_item(Item(0, "Espresso", "coffee", 450, both)),
        "Cappuccino": s.add_item(Item(0, "Cappuccino", "coffee", 790, both)),
    }


@pytest.fixture
def regular(services, member, menu):
    """Three visits with a cappuccino (one with a latte too): the usual is cappuccino."""
    for i, extra in enumerate(({}, {menu["Latte"].id: 1}, {})):
        services.checkout.confirm(
            member.id,
            CheckoutRequest(amount=0, items={menu["Cappuccino"].id: 1, **extra}),
            f"usual-{i}",
        )
    return member


def test_enter_alone_stamps_the_usual_item(
    qtbot, window, cashier, services, regular, menu, coffee, shop
):
    stamps = held(services, regular, coffee.id, Account.STAMPS)
    cashier.scan(window.search, regular.card_number)
    assert "Usual: Cappuccino." in window.banner.text()
    row = window.visit_form.items.currentItem()
    assert row.text().startswith("1 × Cappuccino · usual")
    keys = Keys(qtbot, window, cashier)
    keys.press(Qt.Key.Key_Return)
    assert keys.count == 1  # was 3: Tab, 1, Enter (and arrows when it is not first)
    v = last_visit(services)
    assert items_of(services, v["id"]) == {menu["Cappuccino"].id: 1}
    assert (v["member_id"], v["amount"]) == (regular.id, 790)
    assert held(services, regular, coffee.id, Account.STAMPS) == stamps + 1
    assert "+1 stamp" in window.banner.text()


def test_another_item_today_replaces_the_usual_without_an_extra_key(
    qtbot, window, cashier, services, regular, menu
):
    cashier.scan(window.search, regular.card_number)
    keys = Keys(qtbot, window, cashier)
    keys.press(Qt.Key.Key_Tab)  # to the list, on the usual cappuccino
    keys.press(Qt.Key.Key_Up)  # the espresso above it
    keys.type("2")
    keys.press(Qt.Key.Key_Return)
    assert keys.count == 4
    v = last_visit(services)
    assert items_of(services, v["id"]) == {menu["Espresso"].id: 2}
    assert v["amount"] == 900


def test_no_usual_without_a_habit_and_enter_writes_nothing(
    qtbot, window, cashier, services, member, menu
):
    cashier.scan(window.search, member.card_number)
    assert "Usual" not in window.banner.text()
    assert window.visit_form.items.quantities() == {}
    Keys(qtbot, window, cashier).press(Qt.Key.Key_Return)
    assert services.members.view(member.id).visit_count == 0


def test_a_typed_coupon_is_the_amount_the_code_and_two_keys(
    qtbot, window, cashier, services, member, shop
):
    services.checkout.confirm(member.id, CheckoutRequest(amount=6000), "before")  # Apply list
    services.coupons.add_offer(
        CouponOffer(0, "Ten off", RewardKind.PERCENT_DISCOUNT, 10, code="TEN")
    )
    cashier.scan(window.search, member.card_number)
    assert window.visit_form.offers.isVisible()  # the coupon field was three Tabs away
    keys = Keys(qtbot, window, cashier)
    keys.type("3000")
    keys.press(Qt.Key.Key_O, CTRL)
    assert cashier.focused() is window.visit_form.coupon
    keys.type("TEN")
    keys.press(Qt.Key.Key_Return)
    assert keys.count == len("3000") + len("TEN") + 2  # 9; was 4 + 3 + 3 + 1 = 11
    v = last_visit(services)
    assert (v["amount"], v["discount"], v["charged"]) == (3000, 300, 2700)
    assert services.db.execute("SELECT COUNT(*) FROM coupon_uses").fetchone()[0] == 1


@pytest.mark.parametrize("kind", ["points", "credit"])
def test_paying_with_points_or_credit_is_the_amount_and_three_keys(
    qtbot, window, cashier, services, member, shop, kind
):
    services.checkout.confirm(member.id, CheckoutRequest(amount=6000), "before")
    points_before = held(services, member, shop["points"].id, Account.POINTS)  # 60
    credit_before = held(services, member, shop["credit"].id, Account.CREDIT)  # 300
    cashier.scan(window.search, member.card_number)
    offers = window.visit_form.offers.offers()
    line = next(i for i, o in enumerate(offers) if o.kind == kind) + 1
    assert line > 1  # not the first line: it took arrows before
    keys = Keys(qtbot, window, cashier)
    keys.type("1000")
    keys.press(Qt.Key.Key_L, CTRL)
    assert cashier.focused() is window.visit_form.offers
    keys.type(str(line))
    keys.press(Qt.Key.Key_Return)
    assert keys.count == len("1000") + 3
    v = last_visit(services)
    assert v["amount"] == 1000
    if kind == "points":  # 60 points are worth 600: all of them, 400 left to pay
        assert (v["discount"], v["charged"], v["paid_credit"]) == (600, 400, 0)
        assert held(services, member, shop["points"].id, Account.POINTS) == 4  # 0 + 4 earned
    else:  # all 300 credit; 5 % back on the 700 paid in cash
        assert (v["discount"], v["charged"], v["paid_credit"]) == (0, 1000, 300)
        assert held(services, member, shop["credit"].id, Account.CREDIT) == 35
    assert points_before == 60 and credit_before == 300


def test_a_digit_past_the_last_line_ticks_nothing(qtbot, window, cashier, services, member, shop):
    services.checkout.confirm(member.id, CheckoutRequest(amount=6000), "before")
    cashier.scan(window.search, member.card_number)
    form = window.visit_form
    keys = Keys(qtbot, window, cashier)
    keys.press(Qt.Key.Key_L, CTRL)
    keys.type("9")
    assert form.offers.ticked() == []
    keys.type("1")
    assert form.offers.ticked() == [form.offers.offers()[0]]
    assert form.offers.currentRow() == 0
    keys.type("1")  # again: unticked
    assert form.offers.ticked() == []


def test_the_apply_key_without_anything_to_apply_says_so(window, cashier, member):
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_L, modifier=CTRL)
    assert "Nothing to apply for Kovács Éva." in window.banner.text()
    assert cashier.focused() is not window.visit_form.offers


def test_the_usual_item_is_rung_up_instead_of_a_card_counted_by_hand(
    qtbot, window, cashier, services, regular, menu, coffee
):
    """A shop with an item list and a card no item counts for (typed by hand): the usual
    is the better guess for Enter, so that card's count is not pre-filled to 1 as well."""
    wash = services.programs.add(StampProgram(0, "Car wash", 6, "Free wash"))
    cashier.scan(window.search, regular.card_number)
    [row] = window.visit_form.rows
    assert row.card.program_id == wash.id and row.items.value() == 0
    Keys(qtbot, window, cashier).press(Qt.Key.Key_Return)
    assert held(services, regular, wash.id, Account.STAMPS) == 0
    assert items_of(services, last_visit(services)["id"]) == {menu["Cappuccino"].id: 1}


def test_the_usual_stays_a_suggestion_when_the_member_is_read_again(
    qtbot, window, cashier, services, regular, menu
):
    cashier.scan(window.search, regular.card_number)
    window.panel.notes.setPlainText("oat milk")
    cashier.press(Qt.Key.Key_S, modifier=CTRL)  # saving the notes re-reads the member
    assert window.visit_form.items.usual() == menu["Cappuccino"]
    window.visit_form.amount.setFocus()
    keys = Keys(qtbot, window, cashier)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Up)
    keys.type("1")  # an espresso instead
    keys.press(Qt.Key.Key_Return)
    assert items_of(services, last_visit(services)["id"]) == {menu["Espresso"].id: 1}


def test_f5_takes_the_suggested_usual_back_so_a_free_coffee_costs_nothing(
    qtbot, window, cashier, services, regular, coffee
):
    services.checkout.confirm(regular.id, CheckoutRequest(stamp_items={coffee.id: 10}), "full")
    cashier.scan(window.search, regular.card_number)
    assert window.visit_form.items.usual() is not None
    keys = Keys(qtbot, window, cashier)
    keys.press(Qt.Key.Key_F5)
    assert window.visit_form.items.quantities() == {}
    keys.press(Qt.Key.Key_Return)
    v = last_visit(services)
    assert (v["amount"], v["charged"]) == (0, 0) and items_of(services, v["id"]) == {}
    assert held(services, regular, coffee.id, Account.REWARDS) == 0
    assert window.banner.text().startswith("GIVE: Free coffee")
