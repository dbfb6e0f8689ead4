"""This visit: qualifying items per punch card, rewards to redeem, Confirm.

The form makes one ``request_id`` per visit and sends it with every confirm, so a
double Enter, a double click or a retry writes the visit once (the service replays the
first result). The button is also disabled while the write runs, and a re-entrant
confirm is ignored. After a confirmed visit the counts go back to zero and the same
request id stays until the cashier edits the form again: only a real new entry is a
new visit.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.programs import MAX_ITEMS_PER_VISIT
from ..i18n import message
from ..services.views import CardProgress, MemberView
from ..services.visits import VisitLine, VisitService
from . import theme

log = logging.getLogger(__name__)


@dataclass
class _Row:
    card: CardProgress
    items: QSpinBox
    redeem: QSpinBox | None


class VisitForm(QGroupBox):
    """Per active program an item count and, when a reward is ready, a redeem count."""

    recorded = Signal(object)  # VisitResult
    failed = Signal(str)  # a message for the banner

    def __init__(self, visits: VisitService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This visit"))
        self.visits = visits
        self.member: MemberView | None = None
        self.rows: list[_Row] = []
        self.request_id = uuid.uuid4().hex
        self._request_used = False
        self._busy = False
        self._updating = False

        self._redeem_head: QLabel | None = None
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._empty = QLabel(self.tr("No active punch cards. Set them up with F9."), self)
        self._empty.setWordWrap(True)
        self._empty.hide()
        self.confirm_button = QPushButton(self.tr("Confirm (Enter)"), self)
        self.confirm_button.setObjectName("primary")
        theme.set_font(self.confirm_button, theme.CARD_TITLE_PT, bold=True)
        self.confirm_button.setMinimumHeight(56)
        self.confirm_button.clicked.connect(self.confirm)

        layout = QVBoxLayout(self)
        layout.addWidget(self._grid_host)
        layout.addWidget(self._empty)
        layout.addStretch(1)
        layout.addWidget(self.confirm_button)

    # Building ---------------------------------------------------------------------

    def set_member(
        self, member: MemberView | None, *, new_visit: bool, keep_counts: bool = False
    ) -> None:
        """Show the rows for ``member``.

        ``new_visit`` starts a fresh visit (new request id, one item on the first card);
        ``keep_counts`` keeps what the cashier entered (the member was only re-read).
        """
        kept = (
            {
                row.card.program_id: (row.items.value(), row.redeem.value() if row.redeem else 0)
                for row in self.rows
            }
            if keep_counts
            else {}
        )
        self.member = member
        self._clear_rows()
        if new_visit:
            self.request_id = uuid.uuid4().hex
            self._request_used = False
        if member is None:
            self.confirm_button.setEnabled(False)
            self._empty.hide()
            return
        cards = [c for c in member.cards if c.active]
        self._updating = True
        try:
            for r, card in enumerate(cards):
                self._add_row(r, card)
            for row in self.rows:
                items, redeem = kept.get(row.card.program_id, (0, 0))
                row.items.setValue(items)
                if row.redeem is not None:
                    row.redeem.setValue(min(redeem, row.redeem.maximum()))
        finally:
            self._updating = False
        self._empty.setVisible(not cards)
        self.confirm_button.setEnabled(bool(cards))
        if new_visit and self.rows:
            self._updating = True
            self.rows[0].items.setValue(1)
            self._updating = False

    def _add_row(self, r: int, card: CardProgress) -> None:
        """One line per card: name, items, and a redeem count when a reward is ready."""
        name = QLabel(card.program, self._grid_host)
        theme.set_font(name, theme.BASE_PT + 2, bold=True)
        items = QSpinBox(self._grid_host)
        items.setRange(0, MAX_ITEMS_PER_VISIT)
        items.setAccessibleName(self.tr("{program}: items").format(program=card.program))
        items.setMinimumWidth(84)
        theme.set_font(items, theme.CARD_TITLE_PT, bold=True)
        items.valueChanged.connect(self._edited)
        if r == 0:
            head = QLabel(self.tr("Items"), self._grid_host)
            head.setObjectName("hint")
            self._grid.addWidget(head, 0, 1)
        self._grid.addWidget(name, r + 1, 0)
        self._grid.addWidget(items, r + 1, 1)
        redeem = None
        if card.rewards_ready > 0:
            if self._redeem_head is None:
                self._redeem_head = QLabel(self.tr("Redeem (F5)"), self._grid_host)
                theme.set_font(self._redeem_head, theme.BASE_PT, bold=True)
                self._grid.addWidget(self._redeem_head, 0, 2)
            redeem = QSpinBox(self._grid_host)
            redeem.setRange(0, card.rewards_ready)
            redeem.setAccessibleName(self.tr("{program}: redeem").format(program=card.program))
            redeem.setMinimumWidth(80)
            theme.set_font(redeem, theme.CARD_TITLE_PT, bold=True)
            redeem.setStyleSheet(
                f"QSpinBox {{ background: {theme.TONE_COLOURS[theme.Tone.REWARD][0]}; }}"
            )
            redeem.valueChanged.connect(self._edited)
            self._grid.addWidget(redeem, r + 1, 2)
        self.rows.append(_Row(card, items, redeem))

    def _clear_rows(self) -> None:
        self.rows = []
        self._redeem_head = None
        while self._grid.count():
            item = self._grid.takeAt(0)
            w = item.widget()
            if w is not None:
                w.hide()
                w.deleteLater()

    # Cashier actions --------------------------------------------------------------

    def focus_first(self) -> bool:
        """Put the cursor in the first item count, selected, ready for Enter or a digit."""
        if not self.rows:
            return False
        spin = self.rows[0].items
        spin.setFocus(Qt.FocusReason.OtherFocusReason)
        spin.selectAll()
        return True

    def redeem_first(self) -> CardProgress | None:
        """Mark the first ready reward for redemption; the card it is on, or None."""
        for row in self.rows:
            if row.redeem is not None:
                if row.redeem.value() == 0:
                    row.redeem.setValue(1)
                return row.card
        return None

    def lines(self) -> list[VisitLine]:
        return [
            VisitLine(
                row.card.program_id,
                items=row.items.value(),
                redeem=row.redeem.value() if row.redeem is not None else 0,
            )
            for row in self.rows
        ]

    def confirm(self) -> None:
        """Write the visit once; ignore a confirm while one is being written."""
        if self._busy or self.member is None or not self.rows:
            return
        for row in self.rows:
            # A typed but not yet committed number counts, as it would on Enter.
            row.items.interpretText()
            if row.redeem is not None:
                row.redeem.interpretText()
        self._busy = True
        self.confirm_button.setEnabled(False)
        try:
            result = self.visits.record(self.member.id, self.lines(), self.request_id)
        except UserError as err:
            self.failed.emit(message(err))
            return
        except Exception as err:  # never let a crash reach the cashier
            log.exception("recording a visit failed")
            self.failed.emit(
                self.tr("Unexpected error, nothing was saved: {error}").format(
                    error=str(err) or type(err).__name__
                )
            )
            return
        finally:
            self._busy = False
            self.confirm_button.setEnabled(bool(self.rows))
        self._request_used = True
        self.recorded.emit(result)

    @property
    def busy(self) -> bool:
        return self._busy

    # Internals --------------------------------------------------------------------

    def _edited(self, _value: int) -> None:
        if self._updating:
            return
        if self._request_used:
            self.request_id = uuid.uuid4().hex
            self._request_used = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Spin boxes and check boxes pass Enter up to here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.confirm()
            return
        super().keyPressEvent(event)
