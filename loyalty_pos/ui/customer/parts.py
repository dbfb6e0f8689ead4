"""The customer screen's building blocks: the member's cards and balances, the bill,
and the 0–10 question as a row of large touch buttons.

Sizes are for reading at a metre: the smallest text is ``BODY_PT`` (about twice the
counter's), names and totals larger; a score button is a finger's width at least.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services.customer_screen import CustomerView
from .. import theme
from ..feedback_dialog import score_band
from . import words

TITLE_PT = 44  # the shop's name, the greeting
FIGURE_PT = 40  # the amount to pay, the stamps
BODY_PT = 26  # everything else: legible from a metre away
SCORE_PX = 88  # a score button's side


def big_label(text: str, point_size: int, parent: QWidget, *, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a member's name is never markup
    theme.set_font(label, point_size, bold=bold)
    return label


def clear_layout(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class MemberSummary(QWidget):
    """Each punch card (name, ●●●○○, "3 of 6", reward ready), then points, credit,
    passes and tier, one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(32)
        self.grid.setVerticalSpacing(8)
        self.lines: list[str] = []  # what is shown, for the tests and the screen readers

    def show_view(self, view: CustomerView | None, currency: str) -> None:
        clear_layout(self.grid)
        self.lines = []
        if view is None:
            return
        row = 0
        for card in view.cards:
            name = big_label(card.program, BODY_PT, self, bold=True)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            dots = big_label(words.stamp_dots(card), FIGURE_PT, self)
            dots.setObjectName("customerStamps")
            count = big_label(words.card_count(card), BODY_PT, self)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(dots, row, 1)
            self.grid.addWidget(count, row, 2)
            self.lines.append(f"{card.program}: {words.card_count(card)}")
            row += 1
            ready = words.ready_text(card, currency)
            if ready:
                label = big_label(ready, BODY_PT, self, bold=True)
                label.setProperty("tone", "reward")
                self.grid.addWidget(label, row, 0, 1, 3)
                self.lines.append(ready)
                row += 1
        for balance in view.balances:
            title, figure = words.balance_text(balance, currency)
            left = big_label(title, BODY_PT, self, bold=True)
            left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(left, row, 0)
            self.grid.addWidget(big_label(figure, FIGURE_PT, self), row, 1, 1, 2)
            self.lines.append(f"{title}: {figure}")
            row += 1
        tier = words.tier_text(view)
        if tier:
            self.grid.addWidget(big_label(tier, BODY_PT, self, bold=True), row, 0, 1, 3)
            self.lines.append(tier)


class BillView(QWidget):
    """This visit: the amount, discounts, what pays, the amount due, what it earns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(48)
        self.due_title = big_label(words.tr("To pay"), FIGURE_PT, self, bold=True)
        self.due = big_label("", FIGURE_PT + 12, self, bold=True)
        self.due.setObjectName("customerDue")
        self.applied = big_label("", BODY_PT, self)
        self.earned = big_label("", BODY_PT, self, bold=True)
        self.earned.setObjectName("customerEarned")
        layout = QVBoxLayout(self)
        layout.addLayout(self.table)
        due_row = QHBoxLayout()
        due_row.addStretch(1)
        due_row.addWidget(self.due_title)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        layout.addLayout(due_row)
        layout.addWidget(self.applied)
        layout.addWidget(self.earned)
        self.lines: list[tuple[str, str]] = []

    def show_bill(self, lines: list[tuple[str, str]], due: str, applied: str, earned: str) -> None:
        clear_layout(self.table)
        self.lines = lines
        for row, (label, figure) in enumerate(lines):
            left = big_label(label, BODY_PT, self)
            left.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            right = big_label(figure, BODY_PT, self)
            right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addWidget(left, row, 0)
            self.table.addWidget(right, row, 1)
        self.due.setText(due)
        for label, text in ((self.applied, applied), (self.earned, earned)):
            label.setText(text)
            label.setVisible(bool(text))


class ScoreRow(QWidget):
    """ "How likely are you to recommend us?" 0–10, one tap each (no focus: the keys
    stay at the counter)."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.question = big_label(
            words.tr("How likely are you to recommend us to a friend?"), BODY_PT, self, bold=True
        )
        layout.addWidget(self.question)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score), self)
            button.setProperty("score", score_band(score))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(SCORE_PX, SCORE_PX)
            theme.set_font(button, FIGURE_PT, bold=True)
            button.clicked.connect(lambda _c=False, s=score: self.chosen.emit(s))
            row.addWidget(button)
            self.buttons.append(button)
        layout.addLayout(row)
        ends = QHBoxLayout()
        low = big_label(words.tr("0 = not at all"), BODY_PT - 4, self)
        low.setAlignment(Qt.AlignmentFlag.AlignLeft)
        high = big_label(words.tr("10 = certainly"), BODY_PT - 4, self)
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(low)
        ends.addWidget(high)
        layout.addLayout(ends)
