"""Correct one of a member's balances by hand, with a reason (owner's action).

The correction is a ledger row like any other, so it shows in the history and the
balance keeps equalling its rows. The service refuses a correction above the owner's
limit unless the owner is at the till, and never lets a balance go below zero.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.ledger import Account
from ..services import Services
from . import theme
from .ops import Ops


class AdjustDialog(QDialog):
    """Pick a balance, enter + or − and a reason; Enter saves."""

    def __init__(
        self,
        services: Services,
        member_id: int,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops or Ops.detached()  # the counter's: the member panel hears of it
        self.member_id = member_id
        self.result_view = None
        self.setWindowTitle(self.tr("Correct a balance"))
        theme.apply(self)
        self.resize(620, 320)
        self.balance = QComboBox(self)
        held = services.checkout.ledger.balances(member_id)
        for name, pid, account in self._balances():
            label = self.tr("{name}: {what} ({held} now)").format(
                name=name, what=self._account_name(account), held=held.get((pid, account), 0)
            )
            self.balance.addItem(label, f"{pid}:{account.value}")
        self.delta = QSpinBox(self)
        self.delta.setRange(-1_000_000, 1_000_000)
        self.delta.setAccessibleName(self.tr("Correction"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason (required), e.g. lost receipt"))
        self.error = QLabel("", self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Balance:"), self.balance)
        form.addRow(self.tr("&Correction (+/−):"), self.delta)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.save = QPushButton(self.tr("Save (Enter)"), self)
        self.save.setObjectName("primary")
        self.save.setDefault(True)
        self.save.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.delta.setFocus()

    def _balances(self) -> list[tuple[str, int, Account]]:
        schemes = self.services.checkout.schemes()
        out = []
        for p in schemes.stamp_programs.values():
            out += [(p.name, p.id, Account.STAMPS), (p.name, p.id, Account.REWARDS)]
        out += [(p.name, p.id, Account.POINTS) for p in schemes.points.values()]
        out += [(p.name, p.id, Account.CREDIT) for p in schemes.credit.values()]
        out += [(p.name, p.id, Account.PASSES) for p in schemes.passes.values()]
        return out

    def _account_name(self, account: Account) -> str:
        return {
            Account.STAMPS: self.tr("stamps"),
            Account.REWARDS: self.tr("rewards ready"),
            Account.POINTS: self.tr("points"),
            Account.CREDIT: self.tr("store credit (minor units)"),
            Account.PASSES: self.tr("uses left"),
        }[account]

    def accept(self) -> None:
        choice = self.balance.currentData()
        if choice is None:
            self.error.setText(self.tr("This shop has no balances to correct."))
            return
        pid_text, account_text = choice.split(":")
        pid, account = int(pid_text), Account(account_text)
        delta, reason = self.delta.value(), self.reason.text()
        done = self.ops.run(
            self,
            lambda: self.services.adjustments.adjust(self.member_id, pid, account, delta, reason),
            on_error=self.error.setText,
        )
        if done is None:
            return
        self.result_view = done.value
        super().accept()
