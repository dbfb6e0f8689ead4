"""Fonts and fitting text into a box on a printed card or slip.

A name must never be cut off at the card's edge and never print as empty boxes. The
font is the first family of a list that holds every character of the text (checked in
the font file itself with QRawFont, not through Qt's silent fallback), and the text is
shrunk down to a smallest size (``text_fit.largest_fitting``), then elided with "…",
until it fits its box.

The list starts with the family the app ships (``loyalty_pos/fonts.py``), so a card or
slip prints the same on every till, whatever fonts its system has; the system's own
families are there for a letter the bundled font lacks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QPainter, QRawFont

from .. import fonts
from ..text_fit import largest_fitting

#: Families that cover Latin with Vietnamese, Hungarian and Norwegian letters, in order
#: after the bundled one (``fonts.FAMILY``, the same as the first here).
PREFERRED = (
    fonts.FAMILY,
    "DejaVu Sans",
    "Segoe UI",
    "Arial",
    "Helvetica Neue",
    "Liberation Sans",
    "Roboto",
)


@dataclass(frozen=True)
class FittedText:
    """Text as drawn: possibly shrunk or elided, with its measured width (device px)."""

    text: str
    font: QFont
    width: float
    box: QRectF

    @property
    def fits(self) -> bool:
        return self.width <= self.box.width() + 0.01


@lru_cache(maxsize=32)
def _raw_font(family: str, bold: bool) -> QRawFont | None:
    f = QFont(family)
    f.setPixelSize(64)
    f.setBold(bold)
    raw = QRawFont.fromFont(f)
    return raw if raw.isValid() else None


def _installed() -> set[str]:
    fonts.load()  # the bundled family first (a command-line print has no window yet)
    return set(QFontDatabase.families())


def _covered(families: Sequence[str], bold: bool, text: str) -> bool:
    """Whether the files of ``families`` together have a glyph for every character."""
    raws = [r for r in (_raw_font(f, bold) for f in families) if r is not None]
    return bool(raws) and all(
        any(r.supportsCharacter(ord(ch)) for r in raws) for ch in text if not ch.isspace()
    )


def covers(font: QFont, text: str) -> bool:
    """True when the font files of ``font``'s families themselves (not a system
    fallback) have a glyph for every character."""
    return _covered(font.families() or [font.family()], font.bold(), text)


def card_font(text: str, *, bold: bool = False) -> QFont:
    """The bundled families if they have every glyph of ``text`` (Noto Sans, its
    symbols from Noto Sans Math); else the first preferred system family that has; else
    the default."""
    installed = _installed()
    bundled = fonts.load()
    if bundled and _covered(bundled, bold, text):
        f = QFont()
        f.setFamilies(bundled)
        f.setBold(bold)
        return _print_ready(f)
    for family in PREFERRED:
        if family not in installed or family in bundled:
            continue
        f = QFont(family)
        f.setBold(bold)
        if covers(f, text):
            return _print_ready(f)
    f = QFont()
    f.setBold(bold)
    return _print_ready(f)


def _print_ready(f: QFont) -> QFont:
    # Unhinted outlines scale linearly, so widths measured here hold on any device.
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    f.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    return f


def fit(text: str, font: QFont, box: QRectF, max_px: float, min_px: float) -> FittedText:
    """The largest whole pixel size from ``max_px`` down to ``min_px`` at which ``text``
    fits ``box``'s width; elided at the smallest size if it still does not. Sizes are in
    device pixels."""
    f = QFont(font)
    high = max(1, round(max(1.0, max_px)))
    low = max(1, round(max(1.0, min(min_px, max_px))))

    def width_at(px: int) -> float:
        f.setPixelSize(px)
        return QFontMetricsF(f).horizontalAdvance(text)

    f.setPixelSize(largest_fitting(low, high, lambda px: width_at(px) <= box.width()))
    metrics = QFontMetricsF(f)
    width = metrics.horizontalAdvance(text)
    if width > box.width():
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        width = metrics.horizontalAdvance(text)
    height = min(box.height(), metrics.height())
    return FittedText(text, f, width, QRectF(box.x(), box.y(), box.width(), height))


def draw(
    painter: QPainter,
    fitted: FittedText,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> None:
    """Draw fitted text on its box's first line (vertically centred in its height)."""
    painter.setFont(fitted.font)
    flags = align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
    painter.drawText(fitted.box, int(flags), fitted.text)
