"""A scan is always a code, in every window: what the testers found with a real scanner.

Each cashier dialog and each owner screen gets a scanner's burst (13 digits and Enter,
as fast as the test can send them) where its focus is. Nothing in the database changes,
no field holds the digits, the dialog stays open and says why in a notice, the
"refused" sound plays; closed again, the counter takes the next scan as always. Where
a dialog has a use for a code it takes it: F3 a blank card, Ctrl+G a gift card.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.domain.schemes import CatalogueReward
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui import scan_route, theme
from loyalty_pos.ui.owner_gate import require_owner
from loyalty_pos.ui.pin_dialog import NewPinDialog, PinDialog
from loyalty_pos.ui.scan_route import ScanNotice
from loyalty_pos.ui.sounds import REFUSED, TAKEN
from loyalty_pos.ui.theme import Tone

PRODUCT = "5901234123457"  # a valid EAN-13 outside 20-29: a chocolate bar, say


@pytest.fixture
def counter(window, services, member, shop, coffee):
    """The counter with a regular open (as in test_access_audit): a visit to void or
    refund, credit to pay part with, a catalogue reward and a coupon offer."""
    services.checkout.confirm(
        member.id, CheckoutRequest(amount=40000, items={shop["latte"].id: 3}), "scan-1"
    )
    services.schemes.add_reward(
        CatalogueReward(0, shop["points"].id, "Free latte", 10, RewardKind.FREE_ITEM, 1)
    )
    services.coupons.add_offer(
        CouponOffer(0, "Spring treat", RewardKind.PERCENT_DISCOUNT, 20, valid_days=30)
    )
    window.open_code(member.card_number)
    return window


@pytest.fixture
def other(services, coffee):
    return services.members.enroll(MemberInput("Szabó Anna", phone="+36 70 111 2222"))


def _part_box(w) -> QWidget:
    offers = w.visit_form.offers
    offers.setFocus()
    offers.setCurrentRow(next(i for i, o in enumerate(offers.offers()) if o.kind == "credit"))
    w.visit_form.edit_part()
    return w.visit_form.part_dialog


def _feedback(w) -> QWidget:
    w.visit_form.amount.setText("1000")
    w.visit_form.refresh_preview()
    w.visit_form.confirm()
    w.owner_actions.ask_feedback()
    return w.owner_actions.feedback_dialog


def _print_codes(w) -> QWidget:
    w.rewards.coupon_offers()
    dialog = w.rewards.dialog
    dialog.list.setCurrentRow(0)
    dialog.print_codes()
    return dialog.print_dialog


def _owner_menu(w) -> QWidget:
    from loyalty_pos.ui.owner_actions import OwnerMenu

    menu = OwnerMenu(w)
    menu.open()
    return menu


def _liability(w) -> QWidget:
    w.owner_actions.open_reports()
    w.owner_actions.reports_dialog.tabs.setCurrentIndex(5)
    return w.owner_actions.reports_dialog


# What opens each screen: the cashier's (the testers' list) and every owner screen of
# the F12 menu and the owner's keys (the same list as test_access_audit.py).
CASHIER: dict[str, Callable] = {
    "F3 enrol": lambda w: (w.enroll(), w.enroll_dialog)[1],
    "F4 edit": lambda w: (w.edit_member(), w.enroll_dialog)[1],
    "F6 feedback": _feedback,
    "F7 refund": lambda w: (w.refund_visit(), w.refund_dialog)[1],
    "F8 void": lambda w: (w.void_visit(), w.void_dialog)[1],
    "F11 cashier": lambda w: (w.owner_actions.switch_cashier(), w.owner_actions.switch_dialog)[1],
    "Ctrl+G gift cards": lambda w: (w.rewards.gift_cards(), w.rewards.dialog)[1],
    "Ctrl+H part": _part_box,
}
OWNER: dict[str, Callable] = {
    "F12 menu": _owner_menu,
    "F12 1 staff": lambda w: (w.owner_actions.open_staff(), w.owner_actions.staff_dialog)[1],
    "F12 2 settings": lambda w: (
        w.owner_actions.open_settings(),
        w.owner_actions.settings_dialog,
    )[1],
    "F12 3 reports": lambda w: (w.owner_actions.open_reports(), w.owner_actions.reports_dialog)[1],
    "F12 3 reports, liability": _liability,
    "F12 4 programs": lambda w: (w.open_programs(), w.programs_dialog)[1],
    "F12 5 backups": lambda w: (w.owner_actions.open_backups(), w.owner_actions.backups_dialog)[1],
    "F12 6 import": lambda w: (
        w.owner_actions.open_import_export(),
        w.owner_actions.import_export_dialog,
    )[1],
    "F12 8 members' data": lambda w: (  # no member open: the scanned card is not in it
        w.next_customer(),
        w.owner_actions.open_member_data(),
        w.owner_actions.member_data_dialog,
    )[2],
    "Shift+F9 rewards set-up": lambda w: (w.open_setup(), w.setup_dialog)[1],
    "Ctrl+Shift+O coupon offers": lambda w: (w.rewards.coupon_offers(), w.rewards.dialog)[1],
    "Ctrl+P print codes": _print_codes,
    "Ctrl+Shift+A correct": lambda w: (w.rewards.adjust(), w.rewards.dialog)[1],
    "Ctrl+Shift+P print cards": lambda w: (w.printing.print_cards(), w.printing.dialog)[1],
    "Ctrl+Shift+D card design": lambda w: (w.printing.card_design(), w.printing.design_dialog)[1],
    "Ctrl+Shift+U unusual": lambda w: (w.rewards.unusual(), w.rewards.dialog)[1],
}


def opened(qtbot, dialog: QWidget) -> QWidget:
    assert dialog is not None and dialog.isVisible(), dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def close(dialog: QWidget) -> None:
    for child in dialog.findChildren(QDialog):
        if child.isVisible():
            child.reject()
    dialog.reject() if isinstance(dialog, QDialog) else dialog.close()


def notice(dialog: QWidget) -> ScanNotice:
    [shown] = [n for n in dialog.findChildren(ScanNotice) if n.isVisible()]
    return shown


def refused_here(qtbot, counter, cashier, database_rows, fields, dialog, code: str) -> str:
    """Scan ``code`` into ``dialog``; assert nothing changed; the notice's text."""
    played = counter.sounds.player.played
    rows, texts = database_rows(), fields(dialog)
    cashier.scan_into(dialog, code)
    assert database_rows() == rows
    assert fields(dialog) == texts
    assert all(code not in text for text in fields(dialog).values())
    assert dialog.isVisible()
    assert played[-1] == REFUSED
    said = notice(dialog)
    assert said.tone == Tone.ERROR
    assert said.text()
    return said.text()


