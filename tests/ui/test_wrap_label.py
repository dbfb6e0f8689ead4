"""The member panel's wrapped lines remember their height per width, and only while
nothing that changes it has changed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from loyalty_pos.ui import theme
from loyalty_pos.ui.wrap_label import WrapLabel

LONG = "Phone: +36 30 123 4567   ·   Birthday: 03/06/1960   ·   E-mail: eva@example.hu " * 3


def plain(label: WrapLabel) -> QLabel:
    """A plain word-wrapped QLabel with the same text and font: the height to match."""
    other = QLabel(label.text())
    other.setWordWrap(True)
    other.setFont(label.font())
    return other


def test_the_height_follows_the_text_the_font_and_the_width(qtbot):
    label = WrapLabel("short")
    qtbot.addWidget(label)
    assert label.wordWrap()
    short = label.heightForWidth(200)
    assert short == plain(label).heightForWidth(200)
    label.setText(LONG)  # more lines at the same width
    assert label.heightForWidth(200) > short
    assert label.heightForWidth(200) == plain(label).heightForWidth(200)
    assert label.heightForWidth(400) < label.heightForWidth(200)
    before = label.heightForWidth(200)
    theme.set_font(label, theme.BASE_PT + 10)  # a bigger font: taller again
    assert label.heightForWidth(200) > before
    assert label.heightForWidth(200) == plain(label).heightForWidth(200)
    label.clear()
    assert label.heightForWidth(200) == plain(label).heightForWidth(200) < before
