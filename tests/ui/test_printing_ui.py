"""Printing at the counter, driven as a cashier and an owner would."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from loyalty_pos.domain.card_design import BarcodeKind
from loyalty_pos.domain.cardnumber import qr_payload
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.printing.layouts import LayoutKind
from loyalty_pos.printing.slip import Style
from loyalty_pos.ui.theme import Tone

from ..printing.conftest import decode_pdf


def decode(pdf: Path) -> list[tuple[str, str]]:
    return decode_pdf(pdf, 300)


def codes(*numbers: str) -> list[tuple[str, str]]:
    return sorted([("EAN13", n) for n in numbers] + [("QRCode", qr_payload(n)) for n in numbers])


def test_a_replaced_card_is_refused_naming_the_new_card(window, cashier, services, member):
    new = services.cards.replace(member.card_number).new
    cashier.scan(window.search, member.card_number)
    assert window.banner.tone == Tone.ERROR
    assert f"Card {member.card_number} was replaced by card {new}" in window.banner.text()
    assert window.current_member is None
    cashier.scan(window.search, "LP" + new)
    assert window.current_member is not None and window.current_member.id == member.id


def test_lost_card_from_the_member_panel(window, cashier, services, member, monkeypatch):
    old = member.card_number
    cashier.scan(window.search, old)
    asked = []
    monkeypatch.setattr(window.printing, "confirm", lambda t, text: asked.append(text) or True)
    window.printing.actions["Ctrl+Shift+L"].trigger()
    assert old in asked[0]
    new = window.current_member.card_number
    assert new != old
    assert f"replaced by card {new}" in window.banner.text()
    assert window.banner.action_text() == "Ctrl+P: Print the new card"
    assert new in window.panel.details.text()
    cashier.scan(window.search, old)  # the old card: refused, the member stays open
    assert new in window.banner.text() and window.current_member.card_number == new


def test_lost_card_can_be_cancelled(window, cashier, services, member, monkeypatch):
    cashier.scan(window.search, member.card_number)
    monkeypatch.setattr(window.printing, "confirm", lambda t, text: False)
    window.printing.replace_card()
    assert services.members.lookup(member.card_number).id == member.id


def test_a_blank_card_scanned_at_the_counter_enrolls_with_f3(qtbot, window, cashier, services):
    blank = services.cards.reserve_blank(3)[1].card_number
    cashier.scan(window.search, blank)
    assert "blank card" in window.banner.text()
    assert window.banner.action_text() == "F3: Enroll with this card"
    cashier.press(Qt.Key.Key_F3)
    dialog = window.enroll_dialog
    qtbot.waitExposed(dialog)
    assert dialog.card.text() == blank
    dialog.name.setText("Ødegård Æsa")
    dialog.submit()
    assert window.current_member.card_number == blank
    assert services.members.lookup(blank).name == "Ødegård Æsa"


def test_a_blank_card_typed_into_the_enrolment_form(qtbot, window, services):
    blank = services.cards.reserve_blank(1)[0].card_number
    window.enroll()
    dialog = window.enroll_dialog
    qtbot.waitExposed(dialog)
    dialog.name.setText("Őry Árpád Öcsi")
    dialog.card.setText(f"LP{blank}")
    dialog.submit()
    assert services.members.lookup(blank).name == "Őry Árpád Öcsi"


def test_ctrl_p_prints_the_open_members_card(qtbot, window, cashier, member, tmp_path):
    cashier.scan(window.search, member.card_number)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.printing.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.one.isChecked() and member.name in dialog.one.text()
    assert dialog.kind() is LayoutKind.CR80
    assert dialog.write_pdf(str(tmp_path / "card.pdf")) == 1
    assert decode(tmp_path / "card.pdf") == codes(member.card_number)


def test_ctrl_p_without_a_member_says_what_to_do(qtbot, window):
    window.printing.print_member_card()
    assert window.banner.tone == Tone.ERROR and "Open a member first" in window.banner.text()


def test_print_a_chosen_selection_of_members_on_a4(qtbot, window, services, member, tmp_path):
    duc = services.members.enroll(MemberInput("Nguyễn Văn Đức"))
    services.members.enroll(MemberInput("Kari Nordmann"))
    window.printing.print_cards()
    dialog = window.printing.dialog
    qtbot.keyClicks(dialog.search, "duc")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "kovacs")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.chosen_radio.isChecked() and dialog.chosen.count() == 2
    assert dialog.kind() is LayoutKind.A4
    assert dialog.write_pdf(str(tmp_path / "sel.pdf")) == 2
    assert decode(tmp_path / "sel.pdf") == codes(duc.card_number, member.card_number)


def test_blank_cards_from_the_dialog_are_reserved_once(qtbot, window, services, tmp_path):
    window.printing.print_cards()
    dialog = window.printing.dialog
    dialog.blank.setChecked(True)
    dialog.blank_count.setValue(4)
    assert dialog.write_pdf(str(tmp_path / "b1.pdf")) == 4
    assert dialog.write_pdf(str(tmp_path / "b2.pdf")) == 4
    numbers = [f.card_number for f in dialog.reserved]
    assert decode(tmp_path / "b2.pdf") == codes(*numbers)
    blank = services.db.execute("SELECT COUNT(*) FROM cards WHERE status='blank'").fetchone()[0]
    assert blank == 4
    assert "Reserved 4 new card numbers" in dialog.status.text()


def test_nothing_chosen_prints_nothing(qtbot, window, tmp_path):
    window.printing.print_cards()
    dialog = window.printing.dialog
    assert dialog.write_pdf(str(tmp_path / "none.pdf")) == 0
    assert "choose members" in dialog.status.text()
    assert not (tmp_path / "none.pdf").exists()


def test_card_design_dialog_saves_and_previews(qtbot, window, services, tmp_path, owner_signed_in):
    logo = QImage(1600, 400, QImage.Format.Format_ARGB32)
    logo.fill(QColor("#e0a458"))
    logo.save(str(tmp_path / "logo.png"))
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.printing.design_dialog
    assert dialog is not None and dialog.isVisible()
    before = dialog.preview.pixmap().toImage()
    dialog.tagline.setText("Minden 10. kávé ajándék")
    dialog.background.setText("#3b2314")
    assert dialog.preview.pixmap().toImage() != before  # the preview follows the edits
    assert dialog.set_logo_file(str(tmp_path / "logo.png"))
    dialog.barcode.setCurrentIndex(dialog.barcode.findData(BarcodeKind.CODE128.value))
    dialog.slip.setCurrentIndex(dialog.slip.findData("58"))
    dialog.save()
    design = services.cards.design()
    assert design.tagline == "Minden 10. kávé ajándék" and design.background == "#3b2314"
    assert design.barcode is BarcodeKind.CODE128
    stored = QImage.fromData(design.logo_bytes, "PNG")
    assert (stored.width(), stored.height()) == (600, 150)
    assert services.cards.slip_width().value == "58"


def test_card_design_refuses_a_half_typed_colour(
    qtbot, window, services, tmp_path, owner_signed_in
):
    window.printing.card_design()
    dialog = window.printing.design_dialog
    dialog.ink.setText("#12")
    dialog.save()
    assert dialog.isVisible() and "is not a colour" in dialog.error.text()
    assert services.cards.design().ink == "#ffffff"
    (tmp_path / "x.png").write_bytes(b"not a picture")
    assert not dialog.set_logo_file(str(tmp_path / "x.png"))
    assert "is not a picture" in dialog.error.text()


def test_slip_for_the_last_visit(window, cashier, services, member, coffee, tmp_path):
    window.printing.print_slip()
    assert "No visit" in window.banner.text()
    cashier.scan(window.search, member.card_number)
    window.visit_form.rows[0].items.setValue(2)
    window.visit_form.confirm()
    slip = window.printing.slip()
    texts = [(line.label, line.value) for line in slip.lines]
    assert ("Member", "Kovács Éva") in texts
    assert ("Coffee", "+2 stamps") in texts
    assert ("Coffee", "2 / 10") in texts
    assert slip.lines[0].style is Style.HEADING
    services.cards.set_slip_width("58")
    assert window.printing.save_slip_pdf(str(tmp_path / "slip.pdf"))
    doc = pdfium.PdfDocument(str(tmp_path / "slip.pdf"))
    width_mm = doc[0].get_size()[0] / 72 * 25.4
    doc.close()
    assert abs(width_mm - 58) < 0.2
