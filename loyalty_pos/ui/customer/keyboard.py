"""An on-screen keyboard for the customer screen, where the customer has no keyboard.

Large keys for a finger: letters, digits, the signs an e-mail or a phone number needs,
and the shop's language's letters (Hungarian á é í ó ö ő ú ü ű, Norwegian æ ø å,
Vietnamese ă â đ ê ô ơ ư and the five tone marks, typed after the vowel and joined to it:
u, ư, then the acute mark gives "ứ"). Shift gives one capital; the name field starts each
word with a capital by itself. The keyboard never takes the focus: it emits ``typed``
with the text a key adds, ``erased`` and ``done``.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from .. import theme
from . import words

ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
SIGNS = "@.-_+"
EXTRA = {
    "hu": "áéíóöőúüű",
    "nb": "æøå",
    "vi": "ăâđêôơư",
}
TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng (combining)
KEY_PT = 20
KEY_PX = 50


def joined(text: str) -> str:
    """``text`` with combining marks joined to their letters (NFC): "ư" + "́" → "ứ"."""
    return unicodedata.normalize("NFC", text)


class OnScreenKeyboard(QWidget):
    typed = Signal(str)
    erased = Signal()
    done = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shift = False
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setSpacing(6)
        rows = [*ROWS, EXTRA.get(language, "") + SIGNS]
        if language == "vi":
            rows.append(TONES)
        for r, row in enumerate(rows):
            for c, char in enumerate(row):
                shown = "◌" + char if unicodedata.combining(char) else char
                grid.addWidget(self._key(shown, lambda _c=False, ch=char: self._press(ch)), r, c)
        last = len(rows)
        self.shift_key = self._key("⇧", self._toggle_shift)
        self.shift_key.setCheckable(True)
        grid.addWidget(self.shift_key, last, 0, 1, 2)
        grid.addWidget(self._key(words.tr("Space"), lambda: self.typed.emit(" ")), last, 2, 1, 5)
        grid.addWidget(self._key("⌫", self.erased.emit), last, 7, 1, 2)
        done = self._key(words.tr("Next"), self.done.emit)
        done.setObjectName("primary")
        grid.addWidget(done, last, 9, 1, 2)

    def _key(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(KEY_PX, KEY_PX)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        theme.set_font(button, KEY_PT, bold=True)
        button.clicked.connect(slot)
        self.keys[text] = button
        return button

    def _toggle_shift(self) -> None:
        self.shift = self.shift_key.isChecked()

    def _press(self, char: str) -> None:
        if self.shift:
            char = char.upper()
            self.shift = False
            self.shift_key.setChecked(False)
        self.typed.emit(char)

    def press(self, text: str) -> None:
        """Tap the keys of ``text`` (for the tests and the screenshots)."""
        for char in text:
            if char == " ":
                self.typed.emit(" ")
            elif char.isupper():
                self.shift_key.click()
                self.keys[char.lower()].click()
            else:
                key = self.keys.get("◌" + char) or self.keys[char]
                key.click()
