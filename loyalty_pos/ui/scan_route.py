"""Where a scan goes: one rule for every window of the application.

``ScanFilter`` turns a scanner's burst into a code and says which window it was typed
into; ``ScanRouter`` asks that window what it does with a code. A window declares it by
having a ``take_scan(code) -> ScanReply`` method (the ``TakesScans`` protocol):

- the counter opens a member, or puts a gift card or coupon in its field;
- the enrol dialog gives a scanned blank card to the new member;
- the gift card screen looks the card up;
- a dialog with no use for a code says why it refuses it (the PIN prompt, F8, F6…).

A window without ``take_scan`` (every owner screen, a question box, Qt's own dialogs)
refuses: the scan is never typing, whatever has the focus. Either way the router plays
the "taken" or "refused" sound and, unless the window has said it itself (the counter's
banner), shows the reply large at the top of that window, where the cashier is looking.

The router holds no state between scans and only calls ``take_scan``: moving scans onto
a change bus later means publishing ``(code, window)`` and calling ``route`` from there.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from . import theme
from .banner import Banner
from .sounds import ScanSounds
from .theme import Tone

log = logging.getLogger(__name__)
CONTEXT = "ScanRoute"
NOTICE_MS = 6000  # how long a refusal stays on top of a dialog
NOTICE_NAME = "scanNotice"
NARROW_PX = 640  # a dialog narrower than this gets the notice in the base type size


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ScanReply:
    """What a window did with a scan.

    ``taken``: the code was used (the "taken" sound), else refused and nothing changed.
    ``text``: what to tell the cashier. ``said``: the window has shown it already (the
    counter's banner), so the router only plays the sound.
    """

    taken: bool
    text: str = ""
    said: bool = False


def taken(text: str, *, said: bool = False) -> ScanReply:
    return ScanReply(True, text, said)


def refused(text: str, *, said: bool = False) -> ScanReply:
    return ScanReply(False, text, said)


@runtime_checkable
class TakesScans(Protocol):
    """A window that has a use for a scanned code (or a reason of its own to refuse)."""

    def take_scan(self, code: str) -> ScanReply: ...


def default_refusal(window: QWidget) -> ScanReply:
    """What a window without ``take_scan`` answers: refused, nothing changed."""
    title = window.windowTitle().strip()
    if not title:
        return refused(
            tr(
                "A scan can't be used here: nothing was changed. "
                "Close this window (Esc) to scan at the counter."
            )
        )
    return refused(
        tr(
            "A scan can't be used in “{title}”: nothing was changed. "
            "Close it (Esc) to scan at the counter."
        ).format(title=title)
    )


def scan_window(widget: QWidget) -> QWidget:
    """The window a key typed into ``widget`` belongs to; a pop-up (a combo box's list,
    a menu) counts as the window it opened from."""
    window = widget.window()
    popups = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
    while window.windowType() in popups and window.parentWidget() is not None:
        window = window.parentWidget().window()
    return window


class ScanNotice(Banner):
    """The reply to a scan, large across the top of a dialog for a few seconds.

    Floats over the dialog's own widgets rather than joining its layout, so no dialog
    needs a place for it and nothing moves; it lets clicks through to what it covers.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAccessibleName(NOTICE_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        window.installEventFilter(self)

    @staticmethod
    def of(window: QWidget) -> ScanNotice:
        """The window's notice, made at its first scan."""
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        found = window.findChildren(ScanNotice, options=direct)
        return found[0] if found else ScanNotice(window)

    def say(self, reply: ScanReply) -> None:
        self.show_message(Tone.SUCCESS if reply.taken else Tone.ERROR, reply.text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start(NOTICE_MS)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        window = self.parentWidget()
        width = window.width()
        # The banner's large type in a wide dialog; a narrow one (the F12 menu, a PIN
        # prompt) gets the base size, or the message would cover all of it.
        label = self.findChild(QLabel, "bannerText")
        if label is not None:
            label.ensurePolished()  # else the style sheet's polish puts the old size back
            size = theme.BANNER_PT if width >= theme.px(NARROW_PX) else theme.BASE_PT
            theme.set_font(label, size, bold=True)
        layout = self.layout()
        layout.invalidate()  # the font may have just changed
        height = layout.totalHeightForWidth(width)
        self.setGeometry(0, 0, width, min(max(height, self.minimumHeight()), window.height()))


class ScanRouter(QObject):
    """Hands each scan to the window it was typed into, and makes the sound."""

    routed = Signal(str, object)  # the code and the ScanReply, after the window answered

    def __init__(self, sounds: ScanSounds, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sounds = sounds

    def route(self, code: str, where: QWidget) -> ScanReply:
        """Ask the window of ``where`` what it does with ``code``; refuse if it can't say."""
        if not shiboken6.isValid(where):
            return refused("")  # the window closed between the keys and now
        window = scan_window(where)
        if isinstance(window, TakesScans):
            try:
                reply = window.take_scan(code)
            except Exception as err:  # a scan must never crash the till
                log.exception("taking a scan in %s", type(window).__name__)
                reply = refused(
                    tr("Unexpected error, nothing was changed: {error}").format(
                        error=str(err) or type(err).__name__
                    )
                )
        else:
            reply = default_refusal(window)
        self.sounds.play(reply.taken)
        if reply.text and not reply.said:
            ScanNotice.of(window).say(reply)
        self.routed.emit(code, reply)
        return reply
