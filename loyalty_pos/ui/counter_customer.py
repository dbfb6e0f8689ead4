"""The customer screen follows the counter.

``CustomerFollow`` listens to the counter and its change bus and tells the customer
window (``ui/customer/``) what to show:

- nobody at the counter (started, Esc, a restore): the shop's name, logo and line;
- a member opened (a scan, a search, F3): their given name and balances; a write
  elsewhere that re-reads the member (another till, ``loyalty-pos admin``) refreshes it;
- the cashier rings up a visit: the same preview the counter shows (the service's
  ``preview`` of the checkout column's request), read again when the request changes;
- a visit confirmed: "Thank you" with the new balances and the 0–10 question, which a
  tap answers (stored as F6 stores it: ``FeedbackService.record``) and a scan for the
  next customer, or a new visit, takes away with nothing stored;
- F3: the customer types their details and answers per channel on their screen, the
  cashier confirms at the counter (``counter_enrol.py``).

It reads the checkout column only through its ``request()`` and ``has_entries()`` (a
poll every ``POLL_MS`` while the screen is on), so the column needs no signal for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, SignalInstance
from PySide6.QtGui import QImage

from ..domain.card_design import SETTING_KEYS
from ..domain.changes import Changes
from ..domain.checkout import Schemes
from ..domain.errors import UserError
from ..l10n import current as current_language
from ..printing.card import load_logo
from ..services.customer_screen import (
    CUSTOMER_LINE,
    CUSTOMER_SCREEN,
    CUSTOMER_SCREEN_AT,
    CustomerSettings,
    CustomerView,
    customer_view,
)
from .counter_api import Counter
from .counter_enrol import TYPE_HERE, CustomerEnrolDialog
from .counter_webcam import CounterWebcam
from .customer import CustomerWindow
from .customer import words as customer_words
from .customer.enrol_page import EnrolPage
from .customer.placement import show_on
from .customer.window import THANKS, VISIT
from .formatting import format_money
from .scan_route import ScanReply
from .theme import Tone

log = logging.getLogger(__name__)
CONTEXT = "CustomerFollow"
POLL_MS = 250
SHOWN_SETTINGS = ("shop_name", CUSTOMER_LINE, CUSTOMER_SCREEN, CUSTOMER_SCREEN_AT, *SETTING_KEYS)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CustomerFollow(QObject):
    """Owns the customer window of one counter and keeps it in step."""

    def __init__(
        self,
        counter: Counter,
        member_shown: SignalInstance,
        scan_routed: SignalInstance,
        scans: Callable[[str], ScanReply],
    ) -> None:
        super().__init__(counter.widget())
        self.counter = counter
        self.services = counter.services
        self._scans = scans  # the counter's take_scan
        self.window: CustomerWindow | None = None
        self.settings = CustomerSettings()
        self.visit_id: int | None = None  # the visit the question is about
        self.thanks_member: int | None = None
        self._last_key: tuple[Any, ...] | None = None
        self._schemes: Schemes | None = None
        self.enrol_dialog: CustomerEnrolDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.follow_visit)
        member_shown.connect(self.member_shown)
        counter.visit_form.extras_changed.connect(self.extras_changed)
        scan_routed.connect(self.scan_routed)
        counter.visit_confirmed.connect(self.visit_confirmed)
        counter.bus.changed.connect(self.changed)

    # On and off -------------------------------------------------------------------

    def start(self) -> None:
        """Open the window if the owner switched it on (called once the counter shows)."""
        done = self.counter.ops.run(
            self.counter.widget(), self.services.display.customer.get, on_error=log.warning
        )
        self.settings = done.value if done is not None else CustomerSettings()
        if self.settings.on:
            self.open()
        else:
            self.close()

    def open(self) -> CustomerWindow:
        if self.window is None:
            self.window = CustomerWindow(self._take_scan)
            self.window.score_chosen.connect(self.score_chosen)
            self.show_now()
            counter_screen = self.counter.widget().screen()
            show_on(self.window, self.settings.screen, counter_screen)
            handle = self.window.windowHandle()
            if handle is not None:
                handle.screenChanged.connect(self._moved)
            self.timer.start()
        return self.window

    def close(self) -> None:
        self.timer.stop()
        window, self.window = self.window, None
        if window is not None and shiboken6.isValid(window):
            window.close_for_good()
            window.deleteLater()

    def _take_scan(self, code: str) -> ScanReply:
        return self._scans(code)

    def _moved(self, screen: Any) -> None:
        """The window went to another screen: open it there next time."""
        if screen is None or screen.name() == self.settings.screen:
            return
        name = screen.name()
        self.counter.ops.run(
            self.counter.widget(),
            lambda: self.services.display.customer.write({CUSTOMER_SCREEN_AT: name}),
            on_error=log.warning,
        )

    # What to show -----------------------------------------------------------------

    def show_now(self) -> None:
        """Show what the counter shows now (the window was opened or rebuilt)."""
        member = self.counter.current_member
        if member is None:
            self.show_idle()
        else:
            self.member_shown(member.id)

    def view(self) -> CustomerView | None:
        member = self.counter.current_member
        if member is None:
            return None
        extras = getattr(self.counter.visit_form, "extras", None)
        return customer_view(member, extras, current_language(), self.counter.currency)

    def show_idle(self) -> None:
        self.visit_id = self.thanks_member = None
        self._last_key = None
        if self.window is None:
            return
        done = self.counter.ops.run(self.counter.widget(), self._idle_facts, on_error=log.warning)
        name, line, logo = done.value if done is not None else ("", "", None)
        self.window.show_idle(name, line, logo)

    def _idle_facts(self) -> tuple[str, str, QImage | None]:
        design = self.services.cards.design()
        line = self.services.display.customer.get().line
        return self.services.shop.all()["shop_name"], line, load_logo(design)

    @property
    def enrolling(self) -> bool:
        """A customer is typing their details: nothing takes the form off their screen."""
        return self.enrol_dialog is not None

    def member_shown(self, member_id: int) -> None:
        if self.window is None or self.enrolling:
            return
        view = self.view()
        if view is None:
            return
        if self.window.state == THANKS and member_id == self.thanks_member:
            self.window.update_thanks(view, self.counter.currency)  # new balances
            return
        self.visit_id = self.thanks_member = None  # the question goes, nothing stored
        self._last_key = None
        self.window.show_member(view, self.counter.currency)
        self.follow_visit()

    def extras_changed(self, _extras: object) -> None:
        """The checkout column was set for nobody (Esc, a restore): the idle page."""
        window = self.window
        if window is None or self.counter.current_member is not None or self.enrolling:
            return
        # After a sale to nobody the column is set for nobody again: the question stays.
        if window.state != THANKS or self.thanks_member is not None:
            self.show_idle()

    def scan_routed(self, _code: str, reply: ScanReply) -> None:
        """A scan taken at the counter is the next customer: the question goes."""
        if self.window is None or not reply.taken or self.window.state != THANKS:
            return
        self.visit_id = self.thanks_member = None
        view = self.view()
        if view is None:
            self.show_idle()
        else:
            self.window.show_member(view, self.counter.currency)

    def visit_confirmed(self, visit_id: int) -> None:
        if self.window is None:
            return
        view = self.view()
        self.visit_id = visit_id
        self.thanks_member = view.member_id if view is not None else None
        self._last_key = None
        done = self.counter.ops.run(
            self.counter.widget(), self.services.feedback.enabled, on_error=log.warning
        )
        ask = bool(done is not None and done.value)
        self.window.show_thanks(view, self.counter.currency, ask=ask)

    def follow_visit(self) -> None:
        """The bill as the counter's preview has it, when the cashier's entries changed."""
        window = self.window
        if window is None or self.enrolling:
            return
        form = self.counter.visit_form
        try:
            request = form.request() if form.has_entries() else None
        except UserError:
            return  # a half-typed amount: the counter says why; the customer waits
        member = self.counter.current_member
        if request is None:
            self._last_key = None
            if window.state == VISIT:
                view = self.view()
                if view is None:
                    self.show_idle()
                else:
                    window.show_member(view, self.counter.currency)
            return
        key = (member.id if member is not None else None, request)
        if key == self._last_key:
            return
        self._last_key = key
        member_id = key[0]
        done = self.counter.ops.run(
            self.counter.widget(),
            lambda: self.services.checkout.preview(member_id, request),
            on_error=lambda _text: None,  # the counter shows the refusal in its column
        )
        if done is None:
            return
        plan = done.value
        currency = self.counter.currency
        self.visit_id = self.thanks_member = None
        window.show_visit(
            self.view(),
            customer_words.visit_lines(plan, request.amount, currency),
            format_money(plan.cash_due, currency),
            customer_words.applied_text(plan),
            customer_words.earned_text(plan, self.schemes(), currency) if member else "",
        )

    def schemes(self) -> Schemes:
        if self._schemes is None:
            done = self.counter.ops.run(
                self.counter.widget(), self.services.checkout.schemes, on_error=log.warning
            )
            self._schemes = done.value if done is not None else Schemes()
        return self._schemes

    # Enrolment by the customer ----------------------------------------------------

    def enrol(self) -> bool:
        """F3: the customer types on their screen, the cashier confirms at the counter.
        False when there is no customer screen (the counter's own dialog opens)."""
        window = self.window
        if window is None:
            return False
        c = self.counter
        page = EnrolPage(current_language(), window)
        window.show_enrol(page)
        self.visit_id = self.thanks_member = None
        self.enrol_dialog = CustomerEnrolDialog(
            self.services, c.ops, page, c.pending_card or "", c.widget()
        )
        self.enrol_dialog.finished.connect(self._enrol_finished)
        self.enrol_dialog.open()
        return True

    def _enrol_finished(self, result: int) -> None:
        dialog, self.enrol_dialog = self.enrol_dialog, None
        c = self.counter
        if dialog is not None and dialog.member is not None:
            c.clear_search()
            c.show_member(dialog.member)
            c.say_opened(dialog.member)
            return
        self.show_now()
        if result == TYPE_HERE:
            c.member_dialogs.enroll()  # type: ignore[attr-defined]
        else:
            c.focus_search()

    # The answer -------------------------------------------------------------------

    def score_chosen(self, score: int) -> None:
        """One tap: stored with the visit as F6 stores it (no comment)."""
        window, visit_id = self.window, self.visit_id
        if window is None or visit_id is None or not window.asking:
            return
        said: list[str] = []
        done = self.counter.ops.run(
            self.counter.widget(),
            lambda: self.services.feedback.record(visit_id, score, ""),
            on_error=said.append,
        )
        window.answered()
        if done is None:
            self.counter.banner.error(said[0] if said else "")
            return
        self.counter.banner.show_message(
            Tone.SUCCESS,
            tr("The customer answered {score} (visit {id}).").format(score=score, id=visit_id),
        )

    # The bus ----------------------------------------------------------------------

    def changed(self, changes: Changes) -> None:
        if changes.touches("programs"):
            self._schemes = None
            self._last_key = None
        if not changes.touches_settings(*SHOWN_SETTINGS) and not changes.everything:
            return
        was = self.settings
        done = self.counter.ops.run(
            self.counter.widget(), self.services.display.customer.get, on_error=log.warning
        )
        if done is None:
            return
        self.settings = done.value
        if not self.settings.on:
            self.close()
        elif self.window is None:
            self.open()
        elif self.settings.screen != was.screen:
            show_on(self.window, self.settings.screen, self.counter.widget().screen())
        window = self.window
        if window is None or self.enrolling or self.counter.current_member is not None:
            return
        if window.state not in (THANKS, VISIT):
            self.show_idle()


class CustomerSide(QObject):
    """The customer's side of one counter: the customer screen and the webcam.

    Made by the counter window once its scan router exists; closes both with it.
    """

    def __init__(self, counter: Any) -> None:
        super().__init__(counter)
        self.follow = CustomerFollow(
            counter, counter.member_shown, counter.scan_router.routed, counter.take_scan
        )
        self.webcam = CounterWebcam(counter, counter.scan_router)
        self.webcam.customer_window = lambda: self.follow.window
        counter.installEventFilter(self)
        self.follow.start()
        self.webcam.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.close()
        return False

    def close(self) -> None:
        self.follow.close()
        self.webcam.stop()

    @property
    def window(self) -> CustomerWindow | None:
        return self.follow.window
