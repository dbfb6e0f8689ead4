"""Keyboard-wedge detection: tell a barcode scanner's burst of keys from a person typing.

A USB scanner "types" the code a few milliseconds per character and then presses Enter.
The cashier may have the focus anywhere (the notes, the search box, a spin box, a
dialog's field), so one application-wide event filter holds back printable keys, in
every window, modal dialogs included. If the next key follows within the threshold, they
may be a scan and stay held; a burst of at least ``min_length`` characters closed by a
fast Enter is a scan and never reaches the focused field, nor does its Enter press a
dialog's default button. Otherwise (a gap: a person typing) the held keys are replayed
to the widget they were aimed at, unchanged and in order.

A field that shows typing at once (the counter's search box: ``TypesAtOnce``) gets the
first key of a burst straight away, so a person's every key is there without the wait;
when a second key follows within the threshold, that first key is taken back out (the
field goes back to what it showed before it) and the burst is held like any other. A
scan typed into the search box is thus still a scan, and the box keeps what it had.

The filter only recognises scans; ``scanned`` says the code and the window it was typed
into, and ``scan_route.ScanRouter`` decides what that window does with it.

The decision logic lives in ``ScanParser``, a plain class with an explicit clock
argument, so it is tested without widgets and without waiting for real time.

Every event of the app passes through the filter; all but key events leave at the first
test, of their type, before anything else is looked at. Every key passes through it, so a
bug in it would cost the cashier the whole keyboard. Any exception in the filter is
logged with its traceback and switches the filter off for good: the keys it held are
delivered, and from then on every key goes to its widget as plain typing (a scan is typed
like any keys) until the app is restarted.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar, Generic, Protocol, TypeVar, runtime_checkable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from .held_shortcuts import fire_shortcut

T = TypeVar("T")

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD = 0.040  # seconds between keys; scanners: ~1-10 ms, people: > 80 ms
DEFAULT_MIN_LENGTH = 8  # shortest code worth treating as a scan (card numbers have 13)


@dataclass
class Outcome(Generic[T]):
    """What the filter must do with one key.

    ``replay``: held keys to deliver now, before anything else. ``swallow``: the current
    key is held (or consumed by a scan) and must not reach its widget. ``scan``: the text
    of a completed scan.
    """

    replay: list[T] = field(default_factory=list)
    swallow: bool = False
    scan: str | None = None


class ScanParser(Generic[T]):
    """Buffers fast printable keys and decides, at Enter, whether they were a scan.

    ``T`` is whatever the caller needs to replay a key (the filter stores the target
    widget and a copy of the event); the parser only looks at the text and the times.
    """

    def __init__(
        self, threshold: float = DEFAULT_THRESHOLD, min_length: int = DEFAULT_MIN_LENGTH
    ) -> None:
        self.threshold = threshold
        self.min_length = min_length
        self._text: list[str] = []
        self._items: list[T] = []
        self._last: float | None = None

    @property
    def pending(self) -> bool:
        return bool(self._items)

    @property
    def held(self) -> list[T]:
        """What is held now, oldest first (a copy)."""
        return list(self._items)

    @property
    def text(self) -> str:
        return "".join(self._text)

    def starts_burst(self, now: float) -> bool:
        """A character key at ``now`` would begin a new burst: nothing is held, or the
        pause since the last key is longer than the threshold (a person's key)."""
        return not self._items or self._last is None or now - self._last > self.threshold

    def printable(self, text: str, item: T, now: float) -> Outcome[T]:
        """A character key: hold it; a gap since the previous one first releases those."""
        replay = []
        if self._items and self._last is not None and now - self._last > self.threshold:
            replay = self._take()
        self._text.append(text)
        self._items.append(item)
        self._last = now
        return Outcome(replay=replay, swallow=True)

    def enter(self, now: float) -> Outcome[T]:
        """Enter: a scan if enough characters came fast and the Enter itself is fast."""
        if (
            len(self._text) >= self.min_length
            and self._last is not None
            and now - self._last <= self.threshold
        ):
            code = self.text
            self._take()
            return Outcome(swallow=True, scan=code)
        return Outcome(replay=self._take(), swallow=False)

    def other(self) -> Outcome[T]:
        """Any other key (arrows, Tab, F-keys, shortcuts): release what is held first."""
        return Outcome(replay=self._take(), swallow=False)

    def flush(self) -> list[T]:
        """Release everything held (the pause after the last key was long enough)."""
        return self._take()

    def _take(self) -> list[T]:
        items = self._items
        self._items = []
        self._text = []
        self._last = None
        return items


_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
}
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


