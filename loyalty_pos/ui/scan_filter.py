"""Keyboard-wedge detection: tell a barcode scanner's burst of keys from a person typing.

A USB scanner "types" the code a few milliseconds per character and then presses Enter.
The cashier may have the focus anywhere (the notes, the search box, a spin box, a
dialog's field), so one application-wide event filter holds back printable keys, in
every window, modal dialogs included. If the next key follows within the threshold, they
may be a scan and stay held; a burst of at least ``min_length`` characters closed by a
fast Enter is a scan and never reaches the focused field, nor does its Enter press a
dialog's default button. Otherwise (a gap: a person typing) the held keys are replayed
to the widget they were aimed at, unchanged and in order.

The filter only recognises scans; ``scanned`` says the code and the window it was typed
into, and ``scan_route.ScanRouter`` decides what that window does with it.

The decision logic lives in ``ScanParser``, a plain class with an explicit clock
argument, so it is tested without widgets and without waiting for real time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

T = TypeVar("T")

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
    def text(self) -> str:
        return "".join(self._text)

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


@dataclass(frozen=True)
class HeldKey:
    """Enough of a key press to send an identical one later."""

    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScanFilter(QObject):
    """Application event filter feeding every window's key presses to a ScanParser.

    ``window`` (the counter) owns the filter. Only the filter installed last acts, so a
    counter window rebuilt for a new text size or language never shares the keys with
    the one it replaces (``install`` and ``uninstall`` keep the order).
    """

    scanned = Signal(str, object)  # the code, and the window (QWidget) it was typed into

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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A little longer than the threshold: when it fires, the burst has surely ended.
        self._timer.setInterval(int(threshold * 1000) + 15)
        self._timer.timeout.connect(self.flush)

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            if self in ScanFilter._installed:
                ScanFilter._installed.remove(self)
            ScanFilter._installed.append(self)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self in ScanFilter._installed:
            ScanFilter._installed.remove(self)

    def acting(self) -> bool:
        """True for the one filter that reads the keys: the last one installed that is
        still alive, with its window alive."""
        for f in reversed(ScanFilter._installed):
            if shiboken6.isValid(f) and shiboken6.isValid(f._window):
                return f is self
        return False

    def flush(self) -> None:
        """Deliver any held keys now (used by the timer, and by tests)."""
        self._timer.stop()
        self._replay(self.parser.flush())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and self.parser.pending:
            self._before_shortcut(obj, event)
            return False
        if kind != QEvent.Type.KeyPress or self._replaying:
            return False
        if not isinstance(obj, QWidget) or not self.acting():
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # Shift for the "LP" of a QR code must not break the burst
        now = self.clock()
        text = event.text()
        if key in _ENTER_KEYS:
            outcome = self.parser.enter(now)
        elif (
            text
            and text.isprintable()
            and not (event.modifiers() & _COMMAND_MODIFIERS)
            and not event.isAutoRepeat()
        ):
            held = HeldKey(obj, key, event.modifiers(), text)
            outcome = self.parser.printable(text, held, now)
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

    def _before_shortcut(self, obj: QObject, event: QEvent) -> None:
        """A key that may fire a shortcut (F5, Esc...): deliver held typing before it acts.

        Shortcuts are matched before the key press is delivered, so without this a
        person's last letters could land after the shortcut had already run.
        """
        if self._replaying or not isinstance(event, QKeyEvent):
            return
        if not isinstance(obj, QWidget) or not self.acting():
            return
        key = event.key()
        text = event.text()
        command = bool(event.modifiers() & _COMMAND_MODIFIERS)
        if (
            key in _MODIFIER_KEYS
            or key in _ENTER_KEYS
            or (text.isprintable() and text and not command)
        ):
            return
        self.flush()

    def _replay(self, keys: list[HeldKey]) -> None:
        if not keys:
            return
        self._replaying = True
        try:
            for k in keys:
                if not shiboken6.isValid(k.target):
                    continue
                press = QKeyEvent(QEvent.Type.KeyPress, k.key, k.modifiers, k.text)
                QApplication.sendEvent(k.target, press)
        finally:
            self._replaying = False
