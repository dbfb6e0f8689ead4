"""The counter: scan or search, see the member, ring up the visit, confirm.

The window wires widgets to services and shows results; it holds no rules. Every slot
that calls a service catches ``UserError`` (shown translated in the banner) and any
other exception (logged, shown as an unexpected error), so nothing reaches the cashier
as a crash.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenuBar,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.cardnumber import looks_like_code
from ..domain.errors import UserError
from ..domain.singlecode import names_single_code
from ..l10n import message
from ..services import Services
from ..services.checkout import CheckoutResult
from ..services.startup import StartupReport
from ..services.views import MemberView
from . import comfort, theme
from .banner import Banner
from .checkout import CheckoutForm
from .checkout.focus import APPLY_KEY, COUPON_KEY
from .checkout.outcome import describe_checkout
from .counter_scan import CounterScan
from .enroll_dialog import EnrollDialog
from .formatting import reward_description
from .member_dialogs import MemberDialogs
from .member_panel import MemberPanel
from .owner_actions import OwnerActions
from .owner_gate import require_owner
from .print_actions import PrintActions
from .programs_dialog import ProgramsDialog
from .refund_dialog import RefundDialog
from .reward_actions import RewardActions
from .scan_filter import ScanFilter
from .scan_route import ScanRouter
from .search_box import SearchBox
from .search_results import SearchResults
from .setup import open_rewards_setup
from .shortcut_bar import ShortcutBar
from .sounds import ScanSounds
from .startup_jobs import StartupJobs, describe_report
from .theme import Tone
from .void_dialog import VoidDialog
from .window_fit import NORMAL_SIZE, DialogWatch, TopRow

log = logging.getLogger(__name__)


class MainWindow(CounterScan, MemberDialogs, QMainWindow):
    """The cashier's counter screen."""

    member_shown = Signal(int)  # emitted after the panel shows a member (member id)
    visit_confirmed = Signal(int)  # emitted after a checkout is written (visit id)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.current_member: MemberView | None = None
        self.currency = self._setting("currency", "HUF")
        self._pending_card: str | None = None  # an unknown card just scanned, for F3
        self.enroll_dialog: EnrollDialog | None = None
        self.void_dialog: VoidDialog | None = None
        self.approval_dialog = None  # the owner's PIN for a void that needs it (F8)
        self.programs_dialog: ProgramsDialog | None = None
        self.refund_dialog: RefundDialog | None = None
        self.setup_dialog = None

        self.setWindowTitle(
            self.tr("Loyalty POS — {shop}").format(shop=self._setting("shop_name", ""))
        )
        comfort.load(services)  # the shop's text size and colours
        theme.apply(self)
        self.resize(NORMAL_SIZE)  # when not maximized (app.py shows it maximized)
        self.top_row = TopRow(self)  # the menus and the status line in one row

        self.banner = Banner(self)
        self.search = SearchBox(self)
        self.results = SearchResults(self)
        self.visit_form = CheckoutForm(services, self.currency, self)
        self.panel = MemberPanel(self.visit_form, self)
        self.shortcuts = ShortcutBar(self, columns=2)
        self._build_layout()
        self._build_actions()
        self.owner_actions = OwnerActions(self)  # F7 feedback, F10-F12 owner, F11 cashier
        margins = self._left_host.layout().contentsMargins()
        self._left_host.setFixedWidth(  # every key's label whole, at any text size
            min(
                theme.px(310),
                max(310, self.shortcuts.needed_width() + margins.left() + margins.right()),
            )
        )

        self.search.textEdited.connect(self._search_changed)
        self.search.submitted.connect(self._search_submitted)
        self.search.move_selection.connect(self.results.step)
        self.results.chosen.connect(self.open_member_id)
        self.visit_form.recorded.connect(self._visit_recorded)
        self.visit_form.failed.connect(self.banner.error)
        self.visit_form.extras_changed.connect(self.panel.set_extras)
        self.panel.refund_button.clicked.connect(self.refund_visit)
        self.panel.void_requested.connect(self.void_visit)
        self.panel.save_notes_requested.connect(self.save_notes)

        # A scan in any window of the app, dialogs included, goes to the router, which
        # asks that window what it does with a code (here: ``CounterScan.take_scan``).
        self.sounds = ScanSounds(services.display.scan_sounds)
        self.scan_router = ScanRouter(self.sounds, self)
        self.scan_filter = ScanFilter(self)
        self.scan_filter.scanned.connect(self.scan_router.route)
        self.scan_filter.install()
        self.startup_jobs = StartupJobs(services, self)
        self.startup_jobs.finished.connect(self._startup_finished)
        self.printing = PrintActions(self)  # Ctrl+P cards, Ctrl+R slip, lost card, design
        self.rewards = RewardActions(self, lambda: require_owner(self, self.services))
        self.comfort = comfort.ComfortActions(self)  # Ctrl+Plus, Ctrl+Minus, Ctrl+0
        self.dialog_watch = DialogWatch(self)  # dialogs fit; the keys come back after

        self.visit_form.set_member(None, new_visit=True)
        self.panel.show_member(None, self.now(), self.currency)
        self.banner.info(self.tr("Ready. Scan a card, or search by name or phone (F2)."))
        self.search.setFocus()

    # Layout -----------------------------------------------------------------------

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        title = QLabel(self.tr("Find member (F2)"), self)
        theme.set_font(title, theme.BASE_PT, bold=True)
        left.addWidget(title)
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        self.results.setMinimumHeight(theme.TOUCH_PX + 8)  # a row, and more when there is room
        left.addWidget(self.shortcuts)
        left_host = QWidget(self)
        left_host.setLayout(left)
        left_host.setFixedWidth(theme.px(310))
        self._left_host = left_host

        body = QHBoxLayout()
        body.addWidget(left_host)
        body.addWidget(self.panel, 1)
        outer = QVBoxLayout()
        outer.setContentsMargins(6, 2, 6, 2)  # the height goes to the member and checkout
        outer.setSpacing(3)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        central = QWidget(self)
        central.setLayout(outer)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        specs: list[tuple[str, str, Callable[[], None], bool, str]] = [
            ("F2", self.tr("Search"), self.focus_search, True, self.tr("Search")),
            ("F3", self.tr("Enroll"), self.enroll, True, self.tr("Enroll")),
            ("F4", self.tr("Edit member…"), self.edit_member, True, self.tr("Edit")),
            ("F5", self.tr("Redeem reward"), self.redeem, True, self.tr("Redeem")),
            ("Enter", self.tr("Confirm visit"), self.visit_form.confirm, False, self.tr("OK")),
            ("F7", self.tr("Refund…"), self.refund_visit, True, self.tr("Refund")),
            ("F8", self.tr("Void visit…"), self.void_visit, True, self.tr("Void")),
            ("Esc", self.tr("Next customer"), self.next_customer, True, self.tr("Next")),
            ("Ctrl+S", self.tr("Save notes"), self.save_notes, True, self.tr("Notes")),
            ("F9", self.tr("Programs…"), self.open_programs, True, self.tr("Cards")),
            ("Shift+F9", self.tr("Rewards set-up…"), self.open_setup, True, self.tr("Rewards")),
        ]
        # Enter is not a window shortcut: the visit form handles it where it applies.
        self.actions_by_key: dict[str, QAction] = {
            key: self.shortcuts.bind(self, key, text, slot, shortcut=bind, short=short)
            for key, text, slot, bind, short in specs
        }
        # Straight to the coupon field and the Apply list: their labels name the keys.
        for key, text, slot in (
            (COUPON_KEY, self.tr("Coupon code"), self.visit_form.focus_coupon),
            (APPLY_KEY, self.tr("Apply"), self.visit_form.focus_apply),
        ):
            self.actions_by_key[key] = self.shortcuts.bind(self, key, text, slot, button=False)

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [self.search, self.results, *self.visit_form.focus_chain()]
        chain += [self.panel.visits, self.panel.notes]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    # Helpers ----------------------------------------------------------------------

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Always the "MainWindow" context: with the mixins first in the bases, PySide
        would otherwise sometimes ask for a mixin's context."""
        return QCoreApplication.translate("MainWindow", text, disambiguation, n)

    def menuBar(self) -> QMenuBar:
        """The menus, at the left of the top row (``window_fit.TopRow``)."""
        return self.top_row.menu_bar

    def statusBar(self) -> QStatusBar:
        """The status line, beside the menus in the top row."""
        return self.top_row.status_bar

    def now(self) -> datetime:
        """The services' clock, so the screen and the ledger agree on "today"."""
        return self.services.clock()

    def _setting(self, key: str, default: str) -> str:
        try:
            return self.services.settings.get(key) or default
        except Exception:
            log.exception("reading setting %s", key)
            return default

    def show_error(self, err: BaseException) -> None:
        """Any failure, as a red banner; unexpected ones are logged with a traceback."""
        if isinstance(err, UserError):
            self.banner.error(message(err))
        else:
            log.error("unexpected error at the counter", exc_info=err)
            self.banner.error(
                self.tr("Unexpected error: {error}").format(error=str(err) or type(err).__name__)
            )

    # Opening members --------------------------------------------------------------

    def show_member(self, member: MemberView, *, new_visit: bool = True) -> None:
        """Fill the panel; a new visit pre-fills one item and puts the cursor there."""
        same = self.current_member is not None and self.current_member.id == member.id
        if self._keep_edited_notes() and same:
            try:
                member = self.services.members.view(member.id)  # with the notes just kept
            except Exception:
                log.exception("re-reading member %s", member.id)
        self.current_member = member
        self._pending_card = None
        self.visit_form.set_member(member, new_visit=new_visit)
        self.panel.show_member(member, self.now(), self.currency)
        self._update_tab_order()
        if not (new_visit and self.visit_form.focus_first()):
            self.focus_search()
        self.member_shown.emit(member.id)

    def open_member_id(self, member_id: int) -> None:
        try:
            member = self.services.members.open(member_id)
        except Exception as err:
            self.show_error(err)
            return
        self._clear_search()
        self.show_member(member)
        self._say_opened(member)

    def _say_opened(self, member: MemberView) -> None:
        """ "Opened …", every reward ready on any card, the coupons waiting for the
        member (whom the cashier would otherwise not know to ask: a birthday coupon is
        issued without a slip), and the usual item that Enter rings up."""
        text = self.tr("Opened {name}.").format(name=member.name)
        ready = [
            reward_description(c, self.currency)
            if c.rewards_ready == 1
            else self.tr("{n} × {reward}").format(
                n=c.rewards_ready, reward=reward_description(c, self.currency)
            )
            for c in member.cards
            if c.rewards_ready
        ]
        if ready:
            text += " " + self.tr("Ready: {rewards}.").format(rewards=" · ".join(ready))
        coupons = [o for o in self.visit_form.offers.offers() if o.kind == "coupon"]
        if coupons:
            text += " " + self.tr("%n coupon(s) to use: Space on it under Apply.", "", len(coupons))
        usual = self.visit_form.items.usual()
        if usual is not None:
            text += " " + self.tr("Usual: {item}.").format(item=usual.name)
        self.banner.info(text)

    def _refresh_member(self) -> None:
        """Re-read the open member (after programs or notes change), keeping the form."""
        if self.current_member is None:
            return
        try:
            member = self.services.members.view(self.current_member.id)
        except Exception as err:
            self.show_error(err)
            return
        self._show_updated(member, keep_counts=True)

    def _show_updated(self, member: MemberView, *, keep_counts: bool) -> None:
        """The same member after a change: same visit, same hint, fresh balances."""
        self.current_member = member
        self.visit_form.set_member(member, new_visit=False, keep_counts=keep_counts)
        self.panel.show_member(member, self.now(), self.currency, keep_hint=True)
        self._update_tab_order()
        self.member_shown.emit(member.id)

    # Search -----------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        if not text.strip():
            self.results.show_hits([])
            return
        try:
            self.results.show_hits(self.services.members.search(text))
        except Exception as err:
            self.show_error(err)

    def _search_submitted(self, text: str) -> None:
        if not text.strip():
            return
        if looks_like_code(text) or names_single_code(text):
            self.open_code(text)
            return
        member_id = self.results.current_member_id()
        if member_id is not None:
            self.open_member_id(member_id)
            return
        self.banner.error(
            self.tr("Nobody found for “{text}”.").format(text=text.strip()),
            action=(self.tr("F3: Enroll new member"), self.enroll),
        )

    def _clear_search(self) -> None:
        self.search.clear()
        self.results.show_hits([])

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _keep_edited_notes(self) -> bool:
        """Notes typed for the member on screen are saved before another one opens:
        scanning the next customer must not silently throw a cashier's note away.
        Returns True when it saved something."""
        m = self.current_member
        if m is None or self.panel.notes.toPlainText().strip() == m.notes:
            return False
        try:
            self.services.members.update_notes(m.id, self.panel.notes.toPlainText())
        except Exception:
            log.exception("keeping the notes of member %s", m.id)
            return False
        return True

    def _forget_member(self) -> None:
        self._keep_edited_notes()
        self.current_member = None
        self._pending_card = None
        self.visit_form.set_member(None, new_visit=True)
        self.panel.show_member(None, self.now(), self.currency)

    def show_restored_data(self) -> None:
        """A backup replaced the data: forget the member on screen without saving its
        notes into the restored data, and re-read what the window keeps from the file
        (shop name, currency; the checkout re-reads items, rewards and tiers)."""
        self.current_member = None
        self._pending_card = None
        self.currency = self._setting("currency", "HUF")
        shop = self._setting("shop_name", "")
        self.setWindowTitle(self.tr("Loyalty POS — {shop}").format(shop=shop))
        self._clear_search()
        self.visit_form.set_member(None, new_visit=True)
        self.panel.show_member(None, self.now(), self.currency)
        self.focus_search()

    def next_customer(self) -> None:
        """Esc: forget the member and the search; ready for the next scan."""
        self._forget_member()
        self._clear_search()
        self.banner.info(self.tr("Next customer: scan a card or search (F2)."))
        self.focus_search()

    # Visit ------------------------------------------------------------------------

    def _visit_recorded(self, result: CheckoutResult) -> None:
        tier_before = self.panel.extras.tier if self.panel.extras is not None else None
        said = describe_checkout(result, self.currency, self.visit_form.schemes, tier_before)
        self.banner.show_message(said.tone, said.text)
        if result.member is not None:
            self._show_updated(result.member, keep_counts=False)  # counts back to zero
        self.focus_search()
        if not result.replayed:
            self.visit_confirmed.emit(result.visit_id)

    def redeem(self) -> None:
        """F5: mark the first ready reward; the banner says what to hand over."""
        if self.current_member is None:
            self.banner.error(self.tr("Open a member first (scan or F2)."))
            return
        card = self.visit_form.redeem_first()
        if card is None:
            self.banner.error(
                self.tr("No reward is ready for {name}.").format(name=self.current_member.name)
            )
            return
        self.banner.show_message(
            Tone.REWARD,
            self.tr("Redeem: {reward}. Press Enter to confirm.").format(
                reward=reward_description(card, self.currency)
            ),
        )
        self.visit_form.focus_first()

    def save_notes(self) -> None:
        m = self.current_member
        if m is None:
            return
        try:
            self.services.members.update_notes(m.id, self.panel.notes.toPlainText())
        except Exception as err:
            self.show_error(err)
            return
        self.banner.show_message(Tone.SUCCESS, self.tr("Notes saved."))
        self._refresh_member()

    # Owner's set-up screens -----------------------------------------------------

    def open_setup(self) -> None:
        """Shift+F9: the owner's points, credit, passes, tiers, items and rules."""
        if not require_owner(self, self.services):
            return
        self.setup_dialog = open_rewards_setup(self, self.services)
        self.setup_dialog.finished.connect(self._programs_closed)

    def open_programs(self) -> None:
        """F9: the owner's programs screen, behind the owner's PIN."""
        if not require_owner(self, self.services):
            return
        self.programs_dialog = ProgramsDialog(self.services.programs, self.currency, self)
        self.programs_dialog.finished.connect(self._programs_closed)
        self.programs_dialog.open()

    def _programs_closed(self, _result: int) -> None:
        self._refresh_member()  # new items, rewards or programs reach the checkout too
        if self.current_member is None:
            self.visit_form.set_member(None, new_visit=False, keep_counts=True)
            self.focus_search()

    # Start and stop ---------------------------------------------------------------

    def after_start(self) -> None:
        """Integrity check, daily backup and stamp expiry, once the window is on screen.

        They run on their own thread and connection; the cashier can scan meanwhile.
        """
        QTimer.singleShot(0, self.startup_jobs.start)

    def _startup_finished(self, report: StartupReport) -> None:
        failed, text = describe_report(report)
        if failed:
            self.statusBar().showMessage(text)
            self.banner.error(text)
        elif text:
            self.statusBar().showMessage(text, 15000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scan_filter.uninstall()
        self.dialog_watch.uninstall()
        self.startup_jobs.wait(10)  # let a backup in progress finish its file
        super().closeEvent(event)
