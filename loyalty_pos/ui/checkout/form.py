"""This visit: the amount, the items, the rewards to apply, codes, and Confirm.

Every change re-runs the service's ``preview`` (debounced, ~100 ms) and shows the
result beside the fields: what is earned, each discount, what to charge and the cash
due. A rule that refuses (a reward the member can't afford, a bad amount) shows its
message in red there, and nothing is written.

The form makes one ``request_id`` per checkout and sends it with every confirm, so a
double Enter, a double click or a retry writes the visit once (the service replays
the first result). After a confirmed visit the fields go back to empty and the same
request id stays until the cashier enters something new.

Store credit, points and a gift card pay as much as the bill needs unless the cashier
sets a smaller part with Ctrl+H (``tender_parts.py``); where keys put the cursor is in
``focus.py``. The column never hides the field the cashier is in: the coupon and gift
card fields stay whole under the scrolling part (at the normal text size), what scrolls
follows the focus, and the lists grow by whole rows as far as the height allows.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.checkout import Schemes
from ...domain.coupons import CP_PREFIX
from ...domain.errors import UserError
from ...domain.schemes import Tier
from ...domain.singlecode import strip_code
from ...l10n import message
from ...paths import state_dir
from ...services import Services
from ...services.checkout import CheckoutRequest, CheckoutResult
from ...services.member_extras import MemberExtras
from ...services.offline_checkout import QueuedVisit, confirm_or_queue
from ...services.views import MemberView
from .. import theme
from ..fit_scroll import FitPage, FitScrollArea
from ..formatting import currency_sign
from ..ops import Ops, one_action
from .amount import AmountEdit, format_plain
from .focus import APPLY_KEY, COUPON_KEY, CheckoutFocus
from .items import ItemPicker
from .offers import OffersList, offers_for
from .stamp_rows import StampRow, StampRows, hand_counted
from .tender_parts import PART_KEY, TenderParts
from .totals import TotalsView

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 100


class CheckoutForm(CheckoutFocus, TenderParts, QGroupBox):
    """The counter's checkout for the open member, or for nobody (no card scanned)."""

    recorded = Signal(object)  # CheckoutResult
    failed = Signal(str)  # a message for the banner
    queued = Signal(object)  # QueuedVisit: kept in the till's outbox (offline_checkout)
    extras_changed = Signal(object)  # MemberExtras | None, for the member panel

    def __init__(
        self,
        services: Services,
        currency: str,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This visit"))
        self.services = services
        self.ops = ops or Ops.detached()  # the counter's: a sale reaches the bus
        self.currency = currency
        self.member: MemberView | None = None
        self.extras: MemberExtras | None = None
        self.schemes = Schemes()
        self.request_id = uuid.uuid4().hex
        self._request_used = False
        self._busy = False
        self._updating = False
        self.last_result: CheckoutResult | None = None  # shown until the next entry
        self._last_request: CheckoutRequest | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self.amount = AmountEdit(currency, self)
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText("0")
        currency_label = QLabel(currency_sign(currency), self)
        theme.set_font(currency_label, theme.BASE_PT, bold=True)
        amount_label = QLabel(self.tr("&Amount"), self)
        amount_label.setBuddy(self.amount)
        theme.set_font(amount_label, theme.CARD_TITLE_PT, bold=True)
        amount_row = QHBoxLayout()
        amount_row.addWidget(amount_label)
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(currency_label)

        self.stamp_rows = StampRows(self)

        self.items_label = QLabel(self.tr("Items (digit = how many, + −)"), self)
        self.items_label.setObjectName("hint")
        self.items_label.setWordWrap(True)
        theme.set_font(self.items_label, theme.SMALL_PT)
        self.items = ItemPicker(self)
        self.offers_label = QLabel(
            self.tr("Apply ({apply}; {key}: how much)").format(apply=APPLY_KEY, key=PART_KEY),
            self,
        )
        self.offers_label.setObjectName("hint")
        self.offers_label.setWordWrap(True)
        theme.set_font(self.offers_label, theme.SMALL_PT)
        self.offers = OffersList(self)

        self.coupon = QLineEdit(self)
        self.coupon.setPlaceholderText(self.tr("Coupon ({key})").format(key=COUPON_KEY))
        self.coupon.setAccessibleName(self.tr("Coupon code"))
        self.gift_card = QLineEdit(self)
        self.gift_card.setPlaceholderText(self.tr("Gift card code"))
        self.gift_card.setAccessibleName(self.tr("Gift card code"))
        self.gift_card.setToolTip(
            self.tr("{key}: take only part of the card's balance").format(key=PART_KEY)
        )
        codes = QHBoxLayout()
        codes.addWidget(self.coupon)
        codes.addWidget(self.gift_card)

        self.totals = TotalsView(self)
        self.confirm_button = QPushButton(self.tr("Confirm (Enter)"), self)
        self.confirm_button.setObjectName("primary")
        theme.set_font(self.confirm_button, theme.CARD_TITLE_PT, bold=True)
        self.confirm_button.setProperty("tall", True)  # the style sheet's minimum height
        self.confirm_button.clicked.connect(self.confirm)

        # What the cashier enters scrolls when large text leaves too little height for
        # all of it (the focused field comes into view); the codes, the totals and
        # Confirm stay.
        entries = FitPage(self)  # scrolls only when the lists' least rows don't fit
        fields = QVBoxLayout(entries.body)
        fields.setSpacing(3)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addLayout(amount_row)
        fields.addWidget(self.stamp_rows)
        fields.addWidget(self.items_label)
        fields.addWidget(self.items)
        fields.addWidget(self.offers_label)
        fields.addWidget(self.offers)
        # The codes stay in view under the lists at the normal text size; with larger
        # text the totals need that height, and the codes scroll (into view with the
        # focus) with the rest.
        codes_scroll = theme.text_size() > theme.TEXT_SIZES[0]
        if codes_scroll:
            fields.addLayout(codes)
        self.entries = FitScrollArea(entries, self)
        self.entries.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # The amount stays in view; above that the totals give way (see TotalsView).
        self.entries.setMinimumHeight(self.amount.sizeHint().height() + 8)

        layout = QVBoxLayout(self)
        layout.setSpacing(3)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.entries)
        if not codes_scroll:
            layout.addLayout(codes)
        layout.addWidget(self.totals, 1)
        layout.addWidget(self.confirm_button)

        self.amount.textChanged.connect(self._changed)
        self.coupon.textChanged.connect(self._changed)
        self.gift_card.textChanged.connect(self._changed)
        self.items.changed.connect(self._changed)
        self.offers.changed.connect(self._changed)
        self.offers.bind_coupon_field(self.coupon)
        self._init_parts()
        self.set_member(None, new_visit=True)

    # Building ---------------------------------------------------------------------

    def set_member(
        self, member: MemberView | None, *, new_visit: bool, keep_counts: bool = False
    ) -> None:
        """Show the checkout for ``member`` (None: a checkout without a member).

        ``new_visit`` starts a fresh checkout (new request id); ``keep_counts`` keeps
        what the cashier entered (the member was only re-read). What was typed before
        a card was scanned stays: that customer has just found their card.
        """
        carry = self.member is None and member is not None and self.has_entries()
        keep = keep_counts or carry
        kept_rows = {r.card.program_id: r.items.value() for r in self.rows} if keep else {}
        kept_items = self.items.quantities() if keep else {}
        kept_offers = {(o.kind, o.ref) for o in self._ticked()} if keep_counts else set()
        kept_parts = self.offers.parts() if keep_counts else {}
        kept_usual = self.items.usual() if keep else None
        self._updating = True
        try:
            self.member = member
            self.schemes, self.extras, coupons = self._read_member(member)
            if new_visit and not carry:
                self.forget_parts()
                self.request_id = uuid.uuid4().hex
                self._request_used = False
                self.last_result = None
            if not keep:
                self.amount.clear()
                self.coupon.clear()
                self.gift_card.clear()
            self.stamp_rows.rebuild(hand_counted(member, self.schemes), kept_rows, self._changed)
            self.items.set_items(list(self.schemes.items.values()), self.currency)
            self.items.restore(kept_items, kept_usual)
            offers = (
                offers_for(member, self.schemes, self.extras, self.currency, coupons)
                if member
                else []
            )
            self.offers.set_offers(offers)
            self.offers._tick_coupon(strip_code(self.coupon.text(), CP_PREFIX))
            for kind, ref in kept_offers:
                self.offers.tick(kind, ref)
            for (kind, ref), part in kept_parts.items():
                self.offers.set_part(kind, ref, part, self.currency)
            fresh = new_visit and not carry and member is not None
            usual_id = self.extras.usual_item_id if fresh and self.extras else None
            usual = self.items.prefill_usual(usual_id) if usual_id else None
            if fresh and self.rows and usual is None:  # the usual is the better guess
                self.rows[0].items.setValue(1)
            has_items = self.items.count() > 0
            self.items.setVisible(has_items)
            self.items_label.setVisible(has_items)
            self.offers.setVisible(bool(offers))
            self.offers_label.setVisible(bool(offers))
            earning = member is not None
            self.items.setEnabled(earning)
        finally:
            self._updating = False
        self.extras_changed.emit(self.extras)
        self._update_button()
        self.refresh_preview()

    @property
    def rows(self) -> list[StampRow]:
        """The hand-typed item counts, one per punch card the item list doesn't count."""
        return self.stamp_rows.rows

    def _read_member(self, member: MemberView | None) -> tuple[Schemes, MemberExtras | None, list]:
        """The schemes (cached by the checkout service until one changes), the member's
        extras and coupons: one read through ``ops`` for the three, so a scan pays the
        change-note bookkeeping once. A failure leaves what failed empty (logged by
        ``ops``) rather than keep the counter from opening the member."""
        services = self.services
        coupons = getattr(services, "coupons", None)

        def read() -> tuple[Schemes, MemberExtras | None, list]:
            schemes = services.checkout.schemes()
            if member is None:
                return schemes, None, []
            extras = services.members.extras(member.id)
            return schemes, extras, coupons.member_coupons(member.id) if coupons else []

        read_all = self._load(read, None)
        if read_all is not None:
            return read_all
        # One of them failed: each alone, so that what can be read still shows.
        schemes = self._load(lambda: services.checkout.schemes(), Schemes())
        if member is None:
            return schemes, None, []
        extras = self._load(lambda: services.members.extras(member.id), None)
        held = self._load(lambda: coupons.member_coupons(member.id), []) if coupons else []
        return schemes, extras, held

    def _load(self, read, default):
        """What the checkout shows; a failure (logged by ``ops``) leaves it empty rather
        than keep the counter from opening the member."""
        done = self.ops.run(self, read, on_error=lambda _text: None)
        return default if done is None else done.value

    # What the cashier entered -----------------------------------------------------

    def _ticked(self):
        return self.offers.ticked()

    def has_entries(self) -> bool:
        return bool(
            self.amount.text().strip()
            or self.items.quantities()
            or any(r.items.value() for r in self.rows)
            or self._ticked()
            or self.coupon.text().strip()
            or self.gift_card.text().strip()
            or self._candidate is not None
        )

    def request(self) -> CheckoutRequest:
        """The checkout as entered; UserError for an amount that is not one."""
        amount = self.amount.minor()
        if amount is None:
            amount = self.items.price_total() or 0
        chosen = self.offers.chosen()
        use_credit, use_points, gift_amount = self.tender_amounts(chosen)
        return CheckoutRequest(
            amount=amount,
            items=self.items.quantities() if self.member is not None else {},
            stamp_items=self.stamp_rows.counts(),
            redeem_stamps=chosen.redeem_stamps,
            redeem_rewards=chosen.redeem_rewards,
            use_points=use_points,
            use_credit=use_credit,
            use_passes=chosen.use_passes,
            buy_passes=chosen.buy_passes,
            buy_tier=chosen.buy_tier,
            coupon_code=self.coupon.text().strip() or None,
            gift_card_code=self.gift_card.text().strip() or None,
            gift_amount=gift_amount,
        )

    # Live preview -----------------------------------------------------------------

    def refresh_preview(self) -> str | None:
        """Recompute the totals now (the debounce timer calls this after a change).

        Returns the message shown in red when the checkout can't be confirmed as is.
        """
        self._timer.stop()
        total = self.items.price_total()
        self.amount.setPlaceholderText(format_plain(total, self.currency) if total else "0")
        if not self.has_entries() and self._show_last():
            return None
        if not self.has_entries():
            hint = (
                self.tr("Enter the amount, the items or a reward.")
                if self.member is not None
                else self.tr(
                    "No member: enter an amount for a coupon or gift card, or scan a card."
                )
            )
            self.totals.show_idle(hint, self.currency)
            return None
        said: list[str] = []
        fault = self.tr("Unexpected error: {error}")
        done = self.ops.run(self, self._preview, on_error=said.append, unexpected=fault)
        if done is None:
            self.totals.show_error(said[0])
            return said[0]
        req, plan = done.value
        self.totals.show_plan(
            plan,
            rung_up=req.amount,
            schemes=self.schemes,
            currency=self.currency,
            day=self.services.clock().astimezone().date(),
            tier=self._tier() if self.member is not None else None,
            has_member=self.member is not None,
            passes_used=dict(req.use_passes),
            held=self.held(),
        )
        problem = self.part_problem(plan)
        if problem:
            self.totals.show_error(problem)
        return problem

    def _preview(self) -> tuple[CheckoutRequest, Any]:
        req = self.request()
        return req, self.services.checkout.preview(self.member.id if self.member else None, req)

    def _show_last(self) -> bool:
        """The visit just confirmed stays on screen (cash due!) until the next entry."""
        r = self.last_result
        if r is None or r.plan is None:
            return False
        self.totals.show_plan(
            r.plan,
            rung_up=self._last_request.amount if self._last_request else r.plan.amount,
            schemes=self.schemes,
            currency=self.currency,
            day=self.services.clock().astimezone().date(),
            tier=self._tier(),
            has_member=r.member is not None,
            passes_used=dict(self._last_request.use_passes) if self._last_request else {},
        )
        self.totals.show_confirmed(r.visit_id)
        return True

    def _tier(self) -> Tier | None:
        """The open member's tier, for its discount and multiplier in the totals."""
        if self.extras is None or not self.extras.tier:
            return None
        return next((t for t in self.schemes.tiers if t.name == self.extras.tier), None)

    # Cashier actions --------------------------------------------------------------

    @one_action
    def confirm(self) -> None:
        """Write the checkout once; ignore a confirm while one is being written."""
        if self._busy or not self.confirm_button.isEnabled():
            return
        for row in self.rows:
            row.items.interpretText()  # a typed but not yet committed number counts
        try:
            req = self.request()
        except UserError as err:
            self.totals.show_error(message(err))
            self.failed.emit(message(err))
            return
        problem = self.check_parts(req)
        if problem:  # a part above what is still owed: the cashier decides, not the rules
            self.totals.show_error(problem)
            self.failed.emit(problem)
            return
        self._busy = True
        self.confirm_button.setEnabled(False)
        member_id, request_id = (self.member.id if self.member else None), self.request_id
        try:
            # The bus hears of the sale inside ``run``: the counter re-reads the member.
            done = self.ops.run(
                self,
                lambda: confirm_or_queue(self.services, state_dir(), member_id, req, request_id),
                on_error=self._confirm_failed,
                unexpected=self.tr("Unexpected error, nothing was saved: {error}"),
            )
        finally:
            self._busy = False
            self._update_button()
        if done is None:
            return
        self._request_used = True
        if isinstance(done.value, QueuedVisit):  # the server is away: sent when it is back
            self._clear_entries()
            self.queued.emit(done.value)
            return
        result: CheckoutResult = done.value
        if result.plan is not None and (result.amount or result.discount or result.paid_gift):
            self.last_result, self._last_request = result, req  # money to collect: keep it
        self._clear_entries()
        self.refresh_preview()
        self.recorded.emit(result)

    def _confirm_failed(self, text: str) -> None:
        self.totals.show_error(text)
        self.failed.emit(text)

    @property
    def busy(self) -> bool:
        return self._busy

    # Internals --------------------------------------------------------------------

    def _clear_entries(self) -> None:
        self._updating = True
        self.forget_parts()
        try:
            self.amount.clear()
            self.coupon.clear()
            self.gift_card.clear()
            self.items.reset()
            self.offers.reset()
            for row in self.rows:
                row.items.setValue(0)
        finally:
            self._updating = False
        self._update_button()

    def _update_button(self) -> None:
        self.confirm_button.setEnabled(
            not self._busy and (self.member is not None or self.has_entries())
        )

    def _changed(self, *_args: object) -> None:
        if self._updating:
            return
        if self._request_used:
            self.request_id = uuid.uuid4().hex
            self._request_used = False
        self.last_result = None
        self._update_button()
        self._timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits, lists and spin boxes pass Enter up to here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.confirm()
            return
        super().keyPressEvent(event)
