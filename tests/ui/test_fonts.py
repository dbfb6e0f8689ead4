"""The bundled typeface: loaded, used by every window and by printing, and holding every
letter and symbol the app writes, so a till lays out as the tests measured it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QFont, QFontInfo, QRawFont
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


def test_text_is_hinted_only_vertically_whatever_the_desktop_says(qapp):
    """Full hinting (a desktop setting) would round every letter's width to pixels."""
    theme.restyle()
    preference = QApplication.font().hintingPreference()
    assert preference == QFont.HintingPreference.PreferVerticalHinting


MEASURE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from loyalty_pos.services import Services
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.ui.main_window import MainWindow
services = Services.open(Path(sys.argv[1]))
services.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))
member = services.members.enroll(MemberInput("Nguyễn Thị Phương Thảo", phone="+84 90 123 4567"))
services.display.set("text_size", "150")
w = MainWindow(services)
w.show()
w.resize(1280, 800)
w.open_code(member.card_number)
w.visit_form.amount.setText("123456")
w.visit_form.refresh_preview()
app.processEvents()
sizes = [w.minimumSizeHint(), w.panel.name.sizeHint(), w.visit_form.totals.cash_due.sizeHint()]
sizes += [w.shortcuts.sizeHint(), w.visit_form.confirm_button.sizeHint()]
print(json.dumps([(s.width(), s.height()) for s in sizes]))
w.scan_filter.uninstall()
"""


def test_the_layout_is_the_same_with_no_system_fonts_at_all(tmp_path):
    """The counter at the largest text measured in two processes: this machine's fonts
    and font settings, and none at all (an empty fontconfig): the same sizes."""
    empty = tmp_path / "fonts.conf"
    empty.write_text(
        f"<?xml version='1.0'?><fontconfig><dir>{tmp_path / 'none'}</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    answers = []
    for extra in ({}, {"FONTCONFIG_FILE": str(empty)}):
        db = tmp_path / f"shop-{len(answers)}.sqlite3"
        done = subprocess.run(
            [sys.executable, "-c", MEASURE, str(db)],
            env=env | extra, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        answers.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert answers[0] == answers[1]
