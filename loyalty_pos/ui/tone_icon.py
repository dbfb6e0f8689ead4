"""The banner's icon: what a message means, drawn, so it does not rest on colour alone.

Drawn with QPainter rather than taken from a font: a till's fonts may lack the
symbols, and a drawing scales with the text size and takes the banner's text colour
in every colour set.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from . import theme
from .theme import Tone

ICON_PX = 34


def tr(text: str) -> str:
    return QCoreApplication.translate("ToneIcon", text)


def tone_name(tone: Tone) -> str:
    """The icon's meaning in words, for screen readers."""
    return {
        Tone.INFO: tr("Information"),
        Tone.SUCCESS: tr("Done"),
        Tone.REWARD: tr("Reward"),
        Tone.WARNING: tr("Warning"),
        Tone.ERROR: tr("Error"),
    }[tone]


class ToneIcon(QWidget):
    """A circle with "i", a tick, a star, a triangle with "!", or a cross."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tone = Tone.INFO
        side = theme.px(ICON_PX)
        self.setFixedSize(QSize(side, side))
        self.set_tone(Tone.INFO)

    def set_tone(self, tone: Tone) -> None:
        self.tone = tone
        self.setAccessibleName(tone_name(tone))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        ink = QColor(theme.colours().tones[self.tone.value][1])
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width()
        stroke = max(2.5, w / 10)
        pen = QPen(ink, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        m = stroke / 2 + 1
        box = QRectF(m, m, w - 2 * m, w - 2 * m)
        draw = {
            Tone.INFO: self._info,
            Tone.SUCCESS: self._tick,
            Tone.REWARD: self._star,
            Tone.WARNING: self._warning,
            Tone.ERROR: self._cross,
        }[self.tone]
        draw(p, box, ink)
        p.end()

    @staticmethod
    def _at(box: QRectF, x: float, y: float) -> QPointF:
        return QPointF(box.left() + x * box.width(), box.top() + y * box.height())

    def _info(self, p: QPainter, box: QRectF, ink: QColor) -> None:
        p.drawEllipse(box)
        p.drawLine(self._at(box, 0.5, 0.45), self._at(box, 0.5, 0.75))
        p.setBrush(ink)
        r = box.width() * 0.06
        p.drawEllipse(self._at(box, 0.5, 0.27), r, r)

    def _tick(self, p: QPainter, box: QRectF, ink: QColor) -> None:
        p.drawEllipse(box)
        p.drawPolyline(
            [self._at(box, 0.27, 0.52), self._at(box, 0.44, 0.69), self._at(box, 0.74, 0.33)]
        )

    def _cross(self, p: QPainter, box: QRectF, ink: QColor) -> None:
        p.drawEllipse(box)
        p.drawLine(self._at(box, 0.32, 0.32), self._at(box, 0.68, 0.68))
        p.drawLine(self._at(box, 0.68, 0.32), self._at(box, 0.32, 0.68))

    def _warning(self, p: QPainter, box: QRectF, ink: QColor) -> None:
        corners = [(0.5, 0.04), (0.97, 0.94), (0.03, 0.94)]
        p.drawPolygon(QPolygonF([self._at(box, x, y) for x, y in corners]))
        p.drawLine(self._at(box, 0.5, 0.38), self._at(box, 0.5, 0.62))
        p.setBrush(ink)
        r = box.width() * 0.05
        p.drawEllipse(self._at(box, 0.5, 0.78), r, r)

    def _star(self, p: QPainter, box: QRectF, ink: QColor) -> None:
        points = []
        for i in range(10):
            angle = -math.pi / 2 + i * math.pi / 5
            radius = 0.5 if i % 2 == 0 else 0.21
            x, y = 0.5 + radius * math.cos(angle), 0.53 + radius * math.sin(angle)
            points.append(self._at(box, x, y))
        p.setBrush(ink)
        p.drawPolygon(QPolygonF(points))