@pytest.mark.parametrize("what", list(CASHIER))
def test_a_scan_in_a_cashier_dialog_changes_nothing_and_says_why(
    qtbot, counter, cashier, member, other, database_rows, fields, what
):
    dialog = opened(qtbot, CASHIER[what](counter))
    for code in (member.card_number, PRODUCT):
        refused_here(qtbot, counter, cashier, database_rows, fields, dialog, code)
    close(dialog)
    cashier.scan(counter.search, other.card_number)  # then the counter, as always
    assert counter.current_member.id == other.id
    assert counter.sounds.player.played[-1] == TAKEN


@pytest.mark.parametrize("what", list(OWNER))
def test_a_scan_in_an_owner_screen_changes_nothing_and_says_why(
    qtbot, counter, cashier, member, other, owner_signed_in, database_rows, fields, what
):
    dialog = opened(qtbot, OWNER[what](counter))
    text = refused_here(qtbot, counter, cashier, database_rows, fields, dialog, member.card_number)
    assert "nothing was changed" in text
    close(dialog)
    cashier.scan(counter.search, other.card_number)
    assert counter.current_member.id == other.id


def test_f3_with_the_name_field_focused_enrols_nobody_named_after_a_card(
    qtbot, counter, cashier, member, database_rows, fields
):
    """The testers' "2961904516883", enrolled as a name."""
    dialog = opened(qtbot, CASHIER["F3 enrol"](counter))
    dialog.name.setFocus()
    text = refused_here(qtbot, counter, cashier, database_rows, fields, dialog, member.card_number)
    assert member.name in text
    assert dialog.name.text() == ""


def test_f3_takes_a_scanned_blank_card_with_the_focus_on_consent(
    qtbot, counter, cashier, services, database_rows
):
    """The testers' blank card: its digits were dropped, Enter enrolled a random number."""
    blank = services.cards.reserve_blank(1)[0].card_number
    dialog = opened(qtbot, CASHIER["F3 enrol"](counter))
    dialog.name.setText("Lê Thị Hoa")
    dialog.consent_post.setFocus()
    rows = database_rows()
    cashier.scan_into(dialog, blank)
    assert dialog.isVisible()  # the scanner's Enter did not enrol
    assert database_rows() == rows
    assert dialog.card.text() == blank
    assert blank in notice(dialog).text()
    assert counter.sounds.player.played[-1] == TAKEN
    dialog.submit()
    assert services.members.lookup(blank).name == "Lê Thị Hoa"


def test_f3_takes_a_referrers_card_in_referred_by(qtbot, counter, cashier, member):
    dialog = opened(qtbot, CASHIER["F3 enrol"](counter))
    dialog.referrer.setFocus()
    cashier.scan_into(dialog, member.card_number)
    assert dialog.referrer.text() == member.card_number
    assert dialog.card.text() == ""


def test_f3_refuses_a_gift_cards_number_as_a_member_card(
    qtbot, counter, cashier, services, database_rows, fields
):
    card = services.gift_cards.issue(5000)
    dialog = opened(qtbot, CASHIER["F3 enrol"](counter))
    text = refused_here(qtbot, counter, cashier, database_rows, fields, dialog, card.code)
    assert "gift card" in text


