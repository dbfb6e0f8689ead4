"""One card face drawn with QPainter: the shop's header, a name, a barcode and a QR code.

``draw_code_card`` draws any card that carries a code: a member card today, a coupon or
a gift card later (a title such as "10 % off" or "Gift card 5 000 Ft" in place of the
name, and its own code). Everything is placed in millimetres of an 85.60 × 53.98 mm
card and scaled to the device, so the same function draws the PDF, the printer page
and the on-screen preview.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from ..domain.card_design import CardDesign
from ..domain.cardnumber import qr_payload
from . import text as textfit
from .codes import draw_bars, draw_qr, module_size
from .layouts import CR80_H, CR80_W
from .patterns import QR_QUIET, BarPattern, bar_pattern, qr_matrix

MARGIN = 4.0  # mm
PANEL_TOP = 27.0  # mm: where the white code panel starts
PANEL_PAD = 1.2  # mm
DIGITS_H = 3.0  # mm of text under the bars
BAR_MODULE_MAX = 0.50  # mm
QR_MODULE_MAX = 0.80  # mm
VALUE_MIN = 2.6  # mm: below this a value line is split in two rather than shrunk
VALUE_SEP = " · "


@dataclass(frozen=True)
class DrawnCard:
    """Where things ended up (device pixels), for tests and for a preview to check."""

    title: textfit.FittedText
    tagline: textfit.FittedText | None
    headline: textfit.FittedText | None
    value: textfit.FittedText | None
    digits: textfit.FittedText
    barcode: QRectF
    qr: QRectF | None
    pattern: BarPattern
    value2: textfit.FittedText | None = None  # the second line of a long value


def load_logo(design: CardDesign) -> QImage | None:
    """The design's logo as an image, or None when there is none or it is unreadable."""
    raw = design.logo_bytes
    if not raw:
        return None
    image = QImage.fromData(QByteArray(raw), "PNG")
    return None if image.isNull() else image


def group_digits(pattern: BarPattern) -> str:
    """EAN-13 digits grouped as printed on products (1 + 6 + 6); others as they are."""
    t = pattern.text
    if pattern.kind == "ean13" and len(t) == 13:
        return f"{t[0]} {t[1:7]} {t[7:]}"
    return t


def _value_lines(value: str, width: float, min_px: float) -> list[str]:
    """``value`` as one line when it fits ``width`` at ``min_px``; else two, split at
    the " · " nearest the middle (a value without one stays one line, shrunk)."""
    if not value or VALUE_SEP not in value:
        return [value] if value else []
    font = QFont(textfit.card_font(value))
    font.setPixelSize(max(1, round(min_px)))
    if QFontMetricsF(font).horizontalAdvance(value) <= width:
        return [value]
    parts = value.split(VALUE_SEP)
    best = min(
        range(1, len(parts)),
        key=lambda i: abs(len(VALUE_SEP.join(parts[:i])) - len(VALUE_SEP.join(parts[i:]))),
    )
    return [VALUE_SEP.join(parts[:best]), VALUE_SEP.join(parts[best:])]


