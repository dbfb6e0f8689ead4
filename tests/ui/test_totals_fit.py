"""The totals box at 1280×800: the "Earns" line of a visit earning on four programs is
shown whole (in its short form if need be), never cut at its edges."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.schemes import Item
from loyalty_pos.ui.checkout.fit_label import ELLIPSIS, FitLabel


def ring_up_four_programs(qtbot, window, services, member, shop, coffee) -> FitLabel:
    """Latte (coffee card, points) and croissant (pastry card, points), with cashback."""
    pastry = services.programs.add(StampProgram(0, "Pastry card", 8, "Free croissant"))
    croissant = services.schemes.add_item(
        Item(0, "Croissant", "pastry", 650, frozenset({pastry.id, shop["points"].id}))
    )
    window.open_code(member.card_number)
    form = window.visit_form
    form.items.set_quantity(shop["latte"].id, 2)
    form.items.set_quantity(croissant.id, 1)
    form.amount.setText("3050")
    earn = form.totals.earn
    qtbot.waitUntil(lambda: "Cashback" in earn.full_text(), timeout=2000)
    return earn


def inside(widget: QWidget, outer: QWidget) -> bool:
    """``widget``'s whole rectangle lies within ``outer``'s contents."""
    top_left = widget.mapTo(outer, widget.rect().topLeft())
    bottom_right = widget.mapTo(outer, widget.rect().bottomRight())
    box = outer.contentsRect()
    return box.contains(top_left) and box.contains(bottom_right)


def test_earns_on_four_programs_is_not_cut_at_1280x800(
    qtbot, window, services, member, shop, coffee
):
    assert (window.width(), window.height()) == (1280, 800)
    earn = ring_up_four_programs(qtbot, window, services, member, shop, coffee)
    full = earn.full_text()
    assert "rounded down" in full  # the rules, for "why only 12 points?"
    shown = earn.text()
    for name in ("Coffee +2", "Pastry card +1", "Points", "Cashback"):
        assert name in shown
    assert earn.fits(shown)  # every line of it within the label's height
    assert not shown.endswith(ELLIPSIS)
    assert earn.toolTip() == full
    assert inside(earn, window.visit_form.totals)


def test_the_rules_show_when_there_is_room(qtbot, window, services, member, shop, coffee):
    window.resize(1600, 1200)
    earn = ring_up_four_programs(qtbot, window, services, member, shop, coffee)
    qtbot.waitUntil(lambda: earn.text() == earn.full_text(), timeout=2000)
    assert earn.fits(earn.text())


def test_a_label_too_small_for_any_form_ends_with_an_ellipsis(qtbot):
    label = FitLabel()
    qtbot.addWidget(label)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft)
    label.resize(120, label.fontMetrics().lineSpacing() + 2)  # one line
    label.set_texts(["Earns: a long line with its rules spelt out", "Earns: a b c d e f g h"])
    assert label.text().endswith(ELLIPSIS)
    assert label.fits(label.text())
    assert label.full_text() == "Earns: a long line with its rules spelt out"
