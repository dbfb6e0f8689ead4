"""The counter's side of a scan: open the member, take a gift card or a coupon, or say
why not, and never lose the visit in progress to a stray code.

An object beside the counter window (like ``MemberDialogs``; it receives the
``Counter`` API): ``take_scan`` is the counter's answer to ``ScanRouter`` (see
``scan_route.py``), and ``open_code`` also serves a code typed in the search box.

- A code that names nothing for this counter (a product's barcode, a misread card, an
  unknown or blocked card) is refused in the banner; the member on screen, the amount
  and what is ticked stay as they were: the cashier goes on with the same customer.
- The open member's own card again keeps the visit.
- Another member's card opens that member; when the visit on screen has input a new
  visit would lose, a question comes first, and its default (Enter, and Esc) keeps the
  visit. With a queue the cashier presses Enter by reflex: that must never throw away
  an amount typed or money taken, while opening the other member is only one more scan.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import InvalidCode, NotFound, UserError
from ..domain.singlecode import names_single_code
from ..l10n import message
from ..services.members import UnknownCard
from ..services.offline_copy_refresh import server_gone
from ..services.views import MemberView
from . import theme
from .counter_api import Counter
from .formatting import reward_description
from .scan_route import ScanReply, refused, taken

if TYPE_CHECKING:
    from .checkout import CheckoutForm

log = logging.getLogger(__name__)
CONTEXT = "MainWindow"  # the counter window's strings, wherever its code lives


def tr(text: str) -> str:
    """A fixed context: the counter window's, where these strings always were."""
    return QCoreApplication.translate(CONTEXT, text)


def visit_has_input(form: CheckoutForm) -> bool:
    """Whether the checkout holds something the cashier entered that a new visit would
    lose: an amount, items, a ticked reward or offer, a code, a count.

    The "1" a new visit puts on the first card by itself, and the member's usual item
    suggested on the item list, are not input (scanning a second card right after the
    first must not ask); a count typed on top of them is.
    """
    if not form.has_entries():
        return False
    counts = [row.items.value() for row in form.rows]
    only_prefilled = counts[:1] in ([], [0], [1]) and not any(counts[1:])
    return not (
        only_prefilled
        and not form.amount.text().strip()
        and not form.items.chosen()
        and not form.offers.ticked()
        and not form.coupon.text().strip()
        and not form.gift_card.text().strip()
    )


def opened_text(member: MemberView, currency: str, form: CheckoutForm) -> str:
    """ "Opened …", every reward ready on any card, the coupons waiting for the
    member (whom the cashier would otherwise not know to ask: a birthday coupon is
    issued without a slip), and the usual item that Enter rings up."""
    text = tr("Opened {name}.").format(name=member.name)
    ready = [
        reward_description(c, currency)
        if c.rewards_ready == 1
        else tr("{n} × {reward}").format(n=c.rewards_ready, reward=reward_description(c, currency))
        for c in member.cards
        if c.rewards_ready
    ]
    if ready:
        text += " " + tr("Ready: {rewards}.").format(rewards=" · ".join(ready))
    coupons = [o for o in form.offers.offers() if o.kind == "coupon"]
    if coupons:
        text += " " + QCoreApplication.translate(
            CONTEXT, "%n coupon(s) to use: Space on it under Apply.", "", len(coupons)
        )
    usual = form.items.usual()
    if usual is not None:
        text += " " + tr("Usual: {item}.").format(item=usual.name)
    return text


