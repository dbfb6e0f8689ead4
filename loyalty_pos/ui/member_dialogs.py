"""The counter's member dialogs: enrol (F3), edit (F4), void a visit (F8) and refund
one (F7), and what the counter shows when each one closes.

A mixin of ``MainWindow`` (it uses the window's services, banner, panel and
``show_member``), kept apart so the window module is about scanning and the visit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from ..domain.cardnumber import looks_like_code
from ..services.approvals import Approval
from .enroll_dialog import EnrollDialog
from .formatting import visit_line
from .owner_approval import ask_owner_approval, void_prompt, void_reason
from .refund_dialog import RefundDialog
from .theme import Tone
from .void_dialog import VoidDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


def tr(text: str) -> str:
    """A fixed context: ``self.tr`` in a mixin would ask for the window's context."""
    return QCoreApplication.translate("MemberDialogs", text)


class MemberDialogs:
    """F3, F4, F7 and F8 of the counter window."""

    enroll_dialog: EnrollDialog | None
    void_dialog: VoidDialog | None
    approval_dialog: QDialog | None  # the owner's PIN for a void that needs it
    refund_dialog: RefundDialog | None

    def void_visit(self: MainWindow) -> None:
        """F8: void the chosen (or latest) visit after asking for a reason (and, for a
        visit from an earlier day or above the owner's limit, the owner's PIN)."""
        visit = self.panel.selected_visit()
        if self.current_member is None or visit is None:
            self.banner.error(tr("No visit to void: open a member with visits first."))
            return
        note = ""
        need = self.services.approvals.void_need(visit.id)
        if need is not None:
            note = (
                tr("Approved by the owner: {why}.")
                if self.services.approvals.owner_present()
                else tr("The owner's PIN is needed: {why}.")
            ).format(why=void_reason(need, self.currency))
        self.void_dialog = VoidDialog(visit.id, visit_line(visit, self.now()), self, note)
        self.void_dialog.accepted.connect(self._void_confirmed)
        self.void_dialog.open()

    def _void_confirmed(self: MainWindow) -> None:
        """The reason is given: void now, or after the owner's PIN."""
        dialog = self.void_dialog
        if dialog is None:
            return
        try:
            need = self.services.approvals.void_need(dialog.visit_id)
        except Exception as err:
            self.show_error(err)
            return
        if need is None:
            self._void(None)
            return
        self.approval_dialog = ask_owner_approval(
            self, self.services, need, void_prompt(need, self.currency), self._void
        )

    def _void(self: MainWindow, approval: Approval | None) -> None:
        dialog = self.void_dialog
        if dialog is None:
            return
        try:
            member = self.services.visits.void(dialog.visit_id, dialog.reason(), approval)
        except Exception as err:
            self.show_error(err)
            return
        self.banner.show_message(
            Tone.SUCCESS, tr("Visit voided: {reason}").format(reason=dialog.reason())
        )
        self._show_updated(member, keep_counts=True)
        self.focus_search()

    def enroll(self: MainWindow) -> None:
        """F3: enrol; a card just scanned and unknown, or a name searched, pre-fills it."""
        text = self.search.text().strip()
        name = "" if not text or looks_like_code(text) else text
        self.enroll_dialog = EnrollDialog(
            self.services.members,
            card=self._pending_card or "",
            name=name,
            parent=self,
            referrals=self.services.checkout,
        )
        self.enroll_dialog.finished.connect(self._enroll_finished)
        self.enroll_dialog.open()

    def edit_member(self: MainWindow) -> None:
        """F4: correct the open member's name, phone, e-mail, birthday or consent."""
        if self.current_member is None:
            self.banner.error(tr("Open a member first (scan or F2), then F4 to edit."))
            return
        self._keep_edited_notes()
        try:
            member = self.services.members.view(self.current_member.id)
        except Exception as err:
            self.show_error(err)
            return
        self.enroll_dialog = EnrollDialog(self.services.members, editing=member, parent=self)
        self.enroll_dialog.finished.connect(self._enroll_finished)
        self.enroll_dialog.open()

    def _enroll_finished(self: MainWindow, _result: int) -> None:
        dialog = self.enroll_dialog
        if dialog is None:
            return
        if dialog.saved is not None:
            self.banner.show_message(
                Tone.SUCCESS, tr("Saved the details of {name}.").format(name=dialog.saved.name)
            )
            self._show_updated(dialog.saved, keep_counts=True)
            self.focus_search()
        elif dialog.enrolled is not None:
            m = dialog.enrolled
            self._clear_search()
            self.banner.show_message(
                Tone.SUCCESS,
                tr("Welcome, {name}! Card {card}.").format(name=m.name, card=m.card_number or "—")
                + (f"\n{dialog.referral_note}" if dialog.referral_note else ""),
            )
            self.show_member(m)
        elif dialog.open_member_id is not None:
            self.open_member_id(dialog.open_member_id)
        else:
            self.focus_search()

    def refund_visit(self: MainWindow) -> None:
        """F7: refund the chosen (or latest) visit of the open member, or any by number."""
        visit = self.panel.selected_visit(refundable=True) if self.current_member else None
        self.refund_dialog = RefundDialog(
            self.services, self.currency, visit.id if visit else None, self
        )
        self.refund_dialog.accepted.connect(self._refund_done)
        self.refund_dialog.open()

    def _refund_done(self: MainWindow) -> None:
        dialog = self.refund_dialog
        if dialog is None or dialog.result is None:
            return
        self.banner.show_message(dialog.tone(), dialog.outcome())
        self.printing.refunded(dialog.result)
        member = dialog.result.member
        if member is not None and self.current_member and member.id == self.current_member.id:
            self._show_updated(member, keep_counts=True)
        self.focus_search()
