"""Names on a card: never clipped, never missing glyphs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QRawFont

from loyalty_pos.domain.card_design import BarcodeKind, CardDesign
from loyalty_pos.printing.card import DrawnCard, draw_code_card, draw_member_card
from loyalty_pos.printing.layouts import CR80_H, CR80_W
from loyalty_pos.printing.text import card_font, covers

K = 600 / 25.4  # 600 dpi
NAMES = ["Nguyễn Thị Bích Ngọc", "Őry Árpád Öcsi", "Ødegård Æsa", "Trần Đức Lưu Hưởng"]
LONG = "Nguyễn Thị Bích Ngọc Őry Árpád Ødegård Æsa Kovács-Szentgyörgyi Hồ Xuân Hương"


def draw(name: str, design: CardDesign | None = None) -> DrawnCard:
    image = QImage(int(CR80_W * K), int(CR80_H * K), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        return draw_member_card(
            painter,
            QRectF(0, 0, CR80_W * K, CR80_H * K),
            design or CardDesign(title="Shop"),
            None,
            "2945466260071",
            name,
        )
    finally:
        painter.end()


def assert_whole_glyphs(text: str, font) -> None:
    raw = QRawFont.fromFont(font)
    assert raw.isValid()
    missing = [ch for ch in text if not ch.isspace() and not raw.supportsCharacter(ord(ch))]
    assert missing == []
    assert covers(font, text)


@pytest.mark.parametrize("name", NAMES)
def test_names_print_whole_at_full_size(qapp, name: str) -> None:
    drawn = draw(name)
    fitted = drawn.headline
    assert fitted is not None
    assert fitted.text == name  # neither shrunk out of the box nor elided
    assert fitted.width <= fitted.box.width()
    assert QFontMetricsF(fitted.font).horizontalAdvance(fitted.text) <= fitted.box.width()
    assert_whole_glyphs(name, fitted.font)


def test_a_very_long_name_shrinks_then_elides_inside_its_box(qapp) -> None:
    drawn = draw(LONG)
    fitted = drawn.headline
    assert fitted is not None
    assert fitted.text.endswith("…") and LONG.startswith(fitted.text[:-1])
    assert QFontMetricsF(fitted.font).horizontalAdvance(fitted.text) <= fitted.box.width()
    assert fitted.box.right() <= (CR80_W - 4.0) * K + 0.5
    short = draw(NAMES[0]).headline
    assert short is not None and fitted.font.pixelSize() < short.font.pixelSize()
    assert_whole_glyphs(fitted.text, fitted.font)


def test_a_long_shop_title_and_tagline_fit(qapp) -> None:
    design = CardDesign(
        title="Kávé és Sütemény Kuckó a Szőlőskert utca sarkán", tagline="Őszi ajánlat " * 6
    )
    drawn = draw("Ødegård Æsa", design)
    for fitted in (drawn.title, drawn.tagline):
        assert fitted is not None and fitted.fits
        assert_whole_glyphs(fitted.text, fitted.font)


@pytest.mark.parametrize("barcode", list(BarcodeKind))
def test_codes_and_digits_stay_inside_the_card(qapp, barcode: BarcodeKind) -> None:
    drawn = draw("Ødegård Æsa", CardDesign(title="Shop", barcode=barcode))
    card = QRectF(0, 0, CR80_W * K, CR80_H * K)
    assert card.contains(drawn.barcode) and drawn.qr is not None and card.contains(drawn.qr)
    assert drawn.barcode.right() <= drawn.qr.left()  # quiet zones do not overlap
    assert drawn.digits.fits and drawn.digits.text.replace(" ", "") == "2945466260071"


def test_a_coupon_uses_the_same_drawing_with_its_own_code_and_value(qapp) -> None:
    image = QImage(int(CR80_W * K), int(CR80_H * K), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    drawn = draw_code_card(
        painter,
        QRectF(0, 0, CR80_W * K, CR80_H * K),
        CardDesign(title="Shop"),
        None,
        code="SPRING-10",
        headline="10 % off",
        value="until 31 May",
        qr_text="SPRING-10",
    )
    painter.end()
    assert drawn.pattern.kind is BarcodeKind.CODE128
    assert drawn.value is not None and drawn.value.text == "until 31 May"


def test_font_choice_has_every_glyph(qapp) -> None:
    for name in NAMES:
        assert_whole_glyphs(name, card_font(name, bold=True))
