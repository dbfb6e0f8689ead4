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
    """A grid of "program name · item count" rows, one per card of the member.

    The rows stay for the next member: their names and counts change in place, rows
    are added for a member with more cards, and the ones left over wait, hidden, for a
    member who has as many (a scan builds no widget).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StampRow] = []
        self._pool: list[tuple[QLabel, QSpinBox]] = []
        self._on_change: Callable[[int], None] | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._head = QLabel(self.tr("Items"), self)
        self._head.setObjectName("hint")
        self._head.hide()
        self._grid.addWidget(self._head, 0, 1)
        self._grid.setColumnStretch(0, 1)

    def counts(self) -> dict[int, int]:
        """Stamp program → items typed, for the cards with a count above zero."""
        return {r.card.program_id: r.items.value() for r in self.rows if r.items.value()}

    def rebuild(
        self,
        cards: list[CardProgress],
        kept: dict[int, int],
        on_change: Callable[[int], None],
    ) -> None:
        """One row per card in ``cards``; ``kept`` gives counts to show again. Setting
        the counts does not call ``on_change``: only the cashier's changes do."""
        if on_change is not self._on_change:
            for _, spin in self._pool:
                if self._on_change is not None:
                    spin.valueChanged.disconnect(self._on_change)
                spin.valueChanged.connect(on_change)
            self._on_change = on_change
        self.rows = []
        for r, card in enumerate(cards):
            if r == len(self._pool):
                self._pool.append(self._new_row(r))
            name, spin = self._pool[r]
            if name.text() != card.program:
                name.setText(card.program)
                spin.setAccessibleName(self.tr("{program}: items").format(program=card.program))
            count = kept.get(card.program_id, 0)
            # A spin box's setValue lays its text out again: only for another count, or
            # for a text the cashier left half-typed (cleared, not yet a number).
            if spin.value() != count or spin.text() != spin.textFromValue(count):
                spin.blockSignals(True)
                spin.setValue(count)
                spin.blockSignals(False)
            for widget in (name, spin):
                if widget.isHidden():
                    widget.show()
            self.rows.append(StampRow(card, spin))
        for name, spin in self._pool[len(cards) :]:
            if not spin.isHidden():
                name.hide()
                spin.hide()
        self._head.setVisible(bool(self.rows))
        self.setVisible(bool(self.rows))

    def _new_row(self, r: int) -> tuple[QLabel, QSpinBox]:
        """Row ``r``'s name and count, made once."""
        name = QLabel(self)
        theme.set_font(name, theme.BASE_PT + 2, bold=True)
        spin = QSpinBox(self)
        spin.setRange(0, MAX_ITEMS_PER_VISIT)
        spin.setMinimumWidth(84)
        theme.set_font(spin, theme.CARD_TITLE_PT, bold=True)
        if self._on_change is not None:
            spin.valueChanged.connect(self._on_change)
        self._grid.addWidget(name, r + 1, 0)
        self._grid.addWidget(spin, r + 1, 1)
        return name, spin


def hand_counted(member: MemberView | None, schemes: Schemes) -> list[CardProgress]:
    """The member's active cards that no item on the list counts for: their stamps are
    typed as a count, one row each."""
    if member is None:
        return []
    counted = {pid for i in schemes.items.values() if i.active for pid in i.programs}
    return [c for c in member.cards if c.active and c.program_id not in counted]
