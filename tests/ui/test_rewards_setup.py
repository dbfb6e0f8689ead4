"""The owner's rewards set-up (Shift+F9), referral at enrolment, and the member panel's
balances and expiry warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from loyalty_pos.domain.schemes import PointsProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui.theme import Tone


def test_shift_f9_adds_a_points_program_by_keyboard(
    qtbot, window, cashier, services, owner_signed_in
):
    cashier.press(Qt.Key.Key_F9, modifier=Qt.KeyboardModifier.ShiftModifier)
    dialog = window.setup_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    page = dialog.page("PointsTab")
    page.fields["name"].widget.setFocus()
    qtbot.keyClicks(page.fields["name"].widget, "Points")
    qtbot.keyClick(page.fields["name"].widget, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.fields["value"].widget, "2")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [p] = services.schemes.store.points_programs()
    assert (p.name, p.points_per_step, p.amount_step, p.point_value) == ("Points", 1, 100, 2)
    assert "Added “Points”" in page.done.text()
    assert page.list.topLevelItemCount() == 1
    # The catalogue tab offers the new program at once.
    rewards = dialog.page("RewardsTab")
    assert rewards.program.itemText(0) == "Points"


def test_setup_shows_the_services_messages_and_saves_nothing(
    qtbot, window, services, owner_signed_in
):
    window.open_setup()
    page = window.setup_dialog.page("CreditTab")
    page.fields["name"].widget.setText("Cashback")
    page.fields["rate"].widget.setText("150")  # percent
    page.submit()
    assert page.error.isVisibleTo(page)
    assert "between 0.01 % and 100 %" in page.error.text()
    assert services.schemes.store.credit_programs() == []
    page.fields["rate"].widget.setText("2.5")
    page.submit()
    assert [c.rate_bp for c in services.schemes.store.credit_programs()] == [250]


def test_setup_refuses_a_bad_number_beside_the_field(qtbot, window, services, owner_signed_in):
    window.open_setup()
    page = window.setup_dialog.page("PassesTab")
    page.fields["name"].widget.setText("10 washes")
    page.fields["price"].widget.setText("lots")
    page.submit()
    assert "Price" in page.error.text() and "not an amount" in page.error.text()
    assert services.schemes.store.pass_programs() == []


def test_rules_tab_sets_stacking_and_referral(window, services, owner_signed_in):
    points = services.schemes.add_points(PointsProgram(0, "Points", 1, 100))
    window.open_setup()
    page = window.setup_dialog.page("RulesTab")
    page.reload()
    page.fields["stack"].widget.setText("2")
    page.program.setCurrentIndex(page.program.findData(points.id))
    page.fields["bonus"].widget.setText("50")
    page.submit()
    schemes = services.checkout.schemes()
    assert (schemes.discounts_per_visit, schemes.referral_program_id) == (2, points.id)
    assert schemes.referral_bonus == 50


def test_enrolment_records_who_referred_the_new_member(qtbot, window, services, member):
    window.enroll()
    dialog = window.enroll_dialog
    dialog.name.setText("Lê Thị Hoa")
    dialog.referrer.setText(member.card_number)
    dialog.submit()
    new = window.current_member
    assert new.name == "Lê Thị Hoa"
    referral = services.checkout.store.referral(new.id)
    assert referral["referrer_id"] == member.id
    assert "Referred by Kovács Éva" in window.banner.text()


def test_enrolment_with_an_unknown_or_own_referrer_says_so_and_enrols_nobody(
    qtbot, window, services, member
):
    window.enroll()
    dialog = window.enroll_dialog
    dialog.name.setText("Lê Thị Hoa")
    dialog.phone.setText("+84 90 111 2222")
    dialog.referrer.setText("+47 000 00 000")
    dialog.submit()
    assert "nobody found" in dialog.error.text()
    dialog.referrer.setText("+84 90 111 2222")
    dialog.submit()
    assert "cannot refer themselves" in dialog.error.text()
    assert services.members.count() == 1
    assert dialog.isVisible()
    dialog.reject()


def test_panel_shows_points_credit_tier_and_what_expires_soon(
    qtbot, window, services, clock, member
):
    from loyalty_pos.domain.schemes import CreditProgram, Tier

    services.schemes.add_points(PointsProgram(0, "Points", 1, 100, expiry_days=60))
    services.schemes.add_credit(CreditProgram(0, "Cashback", 500))
    services.schemes.add_tier(Tier(0, "Gold", 1, min_spend=1000))
    services.checkout.confirm(member.id, CheckoutRequest(amount=4000), "a")
    clock.advance(days=40)
    window.open_member_id(member.id)
    tiles = window.panel.balances.text()
    assert "Points 40" in tiles
    assert "40 expire by" in tiles
    assert "Store credit" in tiles
    assert window.panel.tier.text() == "Gold" and window.panel.tier.isVisibleTo(window.panel)


def test_a_member_without_schemes_shows_no_tiles(window, services, member):
    window.open_member_id(member.id)
    assert window.panel.balances.tiles == []
    assert not window.panel.tier.isVisibleTo(window.panel)
    assert window.banner.tone == Tone.INFO


def test_scheme_tiles_belong_to_the_member_shown(window, services, member):
    services.schemes.add_points(PointsProgram(0, "Points", 1, 100))
    services.checkout.confirm(member.id, CheckoutRequest(amount=5000), "a")
    other = services.members.enroll(MemberInput("Szabó Anna", phone="+36 70 111 2222"))
    window.open_member_id(member.id)
    assert "Points 50" in window.panel.balances.text()
    window.open_member_id(other.id)
    assert "Points 0" in window.panel.balances.text()
