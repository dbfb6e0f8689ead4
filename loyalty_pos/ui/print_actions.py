"""Printing at the counter and for the owner, hooked into the main window in one place.

Ctrl+P prints the open member's card, Ctrl+Shift+P chooses cards to print (members,
everyone, blank numbered cards), Ctrl+R prints the loyalty slip of the last visit,
Ctrl+Shift+L replaces the open member's lost card, Ctrl+Shift+D opens the card design.
A "Print" menu lists them all, and the member panel shows the two that concern the
member on screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from ..domain.changes import Changes
from ..domain.errors import UserError
from ..printing.faces import coupon_face
from ..printing.layouts import LayoutKind
from ..printing.slip import (
    Slip,
    paint_slip,
    slip_for_refund,
    slip_for_visit,
    slip_layout,
    write_slip_pdf,
)
from ..services.checkout import CheckoutResult
from ..services.refunding import RefundResult
from . import theme
from .card_design import open_card_design
from .counter_api import Counter
from .key_map import bind_keys
from .owner_gate import require_owner
from .print_cards_dialog import PrintCardsDialog
from .theme import Tone

log = logging.getLogger(__name__)


class PrintActions(QObject):
    """The printing actions of one main window."""

    def __init__(self, window: Counter) -> None:
        super().__init__(window.widget())
        self.window = window
        self.widget = window.widget()  # the parent of its dialogs
        self.services = window.services
        self.last_visit: CheckoutResult | None = None
        self.last_refund: RefundResult | None = None  # set while it is the latest act
        self.dialog: PrintCardsDialog | None = None
        self.design_dialog = None
        window.visit_form.recorded.connect(self._recorded)
        window.bus.changed.connect(self._changed)

        menu = window.menuBar().addMenu(self.tr("&Print"))
        self.actions: dict[str, QAction] = bind_keys(
            self.widget,
            {
                "print_card": self.print_member_card,
                "print_cards": self.print_cards,
                "print_slip": self.print_slip,
                "slip_pdf": self.save_slip_pdf,
                "replace_card": self.replace_card,
                "card_design": self.card_design,
            },
            menu=menu,
        )

        row = getattr(window.panel, "card_actions", None)
        if row is not None:
            for key, text in (
                ("Ctrl+P", self.tr("Print (Ctrl+P)")),
                ("Ctrl+Shift+L", self.tr("&Lost card…")),
            ):
                button = QPushButton(text, window.panel)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                theme.set_font(button, theme.SMALL_PT - 1, bold=True)
                button.setProperty("compact", True)
                button.clicked.connect(self.actions[key].trigger)
                row.addWidget(button)

    # Cards ------------------------------------------------------------------------

    def print_member_card(self) -> None:
        """Ctrl+P: the open member's card, as a single CR80 card by default."""
        member = self.window.current_member
        if member is None:
            self.window.banner.error(self.tr("Open a member first (scan or F2), then Ctrl+P."))
            return
        self._open_dialog(member, LayoutKind.CR80)

    def print_cards(self) -> None:
        """Ctrl+Shift+P: choose members, everyone or blank cards, on a sheet."""
        self._open_dialog(self.window.current_member, LayoutKind.A4)

    def _open_dialog(self, member, kind: LayoutKind) -> None:
        self.dialog = PrintCardsDialog(
            self.services, member, self.widget, layout=kind, ops=self.window.ops
        )
        self.dialog.open()

    def card_design(self) -> None:
        """Ctrl+Shift+D: the card design is the owner's setting, behind the PIN."""
        if not require_owner(self.widget, self.services):
            return
        self.design_dialog = open_card_design(self.widget, self.services)

    # Lost card --------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask yes/no (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.widget)
        # Our own words: Qt has no Vietnamese or Norwegian for its standard buttons.
        yes = box.addButton(self.tr("Yes, new card (Enter)"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("No (Esc)"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(yes)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def replace_card(self) -> None:
        """Ctrl+Shift+L: a new number for the open member; the old card stops working."""
        member = self.window.current_member
        if member is None or not member.card_number:
            self.window.banner.error(self.tr("Open the member whose card was lost first."))
            return
        asked = self.tr(
            "Replace card {card} of {name}? The old card will stop working; "
            "stamps and rewards stay with the member."
        ).format(card=member.card_number, name=member.name)
        if not self.confirm(self.tr("Lost card"), asked):
            return
        card = member.card_number
        done = self.window.ops.run(
            self.widget,
            lambda: self.services.cards.replace(card),
            on_error=self.window.banner.error,
        )
        if done is None:
            return  # the bus has shown the member with the new card
        result = done.value
        self.window.banner.show_message(
            Tone.SUCCESS,
            self.tr("Card {old} is replaced by card {new}.").format(old=result.old, new=result.new),
            action=(self.tr("Ctrl+P: Print the new card"), self.print_member_card),
        )

    # Slip -------------------------------------------------------------------------

    def _recorded(self, result: CheckoutResult) -> None:
        if not result.replayed and result.member is not None:
            self.last_visit = result
            self.last_refund = None

    def _changed(self, changes: Changes) -> None:
        """A restore: the last visit and refund are not in the data any more."""
        if changes.everything and not changes.external:
            self.last_visit = None
            self.last_refund = None

    def refunded(self, result: RefundResult) -> None:
        """After F7: Ctrl+R prints the refund's slip until the next visit."""
        self.last_refund = result

    def slip(self) -> Slip | None:
        if self.last_refund is not None:
            return slip_for_refund(
                self.last_refund,
                self.services.cards.shop_name(),
                self.window.currency,
                self.window.now(),
                self.services.checkout.program_names(),
            )
        if self.last_visit is None:
            self.window.banner.error(self.tr("No visit to print a slip for yet."))
            return None
        return slip_for_visit(
            self.last_visit,
            self.services.cards.shop_name(),
            self.window.currency,
            self.window.now(),
            self.services.checkout.balances_summary(self.last_visit.member.id),
            coupons=self._issued_coupons(),
        )

    def _issued_coupons(self) -> list[tuple[str, str]]:
        """(what it gives, code) of the coupons the last visit issued, for the slip."""
        out = []
        for code in self.last_visit.coupons_issued if self.last_visit else ():
            try:
                c = self.services.coupons.printable(code)
            except UserError:
                continue
            if c.status != "active":  # revoked since (the visit was refunded)
                continue
            face = coupon_face(
                c.code, c.offer, self.window.currency, valid_to=c.valid_to, item_name=c.item_name
            )
            out.append((f"{face.headline}: {face.value}", c.code))
        return out

    def print_slip(self) -> None:
        """Ctrl+R: the slip on the receipt printer (any printer the system knows)."""
        slip = self.slip()
        if slip is None:
            return
        paper = self.services.cards.slip_width().value
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageLayout(slip_layout(slip, paper))
        dialog = QPrintDialog(printer, self.widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            paint_slip(printer, slip, paper)
            self.window.banner.show_message(Tone.SUCCESS, self.tr("Slip printed."))

    def save_slip_pdf(self, path: str | None = None) -> bool:
        slip = self.slip()
        if slip is None:
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self.widget, self.tr("Save slip as PDF"), "slip.pdf", self.tr("PDF (*.pdf)")
            )
        if not path:
            return False
        done = self.window.ops.run(
            self.widget,
            lambda: write_slip_pdf(path, slip, self.services.cards.slip_width().value),
            on_error=self.window.banner.error,
        )
        if done is None:
            return False
        self.window.banner.show_message(Tone.SUCCESS, self.tr("Slip saved as PDF."))
        return True
