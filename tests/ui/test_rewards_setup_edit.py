"""The owner changes and switches off schemes on the rewards set-up (Shift+F9), by
keyboard: Ctrl+L to the list, arrows pick a row, Ctrl+S saves, Ctrl+O switches off/on,
Ctrl+N starts a new one. And the counter stops earning from what was switched off."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.domain.schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
    Promotion,
    Tier,
)
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui import theme
from loyalty_pos.ui.formatting import format_money
from loyalty_pos.ui.scan_filter import ScanFilter


@pytest.fixture
def shop(services, coffee):
    s = services.schemes
    points = s.add_points(PointsProgram(0, "Points", 1, 100, point_value=10, expiry_days=365))
    credit = s.add_credit(CreditProgram(0, "Cashback", 500))
    washes = s.add_pass(PassProgram(0, "10 washes", 10, 20000))
    latte = s.add_item(Item(0, "Latte", "coffee", 1200, frozenset({coffee.id, points.id})))
    reward = s.add_reward(
        CatalogueReward(0, points.id, "500 off", 50, RewardKind.FIXED_DISCOUNT, 500)
    )
    promo = s.add_promotion(Promotion(0, points.id, "Double Sundays", 200, weekday=6))
    gold = s.add_tier(Tier(0, "Gold", 1, min_spend=50000, earn_multiplier_pct=150))
    return {
        "points": points,
        "credit": credit,
        "washes": washes,
        "latte": latte,
        "reward": reward,
        "promo": promo,
        "gold": gold,
    }


def open_setup(qtbot, window, cashier):
    """Shift+F9 from the counter, as the owner does."""
    cashier.press(Qt.Key.Key_F9, modifier=Qt.KeyboardModifier.ShiftModifier)
    dialog = window.setup_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def ctrl(qtbot, dialog, key: Qt.Key) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, key, Qt.KeyboardModifier.ControlModifier)


def retype(qtbot, widget, text: str) -> None:
    """Select what the field holds and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    ScanFilter.deliver_held()  # machine-speed typing is held as a possible scan


