"""The counter's member dialogs: enrol (F3), edit (F4), void a visit (F8) and refund
one (F7), and what the counter says when each one is done.

An object beside the counter window (it receives the ``Counter`` API, never the window
class), kept apart so the window module is about scanning and the visit. The writes go
through ``ops.run``; the member panel and the checkout refresh from the change bus, so
nothing here re-reads the member for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog

from ..domain.cardnumber import looks_like_code
from ..services.approvals import Approval, Need
from ..services.refunding import RefundResult
from ..services.views import MemberView
from .counter_api import Counter
from .enroll_dialog import EnrollDialog
from .formatting import visit_line
from .owner_approval import ask_owner_approval, void_prompt, void_reason
from .refund_dialog import RefundDialog
from .theme import Tone
from .void_dialog import VoidDialog


def tr(text: str) -> str:
    """A fixed context, the one these strings always had."""
    return QCoreApplication.translate("MemberDialogs", text)


class MemberDialogs(QObject):
    """F3, F4, F7 and F8 of the counter window."""

    refunded = Signal(object)  # RefundResult, for the slip (Ctrl+R)

    def __init__(self, counter: Counter) -> None:
        super().__init__(counter.widget())
        self.counter = counter
        self.services = counter.services
        self.enroll_dialog: EnrollDialog | None = None
        self.void_dialog: VoidDialog | None = None
        self.approval_dialog: QDialog | None = None  # the owner's PIN for a void that needs it
        self.refund_dialog: RefundDialog | None = None

    def void_visit(self) -> None:
        """F8: void the chosen (or latest) visit after asking for a reason (and, for a
        visit from an earlier day or above the owner's limit, the owner's PIN)."""
        c = self.counter
        visit = c.panel.selected_visit()
        if c.current_member is None or visit is None:
            c.banner.error(tr("No visit to void: open a member with visits first."))
            return
        note = ""
        need = self.services.approvals.void_need(visit.id)
        if need is not None:
            note = (
                tr("Approved by the owner: {why}.")
                if self.services.approvals.owner_present()
                else tr("The owner's PIN is needed: {why}.")
            ).format(why=void_reason(need, c.currency))
        self.void_dialog = VoidDialog(visit.id, visit_line(visit, c.now()), c.widget(), note)
        self.void_dialog.accepted.connect(self._void_confirmed)
        self.void_dialog.open()

    def _void_confirmed(self) -> None:
        """The reason is given: void now, or after the owner's PIN."""
        dialog = self.void_dialog
        if dialog is None:
            return
        c = self.counter
        asked = c.ops.run(
            c.widget(),
            lambda: self.services.approvals.void_need(dialog.visit_id),
            on_error=c.banner.error,
        )
        if asked is None:
            return
        need: Need | None = asked.value
        if need is None:
            self._void(None)
            return
        self.approval_dialog = ask_owner_approval(
            c.widget(), self.services, need, void_prompt(need, c.currency), self._void
        )

    def _void(self, approval: Approval | None) -> None:
        dialog = self.void_dialog
        if dialog is None:
            return
        c = self.counter
        reason = dialog.reason()

        def voided(_member: MemberView) -> None:
            c.banner.show_message(Tone.SUCCESS, tr("Visit voided: {reason}").format(reason=reason))
            c.focus_search()

        c.ops.run(
            c.widget(),
            lambda: self.services.visits.void(dialog.visit_id, reason, approval),
            voided,
            on_error=c.banner.error,
        )

    def enroll(self) -> None:
        """F3: enrol; a card just scanned and unknown, or a name searched, pre-fills it."""
        c = self.counter
        text = c.search.text().strip()
        name = "" if not text or looks_like_code(text) else text
        self._open_enroll(
            EnrollDialog(
                self.services.members,
                card=c.pending_card or "",
                name=name,
                parent=c.widget(),
                referrals=self.services.checkout,
                ops=c.ops,
                consents=self.services.consents,
            )
        )

    def edit_member(self) -> None:
        """F4: correct the open member's name, phone, e-mail, birthday or consent."""
        c = self.counter
        if c.current_member is None:
            c.banner.error(tr("Open a member first (scan or F2), then F4 to edit."))
            return
        c.keep_edited_notes()
        member_id = c.current_member.id
        read = c.ops.run(
            c.widget(), lambda: self.services.members.view(member_id), on_error=c.banner.error
        )
        if read is None:
            return
        self._open_enroll(
            EnrollDialog(
                self.services.members,
                editing=read.value,
                parent=c.widget(),
                ops=c.ops,
                consents=self.services.consents,
            )
        )

    def _open_enroll(self, dialog: EnrollDialog) -> None:
        """What the dialog did arrives as its signals; the bus refreshes the panel."""
        self.enroll_dialog = dialog
        dialog.saved_member.connect(self._saved)
        dialog.enrolled_member.connect(lambda m: self._enrolled(m, dialog.referral_note))
        dialog.open_requested.connect(self.counter.open_member_id)
        dialog.rejected.connect(self.counter.focus_search)
        dialog.open()

    def _saved(self, member: MemberView) -> None:
        c = self.counter
        c.banner.show_message(
            Tone.SUCCESS, tr("Saved the details of {name}.").format(name=member.name)
        )
        c.focus_search()

    def _enrolled(self, m: MemberView, referral_note: str) -> None:
        c = self.counter
        c.clear_search()
        c.banner.show_message(
            Tone.SUCCESS,
            tr("Welcome, {name}! Card {card}.").format(name=m.name, card=m.card_number or "—")
            + (f"\n{referral_note}" if referral_note else ""),
        )
        c.show_member(m)

    def refund_visit(self) -> None:
        """F7: refund the chosen (or latest) visit of the open member, or any by number."""
        c = self.counter
        visit = c.panel.selected_visit(refundable=True) if c.current_member else None
        self.refund_dialog = RefundDialog(
            self.services, c.currency, visit.id if visit else None, c.widget(), ops=c.ops
        )
        self.refund_dialog.refunded.connect(self._refund_done)
        self.refund_dialog.open()

    def _refund_done(self, result: RefundResult) -> None:
        """The refund is written (the bus has refreshed the member): say it, offer the slip."""
        c = self.counter
        dialog = self.refund_dialog
        if dialog is not None:
            c.banner.show_message(dialog.tone(), dialog.outcome())
        self.refunded.emit(result)
        c.focus_search()
