"""The main window's Rewards menu: gift cards, coupon offers, balance corrections.

Kept out of ``main_window.py`` like the printing actions: one object, one line there.
Selling or looking up a gift card is a counter action; the others are the owner's and
pass through ``owner_ok`` first (the owner's PIN gate).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from .adjust_dialog import AdjustDialog
from .coupon_offers_dialog import open_coupon_offers
from .gift_cards_dialog import open_gift_cards


class RewardActions(QObject):
    """Ctrl+G gift cards; Ctrl+Shift+O coupon offers; Ctrl+Shift+A correct a balance;
    Ctrl+Shift+U unusual activity today."""

    def __init__(self, window, owner_ok: Callable[[], bool] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.owner_ok = owner_ok or (lambda: True)
        self.dialog = None
        specs = [
            ("Ctrl+G", self.tr("Gift cards: sell or look up…"), self.gift_cards),
            ("Ctrl+Shift+O", self.tr("Coupon offers…"), self.coupon_offers),
            ("Ctrl+Shift+A", self.tr("Correct this member's balance…"), self.adjust),
            ("Ctrl+Shift+U", self.tr("Unusual activity today…"), self.unusual),
        ]
        menu = window.menuBar().addMenu(self.tr("&Rewards"))
        self.actions: dict[str, QAction] = {}
        for key, text, slot in specs:
            action = QAction(text, window)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            window.addAction(action)
            menu.addAction(action)
            self.actions[key] = action

    def gift_cards(self) -> None:
        self.dialog = open_gift_cards(self.window, self.services)

    def coupon_offers(self) -> None:
        if self.owner_ok():
            self.dialog = open_coupon_offers(self.window, self.services)

    def adjust(self) -> None:
        member = self.window.current_member
        if member is None:
            self.window.banner.error(self.tr("Open the member whose balance is wrong first."))
            return
        if not self.owner_ok():
            return
        dialog = AdjustDialog(self.services, member.id, self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._adjusted(dialog))
        dialog.open()

    def _adjusted(self, dialog: AdjustDialog) -> None:
        if dialog.result_view is not None:
            self.window.show_member(dialog.result_view, new_visit=False)

    def unusual(self) -> None:
        if not self.owner_ok():
            return
        rows = self.services.checkout.unusual()
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