def to_tab(qtbot, dialog, name: str):
    """Ctrl+Tab until the tab ``name`` is shown."""
    page = dialog.page(name)
    for _ in range(len(dialog.pages)):
        if dialog.tabs.currentWidget() is page:
            break
        ctrl(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.tabs.currentWidget() is page
    return page


def stored(services, kind: str, scheme_id: int):
    st = services.schemes.store
    every = {
        "points": st.points_programs,
        "credit": st.credit_programs,
        "pass": st.pass_programs,
        "reward": st.rewards,
        "promotion": st.promotions,
        "tier": st.tiers,
        "item": st.items,
    }[kind]()
    return next(x for x in every if x.id == scheme_id)


# tab, key in shop, kind, what the form shows when picked, field to change, new text,
# and what the stored scheme then holds (other values unchanged).
EDITS = [
    ("PointsTab", "points", "points", {"per_step": "1", "value": "10", "expiry": "365"},
     "per_step", "2", {"points_per_step": 2, "point_value": 10, "expiry_days": 365}),
    ("CreditTab", "credit", "credit", {"rate": "5"},
     "rate", "2.5", {"rate_bp": 250}),
    ("PassesTab", "washes", "pass", {"uses": "10", "price": "20000"},
     "price", "18000", {"price": 18000, "pass_uses": 10}),
    ("RewardsTab", "reward", "reward", {"cost": "50", "money": "500"},
     "cost", "40", {"cost": 40, "kind": RewardKind.FIXED_DISCOUNT, "value": 500}),
    ("PromotionsTab", "promo", "promotion", {"mult": "2", "end": ""},
     "end", "2026-03-31", {"ends_on": date(2026, 3, 31), "multiplier_pct": 200, "weekday": 6}),
    ("TiersTab", "gold", "tier", {"mult": "1.5", "discount": "0", "spend": "50000"},
     "discount", "7.5", {"discount_bp": 750, "earn_multiplier_pct": 150, "min_spend": 50000}),
    ("ItemsTab", "latte", "item", {"price": "1200"},
     "price", "1300", {"price": 1300, "category": "coffee"}),
]  # fmt: skip


@pytest.mark.parametrize(("tab", "key", "kind", "shown", "field", "text", "after"), EDITS)
def test_pick_change_save_and_switch_off_by_keyboard(
    qtbot, window, cashier, services, shop, owner_signed_in,
    tab, key, kind, shown, field, text, after,
):  # fmt: skip
    dialog = open_setup(qtbot, window, cashier)
    page = to_tab(qtbot, dialog, tab)
    assert page.switch_button.text() == "Switch off (Ctrl+O)"
    assert not page.switch_button.isEnabled()  # nothing picked yet
    ctrl(qtbot, dialog, Qt.Key.Key_L)  # to the list: the first row is picked
    assert dialog.focusWidget() is page.list
    assert page.editing.id == shop[key].id
    # Picking a row fills the form with it.
    for name, value in shown.items():
        on_screen = page.fields[name].widget.text()
        assert on_screen.replace("\u00a0", " ").replace(",", "") == value, name  # 1,200
    assert page.button.text() == "Save changes (Ctrl+S)"
    retype(qtbot, page.fields[field].widget, text)
    ctrl(qtbot, dialog, Qt.Key.Key_S)
    got = stored(services, kind, shop[key].id)
    for attr, value in after.items():
        assert getattr(got, attr) == value, attr
    assert got.name == shop[key].name and got.active
    assert "Saved" in page.done.text() and not page.error.isVisibleTo(page)
    assert page.editing.id == got.id  # still picked, ready for more changes
    # Ctrl+O switches it off: kept, greyed, marked "(off)".
    ctrl(qtbot, dialog, Qt.Key.Key_O)
    assert stored(services, kind, shop[key].id).active is False
    row = page.list.topLevelItem(0)
    assert row.text(0) == f"{shop[key].name} (off)"
    assert row.foreground(0).color().name() == theme.colours().off_ink
    assert page.switch_button.text() == "Switch on (Ctrl+O)"
    assert "switched off" in page.done.text()
    ctrl(qtbot, dialog, Qt.Key.Key_O)
    assert stored(services, kind, shop[key].id).active is True
    assert page.list.topLevelItem(0).text(0) == shop[key].name
    dialog.accept()


def test_switching_off_points_says_members_keep_them(
    qtbot, window, cashier, services, shop, member, owner_signed_in
):
    services.checkout.confirm(member.id, CheckoutRequest(amount=8000), "earn")  # 80 points
    dialog = open_setup(qtbot, window, cashier)
    page = to_tab(qtbot, dialog, "PointsTab")
    ctrl(qtbot, dialog, Qt.Key.Key_L)
    ctrl(qtbot, dialog, Qt.Key.Key_O)
    said = page.done.text()
    assert "earns no more points" in said
    assert "Members keep the points they hold (80 in all, held by 1)" in said
    assert "can still spend them" in said
    assert services.checkout.ledger.balances(member.id)[(shop["points"].id, Account.POINTS)] == 80
    # The other tabs show it switched off in their choices at once.
    assert dialog.page("RewardsTab").program.itemText(0) == "Points (off)"
    dialog.accept()


def test_a_refused_change_shows_why_and_changes_nothing(
    qtbot, window, cashier, services, shop, owner_signed_in
):
    before = stored(services, "points", shop["points"].id)
    dialog = open_setup(qtbot, window, cashier)
    page = to_tab(qtbot, dialog, "PointsTab")
    ctrl(qtbot, dialog, Qt.Key.Key_L)
    retype(qtbot, page.fields["per_step"].widget, "0")
    ctrl(qtbot, dialog, Qt.Key.Key_S)
    assert page.error.isVisibleTo(page) and "must be positive" in page.error.text()
    assert stored(services, "points", shop["points"].id) == before
    # The form keeps what was typed, so the owner can correct it.
    assert page.fields["per_step"].widget.text() == "0"
    dialog.accept()


def test_ctrl_n_empties_the_form_and_ctrl_enter_adds_a_new_one(
    qtbot, window, cashier, services, shop, owner_signed_in
):
    dialog = open_setup(qtbot, window, cashier)
    page = to_tab(qtbot, dialog, "PromotionsTab")
    ctrl(qtbot, dialog, Qt.Key.Key_L)
    assert page.fields["name"].widget.text() == "Double Sundays"
    ctrl(qtbot, dialog, Qt.Key.Key_N)
    assert page.editing is None and page.fields["name"].widget.text() == ""
    assert page.button.text() == "Add (Ctrl+Enter)"
    assert dialog.focusWidget() is page.program  # the first field
    retype(qtbot, page.fields["name"].widget, "Triple Fridays")
    retype(qtbot, page.fields["mult"].widget, "3")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    names = [(p.name, p.multiplier_pct) for p in services.schemes.store.promotions()]
    assert names == [("Double Sundays", 200), ("Triple Fridays", 300)]
    assert page.list.topLevelItemCount() == 2
    dialog.accept()


def test_an_item_keeps_its_link_to_a_switched_off_program(
    qtbot, window, cashier, services, shop, coffee, owner_signed_in
):
    services.schemes.switch("points", shop["points"].id, False)
    dialog = open_setup(qtbot, window, cashier)
    page = to_tab(qtbot, dialog, "ItemsTab")
    ctrl(qtbot, dialog, Qt.Key.Key_L)
    texts = [page.programs.item(i).text() for i in range(page.programs.count())]
    assert texts == ["Coffee", "Points (off)"]
    retype(qtbot, page.fields["category"].widget, "hot drinks")
    ctrl(qtbot, dialog, Qt.Key.Key_S)
    latte = stored(services, "item", shop["latte"].id)
    assert latte.category == "hot drinks"
    assert latte.programs == frozenset({coffee.id, shop["points"].id})
    dialog.accept()


def test_after_switching_off_the_counter_no_longer_earns_it(
    qtbot, window, cashier, services, shop, member, owner_signed_in
):
    cashier.scan(window.search, member.card_number)
    window.visit_form.amount.setText("1000")
    qtbot.waitUntil(lambda: "Points" in window.visit_form.totals.text(), timeout=2000)
    dialog = open_setup(qtbot, window, cashier)
    for tab in ("PointsTab", "CreditTab", "PassesTab"):
        to_tab(qtbot, dialog, tab)
        ctrl(qtbot, dialog, Qt.Key.Key_L)
        ctrl(qtbot, dialog, Qt.Key.Key_O)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    # The counter re-read the schemes when the set-up closed.
    form = window.visit_form
    assert not form.schemes.points[shop["points"].id].active
    assert [o.kind for o in form.offers.offers() if o.kind == "sell_pass"] == []
    qtbot.waitUntil(lambda: "Points" not in form.totals.text(), timeout=2000)
    assert "Cashback" not in form.totals.text()
    form.amount.setFocus()
    cashier.press(Qt.Key.Key_Return, form.amount)
    [v] = list(services.db.query("SELECT * FROM visits"))
    assert v["charged"] == 1000
    earned = services.checkout.ledger.balances(member.id)
    assert earned.get((shop["points"].id, Account.POINTS), 0) == 0
    assert earned.get((shop["credit"].id, Account.CREDIT), 0) == 0


def test_a_percent_reward_is_added_from_the_catalogue_tab(
    qtbot, window, cashier, services, shop, owner_signed_in
):
    dialog = open_setup(qtbot, window, cashier)
    page = to_tab(qtbot, dialog, "RewardsTab")
    retype(qtbot, page.fields["name"].widget, "10 % off")
    retype(qtbot, page.fields["cost"].widget, "80")
    kind = page.fields["kind"].widget
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # Money off → Percent off
    retype(qtbot, page.fields["percent"].widget, "10")
    ctrl(qtbot, dialog, Qt.Key.Key_Return)
    assert not page.error.isVisibleTo(page), page.error.text()
    added = services.schemes.store.rewards()[-1]
    assert (added.name, added.cost, added.kind, added.value) == (
        "10 % off",
        80,
        RewardKind.PERCENT_DISCOUNT,
        10,
    )
    dialog.accept()


def test_switching_off_credit_or_a_tier_says_what_members_keep(
    qtbot, window, cashier, services, shop, member, owner_signed_in
):
    services.checkout.confirm(member.id, CheckoutRequest(amount=60000), "big")  # Gold, credit
    dialog = open_setup(qtbot, window, cashier)
    credit = to_tab(qtbot, dialog, "CreditTab")
    ctrl(qtbot, dialog, Qt.Key.Key_L)
    ctrl(qtbot, dialog, Qt.Key.Key_O)
    said = credit.done.text()
    assert "gives no more cashback" in said and "can still pay with it" in said
    assert f"({format_money(3000, 'HUF')} in all, held by 1)" in credit.done.text()
    tiers = to_tab(qtbot, dialog, "TiersTab")
    ctrl(qtbot, dialog, Qt.Key.Key_L)
    ctrl(qtbot, dialog, Qt.Key.Key_O)
    assert "Members in it keep it until their next tier review (now 1)" in tiers.done.text()
    assert services.checkout.tier_of(member.id).id == shop["gold"].id
    dialog.accept()
