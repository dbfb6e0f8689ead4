"""``Ops.run``: every use case the UI starts goes through here.

One path for every change: run the use case while the tracker collects what it wrote,
show a failure the one way (a refused action in its own words; anything unexpected as one
sentence, with the traceback in the log file), then publish the changes on the bus and
hand the value to ``on_done``. Dialogs that show errors inline pass ``on_error``.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.changes import Changes
from ..domain.errors import UserError
from ..l10n import message
from ..services.changes import ChangeTracker, Collected, Outcome
from ..store import damage
from ..store.damage import DamagedShop
from .bus import ChangeBus

log = logging.getLogger(__name__)
T = TypeVar("T")
CONTEXT = "Ops"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def unexpected_text(err: BaseException, log_path: Path | None, wording: str | None = None) -> str:
    """The one sentence a cashier sees for a fault that is not theirs; ``wording`` is a
    dialog's own (translated, with ``{error}``), e.g. "…, nothing was sold: {error}"."""
    said = str(err) or type(err).__name__
    text = (wording or tr("Unexpected error, nothing was saved: {error}")).format(error=said)
    if log_path is not None:
        text += "\n" + tr("Details are in {log}").format(log=log_path)
    return text


class Ops:
    """Runs use cases for the UI and publishes what they changed."""

    def __init__(
        self, tracker: ChangeTracker | None, bus: ChangeBus, log_path: Path | None = None
    ) -> None:
        self.tracker = tracker
        self.bus = bus
        self.log_path = log_path
        self._running = 0  # use cases in progress (one may open a dialog that runs another)

    @classmethod
    def detached(cls) -> Ops:
        """For a dialog opened on its own (a test, a tool): the same error path, and a
        bus nobody listens to. The counter passes its own ``Ops``."""
        return cls(None, ChangeBus())

    def _collect(self) -> AbstractContextManager[Collected]:
        """The tracker's notes; none for a use case run inside another (a referral
        recorded during an enrolment): the outer one collects and publishes both."""
        if self.tracker is None or self._running > 1:
            return nullcontext(Collected())
        return self.tracker.collect()

    @property
    def busy(self) -> bool:
        """Whether a use case is running now (the watch on other writers waits)."""
        return self._running > 0

    def run(
        self,
        parent: QWidget | None,
        call: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        *,
        on_error: Callable[[str], None] | None = None,
        title: str | None = None,
        unexpected: str | None = None,
    ) -> Outcome[T] | None:
        """Run ``call``; on success publish its changes, then ``on_done(value)``.

        Returns the outcome, or ``None`` when it failed (the failure already shown).
        Changes are published even after a failure, in case the use case committed part
        of its work before failing (an import's earlier batches). ``unexpected`` is the
        dialog's own wording for a fault (``unexpected_text``).
        """
        with self.one_action():  # what the screens re-read after it, read once
            return self._run(parent, call, on_done, on_error, title, unexpected)

    def _run(
        self,
        parent: QWidget | None,
        call: Callable[[], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[str], None] | None,
        title: str | None,
        unexpected: str | None,
    ) -> Outcome[T] | None:
        self._running += 1
        got = Collected()
        try:
            with self._collect() as got:  # the notes too may fail: a closed file
                value = call()
        except UserError as err:
            self._show(parent, message(err), on_error, title)
            failed = True
        except Exception as err:  # the one place the UI catches everything
            refused = self._damage_refusal(err)
            if refused is not None:  # SQLite itself refused a write to a damaged shop
                self._show(parent, message(refused), on_error, title)
            else:
                log.exception("unexpected error in %s", getattr(call, "__qualname__", call))
                text = unexpected_text(err, self.log_path, unexpected)
                self._show(parent, text, on_error, title)
            failed = True
        else:
            failed = False
        finally:
            self._running -= 1
        self.bus.publish(got.changes)
        if failed:
            return None
        if on_done is not None:
            on_done(value)
        return Outcome(value, got.changes)

    def _damage_refusal(self, err: Exception) -> DamagedShop | None:
        """A write SQLite's authorizer denied because the shop is marked damaged
        (``store/damage.refuse_writes``): the damage, in its own words."""
        if self.tracker is None or not isinstance(err, sqlite3.DatabaseError):
            return None
        reason = damage.refusal(self.tracker.db)
        return DamagedShop(reason) if reason is not None else None

    def one_action(self) -> AbstractContextManager[None]:
        """A cashier's action around several ``run``s (a scan: the lookup, then the
        checkout's read and preview; a checkout: the sale, the bus's re-read, the form
        read again): a read repeated inside it asks a server once
        (``ChangeTracker.one_action``)."""
        return nullcontext() if self.tracker is None else self.tracker.one_action()

    def publish(self, changes: Changes) -> None:
        """For what is not a use case (a language switched, a restore finished)."""
        self.bus.publish(changes)

    @staticmethod
    def _show(
        parent: QWidget | None,
        text: str,
        on_error: Callable[[str], None] | None,
        title: str | None,
    ) -> None:
        if on_error is not None:
            on_error(text)
        else:
            QMessageBox.warning(parent, title or tr("Not done"), text)


def one_action(method: Callable[..., T]) -> Callable[..., T]:
    """A widget's method that is one cashier's action (``Ops.one_action``), for a
    widget whose ``ops`` attribute is its ``Ops``."""

    @functools.wraps(method)
    def action(self: Any, *args: Any, **kwargs: Any) -> T:
        with self.ops.one_action():
            return method(self, *args, **kwargs)

    return action
