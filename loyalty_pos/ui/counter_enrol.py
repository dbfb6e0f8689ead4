"""F3 with the customer screen on: the customer types, the cashier confirms.

The customer screen shows the enrolment page (``customer/enrol_page.py``); this dialog
at the counter shows what the customer has typed as they type it, and which ways they
agreed to be sent offers. Enter enrols them with those answers in one transaction
(``services.consents.enroll``, source ``customer_screen``); a scanned blank card becomes
their card, as in the counter's own enrol dialog. F3 here hands over to that dialog
(the cashier types instead); Esc ends it and nothing is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import UserError
from ..domain.validation import MemberInput
from ..l10n import message
from ..services.members import PossibleDuplicate, UnknownCard
from ..services.views import MemberView
from . import theme
from .customer.enrol_page import CHANNELS, EnrolPage, channel_text
from .ops import Ops
from .scan_route import ScanReply, refused, taken

TYPE_HERE = 2  # the dialog's result when the cashier chose to type it at the counter
SOURCE = "customer_screen"


class CustomerEnrolDialog(QDialog):
    enrolled = Signal(object)  # the new MemberView

    def __init__(
        self, services: Any, ops: Ops, page: EnrolPage, card: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.page = page
        self.card = card
        self.allow_duplicate = False
        self.member: MemberView | None = None
        self.setWindowTitle(self.tr("Enrolment on the customer screen"))
        theme.apply(self)
        intro = QLabel(
            self.tr(
                "The customer types their details on the customer screen. Check them, "
                "then Enter to enrol."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.summary = QLabel("", self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_font(self.summary, theme.BANNER_PT)
        self.card_line = QLabel("", self)
        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.type_here = QPushButton(self.tr("Type it here instead (F3)"), self)
        self.type_here.setAutoDefault(False)
        self.type_here.clicked.connect(lambda: self.done(TYPE_HERE))
        QShortcut(QKeySequence(Qt.Key.Key_F3), self, lambda: self.done(TYPE_HERE))
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.confirm_button = QPushButton(self.tr("Enrol (Enter)"), self)
        self.confirm_button.setObjectName("primary")
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        row = QHBoxLayout()
        row.addWidget(self.type_here)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        for widget in (intro, self.summary, self.card_line, self.error):
            layout.addWidget(widget)
        layout.addLayout(row)
        page.changed.connect(self.refresh)
        page.finished.connect(self._customer_done)
        self.refresh()
        self.resize(720, 420)

    def refresh(self) -> None:
        values = self.page.values()
        yes, no = self.tr("yes"), self.tr("no")
        answers = self.page.consents()
        lines = [
            self.tr("Name: {name}").format(name=values["name"]),
            self.tr("Phone: {phone}").format(phone=values["phone"]),
            self.tr("E-mail: {email}").format(email=values["email"]),
            *(
                f"{channel_text(channel)}: {yes if answers[channel] else no}"
                for channel in CHANNELS
            ),
        ]
        self.summary.setText("\n".join(lines))
        self.card_line.setText(
            self.tr("Card: {code}").format(code=self.card)
            if self.card
            else self.tr("Card: a new number (or scan a blank card)")
        )
        self.allow_duplicate = False
        self.confirm_button.setText(self.tr("Enrol (Enter)"))

    def _customer_done(self) -> None:
        self.error.setText(self.tr("The customer has finished: check and press Enter."))

    def take_scan(self, code: str) -> ScanReply:
        """A blank card scanned here becomes the new member's card."""
        try:
            found = self.services.members.lookup(code)
        except UnknownCard as err:
            self.card = err.code
            self.refresh()
            return taken(
                self.tr("Card {code} will be the new member's card.").format(code=err.code)
            )
        except UserError as err:
            return refused(message(err))
        return refused(
            self.tr("Card {code} is already {name}'s card: scan a blank card.").format(
                code=found.card_number or code, name=found.name
            )
        )

    def confirm(self) -> None:
        values, answers = self.page.values(), self.page.consents()
        data = MemberInput(
            values["name"], phone=values["phone"] or None, email=values["email"] or None
        )
        allow, card = self.allow_duplicate, self.card or None
        duplicate: list[bool] = []

        def enrol() -> MemberView:
            try:
                return self.services.consents.enroll(
                    data, answers, source=SOURCE, card=card, allow_duplicate=allow
                )
            except PossibleDuplicate:
                duplicate.append(True)
                raise

        done = self.ops.run(self, enrol, on_error=self.error.setText)
        if done is None:
            if duplicate:  # the next Enter enrols them all the same
                self.allow_duplicate = True
                self.confirm_button.setText(self.tr("Enrol anyway (Enter)"))
            return
        self.member = done.value
        self.enrolled.emit(done.value)
        self.accept()
