"""The counter on a server: its copy of the members, and the offline counter mid-shift.

Beside the counter window (it receives the window, as ``CounterScan`` does). On a
server shop it learns where the server is and which till this is while the server
answers (at start), keeps the till's copy of the members fresh in the background
(``copy_refresher.py``: at start, every 10 minutes, after queued visits were sent), and
when a scan or a search meets the server gone away (``server_gone``), it opens the
offline counter (``offline_counter.py``) in the window's place, on the copy, with the
code or the text the cashier gave. When the server answers again the queued visits are
sent and the counter comes back, with nobody on screen (whoever stands there is looked
up again on the server) and a fresh copy on its way. A till that never synced has no
copy: the counter says the server is away, as before, and that there is no copy.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..domain.changes import FROM_OUTSIDE
from ..paths import state_dir
from ..services import Services
from ..services.display import SCAN_SOUNDS
from ..services.offline_copy_refresh import (
    SHOP_NAME,
    ServerTill,
    copy_meta,
    outbox_of,
    reconnect,
    server_gone,
    server_till,
)
from ..store.dialect import is_server
from .copy_refresher import CopyRefresher
from .kept_setting import KeptSetting
from .offline_counter import OfflineCounter

if TYPE_CHECKING:
    from .counter_api import Counter

log = logging.getLogger(__name__)
CONTEXT = "OfflineCounter"
SEARCH_SETTLE_MS = 100  # a search failed: a scanner's burst under way ends first


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class OfflineSwitch(QObject):
    """The copy's refresher and the offline counter of one counter window."""

    def __init__(self, window: Counter) -> None:
        super().__init__(window)
        self.window = window
        self.where: ServerTill | None = None
        self.refresher: CopyRefresher | None = None
        self.counter: OfflineCounter | None = None  # while the server is away
        self._sounds = True
        self._kept_sounds = KeptSetting(
            window.bus, SCAN_SOUNDS, window.services.display.scan_sounds,
            keep=is_server(window.services.db),
        )  # fmt: skip
        try:
            self.where = server_till(window.services)
        except Exception as exc:  # the server went away at this very moment
            log.info("no copy of the members kept: %s", exc)
        if self.where is not None:
            self.refresher = CopyRefresher(self.where, state_dir(), self)
            # every 10 minutes from now, in a window rebuilt for a new language too;
            # the first refresh comes with ``start`` (after the first paint)
            self.refresher.timer.start()

    def scan_sounds(self) -> bool:
        """The shop's scan sounds setting, as last read: a scan that meets the server
        gone still makes its sound. Read again only after the bus said the setting
        changed (here or on another till): not a round trip at every scan."""
        try:
            self._sounds = self._kept_sounds()
        except Exception as exc:
            if not server_gone(exc):
                raise
        return self._sounds

    def start(self) -> None:
        """After the window is on screen: the first refresh, then every few minutes."""
        if self.refresher is not None:
            self.refresher.start()

    def sent(self) -> None:
        """Queued visits reached the server: the copy is refreshed with them."""
        if self.refresher is not None:
            self.refresher.refresh_now()

    def stop(self) -> None:
        """The window closes: the refresh running ends first (its own connection)."""
        if self.refresher is not None:
            self.refresher.stop(wait_s=15)
        if self.counter is not None:
            self.counter.close()
            self.counter.deleteLater()  # see ``_back``
            self.counter = None

    def take_over(self) -> OfflineCounter | None:
        """The server went away: the offline counter in the window's place, on the
        till's copy. None when there is no copy (the counter says so in its banner)."""
        if self.counter is not None:
            return self.counter
        w = self.window
        outbox = outbox_of(state_dir(), self.where.till) if self.where is not None else None
        if outbox is None or self.where is None:
            w.banner.error(
                tr(
                    "The shop's server cannot be reached, and this till has no copy of the "
                    "member list yet (it is made while the server answers). Try again "
                    "when the network is back."
                )
            )
            return None
        if self.refresher is not None:
            self.refresher.stop()
        self.counter = OfflineCounter(
            outbox,
            state_dir(),
            url=self.where.url,
            reconnect=self._reconnect,
            on_back=self._back,
            currency=w.currency,
            shop=copy_meta(outbox, SHOP_NAME),
        )
        w.scan_filter.uninstall()  # the offline counter's own filter takes the keys
        q = w.widget()
        if q.isFullScreen():
            self.counter.showFullScreen()
        elif q.isMaximized():
            self.counter.showMaximized()
        else:
            self.counter.setGeometry(q.geometry())
            self.counter.show()
        q.hide()
        self.counter.activateWindow()
        return self.counter

    def search_failed(self, err: BaseException) -> None:
        """A search as the cashier types: the server away → the offline counter, with
        the text typed (once a scanner's burst that may be under way has ended: its
        code takes over instead); any other failure as the counter shows one."""
        if not server_gone(err):
            self.window.show_error(err)
            return
        QTimer.singleShot(SEARCH_SETTLE_MS, self, self._search_take_over)

    def _search_take_over(self) -> None:
        if self.counter is not None:
            return  # a scan took over meanwhile
        if self.window.scan_filter.parser.pending:
            QTimer.singleShot(SEARCH_SETTLE_MS, self, self._search_take_over)
            return
        text = self.window.search.text()
        offline = self.take_over()
        if offline is not None:
            offline.search_for(text)
        else:
            self.window.forget_member()

    def _reconnect(self) -> Services:
        """The counter's own connection, made anew (``offline_copy_refresh.reconnect``)."""
        return reconnect(self.window.services)

    def _back(self, _services: Services, sent: int) -> None:
        w = self.window
        gone, self.counter = self.counter, None
        if gone is not None:
            # Deleted by Qt, on this thread, when the event loop next runs. Dropped to the
            # garbage collector instead, the window could be collected on any thread (a
            # copy refresh's worker), and shiboken then deleted it at some later moment on
            # this one, in the middle of a paint: a crash.
            gone.deleteLater()
        w.scan_filter.install()
        q = w.widget()
        if q.property("kiosk"):
            q.showFullScreen()
        elif q.isMaximized():
            q.showMaximized()
        else:
            q.show()
        q.activateWindow()
        with contextlib.suppress(Exception):
            w.forget_member()
        w.clear_search()
        w.changes.start()  # the watch on other tills stopped when the server went away
        w.bus.publish(FROM_OUTSIDE)
        if self.refresher is not None:
            self.refresher.start(0)
        self.said_back(sent)

    def said_back(self, sent: int) -> None:
        """The counter is back on the server: how many queued visits were sent."""
        self.window.banner.info(
            QCoreApplication.translate(
                CONTEXT,
                "The shop's server is back: %n queued visit(s) sent. Scan the next card.",
                "",
                sent,
            )
        )
        self.window.focus_search()
