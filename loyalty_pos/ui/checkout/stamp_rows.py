"""Item counts typed by hand, one per punch card that no item on the list counts for.

A shop with only punch cards (no item list) rings up a visit here: "Coffee card: 2".
Kept apart from the checkout form so the form stays about the visit as a whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from ...domain.checkout import Schemes
from ...domain.programs import MAX_ITEMS_PER_VISIT
from ...services.views import CardProgress, MemberView
from .. import theme


@dataclass
class StampRow:
    """A punch card with no item on the list counting for it: items typed by hand."""

    card: CardProgress
    items: QSpinBox


class StampRows(QWidget):
    """A grid of "program name · item count" rows, rebuilt for each member."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StampRow] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)

    def counts(self) -> dict[int, int]:
        """Stamp program → items typed, for the cards with a count above zero."""
        return {r.card.program_id: r.items.value() for r in self.rows if r.items.value()}

    def rebuild(
        self,
        cards: list[CardProgress],
        kept: dict[int, int],
        on_change: Callable[[int], None],
    ) -> None:
        """One row per card in ``cards``; ``kept`` gives counts to show again."""
        self.rows = []
        while self._grid.count():
            w = self._grid.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        for r, card in enumerate(cards):
            name = QLabel(card.program, self)
            theme.set_font(name, theme.BASE_PT + 2, bold=True)
            spin = QSpinBox(self)
            spin.setRange(0, MAX_ITEMS_PER_VISIT)
            spin.setAccessibleName(self.tr("{program}: items").format(program=card.program))
            spin.setMinimumWidth(84)
            theme.set_font(spin, theme.CARD_TITLE_PT, bold=True)
            spin.setValue(kept.get(card.program_id, 0))
            spin.valueChanged.connect(on_change)
            if r == 0:
                head = QLabel(self.tr("Items"), self)
                head.setObjectName("hint")
                self._grid.addWidget(head, 0, 1)
            self._grid.addWidget(name, r + 1, 0)
            self._grid.addWidget(spin, r + 1, 1)
            self.rows.append(StampRow(card, spin))
        self._grid.setColumnStretch(0, 1)
        self.setVisible(bool(self.rows))


def hand_counted(member: MemberView | None, schemes: Schemes) -> list[CardProgress]:
    """The member's active cards that no item on the list counts for: their stamps are
    typed as a count, one row each."""
    if member is None:
        return []
    counted = {pid for i in schemes.items.values() if i.active for pid in i.programs}
    return [c for c in member.cards if c.active and c.program_id not in counted]
