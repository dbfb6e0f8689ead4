"""The owner's gift card screen: sell a card, or look one up (balance and history).

Two tabs, each driven from the keyboard: Alt+S sells, Alt+L looks up, Enter does what
the open tab is for. Selling asks first: a confirmation shows the value in figures and
in words ("húszezer forint"), and above the owner's limit the owner's PIN follows
(``owner_approval.py``; the service refuses such a sale without it). A sold card's code
is shown large, and Ctrl+P prints the card (the one sold, or the one looked up) in the
shop's card design. Pressing Enter twice sells one card, not two: the same request id is
sent until the amount or the expiry is changed, and Enter on the sale just made shows
that card again without asking.

A scan on either tab looks the gift card up (``take_scan``); a code that is no gift
card is refused and sells nothing: a scanner's digits never become an amount.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import Changes
from ..domain.errors import UserError
from ..domain.giftcards import GiftCard, GiftCardEntry
from ..domain.money import minor_digits, to_minor
from ..l10n import message
from ..printing.faces import gift_card_face
from ..services import Services
from ..services.approvals import Approval, Need
from ..services.giftcards import GiftCardService
from . import theme
from .bus import ChangeBus
from .formatting import format_date, format_money, format_when
from .ops import Ops
from .owner_approval import GiftCardConfirmDialog, ask_owner_approval, gift_card_prompt
from .print_codes_dialog import PrintCodesDialog
from .scan_route import ScanReply, refused, taken

log = logging.getLogger(__name__)
MONEY_MAX = 1_000_000  # major units; the service holds the real limit


class GiftCardsDialog(QDialog):
    """Sell a gift card, or scan/type one to see what it holds."""

    def __init__(
        self,
        gift_cards: GiftCardService,
        currency: str,
        clock,
        parent: QWidget | None = None,
        checkout=None,
        services=None,
        *,
        ops: Ops | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.gift_cards = gift_cards
        self.ops = ops or Ops.detached()
        if bus is not None:  # a sale or a payment elsewhere: the card shown is re-read
            bus.changed.connect(self._changed)
        self.services_for_print = services  # the card design and the paper
        self.services = services  # the owner's limit and approval (None: not asked)
        self.confirm_dialog: GiftCardConfirmDialog | None = None
        self.approval_dialog: QDialog | None = None
        self.checkout = checkout  # sells through a visit, so the sale has a till record
        self.currency = currency
        self.clock = clock
        self.request_id = uuid.uuid4().hex
        self.sold_form: tuple[float, str] | None = None  # the fields of the last sale
        self.sold_card: GiftCard | None = None
        self.shown_card: GiftCard | None = None
        self.print_dialog: PrintCodesDialog | None = None
        self.setWindowTitle(self.tr("Gift cards"))
        theme.apply(self)
        self.resize(1000, 700)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._sell_tab(), self.tr("&Sell a gift card"))
        self.tabs.addTab(self._lookup_tab(), self.tr("&Look up a gift card"))
        self.tabs.currentChanged.connect(self._tab_changed)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_card)
        self._tab_changed(0)

    # Selling ----------------------------------------------------------------------

    def _sell_tab(self) -> QWidget:
        page = QWidget(self)
        self.amount = QDoubleSpinBox(page)
        self.amount.setDecimals(minor_digits(self.currency))
        self.amount.setRange(0, MONEY_MAX)
        self.amount.setSuffix(" " + self.currency)
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.valueChanged.connect(self._form_changed)
        self.expires = QLineEdit(page)
        self.expires.setPlaceholderText(self.tr("YYYY-MM-DD (empty: never expires)"))
        self.expires.setMaxLength(10)
        self.expires.textChanged.connect(self._form_changed)
        self.sell_button = QPushButton(self.tr("Issue the card (Enter)"), page)
        self.sell_button.setObjectName("primary")
        self.sell_button.clicked.connect(self.sell)
        form = QFormLayout()
        form.addRow(self.tr("&Amount"), self.amount)
        form.addRow(self.tr("E&xpires on"), self.expires)
        self.sell_error = self._error_label(page)
        self.sold_caption = QLabel(page)
        self.sold_caption.setObjectName("hint")
        self.sold_code = QLabel(page)
        self.sold_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sold_code.setAccessibleName(self.tr("New gift card code"))
        theme.set_font(self.sold_code, theme.NAME_PT, bold=True)
        self.sold_caption.hide()
        self.sold_code.hide()
        self.sold_print = self._print_button(page)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sell_button)
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addLayout(row)
        box.addWidget(self.sell_error)
        box.addWidget(self.sold_caption)
        box.addWidget(self.sold_code)
        box.addWidget(self.sold_print, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return page

    def _print_button(self, parent: QWidget) -> QPushButton:
        button = QPushButton(self.tr("Print the card… (Ctrl+P)"), parent)
        button.setAutoDefault(False)
        button.clicked.connect(self.print_card)
        button.hide()
        return button

    def _error_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName("inlineError")
        label.setWordWrap(True)
        label.hide()
        return label

    def _form(self) -> tuple[float, str]:
        return self.amount.value(), self.expires.text().strip()

    def _form_changed(self, *_args) -> None:
        """A new amount or expiry is a new sale, with a request id of its own; the same
        fields as the sale just made (Enter pressed again) are that sale."""
        if self._form() != self.sold_form:
            self.request_id = uuid.uuid4().hex
            self.sold_form = None

    def sell(self) -> None:
        """Enter: check the fields, then confirm (and the owner's PIN above the limit)."""
        self.sell_error.hide()
        text = self.expires.text().strip()
        try:
            expires = date.fromisoformat(text) if text else None
        except ValueError:
            self._fail(
                self.sell_error,
                self.tr("“{text}” is not a date (use YYYY-MM-DD).").format(text=text),
            )
            return
        digits = minor_digits(self.currency)
        try:
            amount = to_minor(f"{self.amount.value():.{digits}f}", self.currency)
            if self.sold_card is not None and self._form() == self.sold_form:
                self._issue(amount, expires, None)  # Enter again: that sale, not a new one
                return
            self.gift_cards.check_sale(amount, expires)
            approvals = self.services.approvals if self.services is not None else None
            need = approvals.gift_card_need(amount) if approvals is not None else None
            present = approvals is not None and approvals.owner_present()
        except UserError as err:
            self._fail(self.sell_error, message(err))
            return
        self.confirm_dialog = GiftCardConfirmDialog(
            amount, self.currency, expires, need, present, self
        )
        self.confirm_dialog.accepted.connect(lambda: self._confirmed(amount, expires, need))
        self.confirm_dialog.open()

    def _confirmed(self, amount: int, expires: date | None, need: Need | None) -> None:
        """The sale is confirmed: sell now, or after the owner's PIN."""
        if need is None or self.services is None:
            self._issue(amount, expires, None)
            return
        self.approval_dialog = ask_owner_approval(
            self,
            self.services,
            need,
            gift_card_prompt(need, self.currency),
            lambda approval: self._issue(amount, expires, approval),
        )

    def _sell(self, amount: int, expires: date | None, approval: Approval | None) -> GiftCard:
        if self.checkout is not None:
            _, card = self.checkout.sell_gift_card(
                amount, self.request_id, expires_on=expires, approval=approval
            )
            return card
        return self.gift_cards.issue(
            amount, expires_on=expires, request_id=self.request_id, approval=approval
        )

    def _issue(self, amount: int, expires: date | None, approval: Approval | None) -> None:
        done = self.ops.run(
            self,
            lambda: self._sell(amount, expires, approval),
            on_error=lambda text: self._fail(self.sell_error, text),
            unexpected=self.tr("Unexpected error, nothing was sold: {error}"),
        )
        if done is None:
            return
        card = done.value
        self.sold_caption.setText(
            self.tr("Gift card worth {amount} issued{expiry}. Its code:").format(
                amount=format_money(card.initial_value, self.currency),
                expiry=self.tr(", valid until {date}").format(date=format_date(card.expires_on))
                if card.expires_on
                else "",
            )
        )
        self.sold_form = self._form()
        self.sold_card = card
        self.sold_code.setText(spaced(card.code))
        self.sold_caption.show()
        self.sold_code.show()
        self.sold_print.show()
        self.amount.setFocus()
        self.amount.selectAll()  # the next sale starts by typing its amount

    def _fail(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    # Looking up -------------------------------------------------------------------

    def _lookup_tab(self) -> QWidget:
        page = QWidget(self)
        self.code = QLineEdit(page)
        self.code.setPlaceholderText(self.tr("Scan or type the gift card's code"))
        self.code.setAccessibleName(self.tr("Gift card code"))
        self.lookup_button = QPushButton(self.tr("Look up (Enter)"), page)
        self.lookup_button.setObjectName("primary")
        self.lookup_button.clicked.connect(self.look_up)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("&Code"), page, buddy=self.code))
        row.addWidget(self.code, 1)
        row.addWidget(self.lookup_button)
        self.lookup_error = self._error_label(page)
        self.balance = QLabel(page)
        theme.set_font(self.balance, theme.NAME_PT, bold=True)
        self.details = QLabel(page)
        self.details.setWordWrap(True)
        self.history = QTreeWidget(page)
        theme.touch_rows(self.history)
        self.history.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Amount"), self.tr("Staff"), self.tr("Note")]
        )
        self.history.setRootIsDecorated(False)
        self.history.setAccessibleName(self.tr("History"))
        box = QVBoxLayout(page)
        box.addLayout(row)
        box.addWidget(self.lookup_error)
        box.addWidget(self.balance)
        box.addWidget(self.details)
        self.shown_print = self._print_button(page)
        box.addWidget(self.shown_print, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.history, 1)
        self._clear_card()
        return page

    def _clear_card(self) -> None:
        self.shown_card = None
        self.shown_print.hide()
        self.balance.clear()
        self.details.clear()
        self.history.clear()
        self.history.hide()

    def _changed(self, changes: Changes) -> None:
        """The card on the look-up tab, re-read when gift cards changed (a payment at the
        counter, a sale here, another till): its balance and history stay true."""
        if not changes.touches("gift_cards") or self.shown_card is None:
            return
        code = self.shown_card.code
        done = self.ops.run(
            self,
            lambda: (self.gift_cards.show(code), self.gift_cards.history(code)),
            on_error=lambda text: self._fail(self.lookup_error, text),
        )
        if done is not None:
            self.show_card(*done.value)

    def look_up(self) -> None:
        self.lookup_error.hide()
        self._clear_card()
        try:
            card = self.gift_cards.show(self.code.text())
            history = self.gift_cards.history(card.code)
        except UserError as err:
            self._fail(self.lookup_error, message(err))
            self.code.selectAll()
            return
        self.show_card(card, history)
        self.code.selectAll()

    def take_scan(self, code: str) -> ScanReply:
        """A scanned gift card: the look-up tab shows it, whatever tab was open."""
        try:
            card = self.gift_cards.show(code)
            history = self.gift_cards.history(card.code)
        except UserError as err:
            return refused(message(err))
        self.tabs.setCurrentIndex(1)
        self.code.setText(card.code)
        self.lookup_error.hide()
        self._clear_card()
        self.show_card(card, history)
        self.code.selectAll()
        return taken(
            self.tr("Gift card {code}: {balance} left.").format(
                code=spaced(card.code), balance=format_money(card.balance, self.currency)
            )
        )

    def show_card(self, card: GiftCard, history: list[GiftCardEntry]) -> None:
        self.balance.setText(
            self.tr("{balance} left").format(balance=format_money(card.balance, self.currency))
        )
        parts = [
            self.tr("Card {code}, sold for {amount}").format(
                code=spaced(card.code), amount=format_money(card.initial_value, self.currency)
            )
        ]
        if card.status == "void":
            parts.append(self.tr("VOIDED: cannot be used"))
        elif card.expires_on and card.expires_on < self.clock().date():
            parts.append(self.tr("EXPIRED on {date}").format(date=format_date(card.expires_on)))
        elif card.expires_on:
            parts.append(self.tr("valid until {date}").format(date=format_date(card.expires_on)))
        else:
            parts.append(self.tr("never expires"))
        self.details.setText(" · ".join(parts))
        self.shown_card = card
        self.shown_print.setVisible(card.status == "active")
        now = self.clock()
        for e in history:
            sign = "+" if e.delta > 0 else "−" if e.delta < 0 else ""
            item = QTreeWidgetItem(
                [
                    format_when(e.at, now),
                    self.kind_text(e.kind),
                    sign + format_money(abs(e.delta), self.currency),
                    e.staff,
                    e.note if e.note and not e.note.startswith("request ") else "",
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.history.addTopLevelItem(item)
        for column in range(4):
            self.history.resizeColumnToContents(column)
        self.history.show()

    def kind_text(self, kind: str) -> str:
        return {
            "issue": self.tr("sold"),
            "redeem": self.tr("paid with"),
            "refund": self.tr("refund put back"),
            "void": self.tr("voided"),
            "expire": self.tr("expired"),
            "adjust": self.tr("corrected"),
        }.get(kind, kind)

    # Printing ---------------------------------------------------------------------

    def print_card(self) -> None:
        """Ctrl+P: the card of the open tab (the one just sold, or the one looked up)."""
        card = self.sold_card if self.tabs.currentIndex() == 0 else self.shown_card
        if card is None or self.services_for_print is None:
            return
        if card.status != "active":
            return  # a voided card is not handed out again
        face = gift_card_face(card, self.currency)
        self.print_dialog = PrintCodesDialog(
            self.services_for_print,
            self.tr("Print gift card"),
            self.tr("Gift card {code}: {value}").format(code=spaced(card.code), value=face.value),
            lambda _n: [face],
            self,
            pdf_name=f"gift-card-{card.code}.pdf",
        )
        self.print_dialog.open()

    # Keyboard ---------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        """Enter does what the open tab is for; the focus goes to its first field."""
        selling = index == 0
        self.sell_button.setDefault(selling)
        self.lookup_button.setDefault(not selling)
        (self.amount if selling else self.code).setFocus()
        if selling:
            self.amount.selectAll()


def spaced(code: str) -> str:
    """13 digits in readable groups, as printed under an EAN-13: 2 9012345 678903."""
    return f"{code[:1]} {code[1:7]} {code[7:]}" if len(code) == 13 else code


def open_gift_cards(
    parent: QWidget | None,
    services: Services,
    *,
    ops: Ops | None = None,
    bus: ChangeBus | None = None,
) -> GiftCardsDialog:
    """Open the gift card screen (window-modal) and return it."""
    dialog = GiftCardsDialog(
        services.gift_cards,
        services.shop.all()["currency"],
        services.clock,
        parent,
        checkout=services.checkout,
        services=services,
        ops=ops,
        bus=bus,
    )
    dialog.open()
    return dialog
