"""The counter's two safety steps before a risky act: confirm it, and the owner's PIN.

Selling a gift card (Ctrl+G) always shows ``GiftCardConfirmDialog``: the value in large
figures and in words in the shop's language, so a zero too many is seen before the card
exists. Above the owner's limit, and for a void of an old or big visit (F8), the owner
then types their PIN in the usual ``PinDialog``: ``ask_owner_approval`` opens it and
hands the ``Approval`` on. The decision (does this need the owner?) and the check of
the approval are the services' (``services/approvals.py``); these dialogs only ask.

Both dialogs are window-modal (``open``, not ``exec``) and refuse a scan, so a card
scanned at the wrong moment neither sells nor counts as a wrong PIN.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.approvals import Approval, Need
from . import theme
from .amount_words import amount_in_words
from .formatting import format_date, format_money
from .pin_dialog import NewPinDialog, PinDialog
from .scan_route import ScanReply, refused

CONTEXT = "OwnerApproval"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class GiftCardConfirmDialog(QDialog):
    """Sell this gift card? The figures, the words, the expiry and whether the owner is
    asked next. Enter sells, Esc goes back to the amount."""

    def __init__(
        self,
        amount: int,
        currency: str,
        expires_on: date | None,
        need: Need | None,
        owner_present: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sell this gift card?"))
        theme.apply(self)
        intro = QLabel(self.tr("A gift card worth"), self)
        self.figures = QLabel(format_money(amount, currency), self)
        self.figures.setObjectName("giftCardFigures")
        theme.set_font(self.figures, theme.NAME_PT, bold=True)
        self.words = QLabel(amount_in_words(amount, currency), self)
        self.words.setObjectName("giftCardWords")
        self.words.setWordWrap(True)
        theme.set_font(self.words, theme.BANNER_PT, bold=True)
        self.expiry = QLabel(
            self.tr("valid until {date}").format(date=format_date(expires_on))
            if expires_on
            else self.tr("never expires"),
            self,
        )
        self.owner_note = QLabel(self._owner_text(need, owner_present, currency), self)
        self.owner_note.setObjectName("hint")
        self.owner_note.setWordWrap(True)
        self.owner_note.setVisible(need is not None)
        self.sell_button = QPushButton(self.tr("Sell (Enter)"), self)
        self.sell_button.setObjectName("primary")
        self.sell_button.setDefault(True)
        self.sell_button.clicked.connect(self.accept)
        back = QPushButton(self.tr("Back (Esc)"), self)
        back.setAutoDefault(False)
        back.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(back)
        buttons.addWidget(self.sell_button)
        layout = QVBoxLayout(self)
        for widget in (intro, self.figures, self.words, self.expiry, self.owner_note):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.sell_button.setFocus()

    def _owner_text(self, need: Need | None, owner_present: bool, currency: str) -> str:
        if need is None:
            return ""
        limit = format_money(need.limit, currency)
        if owner_present:
            return self.tr("Above the owner's limit of {limit}: approved by the owner.").format(
                limit=limit
            )
        return self.tr("Above the owner's limit of {limit}: the owner's PIN comes next.").format(
            limit=limit
        )

    def take_scan(self, code: str) -> ScanReply:
        """Refused: a scan never sells a card."""
        return refused(
            self.tr("A scan can't be used here: nothing was sold. Enter sells, Esc goes back.")
        )


def gift_card_prompt(need: Need, currency: str) -> str:
    """What the owner reads above the PIN field when a big gift card is sold."""
    return tr("Gift card of {amount} ({words}), above the limit of {limit}. Owner's PIN:").format(
        amount=format_money(need.act.amount, currency),
        words=amount_in_words(need.act.amount, currency),
        limit=format_money(need.limit, currency),
    )


def void_reason(need: Need, currency: str) -> str:
    """Why a void needs the owner, in a few words."""
    reasons = []
    if need.earlier_day and need.visit_at is not None:
        reasons.append(
            tr("the visit is from {date}, an earlier day").format(date=format_date(need.visit_at))
        )
    if need.over_limit:
        reasons.append(
            tr("it charged {amount}, above the owner's limit of {limit}").format(
                amount=format_money(need.act.amount, currency),
                limit=format_money(need.limit, currency),
            )
        )
    return "; ".join(reasons)


def void_prompt(need: Need, currency: str) -> str:
    """What the owner reads above the PIN field when an old or big visit is voided."""
    return tr("Void visit {visit}: {why}. Owner's PIN:").format(
        visit=need.act.visit_id, why=void_reason(need, currency)
    )


def ask_owner_approval(
    parent: QWidget | None,
    services: Services,
    need: Need,
    prompt: str,
    approved: Callable[[Approval | None], None],
) -> QDialog | None:
    """Get the owner's approval of ``need``, then call ``approved``.

    With an owner at the till or an owner session open, ``approved(None)`` is called at
    once (the service sees the owner itself) and None is returned. Otherwise the PIN
    prompt is opened (window-modal) and returned; a right PIN calls
    ``approved(approval)``, a wrong one stays in the prompt and counts as a failed try,
    Esc calls nothing. A shop whose owner has no PIN yet asks the owner to choose one,
    as the owner's screens do the first time.
    """
    approvals, staff = services.approvals, services.staff
    if approvals.owner_present():
        approved(None)
        return None
    owners = staff.owners()
    granted: list[Approval] = []
    if owners and staff.owner_pin_missing():
        owner = owners[0]

        def save(pin: str) -> None:
            staff.set_pin(owner.id, pin)
            granted.append(approvals.grant(owner.id, pin, need.act))

        choose = tr(
            "{name}, choose an owner's PIN of 6 to 8 digits (cashiers must not know it)."
        ).format(name=owner.name)
        dialog: QDialog = NewPinDialog(tr("Owner approval"), f"{prompt}\n{choose}", save, parent)
    else:
        current = staff.actor.staff_id
        ordered = sorted(owners, key=lambda o: o.id != current)
        dialog = PinDialog(
            tr("Owner approval"),
            prompt,
            [(o.id, o.name) for o in ordered],
            lambda staff_id, pin: granted.append(approvals.grant(staff_id, pin, need.act)),
            parent,
        )
    dialog.accepted.connect(lambda: approved(granted[-1]) if granted else None)
    dialog.open()
    return dialog