class CounterScan:
    """``take_scan`` and ``open_code`` of the counter window."""

    def __init__(self, counter: Counter) -> None:
        self.counter = counter
        self.visit_question: SwitchQuestion | None = None  # "keep the visit or open the other?"

    def take_scan(self, code: str) -> ScanReply:
        """A scan typed anywhere in the counter window (the ``TakesScans`` protocol)."""
        return self.open_code(code)

    def open_code(self, code: str) -> ScanReply:
        with self.counter.ops.one_action():  # the lookup, the form's read and preview
            return self._open_code(code)

    def _open_code(self, code: str) -> ScanReply:
        """A scanned or typed card code: open its member, or say why not.

        A 13-digit code that is nobody's card may be a gift card or a coupon (so may
        the QR code of one printed, ``GC`` or ``CP`` and the digits): the checkout on
        screen takes it, and the member stays open. Every answer is in the banner.
        """
        c = self.counter

        def look_up() -> MemberView | UserError | Exception:
            try:
                return c.services.members.lookup(code)
            except UserError as err:  # a refused code is an answer here, not a failure
                return err
            except Exception as err:
                if server_gone(err):  # the server away: the offline counter's answer
                    return err
                raise

        broke: list[str] = []
        done = c.ops.run(c.widget(), look_up, on_error=broke.append)
        offline = c.offline.take_over() if done is not None and server_gone(done.value) else None
        if offline is not None:  # the member from the till's copy, or why not
            return offline.open_code(code)
        if done is None:
            # Something broke, not a code refused: whoever stands at the counter now may
            # not be the previous member, so neither Enter nor Confirm may stamp that card.
            c.forget_member()
            c.banner.error(broke[0] if broke else "")
            c.focus_search()
            return refused(c.banner.text(), said=True)
        found = done.value
        if isinstance(found, Exception) and not isinstance(found, UserError):
            c.forget_member()  # the server away and no copy: said in the banner
            c.focus_search()
            return refused(c.banner.text(), said=True)
        if isinstance(found, InvalidCode | NotFound):
            said = c.visit_form.take_code(code) if names_single_code(code) else None
            if said:
                c.banner.info(said)
                return taken(said, said=True)
            if isinstance(found, UnknownCard):
                c.pending_card = found.code
                c.banner.error(message(found), action=(tr("F3: Enroll with this card"), c.enroll))
            else:
                c.show_error(found)
            return self._refused_here()
        if isinstance(found, UserError):  # a blocked or replaced card: the visit stays
            c.show_error(found)
            return self._refused_here()
        return self._open_scanned(found)

    def _refused_here(self) -> ScanReply:
        """Nothing changes; a code typed in the search box is selected for retyping."""
        c = self.counter
        if c.search.hasFocus():
            c.search.selectAll()
        return refused(c.banner.text(), said=True)

    def _open_scanned(self, member: MemberView) -> ScanReply:
        c = self.counter
        current = c.current_member
        busy = current is not None and visit_has_input(c.visit_form)
        if current is not None and busy and current.id == member.id:
            c.clear_search()
            c.show_updated(member, keep_counts=True)  # fresh balances, same visit
            said = tr("{name} is open already: the visit goes on.")
            c.banner.info(said.format(name=member.name))
            return taken(c.banner.text(), said=True)
        if current is not None and busy:
            self._ask_before_switching(current, member)
            return taken("", said=True)
        c.clear_search()
        c.show_member(member)
        c.say_opened(member)
        if member.merged_card:  # a duplicate's card: the member it was merged into opened
            note = tr("Card {code} was a duplicate's, merged into {name}.").format(
                code=member.merged_card, name=member.name
            )
            c.banner.info(f"{note} {c.banner.text()}")
        return taken(c.banner.text(), said=True)

    # The visit in progress ------------------------------------------------------------

    def _ask_before_switching(self, current: MemberView, other: MemberView) -> None:
        """Another member's card while this visit has input: keep it (the default) or
        open the other member and drop it. Window-modal and answered later, so the scan
        that asked returns at once."""
        if self.visit_question is not None and self.visit_question.isVisible():
            return
        box = SwitchQuestion(current.name, other.name, self.counter.widget())
        box.finished.connect(lambda result: self._switch_answered(box, result, current, other))
        self.visit_question = box
        box.open()
        box.keep.setFocus()

    def _switch_answered(
        self, box: SwitchQuestion, result: int, current: MemberView, other: MemberView
    ) -> None:
        self.visit_question = None
        box.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.counter.open_member_id(other.id)
            return
        said = tr("Kept the visit of {name}: confirm it (Enter), then scan the next card.")
        self.counter.banner.info(said.format(name=current.name))


class SwitchQuestion(QDialog):
    """ "The visit of Éva is not confirmed yet. Open Anna and drop it?" Keep (Enter, Esc)
    is the default; opening the other member takes Alt+O or a click. Accepted: open."""

    def __init__(self, current: str, other: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Another member's card"))
        theme.apply(self)
        self.heading = QLabel(
            tr("The visit of {name} is not confirmed yet.").format(name=current), self
        )
        self.heading.setWordWrap(True)
        theme.set_font(self.heading, theme.BANNER_PT, bold=True)
        question = tr("Open {other} and drop that visit (the amount, items and rewards entered)?")
        self.question = QLabel(question.format(other=other), self)
        self.question.setWordWrap(True)
        self.keep = QPushButton(tr("Keep the visit (Enter)"), self)
        self.keep.setObjectName("primary")
        self.keep.setDefault(True)
        self.keep.clicked.connect(self.reject)
        self.switch = QPushButton(tr("&Open {other}, drop the visit").format(other=other), self)
        self.switch.setAutoDefault(False)
        self.switch.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch)
        buttons.addStretch(1)
        buttons.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addSpacing(theme.px(12))
        layout.addLayout(buttons)
        self.setMinimumWidth(theme.px(620))
