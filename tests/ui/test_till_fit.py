"""The counter on a till's screen: every screen fits a 1280×720 till (1280×800 at the
largest text), in every language; a dialog never opens bigger than the counter; the
counter opens maximized, or full screen in a kiosk; and the keyboard comes back to the
counter after every dialog, with no window manager to give it back (offscreen has
none, like a kiosk)."""

from __future__ import annotations

from pprint import pformat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from loyalty_pos.app import parse_args
from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui import qt_language as languages
from loyalty_pos.ui import theme
from loyalty_pos.ui.main_window import MainWindow
from loyalty_pos.ui.window_fit import show_on_till

LANGUAGES = ("en", "hu", "vi", "nb")


def till(size: int) -> tuple[int, int]:
    """The screen the counter must fit at ``size`` % text: 1280×720 (a panel PC, or
    1280×800 under a title bar and a taskbar), 1280×800 at the largest text."""
    return (1280, 800) if size == 150 else (1280, 720)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", theme.TEXT_SIZES)
def test_every_screen_fits_the_till_or_scrolls(
    qtbot, services, member, shop, coffee, owner_signed_in, screens, restore_language, size,
    language,
):  # fmt: skip
    """Each screen's minimum fits: the counter and the cashier's dialogs the till at
    this text size; the owner's screens 1280×720 at every size (a longer one scrolls).
    And each opens no bigger than the counter."""
    languages.apply(language)
    services.display.set("text_size", str(size))
    services.checkout.confirm(
        member.id, CheckoutRequest(amount=40000, items={shop["latte"].id: 3}), "fit-1"
    )
    services.coupons.add_offer(
        CouponOffer(0, "Spring treat", RewardKind.PERCENT_DISCOUNT, 20, valid_days=30)
    )
    width, height = till(size)
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    w.resize(width, height)
    w.open_code(member.card_number)
    too_big, opened_big = {}, {}
    rooms = [(screens.cashier(w), (width, height)), (screens.owner(w), (1280, 720))]
    for listed, (room_w, room_h) in rooms:
        for what, open_it in listed:
            screen = open_it() if what == "counter" else screens.opened(open_it())
            need = screen.minimumSizeHint().expandedTo(screen.minimumSize())
            if need.width() > room_w or need.height() > room_h:
                too_big[what] = (need.width(), need.height())
            if screen.width() > width or screen.height() > height:
                opened_big[what] = (screen.width(), screen.height())
            screens.close(screen, w)
    w.scan_filter.uninstall()
    assert too_big == {}, pformat(too_big)
    assert opened_big == {}, pformat(opened_big)


def test_a_dialog_taller_than_the_counter_opens_inside_it(qtbot, window, owner_signed_in):
    """The reports ask for 1280×860; on a 1280×720 counter they open 1280×720 on it."""
    window.resize(1280, 720)
    window.owner_actions.open_reports()
    dialog = window.owner_actions.reports_dialog
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1280 and dialog.height() <= 720
    assert window.geometry().contains(dialog.geometry())


def esc(qtbot, dialog) -> None:
    """Esc, as the cashier closes a dialog (what asks before it closes is answered)."""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    if dialog.isVisible():
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()


def keys_back_in(qtbot, window) -> str | None:
    """Where the keyboard went once a dialog over ``window`` closed: None when it is in
    ``window`` (which is active), else what has it."""
    try:
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    except qtbot.TimeoutError:
        return f"the active window is {QApplication.activeWindow()!r}"
    focus = QApplication.focusWidget()
    if focus is None or focus.window() is not window:
        return f"the focus is on {focus!r}"
    return None


