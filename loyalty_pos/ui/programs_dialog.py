"""The owner's screen for punch-card programs: list them, add one, change one.

Validation is the service's (``validate_program``); this dialog only turns the fields
into a ``StampProgram`` and shows the service's answer beside the form. "Never" and
"no limit" are the zero value of their spin boxes, so an optional number needs no
extra check box.

Ctrl+O switches the program picked off (or on again), as on the rewards set-up. A
program is never deleted: visits and ledger rows refer to it. Switched off, it gives
no new stamps, but members keep what they hold on it; the screen says how many hold
rewards ready (still redeemable) and unfinished cards (shown, no longer growing).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.money import minor_digits, to_major, to_minor
from ..domain.programs import MAX_STAMPS_NEEDED, RewardKind, StampProgram
from ..l10n import message
from ..services.programs import ProgramService
from ..services.schemes import Switched
from . import theme

log = logging.getLogger(__name__)
PROGRAM_ROLE = Qt.ItemDataRole.UserRole


class ProgramsDialog(QDialog):
    """List on the left, the chosen (or new) program's fields on the right."""

    changed = Signal()  # a program was added or saved

    def __init__(
        self, programs: ProgramService, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.programs = programs
        self.currency = currency
        self.editing: StampProgram | None = None
        self.setWindowTitle(self.tr("Punch-card programs"))
        theme.apply(self)
        self.resize(1100, 680)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Programs"))
        self.list.currentItemChanged.connect(self._picked)
        new_button = QPushButton(self.tr("New program (Ctrl+N)"), self)
        new_button.setAutoDefault(False)
        new_button.clicked.connect(self.new_program)

        self.name = QLineEdit(self)
        self.stamps_needed = QSpinBox(self)
        self.stamps_needed.setRange(2, MAX_STAMPS_NEEDED)
        self.stamps_needed.setValue(10)
        self.reward_text = QLineEdit(self)
        self.reward_text.setPlaceholderText(self.tr("e.g. Free coffee"))
        self.reward_kind = QComboBox(self)
        self.reward_kind.addItem(self.tr("Free item"), RewardKind.FREE_ITEM)
        self.reward_kind.addItem(self.tr("Fixed discount"), RewardKind.FIXED_DISCOUNT)
        self.reward_kind.addItem(self.tr("Percent discount"), RewardKind.PERCENT_DISCOUNT)
        self.reward_kind.currentIndexChanged.connect(self._kind_changed)
        self.reward_value = QDoubleSpinBox(self)
        self.stamps_per_item = QSpinBox(self)
        self.stamps_per_item.setRange(1, 10)
        self.expiry_days = QSpinBox(self)
        self.expiry_days.setRange(0, 3650)
        self.expiry_days.setSpecialValueText(self.tr("never"))
        self.expiry_days.setSuffix(self.tr(" days"))
        self.per_day_limit = QSpinBox(self)
        self.per_day_limit.setRange(0, 1000)
        self.per_day_limit.setSpecialValueText(self.tr("no limit"))
        self.per_day_limit.setSuffix(self.tr(" stamps"))

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Stamps &needed"), self.stamps_needed)
        form.addRow(self.tr("&Reward"), self.reward_text)
        form.addRow(self.tr("Reward &kind"), self.reward_kind)
        form.addRow(self.tr("Reward &value"), self.reward_value)
        form.addRow(self.tr("Stamps per &item"), self.stamps_per_item)
        form.addRow(self.tr("Stamps e&xpire after"), self.expiry_days)
        form.addRow(self.tr("&Daily limit"), self.per_day_limit)
        self.heading = QLabel(self)
        theme.set_font(self.heading, theme.CARD_TITLE_PT, bold=True)
        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()
        # What switching did and what members keep (not "done": that is QDialog.done()).
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.switch_button = QPushButton(self.tr("Switch off (Ctrl+O)"), self)
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.toggle)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(new_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(form)
        right.addWidget(self.error)
        right.addStretch(1)
        right.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_program)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self.toggle)
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_program()

    # Loading ----------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        try:
            programs = self.programs.list()
        except UserError as err:
            self.show_error(message(err))
            programs = []
        for p in programs:
            text = p.name if p.active else self.tr("{name} (off)").format(name=p.name)
            item = QListWidgetItem(text)
            item.setData(PROGRAM_ROLE, p)
            if not p.active:  # greyed, as on the rewards set-up
                item.setForeground(QBrush(QColor(theme.colours().off_ink)))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
            if p.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.edit(item.data(PROGRAM_ROLE))

    def new_program(self) -> None:
        self.list.clearSelection()
        self.edit(None)
        self.name.setFocus()

    def edit(self, program: StampProgram | None) -> None:
        """Fill the form from ``program``; None starts a new one with common defaults."""
        self.editing = program
        self.error.hide()
        self.notice.hide()
        p = program or StampProgram(0, "", 10, "")
        self._show_state()
        self.name.setText(p.name)
        self.stamps_needed.setValue(p.stamps_needed)
        self.reward_text.setText(p.reward_text)
        self.reward_kind.setCurrentIndex(self.reward_kind.findData(p.reward_kind))
        self._kind_changed()
        if p.reward_kind == RewardKind.FIXED_DISCOUNT:
            self.reward_value.setValue(float(to_major(p.reward_value, self.currency)))
        else:
            self.reward_value.setValue(p.reward_value)
        self.stamps_per_item.setValue(p.stamps_per_item)
        self.expiry_days.setValue(p.expiry_days or 0)
        self.per_day_limit.setValue(p.per_day_limit or 0)

    def _show_state(self) -> None:
        """The heading and the switch button follow the program picked (on or off)."""
        p = self.editing
        if p is None:
            self.heading.setText(self.tr("New program"))
        elif p.active:
            self.heading.setText(self.tr("Edit “{name}”").format(name=p.name))
        else:
            self.heading.setText(self.tr("Edit “{name}” (switched off)").format(name=p.name))
        self.switch_button.setEnabled(p is not None)
        off = p is not None and not p.active
        self.switch_button.setText(
            self.tr("Switch on (Ctrl+O)") if off else self.tr("Switch off (Ctrl+O)")
        )

    def _kind_changed(self, _index: int = 0) -> None:
        kind = self.reward_kind.currentData()
        self.reward_value.setEnabled(kind != RewardKind.FREE_ITEM)
        if kind == RewardKind.FIXED_DISCOUNT:
            self.reward_value.setDecimals(minor_digits(self.currency))
            self.reward_value.setRange(0, 10_000_000)
            self.reward_value.setSuffix(" " + self.currency)
        elif kind == RewardKind.PERCENT_DISCOUNT:
            self.reward_value.setDecimals(0)
            self.reward_value.setRange(0, 100)
            self.reward_value.setSuffix(" %")
        else:
            self.reward_value.setDecimals(0)
            self.reward_value.setSuffix("")
            self.reward_value.setValue(0)

    # Saving -----------------------------------------------------------------------

    def program(self) -> StampProgram:
        """The form as a program; the value in minor units for a fixed discount."""
        kind = RewardKind(self.reward_kind.currentData())
        if kind == RewardKind.FIXED_DISCOUNT:
            digits = minor_digits(self.currency)
            value = to_minor(f"{self.reward_value.value():.{digits}f}", self.currency)
        elif kind == RewardKind.PERCENT_DISCOUNT:
            value = round(self.reward_value.value())
        else:
            value = 0
        return StampProgram(
            id=self.editing.id if self.editing is not None else 0,
            name=self.name.text().strip(),
            stamps_needed=self.stamps_needed.value(),
            reward_text=self.reward_text.text().strip(),
            reward_kind=kind,
            reward_value=value,
            stamps_per_item=self.stamps_per_item.value(),
            expiry_days=self.expiry_days.value() or None,
            per_day_limit=self.per_day_limit.value() or None,
            active=self.editing.active if self.editing is not None else True,
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        self.error.hide()
        self.notice.hide()
        program = self.program()
        try:
            saved = self.programs.add(program) if program.id == 0 else self.programs.update(program)
        except UserError as err:
            self.show_error(message(err))
            return
        except Exception as err:
            log.exception("saving a program failed")
            self.show_error(
                self.tr("Unexpected error, nothing was saved: {error}").format(
                    error=str(err) or type(err).__name__
                )
            )
            return
        self.reload(select_id=saved.id)
        self.edit(saved)
        self.changed.emit()

    # Switching --------------------------------------------------------------------

    def toggle(self) -> None:
        """Ctrl+O: switch the program picked off, or on again. Unsaved edits stay."""
        p = self.editing
        if p is None:
            return
        self.error.hide()
        try:
            said = self.programs.switch(p.id, not p.active)
        except UserError as err:
            self.show_error(message(err))
            return
        except Exception as err:
            log.exception("switching a program failed")
            self.show_error(
                self.tr("Unexpected error, nothing was changed: {error}").format(
                    error=str(err) or type(err).__name__
                )
            )
            return
        self.reload(select_id=p.id)
        self.editing = replace(p, active=said.active)
        self._show_state()
        self.notice.setText(self.switched_text(said))
        self.notice.show()
        self.changed.emit()

    def switched_text(self, s: Switched) -> str:
        """What switching did, and what members keep: ready rewards and unfinished cards."""
        if s.active:
            return self.tr("“{name}” is on again: it gives stamps from the next visit.").format(
                name=s.name
            )
        said = [
            self.tr("“{name}” is switched off: it gives no new stamps from the next visit.").format(
                name=s.name
            )
        ]
        if s.holders:
            said.append(
                self.tr(
                    "Members keep their rewards ready ({held} in all, held by {n}) "
                    "and can still redeem them at the counter."
                ).format(held=s.held, n=s.holders)
            )
        if s.unfinished:
            said.append(
                self.tr(
                    "Unfinished cards ({stamps} stamps in all, held by {n}) stay on the "
                    "members' panels, marked switched off, but get no new stamps."
                ).format(n=s.unfinished, stamps=s.stamps)
            )
        if not (s.holders or s.unfinished):
            said.append(self.tr("No member holds stamps or rewards on it."))
        return " ".join(said)
