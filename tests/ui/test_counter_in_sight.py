"""Every reward in sight at a 1280×720 till: every punch card on the member panel (ready
ones first, named in the banner), nothing scrolled over from the previous member, and
a checkout column that never hides the field the cashier is typing in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QWidget

from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.schemes import Item
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.checkout import CheckoutRequest

TILL = (1280, 720)


def settle(qtbot) -> None:
    """Let the layouts finish (lists lay out their rows a moment after they change)."""
    qtbot.wait(50)


def inside(widget: QWidget, area: QAbstractScrollArea) -> bool:
    """All of ``widget`` lies in what ``area`` shows (not scrolled or cut away)."""
    view = area.viewport()
    box = QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())
    return view.rect().contains(box) and widget.visibleRegion().boundingRect() == widget.rect()


def rows_in_view(view: QAbstractItemView) -> int:
    """How many rows of ``view`` are whole in what it shows."""
    box = view.viewport().rect()
    model = view.model()
    return sum(box.contains(view.visualRect(model.index(r, 0))) for r in range(model.rowCount()))


def on_screen(widget: QWidget, window: QWidget) -> bool:
    """All of ``widget`` is drawn, inside the window."""
    box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().contains(box) and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.fixture
def four_cards(services, coffee, shop):
    """Coffee (the shop fixture's latte counts for it), Pastry, Tea and Sandwich cards,
    each with an item on the list."""
    s = services.schemes
    cards = {"Coffee": coffee}
    for name, needed, reward, price in (
        ("Pastry", 8, "Free croissant", 650),
        ("Tea", 6, "Free tea", 600),
        ("Sandwich", 5, "Free sandwich", 1500),
    ):
        program = services.programs.add(StampProgram(0, name, needed, reward))
        s.add_item(Item(0, name, "food", price, frozenset({program.id, shop["points"].id})))
        cards[name] = program
    return cards


def fill(services, member, stamps: dict[int, int], request_id: str) -> None:
    services.checkout.confirm(member.id, CheckoutRequest(stamp_items=stamps), request_id)


def test_a_reward_ready_on_the_second_card_is_in_sight_and_in_the_banner(
    qtbot, window, cashier, services, member, coffee, four_cards
):
    window.resize(*TILL)
    pastry = four_cards["Pastry"]
    fill(services, member, {coffee.id: 3, pastry.id: 8}, "fill")  # the pastry card is full
    cashier.scan(window.search, member.card_number)
    settle(qtbot)
    assert "Ready: Free croissant." in window.banner.text()
    cards = window.panel.card_widgets
    assert cards[0].card.program == "Pastry"  # ready cards first
    assert cards[0].reward.text() == "REWARD READY: Free croissant"
    assert cards[0].reward.isVisibleTo(cards[0])
    for card in cards:
        assert inside(card, window.panel.page_scroll), card.card.program


def test_the_banner_names_every_reward_ready(window, cashier, services, member, coffee, shop):
    tea = services.programs.add(StampProgram(0, "Tea", 5, "Free tea"))
    fill(services, member, {coffee.id: 20, tea.id: 5}, "fill")
    cashier.scan(window.search, member.card_number)
    assert "Ready: 2 × Free coffee · Free tea." in window.banner.text()


def test_four_cards_fit_a_1280x720_till_without_a_scroll_bar(
    qtbot, window, cashier, services, member, coffee, four_cards
):
    window.resize(*TILL)
    pastry, tea = four_cards["Pastry"], four_cards["Tea"]
    fill(services, member, {coffee.id: 12, pastry.id: 8, tea.id: 2}, "fill")  # two ready
    cashier.scan(window.search, member.card_number)
    settle(qtbot)
    assert (window.width(), window.height()) == TILL
    panel = window.panel
    bar = panel.page_scroll.verticalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible()
    cards = panel.card_widgets
    assert [c.card.program for c in cards] == ["Coffee", "Pastry", "Tea", "Sandwich"]
    assert [c.card.rewards_ready for c in cards] == [1, 1, 0, 0]
    for card in cards:
        assert inside(card, panel.page_scroll), card.card.program
        assert card.circles.diameter() >= 24
    # The last visit stays in sight under them.
    assert inside(panel.visits, panel.page_scroll)
    assert rows_in_view(panel.visits) >= 1


def test_cards_are_full_size_when_the_height_allows(
    qtbot, window, cashier, services, member, coffee
):
    window.resize(1280, 800)
    fill(services, member, {coffee.id: 3}, "fill")
    cashier.scan(window.search, member.card_number)
    settle(qtbot)
    [card] = window.panel.card_widgets
    assert card.circles.diameter() == 36 and inside(card, window.panel.page_scroll)


def test_no_scroll_position_carries_over_to_the_next_member(
    qtbot, window, cashier, services, member, coffee, four_cards
):
    window.resize(*TILL)
    more = [services.programs.add(StampProgram(0, f"Card {n}", 5, "A treat")) for n in range(6)]
    fill(services, member, {p.id: 1 for p in more}, "fill")  # ten cards: the page scrolls
    cashier.scan(window.search, member.card_number)
    settle(qtbot)
    areas = [a for a in window.panel.stack.findChildren(QAbstractScrollArea) if a.isVisible()]
    scrolled = 0
    for area in areas:
        bar = area.verticalScrollBar()
        bar.setValue(bar.maximum())
        scrolled += bar.value()
    assert scrolled > 0  # something did scroll away from the top
    other = services.members.enroll(MemberInput("Szabó Anna", phone="+36 70 111 2222"))
    fill(services, other, {coffee.id: 2, four_cards["Sandwich"].id: 5}, "other")
    cashier.scan(cashier.focused(), services.members.view(other.id).card_number)
    settle(qtbot)
    assert window.panel.name.text() == "Szabó Anna"
    for area in window.panel.stack.findChildren(QAbstractScrollArea):
        assert area.verticalScrollBar().value() == 0, type(area).__name__
    first = window.panel.card_widgets[0]
    assert first.card.program == "Sandwich" and inside(first, window.panel.page_scroll)


# The checkout column ---------------------------------------------------------------


@pytest.fixture
def holder(services, member, shop):
    """A member with 60 points and 300 Ft of store credit: the Apply list shows a
    catalogue reward, paying with points, store credit and the pass to sell."""
    services.checkout.confirm(member.id, CheckoutRequest(amount=6000), "before")
    return member


def test_the_coupon_and_gift_card_fields_are_whole_when_the_apply_list_shows(
    qtbot, window, cashier, services, holder
):
    window.resize(*TILL)
    cashier.scan(window.search, holder.card_number)
    settle(qtbot)
    form = window.visit_form
    assert form.offers.isVisible() and form.offers.count() >= 4
    for field in (form.coupon, form.gift_card):
        assert on_screen(field, window), field.accessibleName()
    cashier.press(Qt.Key.Key_O, modifier=Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert cashier.focused() is form.coupon
    assert on_screen(form.coupon, window)


def test_the_focused_list_is_scrolled_into_view(qtbot, window, cashier, services, holder):
    window.resize(*TILL)
    cashier.scan(window.search, holder.card_number)
    form = window.visit_form
    cashier.press(Qt.Key.Key_L, modifier=Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert cashier.focused() is form.offers
    assert inside(form.offers, form.entries)
    # It keeps three lines while the cashier reads it.
    assert rows_in_view(form.offers) >= 3
    # Back to the amount: that comes into view again, however the focus got there.
    form.amount.setFocus()
    settle(qtbot)
    assert inside(form.amount, form.entries)


def test_the_lists_show_more_rows_where_the_height_allows(
    qtbot, window, cashier, services, holder, four_cards
):
    window.resize(1280, 1000)
    cashier.scan(window.search, holder.card_number)
    settle(qtbot)
    form = window.visit_form
    assert form.items.count() == 4 and form.offers.count() == 4
    for view in (form.items, form.offers):
        assert rows_in_view(view) == 4, view.accessibleName()
    assert form.entries.verticalScrollBar().maximum() == 0