def draw_code_card(
    painter: QPainter,
    card: QRectF,
    design: CardDesign,
    logo: QImage | None,
    *,
    code: str,
    headline: str = "",
    value: str = "",
    qr_text: str | None = None,
) -> DrawnCard:
    """Draw one card into ``card`` (device pixels, CR80 proportions).

    ``headline`` is the big line (a member's name, a coupon's title), ``value`` a
    smaller line under it (a gift card's value); ``code`` goes in the barcode (EAN-13
    when the design asks for it and the code is a card number, else Code 128), and
    ``qr_text`` (if given) in the QR code.
    """
    k = card.width() / CR80_W  # device pixels per millimetre

    def mm(x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(card.x() + x * k, card.y() + y * k, w * k, h * k)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(card, QColor(design.background))
    ink = QColor(design.ink)

    # Header: logo, the shop's title and the line of text.
    text_left = MARGIN
    if logo is not None:
        box = mm(MARGIN, 3.5, 12.0, 12.0)
        scaled = logo.size().scaled(box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(
            box.x(), box.y() + (box.height() - scaled.height()) / 2, scaled.width(), scaled.height()
        )
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, logo)
        text_left = MARGIN + 12.0 + 2.5
    width = CR80_W - MARGIN - text_left
    painter.setPen(ink)
    title_text = design.title or ""
    title = textfit.fit(
        title_text,
        textfit.card_font(title_text, bold=True),
        mm(text_left, 3.5, width, 7.0),
        5.6 * k,
        3.0 * k,
    )
    textfit.draw(painter, title)
    tagline = None
    if design.tagline:
        painter.setPen(QColor(design.accent))
        tagline = textfit.fit(
            design.tagline,
            textfit.card_font(design.tagline),
            mm(text_left, 10.5, width, 4.5),
            3.2 * k,
            2.2 * k,
        )
        textfit.draw(painter, tagline)
    painter.setPen(QPen(QColor(design.accent), 0.5 * k))
    painter.drawLine(
        QPointF(card.x() + MARGIN * k, card.y() + 16.2 * k),
        QPointF(card.right() - MARGIN * k, card.y() + 16.2 * k),
    )

    # The name (or a coupon's title) and a value line; a long value (a coupon's terms)
    # takes two lines at a readable size rather than one too small to read.
    painter.setPen(ink)
    headline_fit = value_fit = value2_fit = None
    full = CR80_W - 2 * MARGIN
    lines = _value_lines(value, mm(MARGIN, 0, full, 1).width(), VALUE_MIN * k)
    if headline:
        top, height, largest = (17.6, 6.0, 4.6) if not value else (17.0, 6.0, 4.6)
        if len(lines) == 2:
            top, height, largest = (16.9, 4.6, 3.8)
        headline_fit = textfit.fit(
            headline,
            textfit.card_font(headline, bold=True),
            mm(MARGIN, top, full, height),
            largest * k,
            2.6 * k,
        )
        textfit.draw(painter, headline_fit)
    if len(lines) == 2:
        boxes = (mm(MARGIN, 21.3, full, 2.85), mm(MARGIN, 24.0, full, 2.85))
        fits = [
            textfit.fit(t, textfit.card_font(t), b, VALUE_MIN * k, 2.0 * k)
            for t, b in zip(lines, boxes, strict=True)
        ]
        value_fit, value2_fit = fits
        for f in fits:
            textfit.draw(painter, f)
    elif value:
        value_fit = textfit.fit(
            value, textfit.card_font(value), mm(MARGIN, 22.6, full, 4.0), 3.2 * k, 2.2 * k
        )
        textfit.draw(painter, value_fit)

    # The code panel: always dark on white, whatever the card's colours.
    panel = mm(3.0, PANEL_TOP, CR80_W - 6.0, CR80_H - PANEL_TOP - 3.0)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.drawRoundedRect(panel, 1.5 * k, 1.5 * k)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    inner = panel.adjusted(PANEL_PAD * k, PANEL_PAD * k, -PANEL_PAD * k, -PANEL_PAD * k)

    qr_rect = None
    right = inner.right()
    if qr_text:
        matrix = qr_matrix(qr_text)
        side_modules = len(matrix) + 2 * QR_QUIET
        qm = module_size(inner.height(), side_modules, QR_MODULE_MAX * k)
        side = side_modules * qm
        qx = inner.right() - side + QR_QUIET * qm * 0.5  # half the quiet zone may be panel pad
        qx = min(qx, panel.right() - side)
        qr_rect = draw_qr(painter, matrix, qx, inner.y() + (inner.height() - side) / 2, qm)
        right = qr_rect.left()

    pattern = bar_pattern(design.barcode, code)
    avail = right - inner.left()
    bm = module_size(avail, pattern.total_modules, BAR_MODULE_MAX * k)
    symbol_w = pattern.total_modules * bm
    bx = inner.left() + (avail - symbol_w) / 2
    bar_h = inner.height() - DIGITS_H * k
    bars = draw_bars(painter, pattern, bx, inner.y(), bm, bar_h)

    painter.setPen(QColor("#000000"))
    shown = group_digits(pattern)
    digits_box = QRectF(bars.x(), bars.bottom(), bars.width(), DIGITS_H * k)
    digits = textfit.fit(shown, textfit.card_font(shown), digits_box, 2.6 * k, 1.8 * k)
    textfit.draw(painter, digits, Qt.AlignmentFlag.AlignHCenter)
    painter.restore()
    return DrawnCard(
        title, tagline, headline_fit, value_fit, digits, bars, qr_rect, pattern, value2_fit
    )


def draw_member_card(
    painter: QPainter,
    card: QRectF,
    design: CardDesign,
    logo: QImage | None,
    card_number: str,
    name: str = "",
) -> DrawnCard:
    """A member card (or a blank one without a name): the number as barcode and QR."""
    return draw_code_card(
        painter,
        card,
        design,
        logo,
        code=card_number,
        headline=name,
        qr_text=qr_payload(card_number),
    )
