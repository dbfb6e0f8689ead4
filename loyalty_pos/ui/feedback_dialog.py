"""After a visit: "How likely are you to recommend us?" 0–10, turned to the customer.

One tap (or one key: 0–9, and + or T for 10) gives the score; then an optional comment,
Enter to save it (an empty comment is fine). Esc at the first step skips the question
and stores nothing; Esc at the comment stores the score alone. The owner switches the
question off in Settings.

A scan here is refused (``take_scan``): the next customer's card scanned while the
question is still open must not become a score or a comment.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.feedback import COMMENT_MAX, FeedbackService
from . import theme
from .ops import Ops
from .scan_route import ScanReply, refused

log = logging.getLogger(__name__)

TEN_KEYS = {Qt.Key.Key_Plus, Qt.Key.Key_T}


def score_band(score: int) -> str:
    """Detractors red, passives amber, promoters green (the style sheet's ``score``
    colours): the customer sees the scale's ends."""
    return "low" if score <= 6 else "middle" if score <= 8 else "high"


class FeedbackDialog(QDialog):
    saved = Signal(int)  # the score stored

    def __init__(
        self,
        feedback: FeedbackService,
        visit_id: int,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.feedback = feedback
        self.ops = ops or Ops.detached()
        self.visit_id = visit_id
        self.score: int | None = None
        self.setWindowTitle(self.tr("Your opinion"))
        theme.apply(self)
        self.resize(1000, 520)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._score_page())
        self.pages.addWidget(self._comment_page())
        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages, 1)
        outer.addWidget(self.error)

    def _score_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        question = QLabel(self.tr("How likely are you to recommend us to a friend?"), page)
        question.setWordWrap(True)
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_font(question, theme.NAME_PT, bold=True)
        layout.addWidget(question)
        grid = QGridLayout()
        self.buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score), page)
            button.setProperty("score", score_band(score))
            button.setToolTip(self.tr("Key {key}").format(key=str(score) if score < 10 else "+"))
            theme.set_font(button, theme.NAME_PT, bold=True)
            # (78 × 96 px at least: the style sheet's size for a score button)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, s=score: self.choose(s))
            grid.addWidget(button, 0, score)
            self.buttons.append(button)
        layout.addLayout(grid)
        ends = QHBoxLayout()
        low = QLabel(self.tr("0 = not at all"), page)
        high = QLabel(self.tr("10 = certainly"), page)
        high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        low.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        ends.addWidget(low)
        ends.addWidget(high)
        layout.addLayout(ends)
        hint = QLabel(self.tr("Keys 0–9, + for 10 · Esc: skip"), page)
        hint.setObjectName("hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        return page

    def _comment_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.thanks = QLabel("", page)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_font(self.thanks, theme.NAME_PT, bold=True)
        layout.addWidget(self.thanks)
        label = QLabel(self.tr("Anything you would like to tell us? (optional)"), page)
        theme.set_font(label, theme.BANNER_PT)
        layout.addWidget(label)
        self.comment = QLineEdit(page)
        self.comment.setMaxLength(COMMENT_MAX)
        theme.set_font(self.comment, theme.BANNER_PT)
        self.comment.returnPressed.connect(self.save)
        layout.addWidget(self.comment)
        row = QHBoxLayout()
        save = QPushButton(self.tr("Send (Enter)"), page)
        save.setObjectName("primary")
        save.clicked.connect(self.save)
        row.addStretch(1)
        row.addWidget(save)
        layout.addLayout(row)
        hint = QLabel(self.tr("Esc: send the score without a comment"), page)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    # Keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.score is None:
            text = event.text()
            if text.isdigit() and len(text) == 1:
                self.choose(int(text))
                return
            if event.key() in TEN_KEYS:
                self.choose(10)
                return
            if event.key() == Qt.Key.Key_Escape:
                self.reject()  # skipped: nothing stored
                return
        elif event.key() == Qt.Key.Key_Escape:
            self.comment.clear()
            self.save()
            return
        super().keyPressEvent(event)

    def take_scan(self, code: str) -> ScanReply:
        """Refused: a card is not an answer. Nothing is stored, the question stays."""
        return refused(
            self.tr(
                "That was a scan, not an answer: nothing was saved. "
                "Esc skips the question; then scan the card again."
            )
        )

    def choose(self, score: int) -> None:
        self.score = score
        self.thanks.setText(self.tr("Thank you! You gave {score}.").format(score=score))
        self.pages.setCurrentIndex(1)
        self.comment.setFocus()

    def save(self) -> None:
        if self.score is None:
            return
        score, comment = self.score, self.comment.text()
        done = self.ops.run(
            self,
            lambda: self.feedback.record(self.visit_id, score, comment),
            on_error=self.error.setText,
            unexpected=self.tr("Unexpected error: {error}"),
        )
        if done is None:
            return
        self.saved.emit(self.score)
        self.accept()
