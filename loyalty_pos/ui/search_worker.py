"""Search as you type off the GUI thread: the newest query wins, the counter never waits.

Each key in the search box asks for the text now in it (``ask``). One worker thread,
with its own read-only connection to the shop (``MemberService.search_reader``), runs
the newest question it holds; questions asked while it works replace each other, so
after a burst of keys it runs only the last. An answer to any question but the newest
is dropped, never drawn: the list always belongs to what the box shows. A search still
running when a newer question comes is interrupted (SQLite's ``interrupt``), so one slow
question never holds up the next.

``ask`` gives the worker a frame's time (``WAIT_MS``) before it returns: an answer ready
by then is drawn with the key itself, in the same paint; a slower one is drawn when it
arrives (a queued signal), and the counter keeps taking keys and scans meanwhile.
Enter waits for the newest answer (``settle``), since it opens the highlighted hit.

A shop with no room for a second reader (a memory database, a file not in WAL mode)
searches on the caller's connection: still bounded work (``services/search.py``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..services.search import MemberSearch
from ..services.views import SearchHit

log = logging.getLogger(__name__)

WAIT_MS = 20  # a frame and a little: a quick answer is drawn with the key
SUBMIT_WAIT_S = 3.0  # Enter opens the highlighted hit: wait for the newest answer

Answer = list[SearchHit] | BaseException


class _Channel:
    """What the GUI thread and the worker share, under one lock (no Qt object, so the
    thread never touches a widget and may outlive the window by a moment)."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.asked: tuple[int, str] | None = None  # the newest question not yet taken
        self.answer: tuple[int, Answer] | None = None  # the newest answer not yet drawn
        self.stopping = False
        self.running = False  # the thread is in a search (which ``interrupt`` would stop)
        self.searcher: MemberSearch | None = None  # the thread's, once opened

    def interrupt(self) -> None:
        """Stop the search in progress (called with ``cond`` held): its answer is stale."""
        if self.running and self.searcher is not None:
            self.searcher.interrupt()


class SearchWorker(QObject):
    """Runs ``search(text)`` for the newest text on a thread; ``found`` the hits."""

    found = Signal(object)  # list[SearchHit] for the text now in the box
    failed = Signal(object)  # the exception a search raised (the window says it)
    _arrived = Signal()  # from the thread: an answer is waiting (queued to this thread)

    def __init__(
        self,
        search: Callable[[str], list[SearchHit]],
        reader: Callable[[], MemberSearch] | None,
        parent: QObject | None = None,
        *,
        wait_ms: int = WAIT_MS,
    ) -> None:
        """``search`` runs on the caller's thread when ``reader`` (which opens a search
        over a connection of the worker's own) is None."""
        super().__init__(parent)
        self._search = search
        self._reader = reader
        self.wait_s = wait_ms / 1000
        self._channel = _Channel()
        self._thread: threading.Thread | None = None
        self._generation = 0  # of the newest question
        self._drawn = 0  # generation of the last answer handed to ``found``
        self._text = ""  # of the newest question
        self._arrived.connect(self._draw)
        channel = self._channel
        self.destroyed.connect(lambda *_: _stop(channel))

    def ask(self, text: str) -> None:
        """The box now shows ``text``: find its members (nothing for an empty box)."""
        self._generation += 1
        self._text = text
        if not text.strip():
            self._drawn = self._generation  # the older answers are stale from now
            self.found.emit([])
            return
        if self._reader is None:
            self._answer(self._generation, _run(self._search, text))
            self._draw()
            return
        self._start()
        with self._channel.cond:
            self._channel.asked = (self._generation, text)
            self._channel.interrupt()  # an older question still running: stop it
            self._channel.cond.notify_all()
        self.settle(self.wait_s)

    def settle(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the newest answer and draw it; True when
        the list now shows the newest text's hits."""
        if self._drawn == self._generation:
            return True
        channel = self._channel
        with channel.cond:
            channel.cond.wait_for(
                lambda: channel.answer is not None and channel.answer[0] == self._generation,
                timeout,
            )
        self._draw()
        return self._drawn == self._generation

    def stop(self) -> None:
        """End the thread (and close its connection), interrupting its search."""
        _stop(self._channel)
        if self._thread is not None:
            self._thread.join(timeout=2.0)

    def _answer(self, generation: int, answer: Answer) -> None:
        with self._channel.cond:
            self._channel.answer = (generation, answer)
            self._channel.cond.notify_all()

    def _draw(self) -> None:
        """Hand the waiting answer to ``found`` if it is the newest question's."""
        with self._channel.cond:
            waiting, self._channel.answer = self._channel.answer, None
        if waiting is None:
            return
        generation, answer = waiting
        if generation != self._generation or generation <= self._drawn:
            return  # an older question's answer: the box shows something else now
        if isinstance(answer, _NoReader):
            # No second connection (the file moved, a permission): search here from now.
            log.warning("search runs on the counter's connection: %s", answer.__cause__)
            self._reader = None
            _stop(self._channel)
            answer = _run(self._search, self._text)
        self._drawn = generation
        if isinstance(answer, BaseException):
            self.failed.emit(answer)
        else:
            self.found.emit(answer)

    def _start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        reader = self._reader
        assert reader is not None
        channel = self._channel
        arrived = self._arrived

        def notify() -> None:
            try:
                arrived.emit()
            except RuntimeError:  # the window is gone: nobody to draw for
                _stop(channel)

        self._thread = threading.Thread(
            target=_work, args=(channel, reader, notify), name="member-search", daemon=True
        )
        self._thread.start()


class _NoReader(Exception):
    """The worker could not open its connection (the cause says why)."""


def _run(search: Callable[[str], list[SearchHit]], text: str) -> Answer:
    try:
        return search(text)
    except Exception as exc:  # shown by the window (``failed``), logged there
        return exc


def _stop(channel: _Channel) -> None:
    with channel.cond:
        channel.stopping = True
        channel.interrupt()
        channel.cond.notify_all()


def _work(channel: _Channel, reader: Callable[[], MemberSearch], notify: Callable[[], Any]) -> None:
    """The thread: take the newest question, answer it, say so; until stopped."""
    searcher: MemberSearch | None = None
    try:
        while True:
            with channel.cond:
                channel.cond.wait_for(lambda: channel.asked is not None or channel.stopping)
                if channel.stopping:
                    return
                assert channel.asked is not None
                (generation, text), channel.asked = channel.asked, None
                channel.running = True
            try:
                if searcher is None:
                    try:
                        searcher = reader()
                    except Exception as exc:
                        raise _NoReader() from exc
                    with channel.cond:
                        channel.searcher = searcher
                answer: Answer = searcher.search(text)
            except Exception as exc:  # interrupted by a newer question, or a failure
                answer = exc
            with channel.cond:  # the window's ``destroyed`` waits for this lock
                channel.running = False
                if channel.stopping:
                    return
                channel.answer = (generation, answer)
                channel.cond.notify_all()
                notify()  # posts an event to the GUI thread: never runs a slot here
    finally:
        if searcher is not None:
            searcher.close()
