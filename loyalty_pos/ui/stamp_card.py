"""One punch card drawn as it looks on paper: a row of filled and empty circles.

Circles are read faster than digits at a distance, and "7 / 10" beside them removes any
doubt. A ready reward turns the card amber so it cannot be missed.

A card the owner switched off is still shown while the member holds something on it:
greyed, marked "(switched off)", with its stamps in grey and a line saying that it
gives no new stamps. A reward ready on it stays amber: it can still be redeemed (F5).

A member with several cards must see them all at once (a reward ready on the third card
is no use hidden under the first). So each card also has a *compact* form, one row:
name, circles at their smallest readable size, "7 / 10"; on a card with a reward ready,
"REWARD READY: Free coffee" where the circles were. ``StampCards`` holds both forms of
every card, ready cards first, and shows the one the member panel chooses for the
height it has.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..services.views import CardProgress
from . import theme
from .formatting import stamps_of
from .shrink_label import ShrinkLabel

MIN_DIAMETER = 24


def circle_layout(needed: int, *, compact: bool = False) -> tuple[int, int]:
    """(circles per row, diameter in px): ten big circles a row, smaller for long cards;
    larger with the text. ``compact``: the smallest readable circles, ten to a row (two
    rows for a long card), so a card takes one line of the panel."""
    if compact:
        per_row = max(needed, 1) if needed <= 10 else (needed + 1) // 2 if needed <= 24 else 20
        return per_row, max(MIN_DIAMETER, theme.px(MIN_DIAMETER))
    if needed <= 10:
        return max(needed, 1), theme.px(36)
    if needed <= 24:
        return (needed + 1) // 2, theme.px(28)
    return 20, theme.px(16)


class StampCircles(QWidget):
    """The circles alone; ``filled`` of ``needed`` are solid (grey when ``muted``;
    dark on the amber of a ready card, ``on_reward``). Colours are read when painting,
    so a new colour set shows at once. ``compact`` draws them small and close together,
    for a card on one line."""

    GAP = 6
    COMPACT_GAP = 3

    def __init__(
        self,
        filled: int,
        needed: int,
        parent: QWidget | None = None,
        *,
        muted: bool = False,
        on_reward: bool = False,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.filled = filled
        self.needed = needed
        self.muted = muted
        self.on_reward = on_reward
        self.compact = compact
        self.gap = self.COMPACT_GAP if compact else self.GAP
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(stamps_of(filled, needed))

    def show_stamps(
        self, filled: int, needed: int, *, muted: bool = False, on_reward: bool = False
    ) -> None:
        """Another card's stamps in these circles (a new size only for a new count)."""
        if (filled, needed, muted, on_reward) == (
            self.filled,
            self.needed,
            self.muted,
            self.on_reward,
        ):
            return
        grows = needed != self.needed
        self.filled, self.needed, self.muted, self.on_reward = filled, needed, muted, on_reward
        self.setAccessibleName(stamps_of(filled, needed))
        if grows:
            self.updateGeometry()
        self.update()

    def _layout(self) -> tuple[int, int]:
        return circle_layout(self.needed, compact=self.compact)

    def _size_for(self, diameter: int) -> QSize:
        per_row, _ = self._layout()
        rows = -(-self.needed // per_row)
        return QSize(
            per_row * (diameter + self.gap) + self.gap, rows * (diameter + self.gap) + self.gap
        )

    def diameter(self, width: int | None = None) -> int:
        """The circles' size: as ``circle_layout`` says, smaller when the width is
        short (large text in a narrow column), never below ``MIN_DIAMETER``."""
        per_row, d = self._layout()
        width = self.width() if width is None else width
        fits = (width - self.gap) // per_row - self.gap
        return max(min(d, MIN_DIAMETER), min(d, fits))

    def sizeHint(self) -> QSize:
        return self._size_for(self._layout()[1])

    def minimumSizeHint(self) -> QSize:
        return self._size_for(min(self._layout()[1], MIN_DIAMETER))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._size_for(self.diameter(width)).height()

    def paintEvent(self, event: QPaintEvent) -> None:
        per_row, _ = self._layout()
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
            x = self.gap + col * (d + self.gap)
            y = self.gap + row * (d + self.gap)
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
    """Program name, "7 / 10", the circles, and the reward line when one is ready.

    ``compact``: name, circles and count on one line (the circles on a second line with
    larger text); a ready reward in place of the circles; a reward not ready only in the
    tooltip (its text stays in ``reward``).

    A card is built once and shown again for the next member with ``set_card``: its
    labels and circles change in place, its grid is laid out anew only when a compact
    card's reward becomes ready or stops being so (a scan builds no widget).
    """

    def __init__(
        self,
        card: CardProgress,
        reward: str,
        parent: QWidget | None = None,
        expiring: str = "",
        *,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.compact = compact
        self.setObjectName("stampCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # A long name gets smaller (two lines in the height of one) rather than pushing
        # the circles out of a compact row.
        self.title = ShrinkLabel(self, floor_pt=theme.pt(theme.SMALL_PT), wrap=True)
        self._title_policy = self.title.sizePolicy()
        theme.set_font(self.title, theme.BASE_PT if compact else theme.CARD_TITLE_PT, bold=True)
        self.count = QLabel(self)
        theme.set_font(
            self.count, theme.BASE_PT + 2 if compact else theme.CARD_TITLE_PT + 4, bold=True
        )
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.circles = StampCircles(
            card.stamps, card.stamps_needed, self, muted=not card.active, compact=compact
        )
        self.reward = QLabel(self)
        self.reward.setWordWrap(True)
        # The reward line's two looks: bold when ready, a plain hint when not.
        self._reward_fonts = (
            theme.font(theme.BASE_PT),
            theme.font(theme.BASE_PT if compact else theme.CARD_TITLE_PT, bold=True),
        )
        # Why the stamps no longer grow, in words: grey alone would not say it.
        self.off_note = QLabel(self.tr("Switched off: no new stamps on this card."), self)
        self.off_note.setWordWrap(True)
        theme.set_font(self.off_note, theme.SMALL_PT, bold=True)

        self.expiring = QLabel(self)
        self.expiring.setObjectName("expiring")
        theme.set_font(self.expiring, theme.SMALL_PT, bold=True)

        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(8)
        self._looks: tuple[bool, bool] | None = None  # (ready, off) the style shows
        self._arranged: bool | None = None  # whether the grid holds a ready card's form
        self.set_card(card, reward, expiring)

    def set_card(self, card: CardProgress, reward: str, expiring: str = "") -> None:
        """Show ``card`` in this widget (the same form, compact or full)."""
        self.card = card
        ready = card.rewards_ready > 0
        off = not card.active
        self.title.setText(
            self.tr("{program} (switched off)").format(program=card.program)
            if off
            else card.program
        )
        self.count.setText(stamps_of(card.stamps, card.stamps_needed))
        self.circles.show_stamps(card.stamps, card.stamps_needed, muted=off, on_reward=ready)
        if ready:
            text = (
                self.tr("REWARD READY: {reward}")
                if card.rewards_ready == 1
                else self.tr("{n} REWARDS READY: {reward}")
            )
            self.reward.setText(text.format(reward=reward, n=card.rewards_ready))
        else:
            self.reward.setText(self.tr("Reward: {reward}").format(reward=reward))
        if self._looks is None or self._looks[0] != ready:
            self._restyle(ready, off)
            self.reward.setFont(self._reward_fonts[ready])  # after the style's own font
        self._restyle(ready, off)
        self.setToolTip(self.reward.text())
        self.off_note.setVisible(off)
        self.expiring.setText(expiring)
        self.expiring.setVisible(bool(expiring))
        self._arrange(ready)

    def _restyle(self, ready: bool, off: bool) -> None:
        """The style sheet colours a ready card amber and a switched-off one grey,
        dashed, by the card's properties: set them, and have the style read them again
        when they changed (it does not on its own). Polishing again puts back the fonts
        the widgets had when first polished: the reward line's is set after this."""
        if self._looks == (ready, off):
            return
        first = self._looks is None
        self._looks = (ready, off)
        self.setProperty("ready", ready)
        self.setProperty("off", off)
        self.reward.setObjectName("" if ready else "hint")
        if first:
            return  # not polished yet: the style reads them when it first does
        style = self.style()
        for widget in (self, *self.findChildren(QLabel)):
            style.unpolish(widget)
            style.polish(widget)
        self.update()

    def _arrange(self, ready: bool) -> None:
        """Place the parts in the grid. A compact card with a reward ready says so
        where its circles would be: the reward is what the cashier must not miss, and
        "0 / 10" still counts stamps."""
        arranged = ready and self.compact  # the full form is the same either way
        if self._arranged == arranged:
            self.reward.setVisible(ready or not self.compact)
            return
        self._arranged = arranged
        grid = self._grid
        for widget in (self.title, self.count, self.circles, self.reward, self.off_note):
            grid.removeWidget(widget)
        grid.removeWidget(self.expiring)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 0)
        self.title.setSizePolicy(self._title_policy)
        middle: QWidget = self.reward if arranged else self.circles
        self.circles.setVisible(middle is self.circles)
        self.reward.setVisible(ready or not self.compact)
        below = [w for w in (self.reward, self.off_note, self.expiring) if w is not middle]
        if self.compact and theme.text_size() == theme.TEXT_SIZES[0]:  # one line
            if middle is self.reward:  # the reward's words on one line; the name gives way
                grid.setColumnStretch(0, 0)
                grid.setColumnStretch(1, 1)
                self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            grid.setContentsMargins(8, 2, 8, 2)
            grid.setVerticalSpacing(0)
            grid.addWidget(self.title, 0, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(middle, 0, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.count, 0, 2, Qt.AlignmentFlag.AlignVCenter)
        elif self.compact:  # larger text: under the name, the column is narrow
            grid.setContentsMargins(8, 2, 8, 2)
            grid.setVerticalSpacing(0)
            grid.addWidget(self.title, 0, 0)
            grid.addWidget(self.count, 0, 1, 1, 2)
            if middle is self.circles:
                grid.addWidget(middle, 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
            else:  # the reward's words wrap in the card's whole width
                grid.addWidget(middle, 1, 0, 1, 3)
        else:
            grid.setContentsMargins(12, 8, 12, 8)
            grid.setVerticalSpacing(4)
            grid.addWidget(self.title, 0, 0)
            grid.addWidget(self.count, 0, 1, 1, 2)
            grid.addWidget(self.circles, 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        for row, label in enumerate(below, start=2):
            grid.addWidget(label, row, 0, 1, 3)

    def is_ready(self) -> bool:
        return self.card.rewards_ready > 0


def ready_first(cards: list[CardProgress]) -> list[CardProgress]:
    """The cards with a reward ready first (in their own order), then the others."""
    return sorted(cards, key=lambda c: c.rewards_ready == 0)


class StampCards(QWidget):
    """Every punch card of the member, ready ones first, full size or compact.

    The compact form is built with the cards: it is the least the panel ever shows. The
    full form is built when the panel first asks how tall it would be, which it does
    only when the height could allow it (``full_growth_at_least``). The widgets stay for
    the next member: ``set_cards`` shows the new cards in them (``StampCard.set_card``)
    and builds only the ones a member with more cards needs; those left over wait,
    hidden, for a member who has as many.
    """

    SPACING = 4

    def __init__(self, empty: str, parent: QWidget | None = None) -> None:
        """``empty``: what to say for a member without punch cards."""
        super().__init__(parent)
        self.cards: list[CardProgress] = []
        self.full: list[StampCard] = []
        self.small: list[StampCard] = []
        self._pool: dict[bool, list[StampCard]] = {True: [], False: []}  # by compact
        self.compact = True
        self._fill: Callable[[CardProgress], tuple[str, str]] | None = None
        self._heights: dict[tuple[int, bool], int] = {}
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(self.SPACING)
        self.empty = QLabel(empty, self)
        self._column.addWidget(self.empty)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def shown(self) -> list[StampCard]:
        """The cards on screen, in the form chosen."""
        return self.small if self.compact else self.full

    def set_cards(
        self, cards: list[CardProgress], fill: Callable[[CardProgress], tuple[str, str]]
    ) -> None:
        """Show ``cards``; ``fill(card)`` gives a card's reward line and its "stamps
        expire by …" line (empty when none expire)."""
        self.cards = ready_first(cards)
        self._fill = fill
        self._heights = {}
        self.full = []  # the full form, hidden, is filled in when next asked for
        self._show(compact=True, shown=self.compact)
        if not self.compact:
            self._show(compact=False, shown=True)
        self.empty.setVisible(not cards)
        self.updateGeometry()

    def _show(self, *, compact: bool, shown: bool) -> list[StampCard]:
        """The cards in one form (``small`` or ``full`` from now on), reusing that
        form's widgets and building only the ones missing; the form's others hidden.

        The list is in place before any widget is shown or hidden: showing one may
        have the layout ask ``height_of`` at once, which must find the form built.
        """
        assert self._fill is not None
        pool = self._pool[compact]
        for i, card in enumerate(self.cards):
            reward, expiring = self._fill(card)
            if i < len(pool):
                pool[i].set_card(card, reward, expiring)
            else:
                widget = StampCard(card, reward, self, expiring, compact=compact)
                widget.hide()  # shown below, once the list is in place
                self._column.addWidget(widget)
                pool.append(widget)
        # Heights asked while the cards changed (a grid laid out anew asks at once)
        # are of half-made cards: forget them.
        self._heights = {}
        used = pool[: len(self.cards)]
        if compact:
            self.small = used
        else:
            self.full = used
        for widget in pool[len(self.cards) :]:
            if not widget.isHidden():
                widget.hide()
        for widget in used:
            if widget.isHidden() == shown:
                widget.setVisible(shown)
        return used

    def set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        if not compact and len(self.full) != len(self.cards):
            self._show(compact=False, shown=True)
        for widget in self.full:
            widget.setVisible(not compact)
        for widget in self.small:
            widget.setVisible(compact)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """The height the cards take at this width. A layout asks for a minimum without
        a width too, and would get the height of every wrapped line wrapped at its
        narrowest: a scroll bar for nothing."""
        least = super().minimumSizeHint()
        if self.width() <= 0:
            return least
        return QSize(least.width(), self.height_of(self.width(), compact=self.compact))

    def sizeHint(self) -> QSize:
        """As tall as the minimum: the cards never take the visits' room."""
        hint = super().sizeHint()
        if self.width() <= 0:
            return hint
        return QSize(hint.width(), self.height_of(self.width(), compact=self.compact))

    def height_of(self, width: int, *, compact: bool) -> int:
        """The height all cards take at ``width`` in one form, shown or not (the full
        form is built for it if it was not)."""
        if not self.cards:
            return self.empty.sizeHint().height()
        key = (width, compact)
        if key not in self._heights:
            if not compact and len(self.full) != len(self.cards):
                self._show(compact=False, shown=False)
            cards = self.small if compact else self.full
            heights = [
                card.heightForWidth(width) if card.hasHeightForWidth() else card.sizeHint().height()
                for card in cards
            ]
            self._heights[key] = sum(heights) + self.SPACING * (len(cards) - 1)
        return self._heights[key]

    def full_growth_at_least(self, width: int) -> int:
        """Less than or as much as the full form adds to the compact one, without
        building it: each card gains at least its title line and its big circles (at
        their smallest) over its compact row."""
        title = QFontMetrics(theme.font(theme.CARD_TITLE_PT, bold=True)).height()
        grow = 0
        # Not strict: asked while the cards change (a layout asks at once), the compact
        # widgets may still be the last member's; the answer is asked again after.
        for card, small in zip(self.cards, self.small, strict=False):
            per_row, d = circle_layout(card.stamps_needed)
            rows = -(-card.stamps_needed // per_row)
            circles = rows * (min(d, MIN_DIAMETER) + StampCircles.GAP) + StampCircles.GAP
            row = small.heightForWidth(width) if small.hasHeightForWidth() else 0
            grow += max(0, 2 * 8 + title + 4 + circles - max(row, small.sizeHint().height()))
        return grow
