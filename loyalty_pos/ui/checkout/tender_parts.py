"""The checkout form's side of Ctrl+H: pay with part of store credit, points or a gift
card, as the member asks ("use 500 of my credit", "take 2 000 from the gift card").

Mixed into ``CheckoutForm`` (as the checkout service mixes in its rules) so the form
module stays about the visit as a whole. The state is small: a committed part per
offer (kept by the offers list), a committed part for the gift card, and while the
Ctrl+H box is open a *candidate* the totals show live. A part is only ever a smaller
amount than the default ("as much as the bill needs"); one above what is still owed is
refused with a message (see ``parts.py``), and Enter does not confirm the visit then.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ...domain.checkout import CheckoutPlan
from ...domain.errors import InvalidCode, NotFound, UserError
from ...services.checkout import CheckoutRequest
from ..formatting import format_money
from ..key_map import key_of, widget_shortcut
from .form_fields import FormFields
from .offers import Chosen, Offer
from .part_dialog import PartDialog
from .parts import CREDIT, GIFT, POINTS, Held, Tender, TenderKey, over_owed

log = logging.getLogger(__name__)

PART_KEY = key_of("edit_part")  # "how much" (``key_map.py``)
CONTEXT = "TenderParts"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class TenderParts(FormFields):
    """Ctrl+H and the part amounts, and a scanned gift card or coupon code, for
    ``CheckoutForm``."""

    def _init_parts(self) -> None:
        self._candidate: tuple[TenderKey, int | None] | None = None
        self.gift_part: int | None = None  # None: as much as the bill needs
        self.part_dialog: PartDialog | None = None
        self._gift_balances: dict[str, int | None] = {}
        self.part_shortcut = widget_shortcut(self, "edit_part", self.edit_part)
        self.gift_card.textChanged.connect(self._gift_code_changed)

    # What the request and the totals use ----------------------------------------------

    def part_of(self, key: TenderKey) -> int | None:
        """The amount to use of ``key`` now: the one being typed, else the one set."""
        if self._candidate is not None and self._candidate[0] == key:
            return self._candidate[1]
        if key[0] == GIFT:
            return self.gift_part
        return self.offers.part(*key)

    def tender_amounts(self, chosen: Chosen) -> tuple[int, dict[int, int], int | None]:
        """``use_credit``, ``use_points`` and ``gift_amount`` with the part being typed."""
        use_credit, use_points = chosen.use_credit, dict(chosen.use_points)
        gift_amount = self.part_of((GIFT, None))
        if self._candidate is not None:
            (kind, ref), value = self._candidate
            offer = next((o for o in self.offers.offers() if (o.kind, o.ref) == (kind, ref)), None)
            if kind == CREDIT and offer is not None:
                use_credit = offer.amount if value is None else value
            elif kind == POINTS and offer is not None and ref is not None:
                use_points[ref] = offer.amount if value is None else value
        return use_credit, use_points, gift_amount

    def parts_in_use(self) -> dict[TenderKey, int]:
        """Every part set (or being typed) for a tender this checkout uses."""
        parts: dict[TenderKey, int] = dict(self.offers.parts())
        if self.gift_part is not None and self.gift_card.text().strip():
            parts[(GIFT, None)] = self.gift_part
        if self._candidate is not None:
            key, value = self._candidate
            parts.pop(key, None)
            if value is not None:
                parts[key] = value
        return parts

    def part_problem(self, plan: CheckoutPlan) -> str | None:
        """Why a part is more than the bill still needs from its tender, or None."""
        for key, part in self.parts_in_use().items():
            problem = over_owed(key, part, plan, self.schemes, self.currency)
            if problem:
                return problem
        return None

    def check_parts(self, req: CheckoutRequest) -> str | None:
        """Before a confirm: ``part_problem`` on a fresh preview (None if no part is set)."""
        if not self.parts_in_use():
            return None
        try:
            plan = self.services.checkout.preview(self.member.id if self.member else None, req)
        except UserError:
            return None  # the confirm itself says why
        return self.part_problem(plan)

    def held(self) -> Held:
        """Balances before this visit, for "… left" in the totals."""
        extras = self.extras
        return Held(
            credit=extras.credit if extras else 0,
            points={p.program_id: p.points for p in extras.points} if extras else {},
            gift=self.gift_balance(),
        )

    def gift_balance(self) -> int | None:
        """The balance of the gift card in its field (read once per code), or None."""
        code = self.gift_card.text().strip()
        gift_cards = getattr(self.services, "gift_cards", None)
        if not code or gift_cards is None:
            return None
        if code not in self._gift_balances:
            done = self.ops.run(self, lambda: gift_cards.show(code), on_error=lambda _t: None)
            self._gift_balances[code] = done.value.balance if done is not None else None
        return self._gift_balances[code]

    def take_code(self, code: str) -> str | None:
        """A scanned code that is no member card: a gift card, else a coupon.

        Puts it in its field and returns what to tell the cashier, or None when it is
        neither (or those services are not there), so the scan is refused as before.
        """
        said = self.take_gift_card(code)
        if said is not None:
            return said
        coupons = getattr(self.services, "coupons", None)
        if coupons is not None:
            try:
                amount = self.request().amount
            except UserError:
                amount = 0
            try:
                coupons.resolve(code, self.member.id if self.member else None, amount)
            except (InvalidCode, NotFound):
                return None
            except UserError:
                pass  # a coupon, but not for this checkout: the totals say why
            self.coupon.setText(code)
            # The form's context, where this string always was.
            added = QCoreApplication.translate("CheckoutForm", "Coupon {code} added.")
            return added.format(code=code)
        return None

    def take_gift_card(self, code: str) -> str | None:
        """A scanned gift card goes into its field; what to tell the cashier, or None
        when ``code`` is no gift card (or gift cards are not set up)."""
        gift_cards = getattr(self.services, "gift_cards", None)
        if gift_cards is None:
            return None
        try:
            card = gift_cards.show(code)
        except UserError:  # not a gift card (or not one that can be shown)
            return None
        self.gift_card.setText(code)
        self._gift_balances[code] = card.balance
        return tr("Gift card {code}: balance {balance} ({key}: use only part).").format(
            code=code, balance=format_money(card.balance, self.currency), key=PART_KEY
        )

    def forget_parts(self) -> None:
        """A new visit: no part being typed, balances read again."""
        self._candidate = None
        self._gift_balances = {}

    # Ctrl+H -----------------------------------------------------------------------------

    def tender_here(self) -> Tender | None:
        """What Ctrl+H sets: the gift card with the cursor in its field, else the
        highlighted points or credit line, else a ticked one, else the gift card."""
        focus = QApplication.focusWidget()
        has_gift = bool(self.gift_card.text().strip())
        if focus is self.gift_card and has_gift:
            return self._gift_tender()
        current = self.offers.current_offer() if self.offers.isVisible() else None
        if focus is self.offers and current is not None and current.kind in (CREDIT, POINTS):
            return self._offer_tender(current)
        for offer in self.offers.ticked():
            if offer.kind in (CREDIT, POINTS):
                return self._offer_tender(offer)
        if has_gift:
            return self._gift_tender()
        if current is not None and current.kind in (CREDIT, POINTS):
            return self._offer_tender(current)
        return None

    def edit_part(self) -> None:
        """Ctrl+H: open the box that sets how much of a balance pays this bill."""
        if self._busy or (self.part_dialog is not None and self.part_dialog.isVisible()):
            return
        tender = self.tender_here()
        if tender is None:
            self.failed.emit(
                tr(
                    "Ctrl+H sets how much to use: highlight store credit or points under "
                    "Apply, or scan a gift card, first."
                )
            )
            return
        if tender.kind == GIFT and self.gift_balance() is None:
            self.failed.emit(tr("That gift card can't be read: scan it again."))
            return
        if tender.kind == GIFT and tender.held <= 0:
            self.failed.emit(tr("This gift card has nothing left to pay with."))
            return
        back = QApplication.focusWidget()
        dialog = PartDialog(
            tender,
            self.currency,
            self.part_of(tender.key),
            lambda value: self._try_part(tender.key, value),
            self._revert_part,
            self,
        )
        dialog.accepted.connect(lambda: self._commit_part(tender, dialog.value()))
        dialog.finished.connect(lambda _code: self._part_closed(back))
        self.part_dialog = dialog
        dialog.place_over(self.items if self.items.isVisible() else self.amount, self)
        dialog.open()
        dialog.field.setFocus(Qt.FocusReason.OtherFocusReason)

    # Internals ---------------------------------------------------------------------------

    def _offer_tender(self, offer: Offer) -> Tender:
        if offer.kind == POINTS:
            return Tender(POINTS, offer.ref, offer.name, offer.amount, offer.point_value)
        return Tender(CREDIT, None, tr("Store credit"), offer.amount)

    def _gift_tender(self) -> Tender:
        return Tender(GIFT, None, tr("Gift card"), self.gift_balance() or 0)

    def _try_part(self, key: TenderKey, value: int | None) -> str | None:
        """Show the totals with ``value``; if that fails because of it, show them as
        before and return why."""
        self._candidate = (key, value)
        problem = self.refresh_preview()
        if problem is None:
            return None
        self._candidate = None
        if self.refresh_preview() == problem:  # not this amount's doing (a bad amount above)
            self._candidate = (key, value)
            self.refresh_preview()
            return None
        return problem

    def _revert_part(self) -> None:
        self._candidate = None
        self.refresh_preview()

    def _commit_part(self, tender: Tender, value: int | None) -> None:
        self._candidate = None
        if tender.kind == GIFT:
            self.gift_part = value
            self._changed()
        else:
            self.offers.set_part(tender.kind, tender.ref, value, self.currency)
        self.refresh_preview()

    def _part_closed(self, back: QWidget | None) -> None:
        self._candidate = None
        if self.part_dialog is not None:
            self.part_dialog.deleteLater()
            self.part_dialog = None
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.window().activateWindow()
            back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _gift_code_changed(self, _text: str) -> None:
        self.gift_part = None  # a part belongs to the card it was set for
