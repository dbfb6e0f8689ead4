"""Larger text: Ctrl+Plus, Ctrl+Minus and Ctrl+0 at the counter (stored, the member kept),
and at every size, in every language, the counter still fits a till with nothing
important cut: 1280×720 at 100 and 125 %, 1280×800 at the largest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QWidget

from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.schemes import CreditProgram, Item, PointsProgram, Tier
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui import qt_language as languages
from loyalty_pos.ui import theme
from loyalty_pos.ui.checkout.fit_label import FitLabel
from loyalty_pos.ui.main_window import MainWindow
from loyalty_pos.ui.shrink_label import ShrinkLabel


def activate(qtbot, w: MainWindow) -> MainWindow:
    """Shown and active, so its window shortcuts reach it (a rebuilt window is not
    given to qtbot: the next rebuild deletes it)."""
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    return w


def press(qtbot, w: MainWindow, key: Qt.Key) -> MainWindow:
    """Ctrl+``key`` at the counter; returns the counter window shown afterwards."""
    before = w.comfort.rebuilt
    qtbot.keyClick(w.focusWidget() or w, key, Qt.KeyboardModifier.ControlModifier)
    new = w.comfort.rebuilt
    if new is not None and new is not before:
        return activate(qtbot, new)
    return w


def test_ctrl_plus_minus_and_0_change_the_text_size_and_keep_the_member(qtbot, services, member):
    window = activate(qtbot, MainWindow(services))
    window.open_code(member.card_number)
    assert theme.text_size() == 100
    normal_pt = window.panel.name.font().pointSize()

    w = press(qtbot, window, Qt.Key.Key_Plus)
    assert w is not window and services.display.get().text_size == 125
    assert w.current_member is not None and w.panel.name.text() == "Kovács Éva"
    assert w.panel.name.font().pointSize() == theme.pt(theme.NAME_PT) > normal_pt
    assert "Large (125 %)" in w.banner.text()

    w = press(qtbot, w, Qt.Key.Key_Equal)  # Ctrl+= is Ctrl+Plus without Shift
    assert services.display.get().text_size == 150
    assert w.banner._label.font().pointSize() == round(theme.BANNER_PT * 1.5)
    same = press(qtbot, w, Qt.Key.Key_Plus)  # no larger size: nothing is rebuilt
    assert same is w and "as large as it goes" in w.banner.text()

    w = press(qtbot, w, Qt.Key.Key_Minus)
    assert services.display.get().text_size == 125
    w = press(qtbot, w, Qt.Key.Key_0)
    assert services.display.get().text_size == 100 and theme.text_size() == 100
    assert w.panel.name.font().pointSize() == normal_pt
    assert w.current_member is not None
    same = press(qtbot, w, Qt.Key.Key_Minus)  # no smaller size
    assert same is w and "Normal (100 %)" in w.banner.text()
    w.close()


def test_the_view_menu_shows_the_keys(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    shown = {a.text(): a.shortcut().toString() for a in menu.actions()}
    assert shown == {
        "Larger text": "Ctrl++",
        "Smaller text": "Ctrl+-",
        "Normal text size": "Ctrl+0",
    }


@pytest.fixture
def busy_member(services, coffee):
    """A long name, two punch cards (one ready), points, credit, a tier and two visits:
    as much as a member panel ever shows."""
    s = services.schemes
    pastry = services.programs.add(
        StampProgram(0, "Pastry card", 8, "Croissant", RewardKind.FIXED_DISCOUNT, 500)
    )
    points = s.add_points(PointsProgram(0, "Bean points", 1, 100, point_value=10))
    s.add_credit(CreditProgram(0, "Cashback", 200, expiry_days=60))
    s.add_tier(Tier(0, "Gold", 1, min_spend=1000, discount_bp=500))
    latte = s.add_item(Item(0, "Latte", "coffee", 1200, frozenset({coffee.id, points.id})))
    s.add_item(Item(0, "Croissant", "pastry", 650, frozenset({pastry.id, points.id})))
    m = services.members.enroll(
        MemberInput("Nguyễn Thị Phương Thảo", phone="+84 90 123 4567", birthday="1990-05-01")
    )
    for i in range(2):
        services.checkout.confirm(
            m.id, CheckoutRequest(amount=12000, items={latte.id: 6}), f"busy-{i}"
        )
    return services.members.view(m.id)


def clipped_labels(window: QWidget) -> list[str]:
    """One-line labels and buttons on screen whose text is wider than they are (a
    scrolled page counts its own width, not what is scrolled out of view)."""
    out = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or isinstance(w, (ShrinkLabel, FitLabel)):
            continue
        if isinstance(w, QPushButton):
            if w.width() < w.sizeHint().width() - 2:  # its label would be cut
                out.append(f"QPushButton {w.text()!r}: {w.width()} < {w.sizeHint().width()}")
            continue
        if isinstance(w, QLabel) and w.wordWrap() and w.text():
            needed = w.heightForWidth(w.width())
            if needed > w.height() + 2:  # its last lines cut off
                out.append(f"QLabel {w.text()[:40]!r}: {needed} px high > {w.height()}")
            continue
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText:
            text = w.text()
            if w.buddy() is not None:  # "&Amount" shows as "Amount", A underlined
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        else:
            continue
        widest = max((w.fontMetrics().horizontalAdvance(t) for t in text.split("\n")), default=0)
        room = w.contentsRect().width()
        if text and widest > room + 2:
            out.append(f"{type(w).__name__} {text!r}: {widest} > {room}")
    return out


def outside_window(window: QWidget, widgets: list[QWidget]) -> list[str]:
    """Widgets reaching past the window, or past the width of the scroll area they are
    in (a page that scrolls up and down may hold them below its fold)."""
    out = []
    for w in widgets:
        name = f"{w.objectName() or type(w).__name__} {getattr(w, 'text', str)()!r}"
        parent = w.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            viewport = parent.viewport()
            left = w.mapTo(viewport, w.rect().topLeft()).x()
            if left < 0 or left + w.width() > viewport.width() + 1:
                out.append(f"{name} past its scroll area: {left}+{w.width()} > {viewport.width()}")
            continue
        top_left = w.mapTo(window, w.rect().topLeft())
        bottom = top_left.y() + w.height()
        inside = window.centralWidget().geometry()
        right = top_left.x() + w.width()
        if not inside.contains(top_left) or right > window.width() or bottom > inside.bottom() + 1:
            out.append(f"{name} outside the window")
    return out


@pytest.mark.parametrize("language", ["en", "hu", "vi", "nb"])
@pytest.mark.parametrize("size", theme.TEXT_SIZES)
def test_the_counter_fits_the_till_at_every_text_size_in_every_language(
    qtbot, services, busy_member, size, language, restore_language
):
    width, height = (1280, 800) if size == 150 else (1280, 720)
    languages.apply(language)
    services.display.set("text_size", str(size))
    w = MainWindow(services)
    qtbot.addWidget(w)
    activate(qtbot, w)
    w.resize(width, height)
    w.open_code(busy_member.card_number)
    form = w.visit_form
    form.amount.setText("123456")
    form.offers.tick("credit")
    form.refresh_preview()
    w.banner.error("The card 2912345678901 is blocked. Ask the owner to unblock it (F12, 1).")
    qtbot.wait(10)
    hint = w.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, (size, hint)
    assert (w.width(), w.height()) == (width, height)
    # The figures the cashier reads from a step away: whole, and large.
    cash = form.totals.cash_due
    assert cash.shown_text() == cash.full_text() == form.totals.cash_due.text()
    assert cash.shown_point_size() >= theme.pt(theme.CARD_TITLE_PT)
    assert cash.shown_point_size() > w.banner._label.font().pointSize()  # the biggest
    assert w.panel.name.shown_text() == "Nguyễn Thị Phương Thảo"
    assert w.panel.name.shown_point_size() >= theme.pt(theme.BASE_PT)
    assert clipped_labels(w) == [], clipped_labels(w)
    key = [w.panel.name, cash, form.confirm_button, form.amount, *w.panel.card_widgets]
    key += [c.count for c in w.panel.card_widgets] + w.panel.balances.tiles
    key += list(w.shortcuts.buttons.values())
    assert outside_window(w, key) == []
    assert all(c.circles.diameter() >= 24 for c in w.panel.card_widgets)
    w.scan_filter.uninstall()


def test_the_owner_sets_the_text_size_in_settings_and_the_counter_is_rebuilt(
    qtbot, services, member, owner_signed_in
):
    window = activate(qtbot, MainWindow(services))
    window.open_code(member.card_number)
    window.owner_actions.open_settings()
    dialog = window.owner_actions.settings_dialog
    assert dialog.text_size.currentData() == 100
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(150))
    dialog.save()
    new = window.owner_actions.relaunched
    assert new is not window and services.display.get().text_size == 150
    assert theme.text_size() == 150
    assert new.banner._label.font().pointSize() == theme.pt(theme.BANNER_PT)
    new.close()
