"""The owner's and the staff's keys on the counter, added to the main window.

    F6   ask the customer for feedback on the visit just confirmed
    F10  reports (owner)
    F11  switch cashier: F11, then the person's digit
    F12  the owner's screens: staff, settings, reports, programs, backups, import and
         export, the audit trail (owner)

Feedback is offered, not forced: after a confirmed visit the banner shows
"F6: Ask for feedback", and the cashier decides whether to turn the screen to the
customer. A screen that opened by itself would catch the next customer's card scan
as a score.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.changes import Changes
from ..services.backups import RestoreResult
from ..services.staff import StaffMember
from ..store.dialect import is_server
from . import theme
from .audit_dialog import AuditDialog
from .backups_dialog import BackupsDialog
from .cashier_switch import CashierSwitch
from .counter_api import Counter
from .feedback_dialog import FeedbackDialog
from .import_export_dialog import ImportExportDialog
from .kept_setting import KeptSetting
from .key_map import bind_keys
from .member_data_dialog import MemberDataDialog
from .owner_gate import require_owner
from .reports import ReportsDialog
from .settings_dialog import SettingsDialog
from .staff_dialog import StaffDialog
from .theme import Tone

log = logging.getLogger(__name__)
CONTEXT = "OwnerActions"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class OwnerMenu(QDialog):
    """F12: the owner's other screens, one digit each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Owner"))
        theme.apply(self)
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        title = QLabel(tr("Owner screens"), self)
        theme.set_font(title, theme.BANNER_PT, bold=True)
        layout.addWidget(title)
        for key, text in (
            ("1", tr("1  Staff and PINs")),
            ("2", tr("2  Settings")),
            ("3", tr("3  Reports")),
            ("4", tr("4  Programs")),
            ("5", tr("5  Backups and restore")),
            ("6", tr("6  Import and export")),
            ("7", tr("7  Audit trail")),
            ("8", tr("8  Members' data: consents, export, erase, merge")),
        ):
            button = QPushButton(text, self)
            button.setShortcut(key)
            button.setStyleSheet("text-align: left; padding-left: 12px;")
            button.clicked.connect(lambda _c=False, k=key: self._pick(k))
            layout.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(tr("Close (Esc)"), self)
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)

    def _pick(self, key: str) -> None:
        self.choice = key
        self.accept()


