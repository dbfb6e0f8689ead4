"""What the counter window offers the objects that work beside it.

The action objects (``OwnerActions``, ``MemberDialogs``, ``CounterScan``, the printing
and reward actions, the text-size keys, the rebuild after a new language) used to be
mixins of ``MainWindow`` or to import it, calling its private methods: every one of them
and the window imported each other. They now receive a ``Counter``: the member on
screen, the banner, the bus and ``ops``, and a few verbs. The window is the only class
that implements it; nothing here imports the window, so the imports go one way.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QMenuBar, QStatusBar

    from ..services import Services
    from ..services.views import MemberView
    from .banner import Banner, DamageBanner
    from .bus import ChangeBus
    from .checkout import CheckoutForm
    from .counter_changes import CounterChanges
    from .member_panel import MemberPanel
    from .offline_counter import OfflineCounter
    from .ops import Ops
    from .scan_filter import ScanFilter
    from .search_box import SearchBox
    from .shortcut_bar import ShortcutBar


class GoesOffline(Protocol):
    """The counter's way to the offline counter (``offline_switch.OfflineSwitch``)."""

    def take_over(self) -> OfflineCounter | None:
        """The offline counter in the window's place (None: the till has no copy)."""
        ...


class Counter(Protocol):
    """The counter window, as the objects beside it see it."""

    services: Services
    bus: ChangeBus
    ops: Ops
    banner: Banner
    damage_banner: DamageBanner  # shown while the file is damaged (read-only)
    panel: MemberPanel
    visit_form: CheckoutForm
    search: SearchBox
    shortcuts: ShortcutBar
    current_member: MemberView | None
    currency: str
    pending_card: str | None  # an unknown card just scanned, for F3
    actions_by_key: dict[str, QAction]  # the window's keys, by key sequence
    visit_confirmed: SignalInstance  # (visit id) after a checkout is written
    offline: GoesOffline  # the copy of the members, and the counter while the server is away
    changes: CounterChanges  # the watch on other writers (stops when the server goes away)
    scan_filter: ScanFilter  # the keys of every window (a scan is a code)

    def widget(self) -> QMainWindow:
        """The window itself, as the parent of dialogs and actions."""
        ...

    def menuBar(self) -> QMenuBar: ...

    def statusBar(self) -> QStatusBar: ...

    def now(self) -> datetime: ...

    def show_error(self, err: BaseException) -> None: ...

    def show_member(self, member: MemberView, *, new_visit: bool = True) -> None:
        """Open ``member`` with a new visit (the cursor in the first field)."""
        ...

    def show_updated(
        self, member: MemberView, *, keep_counts: bool, keep_hint: bool = True
    ) -> None:
        """The same member after a change: fresh balances, the visit kept."""
        ...

    def refresh_member(self) -> None:
        """Re-read the member on screen, keeping what the cashier typed."""
        ...

    def forget_member(self) -> None:
        """Nobody on screen (the notes typed are kept first)."""
        ...

    def open_member_id(self, member_id: int) -> None: ...

    def say_opened(self, member: MemberView) -> None:
        """ "Opened …" in the banner, with what is ready for the member."""
        ...

    def keep_edited_notes(self) -> bool: ...

    def show_restored_data(self) -> None:
        """A backup replaced the data: nobody on screen, the shop's name and currency
        read again."""
        ...

    def clear_search(self) -> None: ...

    def focus_search(self) -> None: ...

    def enroll(self) -> None: ...

    def open_programs(self) -> None: ...
