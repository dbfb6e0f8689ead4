"""F7: refund a visit, in full or in part, with a reason.

Before anything is written the dialog shows, largest, the cash to hand back; then what
goes back to the gift card and the member's store credit (each tender where it came
from, in proportion); then what the refund will take back (points, credit and stamps
the visit earned, in proportion) and give back (rewards and points the visit spent, on
a full refund), and what can't be taken back because the member has already used it.
The dialog calls the service itself so a refusal appears beside the form; one request id
per dialog makes a double Enter safe. A scan here is refused: its digits never become
a visit number or an amount.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
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

from ..domain.ledger import Account, Entry
from ..l10n import translate
from ..services import Services
from ..services.refund_preview import RefundPreview
from ..services.refunding import RefundResult, RefundTenders
from . import theme
from .checkout.amount import AmountEdit
from .formatting import format_money, format_when
from .ops import Ops
from .scan_route import ScanReply, refused
from .theme import Tone

log = logging.getLogger(__name__)
CONTEXT = "RefundDialog"


def quantity(account: Account, n: int, currency: str) -> str:
    """ "12 points", "150 Ft store credit", "3 stamps", "1 reward", "2 pass uses"."""
    loc = QLocale()
    patterns = {
        Account.POINTS: translate(CONTEXT, "{n} points"),
        Account.STAMPS: translate(CONTEXT, "{n} stamps"),
        Account.REWARDS: translate(CONTEXT, "{n} rewards"),
        Account.PASSES: translate(CONTEXT, "{n} pass uses"),
    }
    if account is Account.CREDIT:
        return translate(CONTEXT, "{amount} store credit").format(amount=format_money(n, currency))
    return patterns[account].format(n=loc.toString(n))


def tender_lines(
    tenders: RefundTenders | None, names: Mapping[int, str], currency: str
) -> list[str]:
    """Where the money other than cash goes back: the gift card, store credit, passes."""
    if tenders is None:
        return []
    money = lambda v: format_money(v, currency)  # noqa: E731
    lines = []
    if tenders.gift:
        lines.append(
            translate(CONTEXT, "Back on gift card {code}: {amount}").format(
                code=tenders.gift_code or "—", amount=money(tenders.gift)
            )
        )
    if tenders.gift_as_cash:
        lines.append(
            translate(
                CONTEXT, "Gift card {code} is void or expired: its {amount} is paid in cash."
            ).format(code=tenders.gift_code or "—", amount=money(tenders.gift_as_cash))
        )
    if tenders.credit:
        lines.append(
            translate(CONTEXT, "Back to store credit: {amount}").format(
                amount=money(tenders.credit)
            )
        )
    for pid, n in sorted(tenders.passes.items()):
        lines.append(
            translate(CONTEXT, "Back on the pass: {what}").format(
                what=f"{quantity(Account.PASSES, n, currency)} ({names.get(pid, '?')})"
            )
        )
    for pid, n in sorted(tenders.points.items()):
        lines.append(
            translate(CONTEXT, "Points paid with, back: {what}").format(
                what=f"{quantity(Account.POINTS, n, currency)} ({names.get(pid, '?')})"
            )
        )
    return lines


def loyalty_only(entries: tuple[Entry, ...], tenders: RefundTenders | None) -> list[Entry]:
    """The balance changes less what goes back as a tender (shown on its own line)."""
    back = tenders.returned() if tenders is not None else {}
    out = []
    for e in entries:
        delta = e.delta - back.get((e.program_id, e.account), 0)
        if delta:
            out.append(Entry(e.program_id, e.account, e.kind, delta))
    return out


def cash_text(tenders: RefundTenders | None, amount: int, currency: str) -> str:
    cash = tenders.cash if tenders is not None else amount
    return translate(CONTEXT, "Hand back in cash: {amount}").format(
        amount=format_money(cash, currency)
    )


def effects(
    entries: tuple[Entry, ...] | list[Entry],
    shortfall: Mapping[tuple[int, Account], int],
    names: Mapping[int, str],
    currency: str,
) -> list[str]:
    """Lines: what is taken back, what is given back, what can't be taken back."""
    net: dict[tuple[int, Account], int] = {}
    for e in entries:
        net[(e.program_id, e.account)] = net.get((e.program_id, e.account), 0) + e.delta
    back = [
        f"{quantity(a, -d, currency)} ({names.get(p, '?')})"
        for (p, a), d in sorted(net.items())
        if d < 0
    ]
    given = [
        f"{quantity(a, d, currency)} ({names.get(p, '?')})"
        for (p, a), d in sorted(net.items())
        if d > 0
    ]
    short = [
        f"{quantity(a, n, currency)} ({names.get(p, '?')})"
        for (p, a), n in sorted(shortfall.items())
        if n
    ]
    lines = []
    if back:
        lines.append(translate(CONTEXT, "Takes back: {what}").format(what=", ".join(back)))
    if given:
        lines.append(translate(CONTEXT, "Gives back: {what}").format(what=", ".join(given)))
    if short:
        lines.append(
            translate(CONTEXT, "Already used, can't be taken back: {what}").format(
                what=", ".join(short)
            )
        )
    return lines