def test_ctrl_g_looks_a_scanned_gift_card_up_from_the_sell_tab(
    qtbot, counter, cashier, services, database_rows
):
    """The testers' 296 190 Ft gift card, sold by a member card's digits."""
    card = services.gift_cards.issue(5000)
    dialog = opened(qtbot, CASHIER["Ctrl+G gift cards"](counter))
    assert dialog.tabs.currentIndex() == 0  # selling: the amount has the focus
    rows = database_rows()
    cashier.scan_into(dialog, card.code)
    assert database_rows() == rows
    assert dialog.tabs.currentIndex() == 1
    assert dialog.code.text() == card.code
    assert dialog.shown_card is not None and dialog.shown_card.code == card.code
    assert dialog.amount.value() == 0
    assert counter.sounds.player.played[-1] == TAKEN


def test_f11_a_scan_picks_nobody_and_counts_no_pin_try(
    qtbot, counter, cashier, services, member, database_rows, fields
):
    services.staff.set_pin(3, "4321")
    dialog = opened(qtbot, CASHIER["F11 cashier"](counter))
    refused_here(qtbot, counter, cashier, database_rows, fields, dialog, member.card_number)
    assert dialog.picked is None
    dialog.pick(next(i for i, p in enumerate(dialog.people) if p.id == 3))
    text = refused_here(qtbot, counter, cashier, database_rows, fields, dialog, "2961904516883")
    assert "not a PIN" in text
    assert services.staff.get(3).locked_until is None


def test_f6_a_scan_is_no_score(qtbot, counter, cashier, services, member, database_rows, fields):
    dialog = opened(qtbot, CASHIER["F6 feedback"](counter))
    refused_here(qtbot, counter, cashier, database_rows, fields, dialog, member.card_number)
    assert dialog.score is None
    assert services.db.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0


def test_the_owners_pin_prompt_counts_no_try_for_five_scans(
    qtbot, window, cashier, services, member, database_rows
):
    """Five scans used to lock the owner out."""
    services.staff.set_pin(2, "123456")
    rows = database_rows()
    seen: dict[str, object] = {}

    def scan_five_times() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PinDialog)
        for _ in range(5):
            cashier.scan(dialog.pin, member.card_number)
        seen["pin"] = dialog.pin.text()
        seen["notice"] = notice(dialog).text()
        dialog.reject()

    QTimer.singleShot(0, scan_five_times)
    assert not require_owner(window, services)
    assert seen["pin"] == ""
    assert "not a PIN" in str(seen["notice"])
    assert database_rows() == rows  # no failed try, no lock
    assert window.sounds.player.played[-5:] == [REFUSED] * 5

    def right_pin() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.pin.setText("123456")
        dialog.submit()

    QTimer.singleShot(0, right_pin)
    assert require_owner(window, services)  # not locked out


def test_f12_a_persons_digit_still_picks_a_screen_but_a_scans_first_digit_does_not(
    qtbot, counter, cashier, member
):
    """The menu's "1"…"6" are shortcuts, which Qt fires before a key press arrives: the
    filter claims them (a scan's first digit must not open Settings) and fires the
    shortcut itself once the key turns out to be a person's."""
    menu = opened(qtbot, OWNER["F12 menu"](counter))
    cashier.scan_into(menu, member.card_number)  # starts with "2"
    assert menu.isVisible() and menu.choice is None
    cashier.slow_typing(counter)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    qtbot.waitUntil(lambda: menu.choice == "2", timeout=1000)  # after the pause
    assert not menu.isVisible()


def test_the_notice_fits_a_narrow_dialog_and_goes_away(qtbot, window, cashier, member, monkeypatch):
    monkeypatch.setattr(scan_route, "NOTICE_MS", 50)
    menu = opened(qtbot, OWNER["F12 menu"](window))
    cashier.scan_into(menu, member.card_number)
    said = notice(menu)
    label = said.findChild(QLabel, "bannerText")
    assert label.font().pointSize() == theme.pt(theme.BASE_PT)  # not the banner's size
    assert said.height() < menu.height() / 2
    qtbot.waitUntil(lambda: not said.isVisible(), timeout=1000)
    menu.reject()


def test_a_persons_space_still_ticks_a_check_box_in_a_dialog(qtbot, counter, cashier):
    """Space acts on its release: a held Space's release waits and follows its press."""
    dialog = opened(qtbot, CASHIER["F3 enrol"](counter))
    dialog.consent_sms.setFocus()
    cashier.slow_typing(counter)
    qtbot.keyClick(dialog.consent_sms, Qt.Key.Key_Space)
    qtbot.waitUntil(dialog.consent_sms.isChecked, timeout=1000)
    assert not dialog.consent_sms.isDown()
    dialog.reject()


def test_choosing_a_first_pin_takes_no_scan(qtbot, window, cashier, member, fields):
    saved: list[str] = []
    dialog = NewPinDialog("Owner PIN", "Choose a PIN", saved.append, window)
    dialog.open()
    opened(qtbot, dialog)
    cashier.scan_into(dialog, member.card_number)
    assert saved == [] and dialog.isVisible()
    assert set(fields(dialog).values()) == {""}
    assert "not a PIN" in notice(dialog).text()
    dialog.reject()
