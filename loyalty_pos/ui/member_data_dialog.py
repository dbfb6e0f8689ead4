"""F12 → 8: members' data. The consent register, and one member's export, erasure and
merging (``docs/privacy.md``).

Every write goes through ``ops.run`` and so reaches the counter on the bus. Erasing asks
the owner's PIN again, in a confirmation that names the member (``EraseDialog``): it
cannot be undone. Merging names both members before it runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.cardnumber import looks_like_code
from ..domain.changes import Changes
from ..domain.clock import from_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, UserError
from ..l10n import format_date, format_time
from ..services import Services
from ..services.views import MemberView
from . import theme
from .allowance_row import allowance_row
from .bus import ChangeBus
from .ops import Ops
from .pin_dialog import pin_field

REGISTER_ROWS = 200  # the newest events on screen; the CSV export has them all


class MemberDataDialog(QDialog):
    """Two tabs: the consent register, and one member's data."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
        bus: ChangeBus | None = None,
        member: MemberView | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops or Ops.detached()
        self.member: MemberView | None = None
        self.erase_dialog: EraseDialog | None = None
        if bus is not None:
            bus.changed.connect(self._changed)
        self.setWindowTitle(self.tr("Members' data"))
        theme.apply(self)
        self.resize(1180, 640)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._register_tab(), self.tr("&1 Consent register"))
        self.tabs.addTab(self._member_tab(), self.tr("&2 A member: export, erase, merge"))
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(row)
        self.load_register()
        if member is not None:
            self.code.setText(member.card_number or "")
            self.find()

    # The register ---------------------------------------------------------------------

    def _register_tab(self) -> QWidget:
        page = QWidget(self)
        heading = QLabel(
            self.tr(
                "Every answer to the consent question, newest first: nothing is overwritten. "
                "A channel never asked counts as no."
            ),
            page,
        )
        heading.setWordWrap(True)
        self.register = QTableWidget(0, 8, page)
        self.register.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Card"),
                self.tr("Channel"),
                self.tr("Answer"),
                self.tr("Time"),
                self.tr("Source"),
                self.tr("Wording"),
                self.tr("Recorded by"),
            ]
        )
        self.register.verticalHeader().hide()
        self.register.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.register.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.export_register_button = QPushButton(self.tr("&Export the register (CSV)…"), page)
        self.export_register_button.clicked.connect(lambda: self.export_register())
        self.register_note = QLabel("", page)
        self.register_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_register_button)
        buttons.addWidget(self.register_note, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(self.register, 1)
        layout.addLayout(buttons)
        return page

    def load_register(self) -> None:
        rows = self.services.consents.register(REGISTER_ROWS)
        zone = self.services.clock().tzinfo
        self.register.setRowCount(len(rows))
        for i, r in enumerate(rows):
            at = from_db(r["at"]).astimezone(zone)
            cells = [
                f"#{r['member_id']}",
                r["card"] or "",
                channel_name(r["channel"]),
                self.tr("yes") if r["answer"] else self.tr("no"),
                f"{format_date(at)} {format_time(at)}",
                r["source"],
                r["wording_version"],
                r["actor"] or "",
            ]
            for j, text in enumerate(cells):
                self.register.setItem(i, j, QTableWidgetItem(str(text)))

    def export_register(self, path: Path | None = None) -> None:
        if path is None:
            suggested = str(Path(QDir.homePath()) / "consents.csv")
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export"), suggested, self.tr("CSV files (*.csv)")
            )
            if not chosen:
                return
            path = Path(chosen)
        done = self.ops.run(
            self, lambda: self.services.consents.export(path), on_error=self.register_note.setText
        )
        if done is not None:
            self.register_note.setText(
                self.tr("Written: {path} ({rows} rows).").format(path=path, rows=done.value)
            )

    def _changed(self, changes: Changes) -> None:
        self.load_register()
        if self.member is not None and changes.touches_member(self.member.id):
            self.find()

    # One member -----------------------------------------------------------------------

    def _member_tab(self) -> QWidget:
        page = QWidget(self)
        self.code = QLineEdit(page)
        self.code.setPlaceholderText(self.tr("Card number, or a name or phone"))
        self.code.returnPressed.connect(self.find)
        find = QPushButton(self.tr("Find (Enter)"), page)
        find.setAutoDefault(False)
        find.clicked.connect(self.find)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(find)
        self.found = QLabel(self.tr("Nobody chosen yet."), page)
        self.found.setWordWrap(True)
        theme.set_font(self.found, theme.BASE_PT, bold=True)
        self.export_button = QPushButton(self.tr("E&xport all their data (JSON and CSV)…"), page)
        self.export_button.clicked.connect(lambda: self.export_member())
        self.erase_button = QPushButton(self.tr("E&rase their personal data…"), page)
        self.erase_button.setObjectName("danger")
        self.erase_button.clicked.connect(self.ask_erase)
        self.other = QLineEdit(page)
        self.other.setPlaceholderText(self.tr("The duplicate's card number"))
        self.merge_button = QPushButton(self.tr("&Merge the duplicate into this member…"), page)
        self.merge_button.clicked.connect(lambda: self.merge())
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.other, 1)
        merge_row.addWidget(self.merge_button)
        self.note = QLabel("", page)
        self.note.setObjectName("inlineError")
        self.note.setWordWrap(True)
        form = QFormLayout()
        who = QLabel(self.tr("&Who"), page)  # Alt+W: a label of a row (not a widget) needs
        who.setBuddy(self.code)  # its buddy named, or it shows its "&"
        form.addRow(who, row)
        form.addRow("", self.found)
        form.addRow(self.tr("Access"), self.export_button)
        form.addRow(self.tr("Erasure"), self.erase_button)
        form.addRow(self.tr("Duplicate"), merge_row)
        self.allowance = allowance_row(self.services, self.ops, self.note.setText, page)
        if self.allowance is not None:  # a shop on a server: its tills can be offline
            form.addRow(self.tr("O&ffline allowance"), self.allowance)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._enable()
        return page

    def _enable(self) -> None:
        live = self.member is not None and not self.member.erased
        for button in (self.export_button, self.erase_button, self.merge_button):
            button.setEnabled(live)
        if self.allowance is not None:
            self.allowance.show_member(self.member.id if live and self.member else None)

    def find(self) -> None:
        """The member a card names (its own member, even blocked), or the one member a
        name or phone finds."""
        text = self.code.text().strip()
        self.note.setText("")
        done = self.ops.run(self, lambda: self._find(text), on_error=self.note.setText)
        self.member = None if done is None else done.value
        if self.member is None:
            self.found.setText(self.tr("Nobody chosen yet."))
        else:
            m = self.member
            self.found.setText(
                self.tr("{name} (member #{id}, card {card})").format(
                    name=m.name, id=m.id, card=m.card_number or "—"
                )
            )
        self._enable()

    def _find(self, text: str) -> MemberView:
        if looks_like_code(text):
            return self.services.members.view(self.services.members.member_id_for_card(text))
        hits = self.services.members.search(text, limit=2) if text else []
        if len(hits) != 1:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    ERRORS, "Type a card number, or a name or phone that finds one member."
                )
            )
        return self.services.members.view(hits[0].id)

    def export_member(self, path: Path | None = None) -> None:
        m = self.member
        if m is None:
            return
        if path is None:
            suggested = str(Path(QDir.homePath()) / f"member-{m.id}.json")
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export"), suggested, self.tr("JSON files (*.json)")
            )
            if not chosen:
                return
            path = Path(chosen)
        done = self.ops.run(
            self, lambda: self.services.member_export.export(m.id, path), on_error=self.note.setText
        )
        if done is not None:
            self.note.setText(
                self.tr("Written: {path} and {summary}.").format(
                    path=done.value.path, summary=done.value.summary
                )
            )

    def ask_erase(self) -> None:
        if self.member is None:
            return
        self.erase_dialog = EraseDialog(self.services, self.member, self, ops=self.ops)
        self.erase_dialog.accepted.connect(self._erased)
        self.erase_dialog.open()

    def _erased(self) -> None:
        self.note.setText(
            self.tr("Erased. Backups taken before keep the data until they rotate out.")
        )
        self.find()

    def merge(self, confirm: bool = True) -> None:
        """Merge the duplicate whose card is typed into the member shown, after a
        question naming both (``confirm=False``: tests, already confirmed)."""
        keep = self.member
        if keep is None:
            return
        code = self.other.text().strip()
        read = self.ops.run(
            self,
            lambda: self.services.members.view(self.services.members.member_id_for_card(code)),
            on_error=self.note.setText,
        )
        if read is None:
            return
        other = read.value
        if confirm:
            question = self.tr(
                "Merge {other} (card {other_card}) into {keep} (card {keep_card})? Their "
                "balances, coupons and consents move to {keep}; this cannot be undone."
            ).format(
                other=other.name,
                other_card=other.card_number or code,
                keep=keep.name,
                keep_card=keep.card_number or "—",
            )
            answer = QMessageBox.question(self, self.tr("Merge members"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        reason = self.tr("duplicate of member #{id}").format(id=keep.id)
        done = self.ops.run(
            self,
            lambda: self.services.merge.merge(keep.id, other.id, reason),
            on_error=self.note.setText,
        )
        if done is not None:
            self.other.clear()
            self.find()
            self.note.setText(
                self.tr("{other} was merged into {keep}.").format(other=other.name, keep=keep.name)
            )


class EraseDialog(QDialog):
    """ "Erase Kovács Éva (card …) for good?": the owner's PIN and a reason, then erase."""

    def __init__(
        self, services: Services, member: MemberView, parent: QWidget | None, *, ops: Ops
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.member = member
        self.ops = ops
        self.setWindowTitle(self.tr("Erase a member"))
        theme.apply(self)
        question = QLabel(
            self.tr(
                "Erase {name} (member #{id}, card {card}) for good? Their name, phone, "
                "e-mail, birthday, notes and feedback comments are removed and cannot be "
                "brought back. Visits and balances stay, as \u201cErased member #{id}\u201d."
            ).format(name=member.name, id=member.id, card=member.card_number or "—"),
            self,
        )
        question.setWordWrap(True)
        theme.set_font(question, theme.BASE_PT, bold=True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. asked at the counter on 10 March"))
        self.pin = pin_field(self)
        owners = services.staff.owners()
        current = services.actor.owner_id or services.actor.staff_id
        self.owner = next((o for o in owners if o.id == current), owners[0] if owners else None)
        form = QFormLayout()
        form.addRow(self.tr("&Reason (no personal data)"), self.reason)
        owner_name = self.owner.name if self.owner else "—"
        form.addRow(self.tr("&PIN of {owner}").format(owner=owner_name), self.pin)
        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("Erase for good"), self)
        self.erase_button.setObjectName("danger")
        self.erase_button.clicked.connect(self.erase)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.reason.setFocus()

    def erase(self) -> None:
        """Check the owner's PIN, then erase; a wrong PIN or reason is said here."""
        self.error.setText("")
        owner = self.owner
        pin = self.pin.text()
        reason = self.reason.text()
        member_id = self.member.id

        def run() -> object:
            if owner is None or not self.services.staff.verify(owner.id, pin):
                raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Wrong PIN: nothing was erased."))
            return self.services.erase.erase(member_id, reason)

        done = self.ops.run(self, run, on_error=self.error.setText)
        self.pin.clear()
        if done is not None:
            self.accept()


def channel_name(channel: str) -> str:
    """A channel's name on screen."""
    names = {
        "email": QCoreApplication.translate("MemberDataDialog", "e-mail"),
        "sms": QCoreApplication.translate("MemberDataDialog", "SMS"),
        "post": QCoreApplication.translate("MemberDataDialog", "post"),
    }
    return names.get(channel, channel)
