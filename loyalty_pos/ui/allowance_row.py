"""One member's own offline allowance, in the owner's "Members' data" (F12 → 8).

A shop on a server only: its tills may lose the server, and the owner may let a trusted
regular spend more offline than the shop's default, or a member never (0). "Back to the
default" clears the member's own amount. Every change goes through ``ops.run``; the
rule and its storage are ``services/offline_allowance.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ..domain.money import minor_digits, to_major, to_minor
from ..domain.offline import MAX_ALLOWANCE
from ..services import Services, offline_allowance
from ..services.offline_allowance import MemberAllowance
from .ops import Ops


def allowance_row(
    services: Services, ops: Ops, on_error: Callable[[str], None], parent: QWidget
) -> MemberAllowanceRow | None:
    """The row on a shop on a server; None on a file (a file is never offline)."""
    if not offline_allowance.on_server(services):
        return None
    return MemberAllowanceRow(services, ops, on_error, parent)


class MemberAllowanceRow(QWidget):
    """A money field, "Set as their own", "Back to the default", and where the amount
    that applies comes from."""

    def __init__(
        self, services: Services, ops: Ops, on_error: Callable[[str], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.on_error = on_error
        self.member_id: int | None = None
        self.currency = services.shop.all()["currency"]
        self.amount = QDoubleSpinBox(self)
        self.amount.setDecimals(minor_digits(self.currency))
        self.amount.setRange(0, float(to_major(MAX_ALLOWANCE, self.currency)))
        self.amount.setSuffix(" " + self.currency)
        self.amount.setGroupSeparatorShown(True)
        self.set_button = QPushButton(self.tr("Set as their own"), self)
        self.set_button.setAutoDefault(False)
        self.set_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Back to the default"), self)
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear)
        self.source = QLabel("", self)
        self.source.setObjectName("hint")
        self.source.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount)
        row.addWidget(self.set_button)
        row.addWidget(self.clear_button)
        row.addWidget(self.source, 1)
        self.setFocusProxy(self.amount)  # the label's Alt+F lands in the field
        self.show_member(None)

    def show_member(self, member_id: int | None) -> None:
        """Show what applies to the member (None: nobody chosen, or erased)."""
        self.member_id = member_id
        found = None
        if member_id is not None:
            read = self.ops.run(
                self,
                lambda: offline_allowance.for_member(self.services, member_id),
                on_error=self.on_error,
            )
            found = None if read is None else read.value
        self._shown(found)

    def _shown(self, found: MemberAllowance | None) -> None:
        for widget in (self.amount, self.set_button, self.clear_button):
            widget.setEnabled(found is not None)
        if found is None:
            self.amount.setValue(0)
            self.source.setText("")
            return
        self.amount.setValue(float(to_major(found.amount, self.currency)))
        self.clear_button.setEnabled(found.own is not None)
        major = float(to_major(found.default, self.currency))  # written as the field writes
        default = self.amount.textFromValue(major) + self.amount.suffix()
        if found.own is not None:
            text = self.tr("Their own amount (the shop's default is {default}).")
        else:
            text = self.tr("The shop's default ({default}), as for every member.")
        self.source.setText(text.format(default=default))

    def _minor(self) -> int:
        digits = minor_digits(self.currency)
        return to_minor(f"{self.amount.value():.{digits}f}", self.currency)

    def save(self) -> None:
        member_id, value = self.member_id, self._minor()
        if member_id is None:
            return
        done = self.ops.run(
            self,
            lambda: offline_allowance.set_for_member(self.services, member_id, value),
            on_error=self.on_error,
        )
        if done is not None:
            self._shown(done.value)

    def clear(self) -> None:
        member_id = self.member_id
        if member_id is None:
            return
        done = self.ops.run(
            self,
            lambda: offline_allowance.clear_for_member(self.services, member_id),
            on_error=self.on_error,
        )
        if done is not None:
            self._shown(done.value)
