"""The offline counter: earning goes on while the shop's server cannot be reached.

Opened instead of the counter when the server cannot be reached at start and the till
has a copy of the members (it synced before), or in its place mid-shift when a scan or
a search meets a server gone away (``offline_switch.py``). A strip across the top says
the server cannot be reached and how old the member list is. A scan (through the one
``ScanFilter``, as at the counter) or a name search finds the member in the copy; the
cashier types the amount paid and presses Enter: the visit is queued in the till's
outbox under a fresh request id (``Outbox.queue``, the same rule as on the command line)
and confirmed as queued. A visit that spends is refused in ``OfflineSpend``'s words,
unless it fits the owner's offline allowance, which ``Outbox.queue`` checks.

Every 15 s the server is asked (``offline_retry.py``); when it answers, the queued
visits are sent, once each (request ids), and the full counter comes back — at once
when nothing is typed here, else when the cashier presses F5 (the amount typed is
never thrown away). Keyboard only: F2 search, Enter queue, Esc next customer.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.cardnumber import looks_like_code
from ..domain.errors import UserError
from ..l10n import message
from ..services import Services
from ..services.checkout import CheckoutRequest
from ..services.offline_checkout import send_waiting
from ..services.offline_copy_refresh import sounds_on, stamp_programs
from ..services.outbox import Outbox
from ..store.outbox import CopiedMember
from . import theme
from .banner import Banner
from .checkout.amount import AmountEdit
from .formatting import currency_sign, format_money
from .offline_member import OfflineMember, synced_text
from .offline_retry import ServerWatch
from .scan_filter import ScanFilter
from .scan_route import ScanReply, ScanRouter, refused, taken
from .search_box import SearchBox
from .sounds import ScanSounds
from .theme import Tone

log = logging.getLogger(__name__)
CONTEXT = "OfflineCounter"
MAX_STAMP_FIELDS = 3  # stamp cards offered offline (the first by id); more do not fit

Reconnect = Callable[[], Services]  # the server answered: the counter's services, connected
Back = Callable[[Services, int], None]  # the full counter again (services, visits sent)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class OfflineCounter(QMainWindow):
    """The till's counter with the server away: lookups from the copy, earning queued."""

    def __init__(
        self,
        outbox: Outbox,
        folder: Path,
        *,
        url: str,
        reconnect: Reconnect,
        on_back: Back,
        currency: str,
        shop: str = "",
        sounds: ScanSounds | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        super().__init__()
        self.outbox = outbox
        self.folder = folder
        self.currency = currency or "HUF"
        self.clock = clock
        self._reconnect = reconnect
        self._on_back = on_back
        self._back: Services | None = None  # the server answered; F5 goes back
        self._closed = False
        self.setWindowTitle(
            tr("Loyalty POS — {shop} — offline").format(shop=shop or tr("the shop"))
        )
        theme.apply(self)
        self.strip = Banner(self)  # stays: the server is away, the list may be old
        self.strip.setAccessibleName("offlineStrip")
        self.banner = Banner(self)  # what the last scan or Enter did
        self.search = SearchBox(self)
        self.results = QListWidget(self)
        theme.set_font(self.results, theme.BANNER_PT)
        self.results.itemActivated.connect(self._chosen)
        self.member = OfflineMember(self)
        self.amount = AmountEdit(self.currency, self)
        self.amount.setAccessibleName(tr("Amount paid"))
        self.credit = AmountEdit(self.currency, self, big=False)
        self.credit.setAccessibleName(tr("Store credit used"))
        self.stamps: dict[int, QLineEdit] = {}  # stamp card → stamps earned (digits)
        for pid, name in stamp_programs(outbox)[:MAX_STAMP_FIELDS]:
            field = QLineEdit(self)
            field.setValidator(QIntValidator(0, 99, field))
            field.setAccessibleName(tr("{card}: stamps earned").format(card=name))
            theme.set_font(field, theme.BANNER_PT, bold=True)
            field.returnPressed.connect(self.confirm)
            self.stamps[pid] = field
        self._build()
        self.search.textEdited.connect(self._search_changed)
        self.search.submitted.connect(self._search_submitted)
        self.search.move_selection.connect(self._step)
        self.amount.returnPressed.connect(self.confirm)
        self.credit.returnPressed.connect(self.confirm)
        self._keys()
        self.sounds = sounds or ScanSounds(lambda: sounds_on(outbox))  # not the server's
        self.scan_router = ScanRouter(self.sounds, self)
        self.scan_filter = ScanFilter(self)
        self.scan_filter.scanned.connect(self.scan_router.route)
        self.scan_filter.install()
        self.watch = ServerWatch(url, self)
        self.watch.answered.connect(self.server_answered)
        self.watch.start()
        self.say_offline()
        self.banner.info(tr("Scan a card, or search by name (F2). Enter queues the visit."))
        self.search.setFocus()

    # Layout -------------------------------------------------------------------------

    def _build(self) -> None:
        left = QVBoxLayout()
        title = QLabel(tr("Find member in the copy (F2)"), self)
        theme.set_font(title, theme.BASE_PT, bold=True)
        title.setWordWrap(True)
        left.addWidget(title)
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        keys = QLabel(
            tr("Enter: queue the visit\nEsc: next customer\nF2: search\nF5: full counter"), self
        )
        theme.set_font(keys, theme.BASE_PT)
        left.addWidget(keys)
        left_host = QWidget(self)
        left_host.setLayout(left)
        left_host.setFixedWidth(min(theme.px(340), 430))  # the member gets the rest

        right = QVBoxLayout()
        scroll = QScrollArea(self)  # a long name or many balances on the largest text
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.member)
        right.addWidget(scroll, 1)
        amount_label = QLabel(tr("Amount paid ({sign})"), self)
        amount_label.setText(amount_label.text().format(sign=currency_sign(self.currency)))
        theme.set_font(amount_label, theme.BANNER_PT, bold=True)
        amount_label.setBuddy(self.amount)
        amount_label.setWordWrap(True)
        credit_label = QLabel(tr("Store credit used"), self)
        theme.set_font(credit_label, theme.BASE_PT)
        credit_label.setBuddy(self.credit)
        credit_label.setWordWrap(True)
        fields = QGridLayout()  # label beside field: the member keeps the height
        fields.addWidget(amount_label, 0, 0)
        fields.addWidget(self.amount, 0, 1)
        row = 1
        for field in self.stamps.values():
            label = QLabel(field.accessibleName(), self)
            theme.set_font(label, theme.BASE_PT)
            label.setWordWrap(True)
            label.setBuddy(field)
            fields.addWidget(label, row, 0)
            fields.addWidget(field, row, 1)
            row += 1
        fields.addWidget(credit_label, row, 0)
        fields.addWidget(self.credit, row, 1)
        fields.setColumnStretch(1, 1)
        right.addLayout(fields)
        body = QHBoxLayout()
        body.addWidget(left_host)
        body.addLayout(right, 1)
        outer = QVBoxLayout()
        outer.setContentsMargins(6, 2, 6, 6)
        outer.setSpacing(4)
        outer.addWidget(self.strip)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        central = QWidget(self)
        central.setLayout(outer)
        self.setCentralWidget(central)
        chain = [self.search, self.results, self.amount, *self.stamps.values(), self.credit]
        for before, after in itertools.pairwise(chain):
            self.setTabOrder(before, after)

    def _keys(self) -> None:
        for key, slot in (
            (Qt.Key.Key_F2, self.focus_search),
            (Qt.Key.Key_Escape, self.next_customer),
            (Qt.Key.Key_F5, self.back_now),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)

    def say_offline(self) -> None:
        when = synced_text(self.outbox.synced_at(), self.clock())
        self.strip.error(
            tr(
                "Offline: the shop's server cannot be reached. Only visits that earn are "
                "taken; they are queued and sent when it is back. The member list is as "
                "of {when} and may be out of date."
            ).format(when=when)
        )
        strip_text = self.strip.findChild(QLabel, "bannerText")
        if strip_text is not None:  # it stays all day: smaller than what just happened
            strip_text.ensurePolished()  # else the style sheet puts the banner's size back
            theme.set_font(strip_text, theme.BASE_PT, bold=True)
            self.strip.updateGeometry()

    # Scans and search ---------------------------------------------------------------

    def take_scan(self, code: str) -> ScanReply:
        """A scan typed anywhere in this window (the ``TakesScans`` protocol)."""
        return self.open_code(code)

    def open_code(self, code: str) -> ScanReply:
        """The member the code names in the copy, or why not; nothing else changes."""
        try:
            found = self.outbox.member_by_code(code)
        except UserError as err:
            self.banner.error(message(err))
            return refused(self.banner.text(), said=True)
        return self.open_member(found)

    def open_member(self, member: CopiedMember) -> ScanReply:
        current = self.member.member
        if current is not None and current.id != member.id and self._typed():
            self.banner.error(
                tr(
                    "The visit of {name} is not queued yet: press Enter to queue it, or "
                    "Esc to drop it, then scan again."
                ).format(name=current.name)
            )
            return refused(self.banner.text(), said=True)
        self.search.clear()
        self.results.clear()
        self.member.show_member(member, self.currency, now=self.clock())
        self.banner.info(
            tr("Opened {name} from the till's copy. Type the amount paid, then Enter.").format(
                name=member.name
            )
        )
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        return taken(self.banner.text(), said=True)

    def search_for(self, text: str) -> None:
        """Put ``text`` in the search box and list its members (the counter's search
        text, when the server went away as it was typed)."""
        self.search.setText(text)
        self._search_changed(text)
        self.focus_search()

    def _search_changed(self, text: str) -> None:
        self.results.clear()
        for m in self.outbox.find(text):
            item = QListWidgetItem(f"{m.name}  ·  {m.card or '—'}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _search_submitted(self, text: str) -> None:
        if not text.strip():
            return
        if looks_like_code(text):
            self.open_code(text.strip())
            return
        self._search_changed(text)
        item = self.results.currentItem()
        if item is None:
            self.banner.error(
                tr("Nobody named “{text}” in the till's copy of the member list.").format(
                    text=text.strip()
                )
            )
            return
        self._chosen(item)

    def _step(self, delta: int) -> None:
        if self.results.count():
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + delta))
            self.results.setCurrentRow(row)

    def _chosen(self, item: QListWidgetItem) -> None:
        found = self.outbox.member(int(item.data(Qt.ItemDataRole.UserRole)))
        if found is not None:
            self.open_member(found)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def next_customer(self) -> None:
        """Esc: nobody open, nothing typed; ready for the next scan."""
        self.member.show_member(None, self.currency, now=self.clock())
        self._clear_visit()
        self.search.clear()
        self.results.clear()
        self.banner.info(tr("Next customer: scan a card or search (F2)."))
        self.focus_search()
        if self._back is not None:
            self.back_now()

    # The visit ------------------------------------------------------------------------

    def _typed(self) -> bool:
        fields = [self.amount, self.credit, *self.stamps.values()]
        return any(f.text().strip() for f in fields)

    def _clear_visit(self) -> None:
        for field in [self.amount, self.credit, *self.stamps.values()]:
            field.clear()

    def confirm(self) -> None:
        """Enter: queue the visit of the member open, or say why not (nothing queued)."""
        m = self.member.member
        if m is None:
            self.banner.error(tr("Open a member first: scan a card or search (F2)."))
            self.focus_search()
            return
        try:
            amount = self.amount.minor() or 0
            credit = self.credit.minor() or 0
        except (UserError, ValueError) as err:
            text = message(err) if isinstance(err, UserError) else str(err)
            self.banner.error(text)
            return
        stamps = {pid: int(f.text()) for pid, f in self.stamps.items() if f.text().strip()}
        stamps = {pid: n for pid, n in stamps.items() if n > 0}
        if amount <= 0 and credit <= 0 and not stamps:
            self.banner.error(tr("Type the amount paid, then press Enter."))
            self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        request = CheckoutRequest(amount=amount, stamp_items=stamps, use_credit=credit)
        try:
            self.outbox.queue(m.id, request, uuid.uuid4().hex, card=m.card)
        except UserError as err:  # a spend offline, over the allowance, a blocked member
            self.banner.error(message(err))
            return
        self._clear_visit()
        self.banner.show_message(
            Tone.SUCCESS,
            tr(
                "Queued: {amount} for {name} ({n} waiting). Its points and stamps are "
                "added when the server is back."
            ).format(
                amount=format_money(amount, self.currency), name=m.name, n=self.outbox.waiting()
            ),
        )
        self.focus_search()
        if self._back is not None:
            self.back_now()

    # The server back ------------------------------------------------------------------

    def server_answered(self, answers: bool) -> None:
        """The probe's answer: connect again and go back (now, or on F5 when the
        cashier is typing a visit)."""
        if not answers or self._closed or self._back is not None:
            return
        try:
            self._back = self._reconnect()
        except Exception as exc:  # answered the probe, not the shop: try again later
            log.info("the server answered, but the shop did not open: %s", exc)
            return
        self.watch.stop()
        if self._typed():
            self.banner.show_message(
                Tone.INFO,
                tr(
                    "The shop's server is back. Queue this visit (Enter) or press F5: "
                    "the full counter opens."
                ),
                action=(tr("F5: Full counter"), self.back_now),
            )
            return
        self.back_now()

    def back_now(self) -> None:
        """F5: send what is queued and open the full counter (once the server is back)."""
        services = self._back
        if services is None or self._closed:
            if not self._closed:
                self.banner.error(tr("The shop's server is still away; trying every 15 s."))
            return
        try:
            sent = send_waiting(services, self.folder)
        except Exception as exc:  # gone again between the probe and now
            log.info("the queued visits were not sent: %s", exc)
            self._back = None
            self.watch.start()
            self.say_offline()
            return
        self._closed = True
        self.watch.stop()
        self.scan_filter.uninstall()
        self.outbox.close()
        self.close()
        self._on_back(services, sent)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watch.stop(wait_s=5)
        self.scan_filter.uninstall()
        if not self._closed:
            self._closed = True
            self.outbox.close()
        super().closeEvent(event)
