"""How the screens look and sound: the text size, the colours and the scan sounds.

The text size is 100, 125 or 150 % (Normal, Large, Largest) for a cashier who reads the
screen from a step away or with poor eyesight; the colours are ``standard`` or
``high_contrast`` (black and white with 7:1 text, thick focus rings), each shown light
or dark as the computer's colour scheme is. The cashier changes the text size at the
counter (Ctrl+Plus, Ctrl+Minus, Ctrl+0); the owner sets both in Settings or with
``loyalty-pos admin settings set``. The scan sounds (``on`` or ``off``) are the sound
a scan makes when it is taken or refused (``ui/sounds.py``); on by default, because the
cashier's eyes are on the customer.

``kiosk`` (``on`` or ``off``) opens the counter full screen with no window frame, for a
till that runs nothing else (often with no window manager at all); off, it opens
maximized. ``loyalty-pos --kiosk`` does the same for one start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..store.database import write_transaction
from ..store.settings import SettingsStore
from .customer_screen import CustomerScreenSettings

TEXT_SIZE = "text_size"
COLOURS = "colours"
SCAN_SOUNDS = "scan_sounds"
KIOSK = "kiosk"
TEXT_SIZES = (100, 125, 150)
TEXT_SIZE_NAMES = {"normal": 100, "large": 125, "largest": 150}
STANDARD = "standard"
HIGH_CONTRAST = "high_contrast"
COLOUR_CHOICES = (STANDARD, HIGH_CONTRAST)
ON, OFF = "on", "off"
SWITCH_NAMES = {
    **dict.fromkeys(("on", "yes", "1", "true"), ON),
    **dict.fromkeys(("off", "no", "0", "false"), OFF),
}
DEFAULTS = {TEXT_SIZE: "100", COLOURS: STANDARD, SCAN_SOUNDS: ON, KIOSK: OFF}


@dataclass(frozen=True)
class Display:
    text_size: int = 100
    colours: str = STANDARD
    scan_sounds: bool = True
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


def clean_switch(value: str | bool) -> str:
    """``on`` or ``off`` (also yes/no, 1/0, true/false, or a bool)."""
    if isinstance(value, bool):
        return ON if value else OFF
    text = SWITCH_NAMES.get(str(value).strip().lower())
    if text is None:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The scan sounds are “on” or “off”, not “{value}”."),
            value=str(value),
        )
    return text


def clean_kiosk(value: str | bool) -> str:
    """``on`` or ``off``, as ``clean_switch`` reads it, with its own message."""
    if isinstance(value, bool):
        return ON if value else OFF
    word = SWITCH_NAMES.get(str(value).strip().lower())
    if word is None:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "Kiosk is “on” or “off”, not “{value}”."),
            value=str(value),
        )
    return word


# Each cleans what the owner typed (or a stored value) into the text that is stored.
CLEAN: dict[str, Callable[[str], str]] = {
    TEXT_SIZE: lambda v: str(clean_text_size(v)),
    COLOURS: clean_colours,
    SCAN_SOUNDS: clean_switch,
    KIOSK: clean_kiosk,
}


class DisplayService:
    """Read and change the text size, the colours and kiosk, each checked before it is
    stored."""

    def __init__(self, db, actor: Any = None, clock: Any = None) -> None:
        self.db = db
        self.store = SettingsStore(db, actor, clock)
        self.customer = CustomerScreenSettings(db, actor, clock)  # the second screen, webcam

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
            sounds = clean_switch(values[SCAN_SOUNDS]) == ON
        except UserError:
            sounds = True
        try:
            kiosk = clean_kiosk(values[KIOSK]) == ON
        except UserError:
            kiosk = False
        return Display(size, colours, scan_sounds=sounds, kiosk=kiosk)

    def all(self) -> dict[str, str]:
        return {key: self.store.get(key) or default for key, default in DEFAULTS.items()}

    def set(self, key: str, value: str) -> dict[str, str]:
        """Store ``text_size``, ``colours``, ``scan_sounds`` or ``kiosk``; returns all of
        them."""
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

    def scan_sounds(self) -> bool:
        """Whether a scan makes a sound (read at each scan: one indexed settings row)."""
        value = self.store.get(SCAN_SOUNDS) or DEFAULTS[SCAN_SOUNDS]
        try:
            return clean_switch(value) == ON
        except UserError:
            return True

    def save_customer(self, values: dict[str, Any], also: Callable[[], object]) -> None:
        """The settings screen's save: ``also`` (the other settings) and the customer
        screen's ``values`` in one transaction, all checked before anything is stored."""
        self.customer.clean(values)
        with write_transaction(self.db):
            also()
            self.customer.write(values)

    def set_text_size(self, size: int) -> Display:
        self.set(TEXT_SIZE, str(size))
        return self.get()
