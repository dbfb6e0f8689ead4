"""The owner's audit trail screen: who did what, when.

Visits, voids, refunds, balance corrections, gift-card sales and voids, tier changes,
staff, PIN and settings changes and restores, newest first, a page at a time (a big shop
has millions of visits: the next page is read only when asked for). Filters: one person,
one day.

    Alt+P     the person filter          Ctrl+D   one day only (on/off)
    Alt+Y     the day                    Ctrl+T   today
    Ctrl+M    show more (the next page)  Esc      close
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import Changes
from ..services import Services
from ..services.audit import PAGE, AuditEntry
from . import theme
from .bus import ChangeBus
from .formatting import format_date, format_time
from .keys import press_with
from .ops import Ops

log = logging.getLogger(__name__)


class AuditDialog(QDialog):
    """The trail as a table, with a person and a day filter."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops or Ops.detached()
        if bus is not None:  # what was done meanwhile joins the trail on screen
            bus.changed.connect(self._changed)
        self.shown = 0
        self.setWindowTitle(self.tr("Audit trail"))
        theme.apply(self)
        self.resize(1180, 640)

        heading = QLabel(self.tr("Audit trail: who did what, when"), self)
        theme.set_font(heading, theme.BANNER_PT, bold=True)

        self.person = QComboBox(self)
        self.person.addItem(self.tr("Everyone"), None)
        for p in services.audit.people():
            self.person.addItem(p.name, p.id)
        person_label = QLabel(self.tr("&Person"), self)
        person_label.setBuddy(self.person)
        self.one_day = QCheckBox(self.tr("One day only (Ctrl+D)"), self)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDate(_qdate(services.clock().date()))
        day_label = QLabel(self.tr("Da&y"), self)
        day_label.setBuddy(self.day)
        today = QPushButton(self.tr("Today (Ctrl+T)"), self)
        today.setAutoDefault(False)
        today.clicked.connect(self.show_today)
        press_with("Ctrl+T", today, self)
        press_with("Ctrl+D", self.one_day, self)
        filters = QHBoxLayout()
        filters.addWidget(person_label)
        filters.addWidget(self.person, 2)
        filters.addSpacing(24)
        filters.addWidget(self.one_day)
        filters.addSpacing(12)
        filters.addWidget(day_label)
        filters.addWidget(self.day, 1)
        filters.addWidget(today)

        self.list = QTreeWidget(self)
        theme.touch_rows(self.list)
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setHeaderLabels(
            [self.tr("When"), self.tr("Person"), self.tr("Action"), self.tr("Subject"),
             self.tr("Details")]
        )  # fmt: skip
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)

        self.status = QLabel("", self)
        self.status.setObjectName("hint")
        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.more = QPushButton(self.tr("Show more (Ctrl+M)"), self)
        self.more.setAutoDefault(False)
        self.more.clicked.connect(self.show_more)
        press_with("Ctrl+M", self.more, self)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.more)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.person.currentIndexChanged.connect(lambda _i: self.reload())
        self.one_day.toggled.connect(lambda _on: self.reload())
        self.day.dateChanged.connect(lambda _d: self.reload() if self.one_day.isChecked() else None)
        self.reload()
        self.person.setFocus()

    # Filters ----------------------------------------------------------------------------

    def chosen_day(self) -> date | None:
        return self.day.date().toPython() if self.one_day.isChecked() else None

    def show_today(self) -> None:
        self.day.setDate(_qdate(self.services.clock().date()))
        self.one_day.setChecked(True)
        self.reload()

    # Showing ----------------------------------------------------------------------------

    def _changed(self, _changes: Changes) -> None:
        """Every change may leave a line in the trail (a visit, a setting, a cashier)."""
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.shown = 0
        self.show_more()

    def show_more(self) -> None:
        """The next page of the current filter, added below what is shown."""
        day = self.chosen_day()
        staff_id = self.person.currentData()
        done = self.ops.run(
            self,
            lambda: self.services.audit.entries(
                staff_id=staff_id, start=day, end=day, offset=self.shown
            ),
            on_error=self.error.setText,
            unexpected=self.tr("Unexpected error: {error}"),
        )
        if done is None:
            return
        entries = done.value
        self.error.clear()
        now = self.services.clock()
        for e in entries:
            QTreeWidgetItem(self.list, self._row(e, now))
        self.shown += len(entries)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.more.setEnabled(len(entries) == PAGE)
        self.status.setText(
            self.tr("{n} entries shown, newest first.").format(n=self.shown)
            if self.shown
            else self.tr("Nothing recorded for this choice.")
        )

    def _row(self, e: AuditEntry, now) -> list[str]:
        local = e.at.astimezone(now.tzinfo)
        when = f"{format_date(local, now)} {format_time(local, now)}"
        return [when, e.person, e.action_text, e.subject, e.details]

    def rows(self) -> list[list[str]]:
        """What the table shows (tests)."""
        return [
            [self.list.topLevelItem(i).text(c) for c in range(5)]
            for i in range(self.list.topLevelItemCount())
        ]


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
