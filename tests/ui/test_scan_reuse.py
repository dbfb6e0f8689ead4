"""A scan shows the next member in the widgets already on screen.

The member panel's punch cards and the checkout's item-count rows are built once and
updated in place (a scan must be drawn within a frame; building them anew for every
customer was most of its time). What must not follow from that: a widget showing the
previous member's card, stamps, colours or count, or more cards or rows than the
member has.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.ui import theme
from loyalty_pos.ui.formatting import stamps_of
from loyalty_pos.ui.stamp_card import StampCard


def shown_cards(window) -> list[StampCard]:
    """Every punch card widget on screen (whatever list holds it)."""
    return [c for c in window.panel.cards.findChildren(StampCard) if c.isVisible()]


def shown_spins(window) -> list:
    rows = window.visit_form.stamp_rows
    return [w for w in rows.findChildren(type(window.visit_form.rows[0].items)) if w.isVisible()]


def ink(widget) -> str:
    return widget.palette().color(QPalette.ColorRole.WindowText).name()


def background(card: StampCard) -> str:
    """The card's colour as drawn, inside its border and left of its contents."""
    return card.grab().toImage().pixelColor(5, card.height() // 2).name()


def test_a_second_member_with_the_same_cards_is_shown_in_the_same_widgets(
    qtbot, window, cashier, services, member, coffee
):
    tea = services.programs.add(StampProgram(0, "Tea", 5, "Free tea"))
    other = services.members.enroll(MemberInput("Nguyễn Văn An", phone="+84 90 123 4567"))
    services.checkout.confirm(other.id, Req(stamp_items={coffee.id: 4, tea.id: 2}), "other")
    cashier.scan(window.search, member.card_number)
    cards = list(window.panel.card_widgets)
    spins = [r.items for r in window.visit_form.rows]
    assert [c.count.text() for c in cards] == [stamps_of(0, 10), stamps_of(0, 5)]

    cashier.scan(window.search, other.card_number)
    assert window.current_member.id == other.id
    assert window.panel.card_widgets == cards  # the same objects, in the same order
    assert all(a is b for a, b in zip(window.panel.card_widgets, cards, strict=True))
    assert [r.items for r in window.visit_form.rows] == spins
    # ... showing the second member's stamps, and a fresh visit's counts.
    assert [c.count.text() for c in cards] == [stamps_of(4, 10), stamps_of(2, 5)]
    assert [c.circles.filled for c in cards] == [4, 2]
    assert [r.items.value() for r in window.visit_form.rows] == [1, 0]
    assert [r.card.program for r in window.visit_form.rows] == ["Coffee", "Tea"]
    assert window.panel.name.text() == "Nguyễn Văn An"


def test_a_ready_reward_and_a_plain_card_take_turns_in_one_widget(
    qtbot, window, cashier, services, member, coffee
):
    ready = services.members.enroll(MemberInput("Ola Nordmann", phone="+47 912 34 567"))
    services.checkout.confirm(ready.id, Req(stamp_items={coffee.id: 12}), "ready")
    cashier.scan(window.search, ready.card_number)
    [card] = window.panel.card_widgets
    assert card.property("ready") and card.reward.text() == "REWARD READY: Free coffee"
    assert card.reward.isVisibleTo(card)
    assert card.circles.isVisibleTo(card) == (not card.compact)  # compact: words instead
    amber = theme.colours().tones["reward"][0]
    assert background(card) == amber

    cashier.scan(window.search, member.card_number)
    assert window.panel.card_widgets == [card]
    assert not card.property("ready")
    assert card.count.text() == stamps_of(0, 10) and card.circles.filled == 0
    assert card.circles.isVisibleTo(card) and not card.circles.on_reward
    assert card.reward.text() == "Reward: Free coffee"
    assert card.reward.isVisibleTo(card) == (not card.compact)  # compact: in the tooltip
    assert card.toolTip() == "Reward: Free coffee"
    assert background(card) == theme.colours().panel  # the style read its new look
    assert not card.reward.font().bold() and card.reward.objectName() == "hint"

    cashier.scan(window.search, ready.card_number)
    assert window.panel.card_widgets == [card]
    assert card.property("ready") and card.reward.isVisibleTo(card)
    assert card.circles.isVisibleTo(card) == (not card.compact)
    assert card.circles.filled == 2 and card.circles.on_reward
    assert background(card) == amber
    assert card.reward.font().bold()  # polished again, and then its own font
    assert card.reward.font().pointSize() == theme.pt(
        theme.BASE_PT if card.compact else theme.CARD_TITLE_PT
    )


def test_no_card_or_row_of_a_member_with_more_cards_stays_in_sight(
    qtbot, window, cashier, services, member, coffee
):
    services.programs.add(StampProgram(0, "Tea", 5, "Free tea"))
    cake = services.programs.add(StampProgram(0, "Cake", 8, "Free cake"))
    services.checkout.confirm(member.id, Req(stamp_items={cake.id: 3}), "cake")
    services.programs.switch(cake.id, False)  # only members holding stamps see it
    other = services.members.enroll(MemberInput("Hansen Kari", phone="+47 913 34 567"))
    cashier.scan(window.search, member.card_number)
    assert [c.card.program for c in window.panel.card_widgets] == ["Coffee", "Tea", "Cake"]
    assert len(shown_cards(window)) == 3
    cake_card = window.panel.card_widgets[2]
    assert cake_card.property("off") and cake_card.off_note.isVisibleTo(cake_card)
    assert [r.card.program for r in window.visit_form.rows] == ["Coffee", "Tea"]

    cashier.scan(window.search, other.card_number)
    assert [c.card.program for c in window.panel.card_widgets] == ["Coffee", "Tea"]
    assert shown_cards(window) == window.panel.card_widgets
    assert not cake_card.isVisible()
    assert all(not c.property("off") for c in window.panel.card_widgets)
    assert all(not c.off_note.isVisibleTo(c) for c in window.panel.card_widgets)
    assert [c.count.text() for c in window.panel.card_widgets] == [
        stamps_of(0, 10),
        stamps_of(0, 5),
    ]
    assert len(shown_spins(window)) == 2

    # And back: the switched-off card in the same widget, greyed again.
    cashier.scan(window.search, member.card_number)
    assert window.panel.card_widgets[2] is cake_card and cake_card.isVisible()
    assert cake_card.title.text() == "Cake (switched off)"
    assert ink(cake_card.count) == theme.colours().off_ink
    assert len(shown_cards(window)) == 3


def test_a_member_without_cards_after_one_with_cards(qtbot, window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    assert len(shown_cards(window)) == 1
    services.programs.switch(window.panel.card_widgets[0].card.program_id, False)
    lone = services.members.enroll(MemberInput("Lone Berg", phone="+47 914 34 567"))
    cashier.scan(window.search, lone.card_number)
    assert window.current_member.id == lone.id
    assert window.panel.card_widgets == [] and shown_cards(window) == []
    assert window.panel.cards.empty.isVisible()
    assert window.visit_form.rows == [] and not window.visit_form.stamp_rows.isVisible()


def test_the_last_visits_of_the_next_member_are_not_struck_through_as_the_last(
    qtbot, window, cashier, services, member, coffee
):
    voided = services.checkout.confirm(member.id, Req(stamp_items={coffee.id: 1}), "a")
    services.visits.void(voided.visit_id, "rung up twice")
    services.checkout.confirm(member.id, Req(stamp_items={coffee.id: 2}), "b")
    other = services.members.enroll(MemberInput("Trần Thị Bình", phone="+84 90 765 4321"))
    services.checkout.confirm(other.id, Req(stamp_items={coffee.id: 1}), "c")
    tree = window.panel.visits
    cashier.scan(window.search, member.card_number)
    assert tree.topLevelItemCount() == 2
    assert [tree.topLevelItem(i).font(1).strikeOut() for i in range(2)] == [False, True]

    cashier.scan(window.search, other.card_number)
    assert tree.topLevelItemCount() == 1
    row = tree.topLevelItem(0)
    assert not row.font(1).strikeOut()
    assert row.data(1, Qt.ItemDataRole.ForegroundRole) is None  # drawn in the list's ink
    assert window.panel.selected_visit().id == services.members.view(other.id).recent_visits[0].id

    lone = services.members.enroll(MemberInput("Berg Lone", phone="+47 915 34 567"))
    cashier.scan(window.search, lone.card_number)
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).text(1) == "No visits yet."
    assert window.panel.selected_visit() is None


def test_balance_tiles_of_a_member_with_a_pass_leave_with_the_member(
    qtbot, window, cashier, services, member, shop
):
    services.checkout.confirm(member.id, Req(buy_passes={shop["wash"].id: 1}), "pass")
    other = services.members.enroll(MemberInput("Vũ Minh Châu", phone="+84 90 222 3333"))
    cashier.scan(window.search, member.card_number)
    tiles = list(window.panel.balances.tiles)
    assert len(tiles) == 3 and "Car wash pass 10 left" in window.panel.balances.text()

    cashier.scan(window.search, other.card_number)
    shown = window.panel.balances.tiles
    assert len(shown) == 2 and all(a is b for a, b in zip(shown, tiles, strict=False))
    assert "Car wash" not in window.panel.balances.text()
    assert not tiles[2].isVisible()
    assert [t for t in window.panel.balances.findChildren(type(tiles[0])) if t.isVisible()] == shown


def test_the_offers_and_items_of_the_next_member_are_theirs_in_the_same_rows(
    qtbot, window, cashier, services, member, shop
):
    """The checkout's lists keep their rows: the next member's offers, none ticked, and
    the items without the last visit's quantities; a longer list gains rows, a shorter
    one loses them."""
    services.checkout.confirm(member.id, Req(buy_passes={shop["wash"].id: 1}), "pass")
    other = services.members.enroll(MemberInput("Vũ Minh Châu", phone="+84 90 222 3333"))
    offers, items = window.visit_form.offers, window.visit_form.items
    cashier.scan(window.search, member.card_number)
    kinds = [o.kind for o in offers.offers()]
    assert "use_pass" in kinds
    rows = [offers.item(i) for i in range(offers.count())]
    item_rows = [items.item(i) for i in range(items.count())]
    assert item_rows and offers.ticked() == []
    offers.tick("use_pass")  # ticked, then the visit is confirmed: it starts anew
    items.set_quantity(shop["latte"].id, 2)
    window.visit_form.confirm()
    assert offers.ticked() == [] and items.quantities() == {}

    cashier.scan(window.search, other.card_number)
    assert window.current_member.id == other.id
    other_kinds = [o.kind for o in offers.offers()]
    assert "use_pass" not in other_kinds and len(other_kinds) < len(kinds)
    assert offers.count() == len(other_kinds)
    assert all(offers.item(i) is rows[i] for i in range(offers.count()))
    assert offers.ticked() == []
    assert [offers.item(i).text() for i in range(offers.count())] == [
        o.text for o in offers.offers()
    ]
    assert [items.item(i) for i in range(items.count())] == item_rows
    assert items.quantities() == {} and "2 ×" not in items.item(0).text()

    cashier.scan(window.search, member.card_number)
    assert [o.kind for o in offers.offers()] == kinds
    assert offers.item(kinds.index("use_pass")).checkState() == Qt.CheckState.Unchecked
    assert offers.ticked() == []
