"""The main window's Rewards menu: gift cards, coupon offers, balance corrections.

Kept out of ``main_window.py`` like the printing actions: one object, one line there.
Selling or looking up a gift card is a counter action; the others are the owner's and
pass through ``owner_ok`` first (the owner's PIN gate).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from .adjust_dialog import AdjustDialog
from .counter_api import Counter
from .coupon_offers_dialog import open_coupon_offers
from .gift_cards_dialog import open_gift_cards
from .key_map import bind_keys


class RewardActions(QObject):
    """Ctrl+G gift cards; Ctrl+Shift+O coupon offers; Ctrl+Shift+A correct a balance;
    Ctrl+Shift+U unusual activity today."""

    def __init__(self, window: Counter, owner_ok: Callable[[], bool] | None = None) -> None:
        super().__init__(window.widget())
        self.counter = window
        self.window = window.widget()
        self.services = window.services
        self.owner_ok = owner_ok or (lambda: True)
        self.dialog = None
        menu = self.window.menuBar().addMenu(self.tr("&Rewards"))
        self.actions: dict[str, QAction] = bind_keys(
            self.window,
            {
                "gift_cards": self.gift_cards,
                "coupon_offers": self.coupon_offers,
                "adjust": self.adjust,
                "unusual": self.unusual,
            },
            menu=menu,
        )

    def gift_cards(self) -> None:
        c = self.counter
        self.dialog = open_gift_cards(self.window, self.services, ops=c.ops, bus=c.bus)

    def coupon_offers(self) -> None:
        if self.owner_ok():
            self.dialog = open_coupon_offers(self.window, self.services, ops=self.counter.ops)

    def adjust(self) -> None:
        """The correction goes through ``ops``: the bus shows the member's new balance."""
        member = self.counter.current_member
        if member is None:
            self.counter.banner.error(self.tr("Open the member whose balance is wrong first."))
            return
        if not self.owner_ok():
            return
        dialog = AdjustDialog(self.services, member.id, self.window, ops=self.counter.ops)
        self.dialog = dialog
        dialog.open()

    def unusual(self) -> None:
        if not self.owner_ok():
            return
        done = self.counter.ops.run(self.window, self.services.checkout.unusual)
        if done is None:
            return
        rows = done.value
        text = "\n".join(
            self.tr("{name}: {n} visits").format(name=name, n=n) for _, name, n in rows
        ) or self.tr("Nothing unusual today.")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Unusual activity"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK (Enter)"))
        self.dialog = box
        box.open()
