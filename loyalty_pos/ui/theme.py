"""Fonts and colours of the counter.

The screen is read at arm's length, past a customer, under shop lighting: large type,
dark text on white, and a few strong colours that mean one thing each (red = refused,
green = done, amber = a reward to hand over, orange = only partly done,
blue = information).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QWidget

BASE_PT = 15
NAME_PT = 34
BANNER_PT = 20
CARD_TITLE_PT = 18
SMALL_PT = 13

INK = "#111111"
MUTED = "#444444"
PAPER = "#ffffff"
PANEL = "#f2f4f7"
LINE = "#9aa3ad"
ACCENT = "#0b4f9c"

STAMP_FILLED = QColor("#0b4f9c")
STAMP_EMPTY = QColor("#ffffff")
STAMP_RIM = QColor("#33414f")
# A switched-off punch card: greyed but readable (5.7:1 on white), its stamps grey.
OFF_INK = "#666666"
STAMP_OFF = QColor("#6b7480")


class Tone(StrEnum):
    """What a banner message means; each has one colour."""

    INFO = "info"
    SUCCESS = "success"
    REWARD = "reward"
    WARNING = "warning"
    ERROR = "error"


TONE_COLOURS: dict[Tone, tuple[str, str]] = {
    # (background, text): contrast ratio above 7:1 for each pair
    Tone.INFO: ("#e8eef6", "#0a2540"),
    Tone.SUCCESS: ("#1b5e20", "#ffffff"),
    Tone.REWARD: ("#ffc400", "#111111"),
    Tone.WARNING: ("#bf360c", "#ffffff"),
    Tone.ERROR: ("#b00020", "#ffffff"),
}


def font(point_size: int, *, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(point_size)
    f.setBold(bold)
    return f


def set_font(widget: QWidget, point_size: int, *, bold: bool = False) -> None:
    """Give ``widget`` its own size without touching the family the platform chose."""
    f = widget.font()
    f.setPointSize(point_size)
    f.setBold(bold)
    widget.setFont(f)


STYLE = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QDialog {{ background: {PAPER}; }}
QLineEdit, QPlainTextEdit, QSpinBox, QDoubleSpinBox, QComboBox, QListWidget {{
    background: {PAPER}; border: 2px solid {LINE}; border-radius: 4px; padding: 4px;
}}
QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QComboBox:focus, QListWidget:focus {{ border: 3px solid {ACCENT}; }}
QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button,
QDoubleSpinBox::down-button {{ width: 26px; }}
QTreeWidget {{ background: {PAPER}; border: 2px solid {LINE}; border-radius: 4px; }}
QTreeWidget:focus {{ border: 3px solid {ACCENT}; }}
QTreeWidget::item:selected {{ background: {ACCENT}; color: #ffffff; }}
QHeaderView::section {{ background: {PANEL}; border: none; border-bottom: 1px solid {LINE};
    padding: 2px 6px; font-weight: bold; }}
QPushButton {{
    background: {PANEL}; border: 2px solid {LINE}; border-radius: 4px; padding: 6px 12px;
}}
QPushButton:focus {{ border: 3px solid {ACCENT}; }}
QPushButton:disabled {{ color: #8a8a8a; }}
QPushButton#primary {{ background: {ACCENT}; color: #ffffff; border-color: {ACCENT};
    font-weight: bold; }}
QPushButton#primary:disabled {{ background: #7d95b3; }}
QListWidget::item:selected {{ background: {ACCENT}; color: #ffffff; }}
QGroupBox {{ font-weight: bold; border: 1px solid {LINE}; border-radius: 4px;
    margin-top: 14px; padding-top: 8px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: 22px; height: 22px; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#inlineError {{ color: #b00020; font-weight: bold; }}
"""


def apply(widget: QWidget) -> None:
    """Large base font and the high-contrast style sheet, on one top-level window.

    The base size is set on the application: under a style sheet Qt stops passing a
    parent's font down to its children, but every widget starts from the application
    font, so that is the one place a base size reaches all of them (dialogs included).
    """
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.font().pointSize() != BASE_PT:
        base = app.font()
        base.setPointSize(BASE_PT)
        QApplication.setFont(base)
    set_font(widget, BASE_PT)
    widget.setStyleSheet(STYLE)
