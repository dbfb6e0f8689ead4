"""How the screens look: the text size and the colours, two shop settings.

The text size is 100, 125 or 150 % (Normal, Large, Largest) for a cashier who reads the
screen from a step away or with poor eyesight; the colours are ``standard`` or
``high_contrast`` (black and white with 7:1 text, thick focus rings), each shown light
or dark as the computer's colour scheme is. The cashier changes the text size at the
counter (Ctrl+Plus, Ctrl+Minus, Ctrl+0); the owner sets both in Settings or with
``loyalty-pos admin settings set``.

``kiosk`` (``on`` or ``off``) opens the counter full screen with no window frame, for a
till that runs nothing else (often with no window manager at all); off, it opens
maximized. ``loyalty-pos --kiosk`` does the same for one start.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..store.database import write_transaction
from ..store.settings import SettingsStore

TEXT_SIZE = "text_size"
COLOURS = "colours"
KIOSK = "kiosk"
TEXT_SIZES = (100, 125, 150)
TEXT_SIZE_NAMES = {"normal": 100, "large": 125, "largest": 150}
STANDARD = "standard"
HIGH_CONTRAST = "high_contrast"
COLOUR_CHOICES = (STANDARD, HIGH_CONTRAST)
ON, OFF = "on", "off"
KIOSK_WORDS = {"on": ON, "yes": ON, "true": ON, "1": ON, "off": OFF, "no": OFF}
KIOSK_WORDS |= {"false": OFF, "0": OFF}
DEFAULTS = {TEXT_SIZE: "100", COLOURS: STANDARD, KIOSK: OFF}


@dataclass(frozen=True)
class Display:
    text_size: int = 100
    colours: str = STANDARD
    kiosk: bool = False  # full screen, no window frame

    @property
    def high_contrast(self) -> bool:
        return self.colours == HIGH_CONTRAST


def clean_text_size(value: str | int) -> int:
    """100, 125 or 150 from "125", "125 %", "125%" or "large"; refuses anything else."""
    text = str(value).strip().lower().removesuffix("%").strip()
    size = TEXT_SIZE_NAMES.get(text)
    if size is None and text.isdigit():
        size = int(text)
    if size not in TEXT_SIZES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS, "The text size is 100, 125 or 150 (normal, large, largest), not “{value}”."
            ),
            value=str(value),
        )
    return size


def clean_colours(value: str) -> str:
    """``standard`` or ``high_contrast`` (also written "high-contrast")."""
    text = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    if text not in COLOUR_CHOICES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS, "The colours are “standard” or “high_contrast”, not “{value}”."
            ),
            value=str(value),
        )
    return text


def clean_kiosk(value: str | bool) -> str:
    """``on`` or ``off``, from on/off, yes/no, true/false or 1/0."""
    if isinstance(value, bool):
        return ON if value else OFF
    word = KIOSK_WORDS.get(str(value).strip().lower())
    if word is None:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "Kiosk is “on” or “off”, not “{value}”."),
            value=str(value),
        )
    return word


CLEAN = {
    TEXT_SIZE: lambda v: str(clean_text_size(v)),
    COLOURS: clean_colours,
    KIOSK: clean_kiosk,
}


class DisplayService:
    """Read and change the text size, the colours and kiosk, each checked before it is
    stored."""

    def __init__(self, db) -> None:
        self.db = db
        self.store = SettingsStore(db)

    def get(self) -> Display:
        """The stored choice; a value that is not one of the choices reads as the default
        (a screen must open whatever the file holds)."""
        values = self.all()
        try:
            size = clean_text_size(values[TEXT_SIZE])
        except UserError:
            size = 100
        try:
            colours = clean_colours(values[COLOURS])
        except UserError:
            colours = STANDARD
        try:
            kiosk = clean_kiosk(values[KIOSK]) == ON
        except UserError:
            kiosk = False
        return Display(size, colours, kiosk)

    def all(self) -> dict[str, str]:
        return {key: self.store.get(key) or default for key, default in DEFAULTS.items()}

    def set(self, key: str, value: str) -> dict[str, str]:
        """Store ``text_size``, ``colours`` or ``kiosk``; returns all three."""
        if key not in CLEAN:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "There is no setting “{key}”. Settings: {keys}."),
                key=key,
                keys=", ".join(DEFAULTS),
            )
        clean = CLEAN[key](value)
        with write_transaction(self.db):
            self.store.set(key, clean)
        return self.all()

    def set_text_size(self, size: int) -> Display:
        self.set(TEXT_SIZE, str(size))
        return self.get()
