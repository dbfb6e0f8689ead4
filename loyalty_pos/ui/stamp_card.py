"""One punch card drawn as it looks on paper: a row of filled and empty circles.

Circles are read faster than digits at a distance, and "7 / 10" beside them removes any
doubt. A ready reward turns the card amber so it cannot be missed.

A card the owner switched off is still shown while the member holds something on it:
greyed, marked "(switched off)", with its stamps in grey and a line saying that it
gives no new stamps. A reward ready on it stays amber: it can still be redeemed (F5).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..services.views import CardProgress
from . import theme
from .formatting import stamps_of


def circle_layout(needed: int) -> tuple[int, int]:
    """(circles per row, diameter in px): ten big circles a row, smaller for long cards;
    larger with the text."""
    if needed <= 10:
        return max(needed, 1), theme.px(36)
    if needed <= 24:
        return (needed + 1) // 2, theme.px(28)
    return 20, theme.px(16)


MIN_DIAMETER = 24


class StampCircles(QWidget):
    """The circles alone; ``filled`` of ``needed`` are solid (grey when ``muted``;
    dark on the amber of a ready card, ``on_reward``). Colours are read when painting,
    so a new colour set shows at once."""

    GAP = 6

    def __init__(
        self,
        filled: int,
        needed: int,
        parent: QWidget | None = None,
        *,
        muted: bool = False,
        on_reward: bool = False,
    ) -> None:
        super().__init__(parent)
        self.filled = filled
        self.needed = needed
        self.muted = muted
        self.on_reward = on_reward
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(stamps_of(filled, needed))

    def _size_for(self, diameter: int) -> QSize:
        per_row, _ = circle_layout(self.needed)
        rows = -(-self.needed // per_row)
        return QSize(
            per_row * (diameter + self.GAP) + self.GAP, rows * (diameter + self.GAP) + self.GAP
        )

    def diameter(self, width: int | None = None) -> int:
        """The circles' size: as ``circle_layout`` says, smaller when the width is
        short (large text in a narrow column), never below ``MIN_DIAMETER``."""
        per_row, d = circle_layout(self.needed)
        width = self.width() if width is None else width
        fits = (width - self.GAP) // per_row - self.GAP
        return max(min(d, MIN_DIAMETER), min(d, fits))

    def sizeHint(self) -> QSize:
        return self._size_for(circle_layout(self.needed)[1])

    def minimumSizeHint(self) -> QSize:
        return self._size_for(min(circle_layout(self.needed)[1], MIN_DIAMETER))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._size_for(self.diameter(width)).height()

    def paintEvent(self, event: QPaintEvent) -> None:
        per_row, _ = circle_layout(self.needed)
        d = self.diameter()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = theme.colours()
        fill, rim, tick_colour = (
            c.stamp_on_reward if self.on_reward else (c.stamp_filled, c.stamp_rim, c.stamp_tick)
        )
        pen = QPen(QColor(rim))
        pen.setWidthF(3.0 if c.high_contrast else 2.5)
        p.setPen(pen)
        filled = QColor(c.stamp_off if self.muted else fill)
        empty = QColor(c.stamp_empty)
        for i in range(self.needed):
            row, col = divmod(i, per_row)
            x = self.GAP + col * (d + self.GAP)
            y = self.GAP + row * (d + self.GAP)
            p.setBrush(filled if i < self.filled else empty)
            p.drawEllipse(QRectF(x, y, d, d))
            if i < self.filled:
                # A tick inside a filled circle, so the state does not rely on colour.
                tick = QPen(QColor(tick_colour))
                tick.setWidthF(max(2.0, d / 12))
                p.setPen(tick)
                p.drawPolyline(
                    [
                        QPointF(x + d * 0.28, y + d * 0.52),
                        QPointF(x + d * 0.44, y + d * 0.68),
                        QPointF(x + d * 0.73, y + d * 0.34),
                    ]
                )
                p.setPen(pen)
        p.end()


class StampCard(QWidget):
    """Program name, "7 / 10", the circles, and the reward line when one is ready."""

    def __init__(
        self, card: CardProgress, reward: str, parent: QWidget | None = None, expiring: str = ""
    ) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName("stampCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        ready = card.rewards_ready > 0
        off = not card.active
        # The style sheet colours a ready card amber and a switched-off one grey, dashed.
        self.setProperty("ready", ready)
        self.setProperty("off", off)
        self.title = QLabel(
            self.tr("{program} (switched off)").format(program=card.program)
            if off
            else card.program,
            self,
        )
        theme.set_font(self.title, theme.CARD_TITLE_PT, bold=True)
        self.title.setWordWrap(True)
        self.count = QLabel(stamps_of(card.stamps, card.stamps_needed), self)
        theme.set_font(self.count, theme.CARD_TITLE_PT + 4, bold=True)
        self.circles = StampCircles(
            card.stamps, card.stamps_needed, self, muted=off, on_reward=ready
        )
        self.reward = QLabel(self)
        self.reward.setWordWrap(True)
        theme.set_font(self.reward, theme.CARD_TITLE_PT, bold=True)
        if ready:
            text = (
                self.tr("REWARD READY: {reward}")
                if card.rewards_ready == 1
                else self.tr("{n} REWARDS READY: {reward}")
            )
            self.reward.setText(text.format(reward=reward, n=card.rewards_ready))
        else:
            self.reward.setText(self.tr("Reward: {reward}").format(reward=reward))
            theme.set_font(self.reward, theme.BASE_PT)
            self.reward.setObjectName("hint")
        # Why the stamps no longer grow, in words: grey alone would not say it.
        self.off_note = QLabel(self.tr("Switched off: no new stamps on this card."), self)
        self.off_note.setWordWrap(True)
        theme.set_font(self.off_note, theme.SMALL_PT, bold=True)
        self.off_note.setVisible(off)

        self.expiring = QLabel(expiring, self)
        self.expiring.setObjectName("expiring")
        theme.set_font(self.expiring, theme.SMALL_PT, bold=True)
        self.expiring.setVisible(bool(expiring))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.circles)
        layout.addWidget(self.reward)
        layout.addWidget(self.off_note)
        layout.addWidget(self.expiring)
