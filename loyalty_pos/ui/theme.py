"""Fonts, colours and touch sizes of the counter.

The screen is read at arm's length, past a customer, under shop lighting, often tapped
rather than clicked: large type, strong colours that mean one thing each (red =
refused, green = done, amber = a reward to hand over, orange = only partly done, blue =
information), and targets at least ``TOUCH_PX`` high.

Two of the shop's settings change it (see ``comfort.py``): the text size (100, 125 or
150 %) scales every point size set here and the pixel sizes that hold text; the
colours (standard or high contrast) pick one of the sets in ``colours.py``, light or
dark as the system's colour scheme is, switched live when it changes.

All colours live in one application style sheet built from the current set; widgets
say what they are with an object name or a property (``tone``, ``ready``), never a
colour of their own, so a new set restyles every open window at once.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from .. import fonts
from .colours import Colours, pick
from .style_sheet import TOUCH_PX, palette, style_sheet

BASE_PT = 15
NAME_PT = 34
BANNER_PT = 18
CARD_TITLE_PT = 18
SMALL_PT = 13

TEXT_SIZES = (100, 125, 150)  # Normal, Large, Largest


class Tone(StrEnum):
    """What a banner message means; each has one colour and one icon."""

    INFO = "info"
    SUCCESS = "success"
    REWARD = "reward"
    WARNING = "warning"
    ERROR = "error"


class _State:
    text_size = 100
    high_contrast = False
    dark: bool | None = None  # None: as the system says


_state = _State()


class _Signals(QObject):
    changed = Signal()  # the colours changed (a new set, or the system went dark)


_signals: _Signals | None = None


def signals() -> _Signals:
    """``signals().changed`` fires after the colours change, for what paints itself."""
    global _signals
    if _signals is None:
        _signals = _Signals()
    return _signals


# Settings --------------------------------------------------------------------------


def text_size() -> int:
    return _state.text_size


def high_contrast() -> bool:
    return _state.high_contrast


def system_dark() -> bool:
    """Whether the system asks for dark colours (unknown counts as light)."""
    if QGuiApplication.instance() is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark() -> bool:
    return system_dark() if _state.dark is None else _state.dark


def colours() -> Colours:
    """The colour set in use now."""
    return pick(_state.high_contrast, dark())


def configure(*, text_size: int | None = None, high_contrast: bool | None = None) -> None:
    """Set what the next windows are made with; colours also restyle the open ones
    (a new text size reaches a window when it is made again, see ``comfort.py``)."""
    if text_size is not None:
        if text_size not in TEXT_SIZES:
            raise ValueError(f"text size {text_size} is not one of {TEXT_SIZES}")
        _state.text_size = text_size
    if high_contrast is not None:
        _state.high_contrast = high_contrast
    restyle()


def force_scheme(dark: bool | None) -> None:
    """Light (False) or dark (True) whatever the system says, for screenshots and
    tests; None follows the system again."""
    _state.dark = dark
    restyle()


def reset() -> None:
    """Back to the defaults (tests start from here)."""
    _state.dark = None
    configure(text_size=100, high_contrast=False)


# Sizes -----------------------------------------------------------------------------


def pt(points: int) -> int:
    """A point size at the chosen text size."""
    return max(1, round(points * _state.text_size / 100))


def px(pixels: int) -> int:
    """A length that holds text (a column's width, a list's height), scaled with it."""
    return round(pixels * _state.text_size / 100)


def font(point_size: int, *, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(pt(point_size))
    f.setBold(bold)
    return f


def set_font(widget: QWidget, point_size: int, *, bold: bool = False) -> None:
    """Give ``widget`` its own size (scaled to the text size), keeping the family it
    has (the application's, the bundled one; or a monospace one it chose)."""
    f = widget.font()
    f.setPointSize(pt(point_size))
    f.setBold(bold)
    widget.setFont(f)


class TouchRows(QStyledItemDelegate):
    """Rows at least ``TOUCH_PX`` high in trees and tables (the style sheet's item
    height reaches list views only)."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), TOUCH_PX))


def rows_height(view: QAbstractItemView, rows: float) -> int:
    """The height of ``rows`` rows of ``view`` at touch height, with its frame."""
    row = max(TOUCH_PX, view.fontMetrics().height() + 12)
    return int(rows * row) + 2 * view.frameWidth() + 4


def touch_rows(view: QAbstractItemView) -> None:
    """Make every row of ``view`` tall enough for a finger."""
    view.setItemDelegate(TouchRows(view))
    if isinstance(view, QTableView):
        view.verticalHeader().setMinimumSectionSize(TOUCH_PX)
        view.verticalHeader().setDefaultSectionSize(TOUCH_PX)


# Applying ---------------------------------------------------------------------------

_applied: list[object] = [None]  # the (colours, text size) last given to the application


def _app() -> QApplication | None:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else None


def restyle() -> None:
    """Give the application the current colours and base size (again)."""
    app = _app()
    if app is None:
        return
    c = colours()
    base = app.font()
    families = fonts.load()  # the bundled ones: the same layout on every machine
    hinting = QFont.HintingPreference.PreferVerticalHinting  # widths as designed, see below
    if (
        base.pointSize() != pt(BASE_PT)
        or (families and base.families() != families)
        or base.hintingPreference() != hinting
    ):
        base.setPointSize(pt(BASE_PT))
        if families:
            base.setFamilies(families)
        # Full hinting snaps each letter's width to whole pixels, and whether it is on
        # is the desktop's setting (fontconfig's hintstyle, Windows' ClearType): the same
        # font would lay out wider on one till than on another. Vertical hinting only
        # keeps the widths as designed everywhere and the lines crisp.
        base.setHintingPreference(hinting)
        QApplication.setFont(base)
    if _applied[0] != c:
        _applied[0] = c
        QApplication.setPalette(palette(c))
        app.setStyleSheet(style_sheet(c))
        signals().changed.emit()


def _scheme_changed(_scheme: Qt.ColorScheme) -> None:
    if _state.dark is None:
        restyle()


_following: list[bool] = [False]


def follow_system() -> None:
    """Switch between the light and dark sets when the system's colour scheme changes."""
    if _following[0] or QGuiApplication.instance() is None:
        return
    QGuiApplication.styleHints().colorSchemeChanged.connect(_scheme_changed)
    _following[0] = True


def apply(widget: QWidget) -> None:
    """The base font and the style sheet for the current settings, for one window.

    The style sheet and the base size are set on the application: under a style sheet
    Qt stops passing a parent's font down to its children, but every widget starts from
    the application font, so that is the one place a base size reaches all of them
    (dialogs included); and one sheet there restyles every open window when the
    colours change.
    """
    follow_system()
    restyle()
    set_font(widget, BASE_PT)


def polish(widget: QWidget) -> None:
    """Re-read the style sheet after a property it selects on (``tone``) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    for child in widget.findChildren(QWidget):
        style.unpolish(child)
        style.polish(child)
    widget.update()