class RefundDialog(QDialog):
    """Visit number, amount (empty = all that is left), reason; ``result`` once done.

    The refund goes through ``ops`` (the counter's panel hears of it on the bus);
    ``refunded`` tells the counter what to say and which slip Ctrl+R prints.
    """

    refunded = Signal(object)  # RefundResult

    def __init__(
        self,
        services: Services,
        currency: str,
        visit_id: int | None,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops or Ops.detached()
        self.currency = currency
        self.request_id = uuid.uuid4().hex
        self.result: RefundResult | None = None
        self.preview: RefundPreview | None = None
        self.setWindowTitle(self.tr("Refund a visit"))
        theme.apply(self)
        self.resize(760, 560)

        heading = QLabel(self.tr("Refund a visit"), self)
        theme.set_font(heading, theme.CARD_TITLE_PT, bold=True)
        self.visit = QSpinBox(self)
        self.visit.setRange(1, 2_000_000_000)
        self.visit.setAccessibleName(self.tr("Visit number"))
        if visit_id is not None:
            self.visit.setValue(visit_id)
        self.amount = AmountEdit(currency, self, big=False)
        self.amount.setAccessibleName(self.tr("Amount to refund"))
        self.amount.setPlaceholderText(self.tr("Empty: all that is left"))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Required, e.g. returned, wrong size"))
        form = QFormLayout()
        form.addRow(self.tr("&Visit number"), self.visit)
        form.addRow(self.tr("&Amount"), self.amount)
        form.addRow(self.tr("&Reason *"), self.reason)

        self.about = QLabel(self)
        self.about.setWordWrap(True)
        theme.set_font(self.about, theme.BASE_PT, bold=True)
        self.cash = QLabel(self)
        self.cash.setObjectName("cashDue")
        self.cash.setWordWrap(True)
        theme.set_font(self.cash, theme.NAME_PT, bold=True)
        self.tenders = QLabel(self)
        self.tenders.setWordWrap(True)
        self.tenders.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_font(self.tenders, theme.BANNER_PT, bold=True)
        self.effects = QLabel(self)
        self.effects.setWordWrap(True)
        self.effects.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.refund_button = QPushButton(self.tr("Refund (Enter)"), self)
        self.refund_button.setObjectName("primary")
        self.refund_button.setDefault(True)
        self.refund_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.refund_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(self.cash)
        layout.addWidget(self.tenders)
        layout.addWidget(self.effects)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.visit.valueChanged.connect(self.update_preview)
        self.amount.textChanged.connect(self.update_preview)
        self.reason.textChanged.connect(self._update_button)
        self.update_preview()
        (self.amount if visit_id is not None else self.visit).setFocus()

    def take_scan(self, code: str) -> ScanReply:
        """Refused: nothing is refunded by a scan."""
        return refused(
            self.tr(
                "A scan can't be used here: nothing was refunded. "
                "Type the visit number and the amount, or Esc."
            )
        )

    def update_preview(self) -> None:
        """What the refund would do, recomputed on every change; refusals in red."""
        self.error.hide()
        self.preview = None
        done = self.ops.run(
            self,
            lambda: self.services.checkout.preview_refund(self.visit.value(), self.amount.minor()),
            on_error=self._preview_failed,
        )
        if done is None:
            self._update_button()
            return
        self.preview = p = done.value
        money = lambda v: format_money(v, self.currency)  # noqa: E731
        who = p.member_name or self.tr("no member")
        lines = [
            self.tr("Visit {id} · {when} · {who} · charged {charged}").format(
                id=p.visit_id,
                when=format_when(p.at, self.services.clock()),
                who=who,
                charged=money(p.charged),
            )
        ]
        if p.refunded_before:
            lines.append(
                self.tr("Refunded before: {amount}").format(amount=money(p.refunded_before))
            )
        kind = self.tr("FULL refund") if p.full else self.tr("Partial refund")
        lines.append(self.tr("{kind}: {amount}").format(kind=kind, amount=money(p.amount)))
        self.about.setText("\n".join(lines))
        self.cash.setText(cash_text(p.tenders, p.amount, self.currency))
        self.tenders.setText("\n".join(tender_lines(p.tenders, p.names, self.currency)))
        self.tenders.setVisible(bool(self.tenders.text()))
        said = effects(loyalty_only(p.entries, p.tenders), p.shortfall, p.names, self.currency)
        self.effects.setText("\n".join(said) or self.tr("No points, credit or stamps change."))
        self._update_button()

    def _preview_failed(self, text: str) -> None:
        self._fail(text)
        for label in (self.about, self.cash, self.tenders, self.effects):
            label.setText("")

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _update_button(self) -> None:
        self.refund_button.setEnabled(self.preview is not None and bool(self.reason.text().strip()))

    def submit(self) -> None:
        if self.preview is None:
            return
        if not self.reason.text().strip():
            self._fail(self.tr("Say why the visit is refunded."))
            self.reason.setFocus()
            return
        visit_id, amount, reason = self.preview.visit_id, self.amount.minor(), self.reason.text()
        done = self.ops.run(
            self,
            lambda: self.services.checkout.refund(visit_id, amount, reason, self.request_id),
            on_error=self._fail,
            unexpected=self.tr("Unexpected error, nothing was saved: {error}"),
        )
        if done is None:
            return
        self.result = done.value
        self.refunded.emit(done.value)
        self.accept()

    def tone(self) -> Tone:
        """Orange when something could not be taken back, else green."""
        short = self.result is not None and any(self.result.shortfall.values())
        return Tone.WARNING if short else Tone.SUCCESS

    def outcome(self) -> str:
        """The banner text after the refund: amount, full or partial, any shortfall."""
        r = self.result
        if r is None:
            return ""
        names = self.preview.names if self.preview is not None else {}
        head = (
            self.tr("Visit {id} refunded in full: {amount}.")
            if r.full
            else self.tr("Visit {id}: {amount} refunded.")
        ).format(id=r.visit_id, amount=format_money(r.amount, self.currency))
        money = [
            cash_text(r.tenders, r.amount, self.currency),
            *tender_lines(r.tenders, names, self.currency),
        ]
        short = effects((), r.shortfall, names, self.currency)
        return "\n".join([head, *money, *short])
