"""Bar and module patterns of the codes printed on cards, without any drawing.

python-barcode and qrcode know the symbologies; here they only give the patterns
(which modules are dark), so the printing code can draw them as vector rectangles that
stay sharp at any resolution. The quiet zones are the ones the standards ask for:
EAN-13 11 modules left and 7 right (GS1 General Specifications 5.2.3.4), Code 128 ten
modules each side (ISO/IEC 15417), QR four modules all round (ISO/IEC 18004).
"""

from __future__ import annotations

from dataclasses import dataclass

import barcode
import qrcode
import qrcode.constants

from ..domain.card_design import BarcodeKind
from ..domain.cardnumber import is_card_number

EAN13_QUIET = (11, 7)
CODE128_QUIET = (10, 10)
QR_QUIET = 4


@dataclass(frozen=True)
class BarPattern:
    """A linear barcode: ``modules`` is '1' for a dark module, '0' for a light one."""

    kind: BarcodeKind
    text: str  # what is encoded, and printed under the bars
    modules: str
    quiet_left: int
    quiet_right: int

    @property
    def total_modules(self) -> int:
        """Width in modules including both quiet zones."""
        return self.quiet_left + len(self.modules) + self.quiet_right

    def runs(self) -> list[tuple[int, int]]:
        """(first module, width) of each dark bar, so a bar is one rectangle, not many."""
        out: list[tuple[int, int]] = []
        start = None
        for i, m in enumerate(self.modules + "0"):
            if m == "1" and start is None:
                start = i
            elif m != "1" and start is not None:
                out.append((start, i - start))
                start = None
        return out


def ean13_pattern(card_number: str) -> BarPattern:
    """The EAN-13 modules of a 13-digit number whose check digit is right."""
    if not is_card_number(card_number):
        raise ValueError(f"not a 13-digit number with a valid check digit: {card_number!r}")
    code = barcode.get("ean13", card_number[:12])
    if code.get_fullcode() != card_number:
        raise ValueError(f"python-barcode computed {code.get_fullcode()}, not {card_number}")
    return BarPattern(BarcodeKind.EAN13, card_number, code.build()[0], *EAN13_QUIET)


def code128_pattern(text: str) -> BarPattern:
    """The Code 128 modules of ``text`` (python-barcode picks the shortest code sets)."""
    if not text or not text.isascii():
        raise ValueError("Code 128 needs non-empty ASCII text")
    code = barcode.get("code128", text)
    return BarPattern(BarcodeKind.CODE128, text, code.build()[0], *CODE128_QUIET)


def bar_pattern(kind: BarcodeKind, text: str) -> BarPattern:
    """EAN-13 for a card number when asked for and possible; Code 128 otherwise.

    A coupon or gift card code need not be an EAN-13 number; Code 128 carries any text.
    """
    if BarcodeKind(kind) is BarcodeKind.EAN13 and is_card_number(text):
        return ean13_pattern(text)
    return code128_pattern(text)


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules (True = dark) without the quiet zone; error correction M.

    M (15 %) survives a scratched plastic card or a cracked phone screen and still fits
    ``LP`` + 13 digits into the smallest symbol (21 × 21).
    """
    qr = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(payload)
    qr.make(fit=True)
    return [list(row) for row in qr.get_matrix()]
