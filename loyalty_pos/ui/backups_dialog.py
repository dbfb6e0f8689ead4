"""The owner's backups screen: what backups exist, take one now, restore one.

Written for an owner with no IT staff: every backup says when it was taken, why
(daily, before an update, by hand, before a restore) and how many members and visits it
holds, so "the one from Tuesday morning, with yesterday's members" can be found by
looking. Restoring asks first and says plainly what will happen; the current data is
always saved as a backup before it is replaced, so a restore can itself be undone.

    Up/Down   choose a backup
    Enter     restore the chosen backup… (asks first)
    Ctrl+B    back up now
    Esc       close
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import EVERYTHING, Changes
from ..services import Services
from ..services.backups import BackupInfo, RestoreResult
from ..services.changes import Outcome
from . import theme
from .bus import ChangeBus
from .formatting import format_date, format_time, relative_day
from .ops import Ops

log = logging.getLogger(__name__)
T = TypeVar("T")
PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    """The list of backups, newest first, with "Back up now" and "Restore…"."""

    restored = Signal(object)  # RestoreResult, after the live data was replaced

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops or Ops.detached()
        if bus is not None:  # a visit at the counter, another writer: the figures now
            bus.changed.connect(self._changed)
        self.services = services
        self.backups: list[BackupInfo] = []
        self.confirm_dialog: ConfirmRestoreDialog | None = None
        self.setWindowTitle(self.tr("Backups"))
        theme.apply(self)
        self.resize(1100, 620)

        heading = QLabel(self.tr("Backups"), self)
        theme.set_font(heading, theme.BANNER_PT, bold=True)
        self.now_label = QLabel("", self)
        theme.set_font(self.now_label, theme.CARD_TITLE_PT)
        where = services.backups.folder
        self.hint = QLabel(
            self.tr(
                "A backup is taken every day when the app starts, checked and compressed "
                "(one a day for a week, one a week for a month and one a month for three "
                "months are kept) and before every update. Folder: {folder}"
            ).format(folder=str(where) if where else "—"),
            self,
        )
        self.good_label = QLabel("", self)  # "last good backup: …", red after 24 hours
        self.good_label.setWordWrap(True)
        theme.set_font(self.good_label, theme.BASE_PT, bold=True)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        theme.set_font(self.hint, theme.SMALL_PT)

        self.list = QTreeWidget(self)
        theme.touch_rows(self.list)
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setStyleSheet("QTreeWidget::item { padding: 4px 14px 4px 4px; }")
        self.list.setHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Members"), self.tr("Visits"),
             self.tr("Size")]
        )  # fmt: skip
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        theme.set_font(self.status, theme.BASE_PT, bold=True)
        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)

        self.back_up_button = QPushButton(self.tr("Back up now (Ctrl+B)"), self)
        self.back_up_button.setAutoDefault(False)
        self.back_up_button.clicked.connect(self.back_up_now)
        QShortcut(QKeySequence("Ctrl+B"), self, activated=self.back_up_now)
        self.copy_button = QPushButton(self.tr("Save a copy to… (Ctrl+S)"), self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(lambda: self.save_copy())
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save_copy)
        self.file_button = QPushButton(self.tr("Restore from a file… (Ctrl+O)"), self)
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(lambda: self.restore_from_file())
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self.restore_from_file)
        self.restore_button = QPushButton(self.tr("Restore… (Enter)"), self)
        self.restore_button.setObjectName("primary")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self.ask_restore())
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.now_label)
        layout.addWidget(self.good_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.reload()
        self.list.setFocus()

    # Showing ------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if changes.touches("members") or changes.touches("visits"):
            chosen = self.chosen()
            self.reload(select=chosen.name if chosen else None)

    def _run(self, call: Callable[[], T]) -> Outcome[T] | None:
        """One use case; a failure is said in the red line (``ops`` logs a fault)."""
        return self.ops.run(
            self, call, on_error=self._say_error, unexpected=self.tr("Unexpected error: {error}")
        )

    def reload(self, select: str | None = None) -> None:
        """Re-read the folder and the current figures; keep or pick a row."""
        backups = self.services.backups
        done = self._run(lambda: (backups.list(), backups.current(), backups.last_good()))
        if done is None:
            return
        self.backups, (members, visits), good = done.value
        self._show_last_good(good)
        self.now_label.setText(
            self.tr("The counter holds {members} members and {visits} visits now.").format(
                members=_number(members), visits=_number(visits)
            )
        )
        self.list.clear()
        now = self.services.clock()
        for b in self.backups:
            item = QTreeWidgetItem(self.list, self._row(b, now))
            item.setData(0, PATH_ROLE, b.name)
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            if not b.usable:
                item.setForeground(2, QColor(theme.colours().error_ink))
            if b.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.status.setText(
            self.tr("Choose a backup with ↑ ↓, then press Enter to restore it.")
            if self.backups
            else self.tr("No backups yet. Ctrl+B takes one now.")
        )
        self._update_buttons()

    def _show_last_good(self, good: BackupInfo | None) -> None:
        """The newest backup that passed its check; red when the shop has gone 24 hours
        without one (a full disk, a damaged file: the owner must act)."""
        now = self.services.clock()
        if good is None:
            text = self.tr("No checked backup yet. Ctrl+B takes one now.")
        else:
            text = self.tr("Last good backup: {date} {time} ({ago})").format(
                date=format_date(good.taken_at, now),
                time=format_time(good.taken_at, now),
                ago=relative_day(good.taken_at, now),
            )
        stale = self.services.backups.stale(now)
        self.good_label.setProperty("stale", stale)
        self.good_label.setStyleSheet(f"color: {theme.colours().error_ink};" if stale else "")
        self.good_label.setText(text)

    def _row(self, b: BackupInfo, now: datetime) -> list[str]:
        taken = self.tr("{date} {time} ({ago})").format(
            date=format_date(b.taken_at, now),
            time=format_time(b.taken_at, now),
            ago=relative_day(b.taken_at, now),
        )
        kind = self.kind_text(b.kind)
        if b.older:
            kind = self.tr("{kind}, older version").format(kind=kind)
        if not b.usable:
            held = [self.tr("cannot be read"), ""]
        else:
            held = [_number(b.members or 0), _number(b.visits or 0)]
        size = QLocale().formattedDataSize(
            b.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
        )
        return [taken, kind, *held, size]

    def kind_text(self, kind: str) -> str:
        return {
            "auto": self.tr("Daily"),
            "pre-migration": self.tr("Before an update"),
            "manual": self.tr("Made by hand"),
            "before-restore": self.tr("Before a restore"),
        }.get(kind, self.tr("Other file"))

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        name = item.data(0, PATH_ROLE)
        return next((b for b in self.backups if b.name == name), None)

    def _update_buttons(self) -> None:
        b = self.chosen()
        self.restore_button.setEnabled(b is not None and b.usable)

    def _say_error(self, text: str) -> None:
        self.status.clear()
        self.error.setText(text)

    # Acting -------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.error.clear()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self._run(self.services.backups.back_up_now)
        finally:
            QApplication.restoreOverrideCursor()
        if done is None:
            return
        made = done.value
        self.reload(select=made.name)
        self.status.setText(self.tr("Backup taken: {name}").format(name=made.name))
        self.list.setFocus()

    def save_copy(self, folder: str | None = None) -> None:
        """Ctrl+S: a copy of the current data on a USB stick or another drive, so the
        shop's data outlives this computer."""
        self.error.clear()
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Save a copy of the shop's data to (e.g. a USB stick)")
            )
        if not folder:
            return
        done = self._run(lambda: self.services.backups.copy_to(folder))
        if done is None:
            return
        made = done.value
        self.status.setText(self.tr("Copy saved: {path}").format(path=str(made.path)))

    def restore_from_file(self, path: str | None = None) -> None:
        """Ctrl+O: restore a backup kept elsewhere (a USB stick, a new computer)."""
        self.error.clear()
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore a backup from a file"),
                "",
                self.tr("Loyalty POS data (*.sqlite3 *.db);;All files (*)"),
            )
        if not path:
            return
        done = self._run(lambda: self.services.backups.info_of(path))
        if done is None:
            return
        b = done.value
        if not b.usable:
            self.error.setText(
                self.tr("{name} is not a backup of Loyalty POS. Nothing was changed.").format(
                    name=b.name
                )
            )
            return
        self.ask_restore(b)

    def ask_restore(self, b: BackupInfo | None = None) -> None:
        """Enter: say what will happen and ask; the restore runs only on "Yes"."""
        b = b or self.chosen()
        if b is None or not b.usable:
            return
        self.error.clear()
        done = self._run(self.services.backups.current)
        if done is None:
            return
        members, visits = done.value
        now = self.services.clock()
        when = f"{format_date(b.taken_at, now)} {format_time(b.taken_at, now)}"
        question = self.tr("Restore the backup of {when}?").format(when=when)
        text = self.tr(
            "1. The data the counter holds now ({members} members, {visits} visits) is "
            "saved first, as a backup named “Before a restore”. Restoring that one undoes "
            "this.\n\n"
            "2. Then the counter shows the data of {when}: {old_members} members, "
            "{old_visits} visits. Visits and members recorded after that are then only in the "
            "saved backup."
        ).format(
            when=when,
            members=_number(members),
            visits=_number(visits),
            old_members=_number(b.members or 0),
            old_visits=_number(b.visits or 0),
        )
        if b.older:
            text += "\n\n" + self.tr("It was made by an earlier version and is updated first.")
        self.confirm_dialog = ConfirmRestoreDialog(question, text, self)
        self.confirm_dialog.accepted.connect(lambda: self.restore(b))
        self.confirm_dialog.open()

    def restore(self, b: BackupInfo) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self._run(lambda: self.services.backups.restore(b.path))
        finally:
            QApplication.restoreOverrideCursor()
        if done is None:
            self.reload(select=b.name)
            return
        result = done.value
        # The tables were replaced under the connection: the notes again, and every
        # screen re-reads what it shows (instead of a list of things to forget).
        self.services.changes.restart()
        self.ops.publish(EVERYTHING)
        self.reload(select=b.name)
        self.status.setText(self.describe(result))
        if result.problems:
            self.error.setText("\n".join(result.problems[:3]))
        self.restored.emit(result)
        self.list.setFocus()

    def describe(self, result: RestoreResult) -> str:
        now = self.services.clock()
        return self.tr(
            "Restored the backup of {when}: {members} members, {visits} visits. The data "
            "it replaced is saved as the newest backup (“Before a restore”)."
        ).format(
            when=f"{format_date(result.restored.taken_at, now)} "
            f"{format_time(result.restored.taken_at, now)}",
            members=_number(result.members),
            visits=_number(result.visits),
        )


class ConfirmRestoreDialog(QDialog):
    """ "Yes, restore" or "Cancel"; Cancel has the focus, so a stray Enter cancels."""

    WIDTH_PX = 760

    def __init__(self, question: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        theme.apply(self)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        theme.set_font(self.question, theme.BANNER_PT, bold=True)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        theme.set_font(self.text, theme.BASE_PT + 1)
        for label in (self.question, self.text):  # a fixed width gives wrapped text its height
            label.setFixedWidth(self.WIDTH_PX)
        self.yes = QPushButton(self.tr("Yes, restore (Ctrl+Enter)"), self)
        self.yes.setObjectName("primary")
        self.yes.setAutoDefault(False)
        self.yes.clicked.connect(self.accept)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.accept)
        self.cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        self.cancel.setDefault(True)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.yes)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.question)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.adjustSize()
        self.cancel.setFocus()


def _number(n: int) -> str:
    return QLocale().toString(n)
