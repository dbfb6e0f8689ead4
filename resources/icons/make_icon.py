"""Draw the app icon: a stamp card with five stamps and the reward star, on teal.

    uv run python resources/icons/make_icon.py

writes, beside this script, ``loyalty-pos.png`` (256 px: the window icon and the Linux
menu icon), ``loyalty-pos-N.png`` for the smaller sizes a desktop asks for,
``loyalty-pos.ico`` (Windows: every size in one file) and ``loyalty-pos.icns`` (macOS).
The outputs are committed; run this again only to change the drawing.

The small sizes are drawn, not scaled: below 48 px the card has four stamps instead of
six and no tick marks, so it stays a card with dots rather than a grey smudge.
ICO and ICNS both allow PNG images inside, so both are written here with ``struct``:
Qt writes only one size per ICO file and no ICNS at all.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

HERE = Path(__file__).resolve().parent
NAME = "loyalty-pos"
TEAL = QColor("#0f6e6e")
TEAL_DARK = QColor("#0a4f4f")
CARD = QColor("#ffffff")
EMPTY = QColor("#d6e4e4")
GOLD = QColor("#f2a900")
PNG_SIZES = (16, 24, 32, 48, 64, 128)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's icns format).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)  # fmt: skip


def star(center: QPointF, outer: float, inner: float) -> QPolygonF:
    import math

    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        angle = math.radians(-90 + 36 * i)
        points.append(QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle)))
    return QPolygonF(points)


def draw(size: int) -> QImage:
    """The icon at ``size`` pixels square, transparent outside the rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)

    # The tile.
    margin = s * 0.03
    tile = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TEAL)
    p.drawRoundedRect(tile, s * 0.2, s * 0.2)

    # The card, with a darker shadow under it.
    card = QRectF(s * 0.12, s * 0.24, s * 0.76, s * 0.52)
    p.setBrush(TEAL_DARK)
    p.drawRoundedRect(card.translated(0, s * 0.03), s * 0.07, s * 0.07)
    p.setBrush(CARD)
    p.drawRoundedRect(card, s * 0.07, s * 0.07)

    cols, rows = (3, 2) if size >= 48 else (2, 2)
    cell_w = card.width() / cols
    cell_h = card.height() / rows
    radius = min(cell_w, cell_h) * (0.34 if size >= 48 else 0.36)
    last = cols * rows - 1
    for i in range(cols * rows):
        c = QPointF(
            card.left() + cell_w * (i % cols + 0.5), card.top() + cell_h * (i // cols + 0.5)
        )
        if i == last:  # the reward: a gold star in an empty ring
            p.setBrush(EMPTY)
            p.drawEllipse(c, radius, radius)
            p.setBrush(GOLD)
            p.drawPolygon(star(c, radius * 0.92, radius * 0.4))
            continue
        p.setBrush(TEAL)
        p.drawEllipse(c, radius, radius)
        if size >= 48:  # a tick in each stamp
            tick = QPainterPath(QPointF(c.x() - radius * 0.45, c.y() + radius * 0.02))
            tick.lineTo(c.x() - radius * 0.1, c.y() + radius * 0.38)
            tick.lineTo(c.x() + radius * 0.5, c.y() - radius * 0.35)
            pen = QPen(CARD, radius * 0.24)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(tick)
            p.setPen(Qt.PenStyle.NoPen)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("PNG encoding failed")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file with one PNG-compressed image per size (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    payload = b""
    offset = 6 + 16 * len(images)
    for size, data in sorted(images.items()):
        side = size % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: png_bytes(draw(size)) for size in sizes}
    (HERE / f"{NAME}.png").write_bytes(images[256])
    for size in PNG_SIZES:
        (HERE / f"{NAME}-{size}.png").write_bytes(images[size])
    (HERE / f"{NAME}.ico").write_bytes(ico({s: images[s] for s in ICO_SIZES}))
    (HERE / f"{NAME}.icns").write_bytes(icns(images))
    print(f"wrote {NAME}.png, {len(PNG_SIZES)} smaller PNGs, .ico and .icns in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
