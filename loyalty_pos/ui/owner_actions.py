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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..services.backups import RestoreResult
from ..services.display import Display
from . import comfort, theme
from .audit_dialog import AuditDialog
from .backups_dialog import BackupsDialog
from .cashier_switch import CashierSwitch
from .feedback_dialog import FeedbackDialog
from .import_export_dialog import ImportExportDialog
from .owner_gate import require_owner
from .relaunch import relaunch
from .reports import ReportsDialog
from .settings_dialog import SettingsDialog
from .staff_dialog import StaffDialog
from .theme import Tone

if TYPE_CHECKING:
    from .main_window import MainWindow

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
    """Holds the dialogs it opens, so tests and screenshots can reach them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.services = window.services
        self.last_visit_id: int | None = None
        self.feedback_dialog: FeedbackDialog | None = None
        self.reports_dialog: ReportsDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.import_export_dialog: ImportExportDialog | None = None
        self.audit_dialog: AuditDialog | None = None
        self.switch_dialog: CashierSwitch | None = None
        bar = window.shortcuts
        window.actions_by_key.update(
            {
                "F6": bar.bind(
                    window, "F6", tr("Ask for feedback"), self.ask_feedback, short=tr("Feedback")
                ),
                "F10": bar.bind(
                    window, "F10", tr("Reports…"), self.open_reports, short=tr("Reports")
                ),
                "F11": bar.bind(
                    window, "F11", tr("Switch cashier…"), self.switch_cashier, short=tr("Cashier")
                ),
                "F12": bar.bind(
                    window, "F12", tr("Owner…"), self.open_owner_menu, short=tr("Owner")
                ),
            }
        )
        window.visit_confirmed.connect(self._visit_confirmed)
        self.cashier_label = QLabel("", window)
        window.statusBar().addPermanentWidget(self.cashier_label)
        self.show_cashier()

    # Staff ----------------------------------------------------------------------------

    def show_cashier(self) -> None:
        try:
            name = self.services.staff.current().name
        except Exception:
            log.exception("reading the current cashier")
            name = "?"
        self.cashier_label.setText(tr("At the till: {name} (F11 to switch)").format(name=name))

    def switch_cashier(self) -> None:
        self.switch_dialog = CashierSwitch(self.services, self.window)
        self.switch_dialog.finished.connect(self._switched)
        self.switch_dialog.open()

    def _switched(self, _result: int) -> None:
        dialog = self.switch_dialog
        if dialog is not None and dialog.switched is not None:
            self.show_cashier()
            self.window.banner.show_message(
                Tone.SUCCESS, tr("{name} is at the till now.").format(name=dialog.switched.name)
            )
        self.window.focus_search()

    # Feedback -------------------------------------------------------------------------

    def _visit_confirmed(self, visit_id: int) -> None:
        self.last_visit_id = visit_id
        if not self.services.feedback.enabled():
            return
        banner = self.window.banner
        banner.show_message(
            banner.tone, banner.text(), action=(tr("F6: Ask for feedback"), self.ask_feedback)
        )

    def ask_feedback(self) -> None:
        if self.last_visit_id is None or not self.services.feedback.enabled():
            self.window.banner.info(tr("Feedback is asked right after a confirmed visit."))
            return
        self.feedback_dialog = FeedbackDialog(
            self.services.feedback, self.last_visit_id, self.window
        )
        self.feedback_dialog.saved.connect(self._feedback_saved)
        self.feedback_dialog.finished.connect(lambda _r: self.window.focus_search())
        self.last_visit_id = None  # one question per visit
        self.feedback_dialog.open()

    def _feedback_saved(self, score: int) -> None:
        self.window.banner.show_message(
            Tone.SUCCESS, tr("Thank you! Score {score} saved.").format(score=score)
        )

    # Owner screens --------------------------------------------------------------------

    def _currency(self) -> str:
        return self.services.settings.get("currency") or "HUF"

    def open_reports(self) -> None:
        if not require_owner(self.window, self.services):
            return
        self.reports_dialog = ReportsDialog(self.services, self._currency(), self.window)
        self.reports_dialog.open()

    def open_staff(self) -> None:
        if not require_owner(self.window, self.services):
            return
        self.staff_dialog = StaffDialog(self.services, self.window)
        self.staff_dialog.finished.connect(lambda _r: self.show_cashier())
        self.staff_dialog.open()

    def open_settings(self) -> None:
        if not require_owner(self.window, self.services):
            return
        before = (self.services.settings.get("language"), self._currency())
        shown = self.services.display.get()
        self.settings_dialog = SettingsDialog(self.services, self.window)
        self.settings_dialog.finished.connect(lambda _r: self._settings_closed(before, shown))
        self.settings_dialog.open()

    def _settings_closed(self, before: tuple[str | None, str], shown: Display) -> None:
        """A new language or currency needs a new window (see ``relaunch``), and so does
        a new text size, and kiosk on or off (full screen or maximized at once); new
        colours restyle the open windows as they are."""
        if (self.services.settings.get("language"), self._currency()) != before:
            self.relaunched = relaunch(self.window)
            return
        display = self.services.display.get()
        if (display.text_size, display.kiosk) != (shown.text_size, shown.kiosk):
            self.relaunched = comfort.rebuild(self.window)
            return
        if display.colours != shown.colours:
            comfort.load(self.services)
        self.window.focus_search()

    def open_backups(self) -> None:
        if not require_owner(self.window, self.services):
            return
        self.backups_dialog = BackupsDialog(self.services, self.window)
        self.backups_dialog.restored.connect(self._restored)
        self.backups_dialog.finished.connect(lambda _r: self.window.focus_search())
        self.backups_dialog.open()

    def _restored(self, result: RestoreResult) -> None:
        """The data under the counter was replaced: nothing on screen or remembered
        from before may stay (member, last visit for feedback or the slip, cashier)."""
        self.last_visit_id = None
        self.window.printing.last_visit = None
        self.window.show_restored_data()
        self.show_cashier()
        self.window.banner.show_message(
            Tone.WARNING,
            tr("Backup restored: {members} members, {visits} visits.").format(
                members=result.members, visits=result.visits
            ),
        )

    def open_import_export(self) -> None:
        if not require_owner(self.window, self.services):
            return
        self.import_export_dialog = ImportExportDialog(self.services, self._currency(), self.window)
        self.import_export_dialog.finished.connect(lambda _r: self.window.focus_search())
        self.import_export_dialog.open()

    def open_audit(self) -> None:
        if not require_owner(self.window, self.services):
            return
        self.audit_dialog = AuditDialog(self.services, self.window)
        self.audit_dialog.finished.connect(lambda _r: self.window.focus_search())
        self.audit_dialog.open()

    def open_owner_menu(self) -> None:
        if not require_owner(self.window, self.services):
            return
        menu = OwnerMenu(self.window)
        if menu.exec() != QDialog.DialogCode.Accepted:
            return
        {
            "1": self.open_staff,
            "2": self.open_settings,
            "3": self.open_reports,
            "4": self.window.open_programs,
            "5": self.open_backups,
            "6": self.open_import_export,
            "7": self.open_audit,
        }[menu.choice or "1"]()
