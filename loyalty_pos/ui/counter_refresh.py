"""The counter's subscriber on the change bus: what the counter does when data changed.

Whoever wrote (this counter's checkout, one of its dialogs, the owner's screens, a
restore, ``loyalty-pos admin`` in another process), the counter hears it here, once:

- a restore from this counter (``EVERYTHING``, not external) lets the member go and
  re-reads what the window keeps from the file;
- a change that touches the member on screen re-reads the member: the panel's balances
  and visits, and the checkout's offers, while the visit the cashier is typing (the
  amount, items, ticked offers, codes), the notes being written and the cursor stay;
- new programs, coupons or settings reach the checkout of nobody too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.changes import FROM_OUTSIDE, Changes
from ..paths import state_dir
from ..services.offline_checkout import QueuedVisit, send_waiting
from .counter_api import Counter

SEND_EVERY_MS = 15_000  # how often a till with queued visits tries its server again


class CounterRefresh(QObject):
    """Subscribes the counter to its bus."""

    sent = Signal()  # queued visits reached the server (the copy of the members follows)

    def __init__(self, counter: Counter) -> None:
        super().__init__(counter.widget())
        self.counter = counter
        self._quiet = 0  # the counter is switching members: no refresh of the one leaving
        counter.bus.changed.connect(self.changed)
        counter.visit_form.queued.connect(self.queued)
        self.sender_timer = QTimer(self)  # queued visits go out when the server is back
        self.sender_timer.setInterval(SEND_EVERY_MS)
        self.sender_timer.timeout.connect(self.send_queued)

    def send_queued(self) -> None:
        """Try the outbox again; still offline: try later, say nothing new."""
        c = self.counter
        if c.visit_form.busy:
            return
        try:
            sent = send_waiting(c.services, state_dir())
        except sqlite3.OperationalError:  # the server is still away (ServerGone)
            return
        if sent:
            back = self.tr("The shop's server is back: {n} queued visits sent.")
            c.banner.info(back.format(n=sent))
            c.bus.publish(FROM_OUTSIDE)
            self.sent.emit()
        self.sender_timer.stop()

    def queued(self, visit: QueuedVisit) -> None:
        """A checkout kept in the till's outbox: the shop's server went away
        (``services/offline_checkout.py``). The cashier hears it at once, in words."""
        self.counter.banner.error(
            self.tr(
                "Offline: the shop's server cannot be reached. This visit is queued "
                "({n} waiting) and its stamps and points are added when the server is back."
            ).format(n=visit.waiting)
        )
        self.sender_timer.start()

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """While the counter writes the notes of a member it is about to leave."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def changed(self, changes: Changes) -> None:
        c = self.counter
        c.damage_banner.refresh()  # a write refused as damaged, or another process's mark
        if changes.everything and not changes.external:
            c.show_restored_data()
            return
        m = c.current_member
        for_checkout = changes.touches("programs") or changes.touches("coupons")
        for_checkout = for_checkout or bool(changes.settings)
        if m is not None and (changes.touches_member(m.id) or for_checkout):
            if not self._quiet:
                # Another till's visit makes this one the next: the "12th visit" hint
                # is read again then; after the counter's own writes it stays.
                self.refresh_member(fresh_hint=changes.external)
        elif m is None and for_checkout:
            c.visit_form.set_member(None, new_visit=False, keep_counts=True)

    def refresh_member(self, *, fresh_hint: bool = False) -> None:
        """Re-read the open member, keeping the visit being typed, the notes being
        written and the cursor where it was."""
        c = self.counter
        m = c.current_member
        if m is None:
            return
        read = c.ops.run(c.widget(), lambda: c.services.members.view(m.id), on_error=c.banner.error)
        if read is None:
            return
        focus = QApplication.focusWidget()
        rows = c.visit_form.rows
        row = next((i for i, r in enumerate(rows) if r.items is focus), None)
        notes = c.panel.notes.toPlainText()
        edited_notes = notes.strip() != m.notes
        c.show_updated(read.value, keep_counts=True, keep_hint=not fresh_hint)
        if edited_notes:
            c.panel.notes.setPlainText(notes)
        if row is not None and row < len(c.visit_form.rows):
            # The row was made anew and is shown when the layout next runs: the cursor
            # goes there then (a hidden widget takes the focus as it is shown).
            spin = c.visit_form.rows[row].items
            spin.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, lambda: _focus(spin))
            return
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            _focus(focus)


def _focus(widget: QWidget) -> None:
    """The cursor back in ``widget`` if it is still there and does not have it."""
    if (
        shiboken6.isValid(widget)
        and widget.isVisible()
        and QApplication.focusWidget() is not widget
    ):
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
