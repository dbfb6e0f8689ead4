"""The bundled typeface: loaded, used by every window and by printing, and holding every
letter and symbol the app writes, so a till lays out as the tests measured it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication

from loyalty_pos import fonts
from loyalty_pos.printing import text as printed
from loyalty_pos.ui import theme

LETTERS = "ĐđƯưƠơỚớỹẫộệỗằ ŐőŰűÁáÉéÍí ÆæØøÅå €₫ –—…·×“”„«»"
SYMBOLS = "−←↑→↓"  # not in Noto Sans: from Noto Sans Math, the second family


def test_the_bundled_families_load_and_are_the_application_font(qapp):
    assert fonts.load() == [fonts.FAMILY, fonts.SYMBOLS]
    theme.restyle()
    assert QApplication.font().families() == [fonts.FAMILY, fonts.SYMBOLS]
    assert QFontInfo(QApplication.font()).family() == fonts.FAMILY
    assert QApplication.font().pointSize() == theme.pt(theme.BASE_PT)


def test_a_window_and_its_large_text_use_it(window):
    for widget in (window.panel.name, window.visit_form.totals.cash_due, window.search):
        assert QFontInfo(widget.font()).family() == fonts.FAMILY, widget


@pytest.mark.parametrize("name", [f for f in fonts.FILES if not f.startswith("NotoSansMath")])
def test_each_text_file_has_every_letter_of_the_four_languages(qapp, name):
    raw = QRawFont(str(fonts.font_dir() / name), 32)
    assert raw.isValid() and raw.familyName() == fonts.FAMILY
    missing = [ch for ch in LETTERS if not ch.isspace() and not raw.supportsCharacter(ord(ch))]
    assert missing == []


def test_the_symbols_file_has_what_the_text_files_lack(qapp):
    text = QRawFont(str(fonts.font_dir() / "NotoSans-Regular.ttf"), 32)
    symbols = QRawFont(str(fonts.font_dir() / "NotoSansMath-Regular.ttf"), 32)
    assert symbols.familyName() == fonts.SYMBOLS
    assert [ch for ch in SYMBOLS if text.supportsCharacter(ord(ch))] == []
    assert [ch for ch in SYMBOLS if not symbols.supportsCharacter(ord(ch))] == []
    # It reaches no higher than the text: a line with a minus grows only below.
    assert symbols.ascent() <= text.ascent()


def test_cards_and_slips_print_in_it(qapp):
    for bold in (False, True):
        font = printed.card_font("Nguyễn Thị Phương Thảo · Ødegård · Kovács Őze", bold=bold)
        assert font.families() == [fonts.FAMILY, fonts.SYMBOLS]
        assert QFontInfo(font).family() == fonts.FAMILY
    discount = printed.card_font("Gold discount (5 %) −6 172 Ft")
    assert discount.family() == fonts.FAMILY and printed.covers(discount, "−6 172 Ft")


def test_the_licence_travels_with_the_files():
    licence = (fonts.font_dir() / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "Google" in licence
