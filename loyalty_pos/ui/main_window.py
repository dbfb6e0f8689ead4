"""The counter: scan or search, see the member, ring up the visit, confirm.

The window wires widgets to services and holds no rules. Every use case runs through
``ops.run`` (``ops.py``): a refusal is shown in its own words in the banner, anything
unexpected as one sentence with the traceback in the log file, and what changed is
published on the change bus, from which the window, the member panel and the checkout
refresh (``_changed``), whoever wrote: this counter, a dialog, another process.

The objects beside it (member dialogs, scans, owner keys, printing, rewards) receive
the window as a ``Counter`` (``counter_api.py``) and never import this module.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, Signal
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
from ..store import damage
from ..store.database import summary
from . import comfort, counter_customer, theme
from .banner import Banner, DamageBanner
from .checkout import CheckoutForm
from .checkout.focus import set_tab_order
from .checkout.outcome import describe_checkout
from .counter_changes import CounterChanges
from .counter_refresh import CounterRefresh
from .counter_scan import CounterScan, opened_text
from .formatting import reward_description
from .key_map import bind_keys
from .member_dialogs import MemberDialogs
from .member_panel import MemberPanel
from .offline_switch import OfflineSwitch
from .owner_actions import OwnerActions
from .owner_gate import require_owner
from .print_actions import PrintActions
from .programs_dialog import ProgramsDialog
from .reward_actions import RewardActions
from .scan_filter import ScanFilter
from .scan_route import ScanReply, ScanRouter
from .search_box import SearchBox
from .search_results import SearchResults
from .search_worker import SUBMIT_WAIT_S, SearchWorker
from .setup import open_rewards_setup
from .shortcut_bar import ShortcutBar
from .sounds import ScanSounds
from .startup_jobs import StartupJobs, describe_report
from .theme import Tone
from .till_dialog import till_title
from .window_fit import NORMAL_SIZE, DialogWatch, TopRow

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The cashier's counter screen (the one ``Counter``)."""

    member_shown = Signal(int)  # emitted after the panel shows a member (member id)
    visit_confirmed = Signal(int)  # emitted after a checkout is written (visit id)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.current_member: MemberView | None = None
        self.pending_card: str | None = None  # an unknown card just scanned, for F3
        self.programs_dialog: ProgramsDialog | None = None
        self.setup_dialog = None
        # The bus, ``ops``, the log file and the watch on other writers (one place).
        self.changes = CounterChanges(services, self._scan_held, self)
        self.bus, self.ops = self.changes.bus, self.changes.ops
        self.currency = self._setting("currency", "HUF")
        self.member_dialogs = MemberDialogs(self)  # F3, F4, F7, F8
        self.counter_scan = CounterScan(self)
        self.offline = OfflineSwitch(self)  # the copy of the members; the server away

        shop = self._setting("shop_name", "")
        self.setWindowTitle(till_title(self.tr("Loyalty POS — {shop}"), shop, services))
        comfort.load(services)  # the shop's text size and colours
        theme.apply(self)
        self.resize(NORMAL_SIZE)  # when not maximized (app.py shows it maximized)
        self.top_row = TopRow(self)  # the menus and the status line in one row

        self.banner = Banner(self)
        self.damage_banner = DamageBanner(services, lambda: self.owner_actions.open_backups(), self)
        self.search = SearchBox(self)
        self.results = SearchResults(self)
        self.visit_form = CheckoutForm(services, self.currency, self, ops=self.ops)
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

        # Search as you type on a thread of its own; the list shows the newest text's hits.
        self.search_worker = SearchWorker(
            services.members.search, services.members.search_reader(), self
        )
        self.search_worker.found.connect(self.results.show_hits)
        self.search_worker.failed.connect(self.offline.search_failed)
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
        self.refresh = CounterRefresh(self)  # the counter's subscriber on the bus
        self.refresh.sent.connect(self.offline.sent)

        # A scan in any window of the app, dialogs included, goes to the router, which
        # asks that window what it does with a code (here: ``CounterScan.take_scan``).
        self.sounds = ScanSounds(self.offline.scan_sounds)
        self.scan_router = ScanRouter(self.sounds, self)
        self.scan_filter = ScanFilter(self)
        self.scan_filter.scanned.connect(self.scan_router.route)
        self.scan_filter.switched_off.connect(self._scanner_off)
        self.scan_filter.install()
        self.startup_jobs = StartupJobs(services, self)
        self.startup_jobs.finished.connect(self._startup_finished)
        self.printing = PrintActions(self)  # Ctrl+P cards, Ctrl+R slip, lost card, design
        self.rewards = RewardActions(self, lambda: require_owner(self, self.services))
        self.comfort = comfort.ComfortActions(self)  # Ctrl+Plus, Ctrl+Minus, Ctrl+0
        self.comfort.window_rebuilt.connect(self.owner_actions.window_rebuilt)
        self.dialog_watch = DialogWatch(self, self.focus_search)  # dialogs fit, keys come back
        self.member_dialogs.refunded.connect(self.printing.refunded)
        self.customer = counter_customer.CustomerSide(self)  # its screen, the webcam
        self.changes.start()

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
        outer.addWidget(self.damage_banner)  # hidden unless the file is damaged
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        central = QWidget(self)
        central.setLayout(outer)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        """The counter's keys (``key_map.py``); Enter is the visit form's, where it applies."""
        self.actions_by_key: dict[str, QAction] = bind_keys(
            self,
            {
                "search": self.focus_search,
                "enroll": self.enroll,
                "edit_member": self.edit_member,
                "redeem": self.redeem,
                "confirm": self.visit_form.confirm,
                "refund": self.refund_visit,
                "void": self.void_visit,
                "next_customer": self.next_customer,
                "save_notes": self.save_notes,
                "programs": self.open_programs,
                "setup": self.open_setup,
                "coupon": self.visit_form.focus_coupon,
                "apply": self.visit_form.focus_apply,
            },
            bar=self.shortcuts,
        )

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [self.search, self.results, *self.visit_form.focus_chain()]
        chain += [self.panel.visits, self.panel.notes]
        set_tab_order(self, chain)

    # Helpers ----------------------------------------------------------------------

    def menuBar(self) -> QMenuBar:  # the menus, at the left of the top row (window_fit)
        return self.top_row.menu_bar

    def statusBar(self) -> QStatusBar:  # the status line, beside the menus in the top row
        return self.top_row.status_bar

    def widget(self) -> QMainWindow:  # the parent of the dialogs of the objects beside it
        return self

    def now(self) -> datetime:  # the services' clock: the screen and ledger agree on "today"
        return self.services.clock()

    def _setting(self, key: str, default: str) -> str:
        done = self.ops.run(self, lambda: self.services.settings.get(key), on_error=log.warning)
        return (done.value if done is not None else None) or default

    def _scan_held(self) -> bool:
        """A scanner burst is being held (the watch on other writers waits for it)."""
        scan_filter = getattr(self, "scan_filter", None)
        return scan_filter is not None and scan_filter.parser.pending

    def show_error(self, err: BaseException) -> None:
        """A refusal as a red banner in its own words (``ops`` shows the rest)."""
        if isinstance(err, UserError):
            self.banner.error(message(err))
        else:
            log.error("unexpected error at the counter", exc_info=err)
            self.banner.error(
                self.tr("Unexpected error: {error}").format(error=str(err) or type(err).__name__)
            )

    # The objects beside the window, as they were when they were mixins ------------

    def take_scan(self, code: str) -> ScanReply:
        """A scan typed anywhere in the counter window (the ``TakesScans`` protocol)."""
        return self.counter_scan.take_scan(code)

    def open_code(self, code: str) -> ScanReply:
        return self.counter_scan.open_code(code)

    def enroll(self) -> None:
        self.customer.follow.enrol() or self.member_dialogs.enroll()  # on the customer's side

    def edit_member(self) -> None:
        self.member_dialogs.edit_member()

    def refund_visit(self) -> None:
        self.member_dialogs.refund_visit()

    def void_visit(self) -> None:
        self.member_dialogs.void_visit()

    # The dialogs of the objects beside the window, where the tests and guides look.
    enroll_dialog = property(lambda self: self.member_dialogs.enroll_dialog)
    void_dialog = property(lambda self: self.member_dialogs.void_dialog)
    approval_dialog = property(lambda self: self.member_dialogs.approval_dialog)
    refund_dialog = property(lambda self: self.member_dialogs.refund_dialog)
    visit_question = property(lambda self: self.counter_scan.visit_question)

    # Opening members --------------------------------------------------------------

    def show_member(self, member: MemberView, *, new_visit: bool = True) -> None:
        """Fill the panel; a new visit pre-fills one item and puts the cursor there."""
        same = self.current_member is not None and self.current_member.id == member.id
        with self.refresh.quiet():
            kept = self.keep_edited_notes()
        if kept and same:
            read = self.ops.run(self, lambda: self.services.members.view(member.id))
            member = read.value if read is not None else member  # with the notes just kept
        self.current_member = member
        self.pending_card = None
        self.visit_form.set_member(member, new_visit=new_visit)
        self.panel.show_member(member, self.now(), self.currency)
        self._update_tab_order()
        if not (new_visit and self.visit_form.focus_first()):
            self.focus_search()
        self.member_shown.emit(member.id)

    def open_member_id(self, member_id: int) -> None:
        done = self.ops.run(
            self, lambda: self.services.members.open(member_id), on_error=self.banner.error
        )
        if done is None:
            return
        self.clear_search()
        self.show_member(done.value)
        self.say_opened(done.value)

    def say_opened(self, member: MemberView) -> None:
        """ "Opened …" and what is ready for the member (``counter_scan.opened_text``)."""
        self.banner.info(opened_text(member, self.currency, self.visit_form))

    def refresh_member(self) -> None:
        """Re-read the open member, keeping the visit typed (``CounterRefresh``)."""
        self.refresh.refresh_member()

    def show_updated(
        self, member: MemberView, *, keep_counts: bool, keep_hint: bool = True
    ) -> None:
        """The same member after a change: same visit, fresh balances (and the same
        "12th visit" hint unless another till's visit moved it on)."""
        self.current_member = member
        self.visit_form.set_member(member, new_visit=False, keep_counts=keep_counts)
        self.panel.show_member(member, self.now(), self.currency, keep_hint=keep_hint)
        self._update_tab_order()
        self.member_shown.emit(member.id)

    # Search -----------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.search_worker.ask(text)  # drawn with the key when quick, else when ready

    def _search_submitted(self, text: str) -> None:
        if not text.strip():
            return
        if looks_like_code(text) or names_single_code(text):
            self.open_code(text)
            return
        self.search_worker.settle(SUBMIT_WAIT_S)  # Enter opens the hit of what is typed
        member_id = self.results.current_member_id()
        if member_id is not None:
            self.open_member_id(member_id)
            return
        self.banner.error(
            self.tr("Nobody found for “{text}”.").format(text=text.strip()),
            action=(self.tr("F3: Enroll new member"), self.enroll),
        )

    def clear_search(self) -> None:
        self.search.clear()
        self.search_worker.ask("")  # an answer still on its way is not drawn

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def keep_edited_notes(self) -> bool:
        """Notes typed for the member on screen are saved before another one opens:
        scanning the next customer must not silently throw a cashier's note away.
        Returns True when it saved something."""
        m = self.current_member
        text = self.panel.notes.toPlainText()
        if m is None or text.strip() == m.notes:
            return False
        done = self.ops.run(
            self, lambda: self.services.members.update_notes(m.id, text), on_error=log.warning
        )
        return done is not None

    def forget_member(self) -> None:
        with self.refresh.quiet():
            self.keep_edited_notes()
        self.current_member = None
        self.pending_card = None
        self.visit_form.set_member(None, new_visit=True)
        self.panel.show_member(None, self.now(), self.currency)

    def show_restored_data(self) -> None:
        """A backup replaced the data: forget the member on screen without saving its
        notes into the restored data, and re-read what the window keeps from the file
        (shop name, currency; the checkout re-reads items, rewards and tiers)."""
        self.current_member = None
        self.pending_card = None
        self.currency = self._setting("currency", "HUF")
        shop = self._setting("shop_name", "")
        self.setWindowTitle(till_title(self.tr("Loyalty POS — {shop}"), shop, self.services))
        self.clear_search()
        self.visit_form.set_member(None, new_visit=True)
        self.panel.show_member(None, self.now(), self.currency)
        self.focus_search()

    def next_customer(self) -> None:
        """Esc: forget the member and the search; ready for the next scan."""
        self.forget_member()
        self.clear_search()
        self.banner.info(self.tr("Next customer: scan a card or search (F2)."))
        self.focus_search()

    # Visit ------------------------------------------------------------------------

    def _visit_recorded(self, result: CheckoutResult) -> None:
        """The sale is written (the bus has refreshed the member): say what it earned."""
        tier_before = self.panel.extras.tier if self.panel.extras is not None else None
        said = describe_checkout(result, self.currency, self.visit_form.schemes, tier_before)
        self.banner.show_message(said.tone, said.text)
        if self.current_member is not None:
            self.visit_form.set_member(self.current_member, new_visit=False)  # counts to zero
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
        """Ctrl+S: the notes are written; the bus re-reads the member."""
        m = self.current_member
        if m is None:
            return
        text = self.panel.notes.toPlainText()
        done = self.ops.run(
            self, lambda: self.services.members.update_notes(m.id, text), on_error=self.banner.error
        )
        if done is not None:
            self.banner.show_message(Tone.SUCCESS, self.tr("Notes saved."))

    # Owner's set-up screens -----------------------------------------------------

    def open_setup(self) -> None:
        """Shift+F9: the owner's points, credit, passes, tiers, items and rules."""
        if not require_owner(self, self.services):
            return
        self.setup_dialog = open_rewards_setup(self, self.services, ops=self.ops)
        self.setup_dialog.finished.connect(self._programs_closed)

    def open_programs(self) -> None:
        """F9: the owner's programs screen, behind the owner's PIN."""
        if not require_owner(self, self.services):
            return
        self.programs_dialog = ProgramsDialog(
            self.services.programs, self.currency, self, ops=self.ops
        )
        self.programs_dialog.finished.connect(self._programs_closed)
        self.programs_dialog.open()

    def _scanner_off(self) -> None:
        """The scan filter failed and stepped aside: typing works, scans arrive as typing."""
        self.banner.error(
            self.tr("Scanner trouble: type the card number and press Enter. Restart to retry.")
        )

    def _programs_closed(self, _result: int) -> None:
        if self.current_member is None:
            self.focus_search()

    # Start and stop ---------------------------------------------------------------

    def after_start(self) -> None:
        """Integrity check, daily backup and stamp expiry, once the window is on screen.

        They run on their own thread and connection; the cashier can scan meanwhile.
        """
        self.startup_jobs.start_after_paint(self)
        self.offline.start()  # the copy of the members, refreshed in the background

    def _startup_finished(self, report: StartupReport) -> None:
        if report.problems:  # the integrity check's findings: read-only (store/damage)
            damage.mark(self.services.path, summary(report.problems), self.services.db)
        self.damage_banner.refresh()
        failed, text = describe_report(report, self.startup_jobs.backup_stale)
        if failed:
            self.statusBar().showMessage(text)
            self.banner.error(text)
        elif text:
            self.statusBar().showMessage(text, 15000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.changes.stop()
        self.offline.stop()
        self.scan_filter.uninstall()
        self.dialog_watch.uninstall()
        self.startup_jobs.stop(10)  # a backup in progress stops and removes its file
        super().closeEvent(event)
