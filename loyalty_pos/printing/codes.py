"""Drawing barcodes and QR codes as vector rectangles with QPainter.

Each module width is rounded down to whole device pixels, so on a 300 dpi printer all
bars of one width come out equally wide (a scanner measures bar widths); on a PDF at
1200 dpi the rounding is invisible. Adjacent dark modules are one rectangle, so no
hairline gaps appear between them at any zoom.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from .patterns import QR_QUIET, BarPattern

BLACK = QColor("#000000")


def module_size(available: float, modules: int, largest: float) -> float:
    """The widest whole-pixel module that fits ``modules`` into ``available`` pixels."""
    size = min(largest, available / modules)
    return float(max(1, math.floor(size)))


def draw_bars(
    painter: QPainter, pattern: BarPattern, x: float, y: float, module: float, height: float
) -> QRectF:
    """Bars of ``pattern`` with the left quiet zone starting at ``x``; returns the
    symbol's rectangle including both quiet zones."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLACK)
    left = x + pattern.quiet_left * module
    for start, width in pattern.runs():
        painter.drawRect(QRectF(left + start * module, y, width * module, height))
    painter.restore()
    return QRectF(x, y, pattern.total_modules * module, height)


def draw_qr(
    painter: QPainter, matrix: list[list[bool]], x: float, y: float, module: float
) -> QRectF:
    """The QR symbol with its four-module quiet zone starting at (x, y); returns the
    rectangle including the quiet zone (which the caller keeps light)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLACK)
    ox = x + QR_QUIET * module
    oy = y + QR_QUIET * module
    for r, row in enumerate(matrix):
        c = 0
        n = len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                painter.drawRect(
                    QRectF(ox + start * module, oy + r * module, (c - start) * module, module)
                )
            else:
                c += 1
    painter.restore()
    side = (len(matrix) + 2 * QR_QUIET) * module
    return QRectF(x, y, side, side)
