"""The counter on the till's screen: as big as the screen allows, every dialog inside it,
and the keyboard back at the counter after each dialog.

- **Maximized, or full screen.** A till's screen is small (1366×768 with a taskbar,
  1280×800, a 1280×720 panel PC), so the counter opens maximized: a fixed-size window
  would put the status line under the taskbar and Confirm below the screen's edge. A
  kiosk (the shop's ``kiosk`` setting or ``--kiosk``) opens it full screen with no
  window frame, for a till that runs nothing else.
- **One row for the menus and the status line.** The menus sit at the left of the top
  row and the status line (who is at the till, what the start-up jobs did) fills the
  rest of it, instead of a status bar of its own below: the height is worth more to
  the member and the checkout.
- **No dialog bigger than the counter.** A dialog opens at most as big as the counter
  window (which is at most the screen) and centred on it; one that would be taller
  scrolls or gives way inside (each screen's own layout), never past the screen.
- **The keyboard comes back.** On a desktop the window manager gives the focus back
  to the window under a closed dialog. A kiosk has no window manager, and then nothing
  does: the cashier's next key, or the scanner's next code, went nowhere. So when one
  of the counter's dialogs closes, the window it was opened from (the counter, or the
  dialog under a nested one) is activated again and its focused field gets the keys.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMenuBar,
    QSizePolicy,
    QStatusBar,
    QWidget,
)

from . import theme

if TYPE_CHECKING:
    from ..services import Services

log = logging.getLogger(__name__)

#: The counter's size when it is not maximized (the layout tests' till).
NORMAL_SIZE = QSize(1280, 800)


# The top row -----------------------------------------------------------------------


class StatusLine(QStatusBar):
    """A status bar whose widgets (who is at the till) take its font, the top row's."""

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        widget.setFont(self.font())  # made with the window's larger font
        super().addPermanentWidget(widget, stretch)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        widget.setFont(self.font())
        super().addWidget(widget, stretch)


class TopRow(QWidget):
    """The menu bar and the status line side by side, as the window's menu widget."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("topRow")
        # Not what the cashier reads from a step away: a little smaller than the rest,
        # and at most as large as at 125 %, so the largest text keeps its height for
        # the member and the checkout.
        font = self.font()
        font.setPointSize(round(theme.SMALL_PT * min(theme.text_size(), 125) / 100))
        self.setFont(font)
        self.menu_bar = QMenuBar(self)
        self.menu_bar.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.status_bar = StatusLine(self)
        self.status_bar.setSizeGripEnabled(False)
        self.status_bar.setContentsMargins(0, 0, 8, 0)  # not flush with the screen's edge
        # As high as the menus (its own margins would add a few pixels): the row's
        # height is the menu bar's.
        self.status_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.menu_bar)
        layout.addWidget(self.status_bar, 1)
        window.setMenuWidget(self)


# Showing the counter -----------------------------------------------------------------


def show_on_till(window: QMainWindow, *, kiosk: bool) -> None:
    """Show ``window`` maximized, or full screen without a frame in a kiosk, and give
    it the keyboard (with no window manager, nothing else would).

    Meant for a window not shown yet: a shown one changing its frame is hidden and made
    anew by Qt, so a new kiosk setting rebuilds the counter instead (``show_like``)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:  # un-maximized, it still fits the screen
        window.resize(NORMAL_SIZE.boundedTo(screen.availableGeometry().size()))
    window.setProperty("kiosk", kiosk)
    if bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint) != kiosk:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, kiosk)
    if kiosk:
        window.showFullScreen()
    else:
        window.showMaximized()
    _raise(window)
    window.activateWindow()


def _raise(window: QWidget) -> None:
    """On top of the other windows (a platform without windows, offscreen, has none)."""
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()


def kiosk_wanted(window: QMainWindow, services: Services) -> bool:
    """Full screen: started with ``--kiosk``, or the shop's setting says so."""
    if window.property("kiosk_forced"):
        return True
    try:
        return services.display.get().kiosk
    except Exception:  # showing a window, not a use case: a failed read keeps it framed
        log.exception("reading the kiosk setting")
        return bool(window.property("kiosk"))


