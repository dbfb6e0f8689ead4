"""The owner's screen for punch-card programs: list them, add one, change one.

Validation is the service's (``validate_program``); this dialog only turns the fields
into a ``StampProgram`` and shows the service's answer beside the form. "Never" and
"no limit" are the zero value of their spin boxes, so an optional number needs no
extra check box.

Ctrl+O switches the program picked off (or on again), as on the rewards set-up. A
program is never deleted: visits and ledger rows refer to it. Switched off, it gives
no new stamps, but members keep what they hold on it; the screen says how many hold
rewards ready (still redeemable) and unfinished cards (shown, no longer growing).

The list, the buttons and the error path are ``ListFormDialog``'s: saving and switching
run through ``Ops``, and the list follows the change bus.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..domain.money import minor_digits, to_major, to_minor
from ..domain.programs import MAX_STAMPS_NEEDED, RewardKind, StampProgram
from ..services.changes import ChangeTracker
from ..services.programs import ProgramService
from ..services.schemes import Switched
from .list_form import Entry, ListFormDialog, Texts
from .ops import Ops


class ProgramsDialog(ListFormDialog):
    """List on the left, the chosen (or new) program's fields on the right."""

    KIND = "programs"

    def __init__(
        self,
        programs: ProgramService,
        currency: str,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent, ops=ops, changes=ChangeTracker(programs.db))
        self.programs = programs
        self.currency = currency
        self.editing: StampProgram | None = None
        self.setWindowTitle(self.tr("Punch-card programs"))
        self.resize(1100, 680)

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
        # What switching did and what members keep (not "done": that is QDialog.done()).
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        texts = Texts(
            new=self.tr("New program (Ctrl+N)"),
            save=self.tr("Save (Ctrl+S)"),
            close=self.tr("Close (Esc)"),
            switch_off=self.tr("Switch off (Ctrl+O)"),
            switch_on=self.tr("Switch on (Ctrl+O)"),
            list_name=self.tr("Programs"),
        )
        self.build(form, texts, bottom=[self.notice])
        self.start()

    # Loading ----------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        return [
            Entry(
                p.name if p.active else self.tr("{name} (off)").format(name=p.name),
                p,
                p.id,
                off=not p.active,
            )
            for p in self.programs.list()
        ]

    def first_field(self) -> QWidget:
        return self.name

    def new_program(self) -> None:
        self.new_entry()

    def edit(self, program: StampProgram | None) -> None:
        """Fill the form from ``program``; None starts a new one with common defaults."""
        self.editing = program
        self.hide_messages()
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
        self.set_switch(p is not None, off=p is not None and not p.active)

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

    def hide_messages(self) -> None:
        super().hide_messages()
        self.notice.hide()

    def save(self) -> None:
        program = self.program()
        add, update = self.programs.add, self.programs.update
        self.run(lambda: add(program) if program.id == 0 else update(program), self.saved)

    # Switching --------------------------------------------------------------------

    def toggle(self) -> None:
        """Ctrl+O: switch the program picked off, or on again. Unsaved edits stay."""
        p = self.editing
        if p is None:
            return

        def switched(said: Switched) -> None:
            self.reload(select_id=p.id)
            self.editing = replace(p, active=said.active)
            self._show_state()
            self.notice.setText(self.switched_text(said))
            self.notice.show()

        self.run(lambda: self.programs.switch(p.id, not p.active), switched)

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
