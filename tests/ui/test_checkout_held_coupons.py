"""Coupons issued to a member (a birthday or next-visit coupon) are offered at the
counter: ticked with Space like any reward, without the member bringing the code."""

from __future__ import annotations

from PySide6.QtCore import Qt

from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.ui.formatting import format_money


def money(v: int) -> str:
    return format_money(v, "HUF")


def coupon_rows(window) -> list:
    return [o for o in window.visit_form.offers.offers() if o.kind == "coupon"]


def press_space_on(window, cashier, code: str) -> None:
    offers = window.visit_form.offers
    offers.setFocus()
    offers.setCurrentRow(next(i for i, o in enumerate(offers.offers()) if o.code == code))
    cashier.press(Qt.Key.Key_Space, offers)
    window.scan_filter.flush()


def issue(services, member, name: str, kind=RewardKind.FIXED_DISCOUNT, value=500) -> str:
    offer = services.coupons.add_offer(CouponOffer(0, name, kind, value, valid_days=30))
    return services.coupons.issue(offer.id, member.id)


def test_a_held_coupon_is_ticked_used_once_and_gone(qtbot, window, cashier, services, member):
    code = issue(services, member, "Birthday treat")
    cashier.scan(window.search, member.card_number)
    [row] = coupon_rows(window)
    assert row.code == code and "Birthday treat" in row.text and money(500) in row.text
    assert "1 coupon(s) to use" in window.banner.text()
    window.visit_form.amount.setText("2000")
    press_space_on(window, cashier, code)
    assert window.visit_form.coupon.text() == code
    qtbot.waitUntil(lambda: window.visit_form.totals.cash_due.text() == money(1500), timeout=2000)
    cashier.press(Qt.Key.Key_Return, window.visit_form.offers)
    v = services.db.execute("SELECT amount, discount FROM visits").fetchone()
    assert tuple(v) == (2000, 500)
    assert services.db.execute("SELECT COUNT(*) FROM coupon_uses").fetchone()[0] == 1
    # Used: the next time the member is scanned it is no longer offered.
    cashier.press(Qt.Key.Key_Escape)
    cashier.scan(window.search, member.card_number)
    assert coupon_rows(window) == []
    assert "coupon" not in window.banner.text()


def test_one_coupon_a_visit_and_the_field_follows_the_ticks(window, cashier, services, member):
    first = issue(services, member, "Five hundred off")
    second = issue(services, member, "Ten percent", RewardKind.PERCENT_DISCOUNT, 10)
    cashier.scan(window.search, member.card_number)
    form = window.visit_form
    press_space_on(window, cashier, first)
    press_space_on(window, cashier, second)
    ticked = [o.code for o in form.offers.ticked() if o.kind == "coupon"]
    assert ticked == [second] and form.coupon.text() == second
    press_space_on(window, cashier, second)  # unticked: the field empties
    assert form.coupon.text() == "" and form.offers.ticked() == []
    form.coupon.setText("CP" + first)  # typed or scanned: its line is ticked
    assert [o.code for o in form.offers.ticked()] == [first]
    form.coupon.setText("SPRING")  # another code: no held coupon line stays ticked
    assert form.offers.ticked() == []


def test_a_coupon_of_someone_else_is_not_offered(window, cashier, services, member):
    from loyalty_pos.domain.validation import MemberInput

    other = services.members.enroll(MemberInput("Trần Đức Minh"))
    issue(services, other, "Not yours")
    cashier.scan(window.search, member.card_number)
    assert coupon_rows(window) == []