def show_like(new: QMainWindow, old: QMainWindow, services: Services) -> None:
    """Show the rebuilt counter ``new`` in ``old``'s place: full screen if the kiosk
    setting (now) says so, else as ``old`` was (maximized, or where it was); active."""
    new.setProperty("kiosk_forced", old.property("kiosk_forced"))
    new.setGeometry(old.geometry())
    if not old.isVisible():
        new.setWindowState(old.windowState())
        return
    kiosk = kiosk_wanted(new, services)
    if kiosk or old.property("kiosk"):
        show_on_till(new, kiosk=kiosk)
        return
    new.setWindowState(old.windowState())
    new.show()
    new.activateWindow()


# Dialogs -----------------------------------------------------------------------------


def _owned_by(widget: QWidget, window: QWidget) -> bool:
    """Whether ``window`` is ``widget``'s parent, or the parent of a parent (across
    dialogs: a dialog opened from a dialog of the counter is the counter's too)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def _is_dialog(widget: QObject) -> bool:
    return (
        isinstance(widget, QWidget)
        and widget.isWindow()
        and widget.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Sheet)
    )


def fit_inside(dialog: QWidget, window: QWidget) -> None:
    """Shrink ``dialog`` to ``window``'s size if it is bigger (never below its own
    minimum) and centre it on ``window``, frame on frame (a dialog has the same frame
    as the window under it: their outer sizes differ as their inner ones do)."""
    size = dialog.size()
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        # Sized by Qt, which stops at two thirds of the screen's height: a page that
        # scrolls would scroll with room to spare. As big as it asks, room permitting.
        size = size.expandedTo(dialog.sizeHint())
    size = size.boundedTo(window.size()).expandedTo(dialog.minimumSizeHint())
    size = size.expandedTo(dialog.minimumSize())
    if size != dialog.size():
        dialog.resize(size)
    outer = window.frameGeometry()
    x = outer.x() + max(0, (window.width() - size.width()) // 2)
    y = outer.y() + max(0, (window.height() - size.height()) // 2)
    dialog.move(x, y)


class DialogWatch(QObject):
    """Fits each of ``window``'s dialogs inside it when shown, and gives the keyboard
    back to the window under it when it closes (an application event filter)."""

    def __init__(self, window: QMainWindow, focus_home: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.focus_home = focus_home  # the counter's field for the keys (the search)
        self.open: list[QWidget] = []  # the window's dialogs on screen, last shown last
        QApplication.instance().installEventFilter(self)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        shown_or_hidden = kind in (QEvent.Type.Show, QEvent.Type.Hide)
        if shown_or_hidden and _is_dialog(watched) and _owned_by(watched, self.window):
            if kind == QEvent.Type.Show:
                self._shown(watched)
            else:
                self._hidden(watched)
        return False

    def _shown(self, dialog: QWidget) -> None:
        if dialog in self.open:
            self.open.remove(dialog)
        self.open.append(dialog)
        if self.window.isVisible() and not self.window.isMinimized():
            fit_inside(dialog, self.window)

    def _hidden(self, dialog: QWidget) -> None:
        if dialog in self.open:
            self.open.remove(dialog)
        QTimer.singleShot(0, self.give_back)

    def give_back(self) -> None:
        """Activate the dialog still open on top, or the counter, and put the keys in
        its focused field (the counter's: where the cashier was, else the search)."""
        if QApplication.activePopupWidget() is not None or not self.window.isVisible():
            return
        self.open = [d for d in self.open if d.isVisible()]
        target: QWidget = self.open[-1] if self.open else self.window
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible() and modal is not target:
            target = modal  # a message box or a dialog opened meanwhile keeps the keys
        if not target.isActiveWindow():
            _raise(target)
            target.activateWindow()
        focus = target.focusWidget()
        usable = focus is not None and focus.isVisible() and focus.isEnabled()
        if target is self.window and not usable:
            self.focus_home()
        elif usable and QApplication.focusWidget() is not focus:
            focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