@pytest.mark.parametrize("role", ["cashier", "owner"])
def test_the_keyboard_comes_back_to_the_counter_after_every_dialog(
    qtbot, counter, owner_signed_in, screens, role
):
    """After Esc on each dialog, the window it was opened from is active again and the
    field that had the keys has them again (nested: the dialog under it, then the
    counter); only the owner's set-up screens send them to the search on purpose."""
    w = counter
    wrong: dict[str, str] = {}
    listed = screens.cashier(w)[1:] if role == "cashier" else screens.owner(w)
    for what, open_it in listed:
        w.visit_form.focus_first()  # the cashier was typing the visit
        dialog = screens.opened(open_it())
        under = dialog.parentWidget().window()  # the counter, or the dialog it came from
        stack = [(dialog, under)] + ([(under, w)] if under is not w else [])
        for closing, back_to in stack:
            had = back_to.focusWidget()  # the field that had the keys when it opened
            esc(qtbot, closing)
            lost = keys_back_in(qtbot, back_to)
            focus = QApplication.focusWidget()
            if lost:
                wrong[what] = lost
            elif focus is not had and not (back_to is w and focus is w.search):
                wrong[what] = f"{type(focus).__name__}, not {type(had).__name__}"
    assert wrong == {}, pformat(wrong)


def test_after_a_sale_and_the_feedback_question_the_next_scan_reaches_the_counter(
    qtbot, counter, cashier
):
    """F6 turns the question towards the customer; when it closes, a scanned card opens
    its member, with no one clicking on the counter first."""
    w = counter
    w.visit_form.amount.setText("1000")
    w.visit_form.refresh_preview()
    w.visit_form.confirm()
    w.owner_actions.ask_feedback()
    dialog = w.owner_actions.feedback_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    code = w.current_member.card_number
    w.next_customer()
    cashier.scan(None, code)  # wherever the focus went: it must be in the counter
    assert w.current_member is not None and w.current_member.card_number == code


@pytest.mark.parametrize("kiosk", [False, True])
def test_the_counter_opens_maximized_or_full_screen_without_a_frame(qtbot, services, kiosk):
    w = MainWindow(services)
    qtbot.addWidget(w)
    show_on_till(w, kiosk=kiosk)
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)  # nobody else activates it
    assert (w.isMaximized(), w.isFullScreen()) == (not kiosk, kiosk)
    assert bool(w.windowFlags() & Qt.WindowType.FramelessWindowHint) == kiosk
    assert QApplication.focusWidget() is w.search  # the keys are at the counter
    w.scan_filter.uninstall()


def test_kiosk_is_an_owner_setting_and_a_command_line_switch(qtbot, services, owner_signed_in):
    assert parse_args(["--kiosk"]).kiosk and not parse_args([]).kiosk
    window = MainWindow(services)
    window.show()
    window.owner_actions.open_settings()
    dialog = window.owner_actions.settings_dialog
    assert not dialog.kiosk.isChecked()
    dialog.kiosk.setChecked(True)
    dialog.save()
    assert services.display.get().kiosk
    new = window.owner_actions.relaunched  # the counter made anew, without a frame
    qtbot.waitUntil(lambda: new.isFullScreen() and new.isActiveWindow(), timeout=2000)
    assert new.windowFlags() & Qt.WindowType.FramelessWindowHint
    new.owner_actions.open_settings()
    again = new.owner_actions.settings_dialog
    assert again.kiosk.isChecked()
    again.kiosk.setChecked(False)
    again.save()
    framed = new.owner_actions.relaunched
    qtbot.waitUntil(lambda: framed.isMaximized() and framed.isActiveWindow(), timeout=2000)
    assert not framed.windowFlags() & Qt.WindowType.FramelessWindowHint
    framed.scan_filter.uninstall()
    framed.close()


def test_a_new_text_size_keeps_the_window_full_screen_and_the_keyboard(qtbot, services, member):
    services.display.set("kiosk", "on")
    w = MainWindow(services)
    show_on_till(w, kiosk=True)
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    w.open_code(member.card_number)
    new = w.comfort.change_text_size(1)
    qtbot.waitUntil(lambda: new.isActiveWindow(), timeout=2000)  # nobody activated it
    assert new.isFullScreen() and new.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert QApplication.focusWidget() is not None
    assert QApplication.focusWidget().window() is new
    new.scan_filter.uninstall()
    new.close()


def test_the_menus_and_the_status_line_share_one_row(window):
    menus, status = window.menuBar(), window.statusBar()
    assert menus.parentWidget() is status.parentWidget() is window.menuWidget()
    assert menus.geometry().top() == status.geometry().top() == 0
    assert window.centralWidget().geometry().top() == window.menuWidget().height()
    assert "At the till" in window.owner_actions.cashier_label.text()
    assert window.owner_actions.cashier_label.font().pointSize() == menus.font().pointSize()
