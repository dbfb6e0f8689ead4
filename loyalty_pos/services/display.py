"""How the screens look: the text size and the colours, two shop settings.

The text size is 100, 125 or 150 % (Normal, Large, Largest) for a cashier who reads the
screen from a step away or with poor eyesight; the colours are ``standard`` or
``high_contrast`` (black and white with 7:1 text, thick focus rings), each shown light
or dark as the computer's colour scheme is. The cashier changes the text size at the
counter (Ctrl+Plus, Ctrl+Minus, Ctrl+0); the owner sets both in Settings or with
``loyalty-pos admin settings set``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..store.database import write_transaction
from ..store.settings import SettingsStore

TEXT_SIZE = "text_size"
COLOURS = "colours"
TEXT_SIZES = (100, 125, 150)
TEXT_SIZE_NAMES = {"normal": 100, "large": 125, "largest": 150}
STANDARD = "standard"
HIGH_CONTRAST = "high_contrast"
COLOUR_CHOICES = (STANDARD, HIGH_CONTRAST)
DEFAULTS = {TEXT_SIZE: "100", COLOURS: STANDARD}


@dataclass(frozen=True)
class Display:
    text_size: int = 100
    colours: str = STANDARD

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


CLEAN = {TEXT_SIZE: lambda v: str(clean_text_size(v)), COLOURS: clean_colours}


class DisplayService:
    """Read and change the text size and the colours, each checked before it is stored."""

    def __init__(self, db, actor: Any = None, clock: Any = None) -> None:
        self.db = db
        self.store = SettingsStore(db, actor, clock)

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
        return Display(size, colours)

    def all(self) -> dict[str, str]:
        return {key: self.store.get(key) or default for key, default in DEFAULTS.items()}

    def set(self, key: str, value: str) -> dict[str, str]:
        """Store ``text_size`` or ``colours``; returns both."""
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
