"""Where the checkout's keys put the cursor: the first field after a scan, Tab's order,
F5's reward, and the direct keys to the coupon field and the Apply list.

Mixed into ``CheckoutForm`` (as ``tender_parts.py`` is) so the form module stays about
the visit as a whole. Every visit starts where the cashier types most often, and each
field the cashier reaches for is one key away rather than two or three Tabs that depend
on what the member holds:

- after a scan the cursor is on the amount (or, in a shop with punch cards only, on the
  first card's item count, already 1); with an item list the member's usual item is
  pre-filled, so Enter alone rings it up;
- ``COUPON_KEY`` goes to the coupon field, ``APPLY_KEY`` to the Apply list, where a
  digit ticks that line: paying with points or credit is the amount, then three keys.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

from ...services.views import CardProgress
from ..key_map import key_of
from .form_fields import FormFields

# Free at the counter and in its fields on every platform: no counter key, menu or
# line-edit binding uses them (the key map, ``key_map.py``, holds them).
COUPON_KEY = key_of("coupon")
APPLY_KEY = key_of("apply")
CONTEXT = "CheckoutFocus"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CheckoutFocus(FormFields):
    """The cursor's places in the checkout, for ``CheckoutForm``."""

    def money_mode(self) -> bool:
        """True when the shop runs anything that counts money: then the amount comes first."""
        s = self.schemes
        return bool(s.points or s.credit or s.items or s.tiers or s.passes)

    def focus_first(self) -> bool:
        """The amount (or, in a punch-card-only shop, the first item count, selected)."""
        if self.rows and not self.money_mode():
            spin = self.rows[0].items
            spin.setFocus(Qt.FocusReason.OtherFocusReason)
            spin.selectAll()
            return True
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        self.amount.selectAll()
        return True

    def focus_chain(self) -> list[QWidget]:
        """The fields in Tab order, starting where ``focus_first`` puts the cursor."""
        rows = [r.items for r in self.rows]
        fields: list[QWidget] = [self.amount, *rows]
        if rows and not self.money_mode():
            fields = [*rows, self.amount]
        if self.items.isVisibleTo(self):
            fields.append(self.items)
        if self.offers.isVisibleTo(self):
            fields.append(self.offers)
        return [*fields, self.coupon, self.gift_card, self.confirm_button]

    def focus_coupon(self) -> None:
        """``COUPON_KEY``: the coupon field, its text selected (a new code replaces it)."""
        self.coupon.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.coupon.selectAll()

    def focus_apply(self) -> None:
        """``APPLY_KEY``: the Apply list, on its highlighted line; or why there is none."""
        if not self.offers.isVisibleTo(self) or not self.offers.count():
            self.failed.emit(
                tr("Nothing to apply: rewards and payments show under Apply for a member.")
                if self.member is None
                else tr("Nothing to apply for {name}.").format(name=self.member.name)
            )
            return
        if self.offers.currentRow() < 0:
            self.offers.setCurrentRow(0)
        self.offers.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def redeem_first(self) -> CardProgress | None:
        """Tick the first ready punch-card reward; the card it is on, or None. The usual
        item, if only suggested, is taken back: the reward is what the customer takes."""
        if self.member is None:
            return None
        for offer in self.offers.offers():
            if offer.kind == "stamp":
                self.items.drop_usual()
                self.offers.tick("stamp", offer.ref)
                return next(c for c in self.member.cards if c.program_id == offer.ref)
        return None


def set_tab_order(owner: QObject, chain: list[QWidget]) -> None:
    """Tab goes through ``chain`` in order. Set again only when its widgets changed: a
    scan shows the next member in the same widgets, and the order stands."""
    if chain == getattr(owner, "_tab_chain", None):
        return
    owner._tab_chain = chain  # type: ignore[attr-defined]
    for a, b in itertools.pairwise(chain):
        QWidget.setTabOrder(a, b)