_KEY_EVENTS = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
)


@runtime_checkable
class TypesAtOnce(Protocol):
    """A field that shows a person's keys at once (the counter's search box).

    ``typing_state`` is what the field shows before a key (text, cursor, selection);
    ``restore_typing`` puts it back when that key turns out to start a scanner's burst.
    """

    def typing_state(self) -> object: ...

    def restore_typing(self, state: object) -> None: ...


@dataclass
class HeldKey:
    """Enough of a key press to send an identical one later; ``released`` when its
    release came while it was held (it is sent after the press then).

    ``delivered``: the key went to its field at once (``TypesAtOnce``), which showed
    ``before`` until then; it is not replayed unless it is taken back first.
    """

    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    released: bool = False
    delivered: bool = False
    before: object = None


class ScanFilter(QObject):
    """Application event filter feeding every window's key presses to a ScanParser.

    ``window`` (the counter) owns the filter. Only the filter installed last acts, so a
    counter window rebuilt for a new text size or language never shares the keys with
    the one it replaces (``install`` and ``uninstall`` keep the order).
    """

    scanned = Signal(str, object)  # the code, and the window (QWidget) it was typed into
    # Once, when the filter failed and switched itself off (``is_on`` is False from then):
    # a window may tell the cashier that scans now arrive as typing.
    switched_off = Signal()

    _installed: ClassVar[list[ScanFilter]] = []

    def __init__(
        self,
        window: QWidget,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        min_length: int = DEFAULT_MIN_LENGTH,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.parser: ScanParser[HeldKey] = ScanParser(threshold, min_length)
        self.clock = clock
        self._replaying = False
        self._on = True
        self._current: HeldKey | None = None  # the key being decided, while it is
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A little longer than the threshold: when it fires, the burst has surely ended.
        self._timer.setInterval(int(threshold * 1000) + 15)
        self._timer.timeout.connect(self.flush)

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            alive = [f for f in ScanFilter._installed if shiboken6.isValid(f) and f is not self]
            ScanFilter._installed[:] = [*alive, self]

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self in ScanFilter._installed:
            ScanFilter._installed.remove(self)

    @property
    def is_on(self) -> bool:
        """False once the filter failed: it lets every key through untouched."""
        return self._on

    def acting(self) -> bool:
        """True for the one filter that reads the keys: the last one installed that is
        still alive, with its window alive."""
        for f in reversed(ScanFilter._installed):
            if shiboken6.isValid(f) and shiboken6.isValid(f._window):
                return f is self
        return False

    def flush(self) -> None:
        """Deliver any held keys now (used by the timer, and by tests)."""
        if not self._on:
            return
        try:
            self._timer.stop()
            self._replay(self.parser.flush())
        except Exception:
            self._switch_off()

    @staticmethod
    def deliver_held() -> None:
        """The acting filter's ``flush``: as if the pause after the last key had passed.

        Tests type at machine speed, which looks like a scanner until the pause; they
        call this instead of waiting for the timer (the person has stopped typing).
        """
        for f in reversed(ScanFilter._installed):
            if f.acting():
                f.flush()
                return

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Qt's entry point, for every event of the app: a failure switches the filter
        off and lets this event (and every later one) through, so typing still works."""
        if event.type() not in _KEY_EVENTS or not self._on:
            return False  # the paints, timers and mouse moves: nothing more to look at
        try:
            return self._filter(obj, event)
        except Exception:
            self._switch_off()
            return False
        finally:
            self._current = None

    def _switch_off(self) -> None:
        """After an exception (called inside its ``except``): log it, stop filtering,
        hand over the keys held so far, and say once that the filter is off.

        The filter stays last in ``_installed``, so an older counter's filter still
        alive does not take over the keys; it only leaves the application's filters.
        """
        log.exception("The scan filter failed on a key")
        if not self._on:
            return
        self._on = False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        try:
            # The key being decided is not replayed: the filter lets it through itself.
            self._replay([k for k in self.parser.held if k is not self._current])
        except Exception:
            log.exception("The scan filter could not hand over the keys it held")
        log.warning(
            "The scan filter is off: every key goes to the focused field as typed, and a "
            "scanned code arrives as typing, until the app is restarted"
        )
        self.switched_off.emit()

    def _filter(self, obj: QObject, event: QEvent) -> bool:
        """The filter proper: hold, replay or swallow a key (``eventFilter`` guards it)."""
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            return self._shortcut_override(obj, event)
        if kind == QEvent.Type.KeyRelease:
            return self._release(obj, event)
        if kind != QEvent.Type.KeyPress or self._replaying:
            return False
        if not isinstance(obj, QWidget) or not self.acting():
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # Shift for the "LP" of a QR code must not break the burst
        now = self.clock()
        if key in _ENTER_KEYS:
            outcome = self.parser.enter(now)
        elif _may_be_scanned(event):
            held = self._current = HeldKey(obj, key, event.modifiers(), event.text())
            starts = self.parser.starts_burst(now)
            if not starts:
                self._take_back()
            outcome = self.parser.printable(event.text(), held, now)
            if starts and isinstance(obj, TypesAtOnce):
                self._replay(outcome.replay)  # the keys before it land first
                outcome.replay = []
                held.delivered, held.before = True, obj.typing_state()
                outcome.swallow = False  # it goes to the field now, as typed
        else:
            outcome = self.parser.other()
        self._replay(outcome.replay)
        if self.parser.pending:
            self._timer.start()
        else:
            self._timer.stop()
        if outcome.scan is not None:
            self.scanned.emit(outcome.scan, obj)
        return outcome.swallow

    def _take_back(self) -> None:
        """A fast second key: the burst's first key, shown at once, was a scanner's.
        Its field goes back to what it showed before, and the key is held with the rest
        (replayed in order if the burst turns out to be typing after all)."""
        for k in self.parser.held:
            if k.delivered:
                k.delivered = False
                if shiboken6.isValid(k.target) and isinstance(k.target, TypesAtOnce):
                    k.target.restore_typing(k.before)

    def _shortcut_override(self, obj: QObject, event: QEvent) -> bool:
        """Qt matches shortcuts before it delivers the key press; decide first.

        A key that may be part of a scan (a digit, a letter) must not fire a shortcut
        (the F12 menu's "2"): it is claimed here, so it comes as a key press and is held
        like any other; a person's key is replayed through ``_deliver``, which fires the
        shortcut then. A burst's Enter is claimed too. Any other key (F5, Esc, Ctrl+Enter,
        an Enter after a person's few letters) may be a shortcut: the held letters are
        delivered first, so none lands after it.
        """
        if self._replaying or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(obj, QWidget) or not self.acting():
            return False
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        plain_enter = key in _ENTER_KEYS and not (event.modifiers() & _COMMAND_MODIFIERS)
        burst = len(self.parser.text) >= self.parser.min_length
        if _may_be_scanned(event) or (plain_enter and burst):
            event.accept()
            return True
        if self.parser.pending:
            self.flush()
        return False

    def _release(self, obj: QObject, event: QEvent) -> bool:
        """The release of a held key waits with it: a button or a check box acts on
        Space's release, which must not come before its press."""
        if self._replaying or not self.parser.pending or not isinstance(event, QKeyEvent):
            return False
        if event.isAutoRepeat():
            return False
        for k in self.parser.held:
            if k.delivered:
                continue  # its press went through: so does its release
            if k.target is obj and k.key == event.key() and not k.released:
                k.released = True
                return True
        return False

    def _replay(self, keys: list[HeldKey]) -> None:
        if not keys:
            return
        self._replaying = True
        try:
            for k in keys:
                if not k.delivered and shiboken6.isValid(k.target):
                    self._deliver(k)
        finally:
            self._replaying = False

    def _deliver(self, k: HeldKey) -> None:
        """A held key, as Qt would have delivered it: a widget that wants the key (a
        field) gets it; else a shortcut bound to it fires; else the key press goes on."""
        override = QKeyEvent(QEvent.Type.ShortcutOverride, k.key, k.modifiers, k.text)
        override.ignore()
        QApplication.sendEvent(k.target, override)
        if not override.isAccepted() and fire_shortcut(k.target, k.key, k.modifiers):
            return
        if shiboken6.isValid(k.target):
            press = QKeyEvent(QEvent.Type.KeyPress, k.key, k.modifiers, k.text)
            QApplication.sendEvent(k.target, press)
        if k.released and shiboken6.isValid(k.target):
            release = QKeyEvent(QEvent.Type.KeyRelease, k.key, k.modifiers, k.text)
            QApplication.sendEvent(k.target, release)


def _may_be_scanned(event: QKeyEvent) -> bool:
    """A character a scanner types: printable, no Ctrl/Alt/Meta, not a held-down key."""
    text = event.text()
    return (
        bool(text)
        and text.isprintable()
        and not (event.modifiers() & _COMMAND_MODIFIERS)
        and not event.isAutoRepeat()
    )
