"""What the owner chooses for the printed member card, and the checks on it.

Plain data so the services can store it and the printing code can draw it without
either knowing the other. Colours are ``#rrggbb``; the logo is a PNG, base64-encoded,
kept in the shop's settings so the whole shop stays in its one database file.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from enum import StrEnum

from .errors import ERRORS, QT_TRANSLATE_NOOP, UserError

TITLE_MAX = 60
TAGLINE_MAX = 80
LOGO_MAX_BYTES = 1_500_000  # a 600 px PNG is far smaller; this only stops accidents
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class BarcodeKind(StrEnum):
    """The linear barcode printed with the card number."""

    EAN13 = "ean13"
    CODE128 = "code128"


class SlipWidth(StrEnum):
    """Receipt paper widths the loyalty slip is laid out for (millimetres)."""

    MM58 = "58"
    MM80 = "80"


@dataclass(frozen=True)
class CardDesign:
    """The member card's look. An empty ``title`` means the shop's name."""

    title: str = ""
    tagline: str = ""
    background: str = "#0b4f9c"
    ink: str = "#ffffff"
    accent: str = "#ffc400"
    logo_png: str = ""  # base64 of a PNG file, or empty
    barcode: BarcodeKind = BarcodeKind.EAN13

    @property
    def logo_bytes(self) -> bytes | None:
        """The logo's PNG bytes, or None (no logo, or a value that is not base64)."""
        if not self.logo_png:
            return None
        try:
            return base64.b64decode(self.logo_png, validate=True)
        except (binascii.Error, ValueError):
            return None


#: settings key -> CardDesign field
SETTING_KEYS = {
    "card_title": "title",
    "card_tagline": "tagline",
    "card_background": "background",
    "card_ink": "ink",
    "card_accent": "accent",
    "card_logo_png": "logo_png",
    "card_barcode": "barcode",
}
SLIP_WIDTH_KEY = "slip_paper_mm"


def clean_design(design: CardDesign) -> CardDesign:
    """Trim the texts and check every field; raise UserError on the first bad one."""
    title = " ".join(design.title.split())
    tagline = " ".join(design.tagline.split())
    if len(title) > TITLE_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The card title has at most {max} characters."),
            max=TITLE_MAX,
        )
    if len(tagline) > TAGLINE_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The line of text has at most {max} characters."),
            max=TAGLINE_MAX,
        )
    for value in (design.background, design.ink, design.accent):
        if not _COLOUR.match(value or ""):
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "“{value}” is not a colour like #0b4f9c."), value=value
            )
    try:
        barcode = BarcodeKind(design.barcode)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The barcode is ean13 or code128, not “{value}”."),
            value=design.barcode,
        ) from None
    logo = design.logo_png.strip()
    if logo:
        raw = CardDesign(logo_png=logo).logo_bytes
        if raw is None or not raw.startswith(PNG_SIGNATURE):
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "The logo must be a PNG image."))
        if len(raw) > LOGO_MAX_BYTES:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "The logo is too large ({kb} kB); use a smaller image."),
                kb=len(raw) // 1000,
            )
    return CardDesign(
        title=title,
        tagline=tagline,
        background=design.background.lower(),
        ink=design.ink.lower(),
        accent=design.accent.lower(),
        logo_png=logo,
        barcode=barcode,
    )


def clean_slip_width(value: str) -> SlipWidth:
    try:
        return SlipWidth(str(value).strip().removesuffix("mm").strip())
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The slip paper is 58 or 80 mm wide, not “{value}”."),
            value=value,
        ) from None