class OwnerActions:
    """Holds the dialogs it opens, so tests and screenshots can reach them.

    Each dialog that writes gets the counter's ``ops``, and each that lists data its
    ``bus``; what they changed reaches the counter on the bus, not through attributes
    read when they close. A new language, currency or text size rebuilds the window
    from the bus too (``comfort.ComfortActions``); ``relaunched`` is that new window.
    """

    def __init__(self, window: Counter) -> None:
        self.counter = window
        self.window = window.widget()
        self.services = window.services
        self.last_visit_id: int | None = None
        # asked at every sale: read once, again when the bus says it changed
        self.feedback_on = KeptSetting(
            window.bus, "feedback_enabled", window.services.feedback.enabled,
            keep=is_server(window.services.db),
        )  # fmt: skip
        self.relaunched: Counter | None = None
        self.feedback_dialog: FeedbackDialog | None = None
        self.reports_dialog: ReportsDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.import_export_dialog: ImportExportDialog | None = None
        self.audit_dialog: AuditDialog | None = None
        self.member_data_dialog: MemberDataDialog | None = None
        self.switch_dialog: CashierSwitch | None = None
        window.actions_by_key.update(
            bind_keys(
                self.window,
                {
                    "feedback": self.ask_feedback,
                    "reports": self.open_reports,
                    "switch_cashier": self.switch_cashier,
                    "owner_menu": self.open_owner_menu,
                },
                bar=window.shortcuts,
            )
        )
        window.visit_confirmed.connect(self._visit_confirmed)
        window.bus.changed.connect(self._changed)
        self.cashier_label = QLabel("", self.window)
        window.statusBar().addPermanentWidget(self.cashier_label)
        self.show_cashier()

    def window_rebuilt(self, new: Counter) -> None:
        """The counter was made anew (a new language, currency, text size or kiosk)."""
        self.relaunched = new

    def _changed(self, changes: Changes) -> None:
        """A restore forgets the visit asked about; staff changes rename the cashier."""
        if changes.everything and not changes.external:
            self.last_visit_id = None
        if changes.touches("staff"):
            self.show_cashier()

    # Staff ----------------------------------------------------------------------------

    def show_cashier(self) -> None:
        done = self.counter.ops.run(
            self.window, lambda: self.services.staff.current().name, on_error=log.warning
        )
        name = done.value if done is not None else "?"
        self.cashier_label.setText(tr("At the till: {name} (F11 to switch)").format(name=name))

    def switch_cashier(self) -> None:
        self.switch_dialog = CashierSwitch(self.services, self.window, ops=self.counter.ops)
        self.switch_dialog.switched_to.connect(self._switched)
        self.switch_dialog.finished.connect(lambda _r: self.counter.focus_search())
        self.switch_dialog.open()

    def _switched(self, person: StaffMember) -> None:
        self.show_cashier()
        self.counter.banner.show_message(
            Tone.SUCCESS, tr("{name} is at the till now.").format(name=person.name)
        )

    # Feedback -------------------------------------------------------------------------

    def _visit_confirmed(self, visit_id: int) -> None:
        self.last_visit_id = visit_id
        if not self.feedback_on():
            return
        banner = self.counter.banner
        banner.show_message(
            banner.tone, banner.text(), action=(tr("F6: Ask for feedback"), self.ask_feedback)
        )

    def ask_feedback(self) -> None:
        if self.last_visit_id is None or not self.feedback_on():
            self.counter.banner.info(tr("Feedback is asked right after a confirmed visit."))
            return
        self.feedback_dialog = FeedbackDialog(
            self.services.feedback, self.last_visit_id, self.window, ops=self.counter.ops
        )
        self.feedback_dialog.saved.connect(self._feedback_saved)
        self.feedback_dialog.finished.connect(lambda _r: self.counter.focus_search())
        self.last_visit_id = None  # one question per visit
        self.feedback_dialog.open()

    def _feedback_saved(self, score: int) -> None:
        self.counter.banner.show_message(
            Tone.SUCCESS, tr("Thank you! Score {score} saved.").format(score=score)
        )

    # Owner screens --------------------------------------------------------------------

    def _currency(self) -> str:
        return self.services.settings.get("currency") or "HUF"

    def _owner(self) -> bool:
        return require_owner(self.window, self.services)

    def _back_to_counter(self, dialog: QDialog) -> None:
        dialog.finished.connect(lambda _r: self.counter.focus_search())
        dialog.open()

    def open_reports(self) -> None:
        if not self._owner():
            return
        c = self.counter
        self.reports_dialog = ReportsDialog(
            self.services, self._currency(), self.window, ops=c.ops, bus=c.bus
        )
        self.reports_dialog.open()

    def open_staff(self) -> None:
        if not self._owner():
            return
        self.staff_dialog = StaffDialog(self.services, self.window, ops=self.counter.ops)
        self.staff_dialog.open()

    def open_settings(self) -> None:
        """The settings go through ``ops``; the bus rebuilds or restyles the counter."""
        if not self._owner():
            return
        self.settings_dialog = SettingsDialog(self.services, self.window, ops=self.counter.ops)
        self._back_to_counter(self.settings_dialog)

    def open_backups(self) -> None:
        if not self._owner():
            return
        c = self.counter
        self.backups_dialog = BackupsDialog(self.services, self.window, ops=c.ops, bus=c.bus)
        self.backups_dialog.restored.connect(self._restored)
        self._back_to_counter(self.backups_dialog)

    def _restored(self, result: RestoreResult) -> None:
        """What the restore brought back; each screen forgot its own on the bus."""
        self.show_cashier()
        self.counter.banner.show_message(
            Tone.WARNING,
            tr("Backup restored: {members} members, {visits} visits.").format(
                members=result.members, visits=result.visits
            ),
        )

    def open_import_export(self) -> None:
        if not self._owner():
            return
        c = self.counter
        self.import_export_dialog = ImportExportDialog(
            self.services, self._currency(), self.window, ops=c.ops, bus=c.bus
        )
        self._back_to_counter(self.import_export_dialog)

    def open_audit(self) -> None:
        if not self._owner():
            return
        c = self.counter
        self.audit_dialog = AuditDialog(self.services, self.window, ops=c.ops, bus=c.bus)
        self._back_to_counter(self.audit_dialog)

    def open_member_data(self) -> None:
        """The consent register, and the open member's export, erasure and merging."""
        if not self._owner():
            return
        c = self.counter
        self.member_data_dialog = MemberDataDialog(
            self.services, self.window, ops=c.ops, bus=c.bus, member=c.current_member
        )
        self._back_to_counter(self.member_data_dialog)

    def open_owner_menu(self) -> None:
        if not self._owner():
            return
        menu = OwnerMenu(self.window)
        if menu.exec() != QDialog.DialogCode.Accepted:
            return
        {
            "1": self.open_staff,
            "2": self.open_settings,
            "3": self.open_reports,
            "4": self.counter.open_programs,
            "5": self.open_backups,
            "6": self.open_import_export,
            "7": self.open_audit,
            "8": self.open_member_data,
        }[menu.choice or "1"]()
