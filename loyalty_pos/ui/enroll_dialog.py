"""Enrol a new member at the counter, with a new card number or a pre-printed card,
or correct an existing member's details (F4) in the same form.

The dialog calls the service itself so that validation messages appear beside the
form, not in the counter's banner. A phone or e-mail that is already known is not an
error the cashier must fix but a question: open that member, or enrol anyway.

A scan is a code, never typing (``scan_route.py``): a blank or unassigned card goes into
the card field wherever the cursor is, and a member's card into "Referred by" when the
cursor is there; anything else is refused and the form stays as it was.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.cardnumber import looks_like_code
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..domain.textsearch import phone_digits
from ..domain.validation import MemberInput
from ..l10n import message
from ..services.consents import CHANNELS, ConsentService
from ..services.members import MemberService, PossibleDuplicate, UnknownCard
from ..services.views import MemberView, SearchHit
from . import theme
from .ops import Ops
from .scan_route import ScanReply, refused, taken

log = logging.getLogger(__name__)


class _EnterMovesOn(QObject):
    """A scanner ends the card number with Enter; that must not submit the form."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(obj, QWidget)
        ):
            obj.focusNextChild()
            return True
        return False


class EnrollDialog(QDialog):
    """Name, contact, birthday, consent per channel, notes and card.

    Consent is three boxes (e-mail, SMS, post), unticked until the member says yes: the
    answers are recorded in the consent register with source ``counter`` (an unticked box
    is a "no"); editing records only the channels whose answer changed.

        What it did is said by a signal as it closes (``enrolled_member``, ``saved_member``,
        ``open_requested``); the write goes through ``ops`` so the counter's panel learns it
        from the change bus.
    """

    enrolled_member = Signal(object)  # MemberView: a new member
    saved_member = Signal(object)  # MemberView: an existing member's details corrected
    open_requested = Signal(int)  # a member already known: open that one instead

    def __init__(
        self,
        members: MemberService,
        *,
        card: str = "",
        name: str = "",
        editing: MemberView | None = None,
        parent: QWidget | None = None,
        referrals: Any = None,
        ops: Ops | None = None,
        consents: ConsentService | None = None,
    ) -> None:
        super().__init__(parent)
        self.members = members
        self.consents = consents  # None: only the old single flag (tests of other screens)
        self.ops = ops or Ops.detached()
        self.referrals = referrals  # CheckoutService (set_referrer), or None: no field
        self.referral_note = ""  # said in the welcome banner: who referred, or why not
        self.editing = editing
        self.enrolled: MemberView | None = None
        self.saved: MemberView | None = None
        self.open_member_id: int | None = None
        self._duplicate: PossibleDuplicate | None = None
        self.duplicate_of: SearchHit | None = None
        title = (
            self.tr("Enroll a new member")
            if editing is None
            else self.tr("Edit {name}").format(name=editing.name)
        )
        self.setWindowTitle(title)
        theme.apply(self)
        self.resize(720, 640)

        self.name = QLineEdit(name, self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("+36 30 123 4567"))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.birthday = QLineEdit(self)
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.consent_email = QCheckBox(self.tr("E-mai&l"), self)
        self.consent_sms = QCheckBox(self.tr("&SMS"), self)
        self.consent_post = QCheckBox(self.tr("P&ost"), self)
        self.consent_boxes = dict(
            zip(CHANNELS, (self.consent_email, self.consent_sms, self.consent_post), strict=True)
        )
        self.consent_before: dict[str, bool | None] = dict.fromkeys(CHANNELS)
        consent_row = QHBoxLayout()
        for box in self.consent_boxes.values():
            consent_row.addWidget(box)
        consent_row.addStretch(1)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.card = QLineEdit(card, self)
        self.card.setPlaceholderText(self.tr("Empty: new number. Or scan a printed card."))
        self._card_enter = _EnterMovesOn(self)
        self.card.installEventFilter(self._card_enter)
        self.referrer = QLineEdit(self)
        self.referrer.setPlaceholderText(self.tr("Optional: the card or phone of who brought them"))
        self.referrer.setAccessibleName(self.tr("Referred by"))
        self.referrer.installEventFilter(self._card_enter)

        form = QFormLayout()
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Birthday"), self.birthday)
        form.addRow(self.tr("Agrees to offers by\n(tick only on a yes)"), consent_row)
        form.addRow(self.tr("No&tes"), self.notes)
        form.addRow(self.tr("&Card"), self.card)
        form.addRow(self.tr("&Referred by\n(card or phone)"), self.referrer)

        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.duplicate_box = QFrame(self)
        self.duplicate_box.setObjectName("duplicateBox")
        self.duplicate_text = QLabel(self.duplicate_box)
        self.duplicate_text.setWordWrap(True)
        self.open_existing = QPushButton(self.duplicate_box)
        self.enroll_anyway = QPushButton(self.tr("Enroll &anyway"), self.duplicate_box)
        dup_layout = QVBoxLayout(self.duplicate_box)
        dup_layout.addWidget(self.duplicate_text)
        dup_buttons = QHBoxLayout()
        dup_buttons.addWidget(self.open_existing)
        dup_buttons.addWidget(self.enroll_anyway)
        dup_buttons.addStretch(1)
        dup_layout.addLayout(dup_buttons)
        self.duplicate_box.hide()
        self.open_existing.clicked.connect(self._open_existing)
        self.enroll_anyway.clicked.connect(lambda: self.submit(allow_duplicate=True))

        self.enroll_button = QPushButton(self.tr("Enroll (Ctrl+Enter)"), self)
        self.enroll_button.setObjectName("primary")
        self.enroll_button.setDefault(True)
        self.enroll_button.clicked.connect(lambda: self.submit())
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.enroll_button)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=lambda: self.submit())

        if editing is not None:
            self._fill(editing)
            form.setRowVisible(self.card, False)  # a new card is the lost-card flow's job
        if editing is not None or referrals is None:
            form.setRowVisible(self.referrer, False)
            self.enroll_button.setText(self.tr("Save (Ctrl+Enter)"))
        heading = QLabel(title, self)
        theme.set_font(heading, theme.CARD_TITLE_PT, bold=True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.duplicate_box)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.name.setFocus()

    def take_scan(self, code: str) -> ScanReply:
        """A scanned card: the new member's card, or (cursor in "Referred by") whose
        friend they are. Refused while editing: a new card is the lost-card flow's."""
        if self.editing is not None:
            return refused(
                self.tr("A scan can't change a member's card here: nothing was changed.")
            )
        if self.referrer.hasFocus() and self.referrals is not None:
            return self._scanned_referrer(code)
        try:
            found = self.members.lookup(code)
        except UnknownCard as err:  # a blank card, or a printed one nobody has yet
            self.card.setText(err.code)
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

    def _scanned_referrer(self, code: str) -> ScanReply:
        try:
            found = self.members.lookup(code)
        except UserError as err:
            return refused(message(err))
        self.referrer.setText(found.card_number or code)
        return taken(self.tr("Referred by {name}.").format(name=found.name))

    def _fill(self, m: MemberView) -> None:
        self.name.setText(m.name)
        self.phone.setText(m.phone or "")
        self.email.setText(m.email or "")
        self.birthday.setText(m.birthday or "")
        if self.consents is not None:
            self.consent_before = self.consents.current(m.id)
        else:
            self.consent_before = dict.fromkeys(CHANNELS, m.marketing_consent)
        for channel, box in self.consent_boxes.items():
            box.setChecked(bool(self.consent_before[channel]))
        self.notes.setPlainText(m.notes)

    def member_input(self) -> MemberInput:
        return MemberInput(
            name=self.name.text(),
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            birthday=self.birthday.text() or None,
            marketing_consent=any(self.answers().values()),
            notes=self.notes.toPlainText(),
        )

    def answers(self) -> dict[str, bool]:
        """Each channel's box: ticked = yes."""
        return {channel: box.isChecked() for channel, box in self.consent_boxes.items()}

    def changed_answers(self) -> dict[str, bool]:
        """The answers that differ from what the register says now (editing): a box
        left unticked on a channel never asked records nothing."""
        return {c: a for c, a in self.answers().items() if bool(self.consent_before[c]) != a}

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def submit(self, *, allow_duplicate: bool = False) -> None:
        """Enroll (or save the edit); on success close, else explain beside the form."""
        self.error.hide()
        self._duplicate: PossibleDuplicate | None = None
        done = self.ops.run(
            self,
            lambda: self._write(allow_duplicate),
            on_error=self.show_error,
            unexpected=self.tr("Unexpected error, nothing was saved: {error}"),
        )
        if self._duplicate is not None:
            self._show_duplicate(self._duplicate)
            return
        if done is None:
            return
        if self.saved is not None:
            self.saved_member.emit(self.saved)
        elif self.enrolled is not None:
            self.enrolled_member.emit(self.enrolled)
        self.accept()

    def _write(self, allow_duplicate: bool) -> None:
        if self.editing is not None:
            if self.consents is None:
                self.saved = self.members.update(self.editing.id, self.member_input())
            else:
                self.saved = self.consents.save(
                    self.editing.id, self.member_input(), self.changed_answers(), source="counter"
                )
            return
        referrer = self._referrer()  # checked first: a typo must not enrol half
        card = self.card.text().strip() or None
        try:
            if self.consents is None:
                self.enrolled = self.members.enroll(
                    self.member_input(), card=card, allow_duplicate=allow_duplicate
                )
            else:
                self.enrolled = self.consents.enroll(
                    self.member_input(),
                    self.answers(),
                    source="counter",
                    card=card,
                    allow_duplicate=allow_duplicate,
                )
        except PossibleDuplicate as dup:  # a question for the cashier, not a failure
            self._duplicate = dup
            return
        if referrer is not None:
            self._record_referral(self.enrolled.id, referrer)

    def _referrer(self) -> SearchHit | None:
        """The member named in "Referred by", or a UserError saying why not."""
        text = self.referrer.text().strip()
        if not text or self.referrals is None:
            return None
        own = {self.card.text().strip(), phone_digits(self.phone.text())} - {""}
        if text in own or phone_digits(text) in own:
            raise Refused(QT_TRANSLATE_NOOP(ERRORS, "A member cannot refer themselves."))
        if looks_like_code(text):
            try:
                found = self.members.lookup(text)
            except NotFound:
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "Referred by: nobody has card {code}."), code=text
                ) from None
            return SearchHit(found.id, found.name, found.card_number, found.phone, None, False)
        hits = self.members.search(text, limit=3)
        if not hits:
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "Referred by: nobody found for “{text}”."), text=text
            )
        if len(hits) > 1:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    ERRORS, "Referred by: several members match “{text}”. Use the card number."
                ),
                text=text,
            )
        return hits[0]

    def _record_referral(self, member_id: int, referrer: SearchHit) -> None:
        """After enrolment: a refusal here is said in the banner, the member stays."""
        notes: list[str] = []
        done = self.ops.run(
            self,
            lambda: self.referrals.set_referrer(member_id, referrer.id),
            on_error=notes.append,
        )
        if done is None:
            self.referral_note = notes[0] if notes else ""
            return
        self.referral_note = self.tr(
            "Referred by {name}: both get the bonus at the first paid visit."
        ).format(name=referrer.name)

    def _show_duplicate(self, dup: PossibleDuplicate) -> None:
        self.duplicate_of = dup.matches[0]
        self.duplicate_text.setText(message(dup))
        self.open_existing.setText(  # it has the focus: Enter opens the member
            self.tr("Open {name} (Enter)").format(name=self.duplicate_of.name)
        )
        self.duplicate_box.show()
        self.open_existing.setFocus()

    def _open_existing(self) -> None:
        if self.duplicate_of is not None:
            self.open_member_id = self.duplicate_of.id
            self.open_requested.emit(self.open_member_id)
            self.accept()
