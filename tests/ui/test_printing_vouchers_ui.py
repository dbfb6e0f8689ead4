"""Gift cards and coupons printed from the owner's screens, their printed QR codes
scanned at the counter, and a next-visit coupon printed on the slip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.printing.layouts import LayoutKind
from loyalty_pos.printing.slip import Style
from loyalty_pos.ui.coupon_offers_dialog import open_coupon_offers
from loyalty_pos.ui.gift_cards_dialog import open_gift_cards

from ..printing.conftest import decode_pdf


def decode(pdf: Path) -> list[tuple[str, str]]:
    return decode_pdf(pdf, 300)


def both(code: str, letters: str) -> list[tuple[str, str]]:
    return [("EAN13", code), ("QRCode", letters + code)]


@pytest.fixture
def parent(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def ctrl(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_a_sold_gift_card_prints_with_ctrl_p(shown, qtbot, parent, services, tmp_path):
    dialog = shown(open_gift_cards(parent, services))
    assert not dialog.sold_print.isVisible()  # nothing sold yet: nothing to print
    dialog.amount.setValue(5000)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.confirm_dialog.sell_button, Qt.Key.Key_Return)  # the confirmation
    [card] = [r for r in services.db.query("SELECT code FROM gift_cards")]
    assert dialog.sold_print.isVisible()
    ctrl(qtbot, dialog.amount, Qt.Key.Key_P)
    printing = dialog.print_dialog
    assert printing is not None and printing.kind() is LayoutKind.CR80
    assert printing.write_pdf(str(tmp_path / "gift.pdf")) == 1
    assert decode(tmp_path / "gift.pdf") == both(card["code"], "GC")


def test_a_looked_up_card_reprints_but_a_void_one_does_not(
    shown, qtbot, parent, services, tmp_path
):
    card = services.gift_cards.issue(3000)
    dialog = shown(open_gift_cards(parent, services))
    dialog.tabs.setCurrentIndex(1)
    dialog.code.setText("GC" + card.code)  # as the card's QR code types it
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.shown_print.isVisible()
    ctrl(qtbot, dialog.code, Qt.Key.Key_P)
    assert dialog.print_dialog.write_pdf(str(tmp_path / "again.pdf")) == 1
    assert decode(tmp_path / "again.pdf") == both(card.code, "GC")

    services.gift_cards.void(card.code, "lost")
    dialog.print_dialog = None
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert not dialog.shown_print.isVisible()
    ctrl(qtbot, dialog.code, Qt.Key.Key_P)
    assert dialog.print_dialog is None


def test_coupon_codes_are_issued_once_and_printed_as_a_sheet(
    shown, qtbot, parent, services, tmp_path
):
    offer = services.coupons.add_offer(
        CouponOffer(0, "Spring", RewardKind.PERCENT_DISCOUNT, 10, valid_days=30)
    )
    dialog = shown(open_coupon_offers(parent, services))
    assert dialog.editing is not None and dialog.editing.id == offer.id
    ctrl(qtbot, dialog.list, Qt.Key.Key_P)
    printing = dialog.print_dialog
    assert printing.kind() is LayoutKind.A4
    printing.count.setValue(3)
    assert printing.write_pdf(str(tmp_path / "three.pdf")) == 3
    issued = [r["code"] for r in services.db.query("SELECT code FROM coupons ORDER BY rowid")]
    assert len(issued) == 3
    expected = sorted(x for c in issued for x in both(c, "CP"))
    assert decode(tmp_path / "three.pdf") == expected
    # Printing again prints the same codes; asking for five issues two more.
    assert printing.write_pdf(str(tmp_path / "again.pdf")) == 3
    assert decode(tmp_path / "again.pdf") == expected
    printing.count.setValue(5)
    assert printing.write_pdf(str(tmp_path / "five.pdf")) == 5
    assert services.db.execute("SELECT COUNT(*) FROM coupons").fetchone()[0] == 5


def test_a_switched_off_offer_prints_nothing_and_says_why(shown, qtbot, parent, services, tmp_path):
    services.coupons.add_offer(CouponOffer(0, "Old", RewardKind.FIXED_DISCOUNT, 500, active=False))
    dialog = shown(open_coupon_offers(parent, services))
    ctrl(qtbot, dialog.list, Qt.Key.Key_P)
    assert dialog.print_dialog.write_pdf(str(tmp_path / "none.pdf")) == 0
    assert "switched off" in dialog.print_dialog.status.text()
    assert not (tmp_path / "none.pdf").exists()
    assert services.db.execute("SELECT COUNT(*) FROM coupons").fetchone()[0] == 0


def test_the_printed_qr_codes_scan_into_their_fields(window, cashier, services, member):
    card = services.gift_cards.issue(1000)
    offer = services.coupons.add_offer(CouponOffer(0, "Ten", RewardKind.PERCENT_DISCOUNT, 10))
    [coupon] = services.coupons.issue_many(offer.id, 1)
    cashier.scan(window.search, member.card_number)
    cashier.scan(cashier.focused(), "GC" + card.code)
    assert window.current_member.id == member.id
    assert window.visit_form.gift_card.text() == "GC" + card.code
    cashier.scan(cashier.focused(), "CP" + coupon)
    assert window.current_member.id == member.id
    assert window.visit_form.coupon.text() == "CP" + coupon


def test_a_next_visit_coupon_prints_on_the_slip_and_scans(
    qtbot, window, cashier, services, member, tmp_path
):
    come_back = CouponOffer(
        0, "Come back", RewardKind.FIXED_DISCOUNT, 500,
        valid_days=14, trigger="next_visit", trigger_spend=2000,
    )  # fmt: skip
    services.coupons.add_offer(come_back)
    cashier.scan(window.search, member.card_number)
    window.visit_form.amount.setFocus()
    qtbot.keyClicks(window.visit_form.amount, "2500")
    window.scan_filter.flush()
    window.visit_form.confirm()
    [code] = window.printing.last_visit.coupons_issued
    slip = window.printing.slip()
    [line] = [x for x in slip.lines if x.style is Style.CODE]
    assert line.value == code and line.label.startswith("Come back")
    assert window.printing.save_slip_pdf(str(tmp_path / "slip.pdf"))
    assert ("EAN13", code) in decode(tmp_path / "slip.pdf")
    # Once the visit is refunded the coupon is revoked and leaves the slip.
    services.coupons.revoke_issued(window.printing.last_visit.visit_id)
    assert not [x for x in window.printing.slip().lines if x.style is Style.CODE]
