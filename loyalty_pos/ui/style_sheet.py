"""The application's style sheet and palette, built from one colour set.

All colours of every screen live here, selected by object names and properties
(``QFrame#banner[tone="error"]``, ``QWidget#stampCard[ready="true"]``), so a new set
restyles every open window at once. Sizes that a finger must hit are minimums here
too: ``TOUCH_PX`` for every button, field, check box and list row.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen

from .colours import Colours

TOUCH_PX = 44  # the smallest thing a finger should have to hit


def style_sheet(c: Colours) -> str:
    """The whole application's style for colour set ``c``.

    Sizes that must reach ``TOUCH_PX`` are given as the content's minimum: the style
    sheet box model adds padding and borders around it. A minimum height here replaces
    one a widget set for itself, so the bigger buttons (the feedback scores, Confirm)
    get theirs here too.
    """
    b, f = c.border_px, c.focus_px
    grow = f - b  # a thicker focus ring takes its width from the padding
    field_pad = 4
    field_min = TOUCH_PX - 2 * (field_pad + b)
    button_pad_v, button_pad_h = 4, 12  # the height is the touch minimum's or the text's
    button_min_h = TOUCH_PX - 2 * (button_pad_v + b)
    button_min_w = TOUCH_PX - 2 * (button_pad_h + b)
    tab_pad = 8
    tab_min = TOUCH_PX - 2 * tab_pad - b
    indicator = 30 if c.high_contrast else 26
    tones = "".join(
        f'QFrame#banner[tone="{tone}"] {{ background: {bg};'
        f" border: {b if c.high_contrast else 0}px solid {ink}; border-radius: 6px; }}\n"
        f'QFrame#banner[tone="{tone}"] QLabel {{ color: {ink}; }}\n'
        for tone, (bg, ink) in c.tones.items()
    )
    scores = "".join(
        f'QPushButton[score="{s}"] {{ background: {bg}; color: {ink};'
        f" border: {b}px solid {ink}; border-radius: 8px; }}\n"
        f'QPushButton[score="{s}"]:pressed {{ background: {ink}; color: {bg}; }}\n'
        for s, (bg, ink) in c.scores.items()
    )
    reward_bg, reward_ink = c.tones["reward"]
    return f"""
QWidget {{ color: {c.ink}; }}
QMainWindow, QDialog {{ background: {c.paper}; }}
QToolTip {{ background: {c.panel}; color: {c.ink}; border: 1px solid {c.line}; padding: 4px; }}
QWidget#topRow {{ background: {c.panel}; border-bottom: 1px solid {c.line}; }}
QMenuBar {{ background: {c.panel}; color: {c.ink}; }}
QMenuBar::item {{ padding: 2px 12px; background: transparent; }}
QMenuBar::item:selected, QMenuBar::item:pressed {{ background: {c.accent}; color: {c.on_accent}; }}
QMenu {{ background: {c.paper}; color: {c.ink}; border: {b}px solid {c.line}; }}
QMenu::item {{ padding: 11px 36px 11px 20px; }}
QMenu::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QMenu::item:disabled {{ color: {c.disabled_ink}; }}
QMenu::separator {{ height: 1px; background: {c.line}; margin: 4px 8px; }}
QStatusBar {{ background: {c.panel}; color: {c.ink}; }}
QStatusBar::item {{ border: none; }}
QStatusBar QLabel {{ color: {c.ink}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, QDateEdit, QComboBox {{
    background: {c.paper}; color: {c.ink}; border: {b}px solid {c.line}; border-radius: 4px;
    padding: {field_pad}px; selection-background-color: {c.accent};
    selection-color: {c.on_accent}; placeholder-text-color: {c.muted};
}}
QLineEdit, QSpinBox, QDoubleSpinBox, QDateEdit, QComboBox {{ min-height: {field_min}px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus, QComboBox:focus {{
    border: {f}px solid {c.focus}; padding: {field_pad - grow}px; background: {c.focus_paper};
}}
QLineEdit:disabled, QSpinBox:disabled, QComboBox:disabled {{ color: {c.disabled_ink}; }}
QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button,
QDoubleSpinBox::down-button, QDateEdit::up-button, QDateEdit::down-button {{ width: 36px; }}
QComboBox::drop-down {{ width: 36px; }}
QComboBox QAbstractItemView {{ background: {c.paper}; color: {c.ink};
    selection-background-color: {c.accent}; selection-color: {c.on_accent}; }}
QComboBox QAbstractItemView::item {{ min-height: {TOUCH_PX}px; }}
QListView, QTreeView, QTableView {{
    background: {c.paper}; color: {c.ink}; border: {b}px solid {c.line}; border-radius: 4px;
    alternate-background-color: {c.panel};
}}
QListView:focus, QTreeView:focus, QTableView:focus {{ border: {f}px solid {c.focus}; }}
QListView::item {{ min-height: {TOUCH_PX}px; }}
QListView::item:selected, QTreeView::item:selected, QTableView::item:selected {{
    background: {c.accent}; color: {c.on_accent};
}}
QHeaderView::section {{ background: {c.panel}; color: {c.ink}; border: none;
    border-bottom: 1px solid {c.line}; padding: 2px 6px; font-weight: bold; }}
QTableCornerButton::section {{ background: {c.panel}; border: none; }}
QPushButton, QToolButton {{
    background: {c.panel}; color: {c.ink}; border: {b}px solid {c.line}; border-radius: 4px;
    padding: {button_pad_v}px {button_pad_h}px;
    min-height: {button_min_h}px; min-width: {button_min_w}px;
}}
QPushButton:focus, QToolButton:focus {{ border: {f}px solid {c.focus};
    padding: {button_pad_v - grow}px {button_pad_h - grow}px; }}
QPushButton:pressed, QToolButton:pressed {{ background: {c.line}; color: {c.paper}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {c.disabled_ink};
    border-style: dashed; }}
QPushButton[score] {{ min-width: {78 - 2 * (button_pad_h + b)}px;
    min-height: {96 - 2 * (button_pad_v + b)}px; }}
QPushButton[tall="true"] {{ min-height: {TOUCH_PX + 8 - 2 * (button_pad_v + b)}px; }}
QPushButton[compact="true"] {{ padding-left: 6px; padding-right: 6px; }}
QPushButton[compact="true"]:focus {{ padding-left: {6 - grow}px; padding-right: {6 - grow}px; }}
QPushButton#primary {{ background: {c.accent}; color: {c.on_accent}; border-color: {c.accent};
    font-weight: bold; }}
QPushButton#primary:focus {{ border-color: {c.focus}; }}
QPushButton#primary:disabled {{ background: {c.panel}; color: {c.disabled_ink};
    border: {b}px dashed {c.line}; }}
QTabWidget::pane {{ border: {b}px solid {c.line}; border-radius: 4px; top: -{b}px; }}
QTabBar::tab {{ background: {c.panel}; color: {c.ink}; border: {b}px solid {c.line};
    border-bottom: none; padding: {tab_pad}px 14px; min-height: {tab_min}px;
    margin-right: 2px; border-top-left-radius: 4px; border-top-right-radius: 4px; }}
QTabBar::tab:selected {{ background: {c.paper}; font-weight: bold;
    border-top: {f}px solid {c.accent}; }}
QTabBar::tab:focus {{ border: {f}px solid {c.focus}; border-bottom: none; }}
QGroupBox {{ font-weight: bold; border: 1px solid {c.line}; border-radius: 4px;
    margin-top: 0.5em; padding-top: 0.5em; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QCheckBox, QRadioButton {{ min-height: {TOUCH_PX}px; spacing: 10px; }}
QRadioButton::indicator, QCheckBox::indicator, QListView::indicator {{
    width: {indicator}px; height: {indicator}px; border: {b}px solid {c.ink};
    background: {c.paper}; border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: {indicator // 2 + b}px; }}
QCheckBox::indicator:checked, QListView::indicator:checked {{
    background: {c.accent}; image: url({mark_image(c, "tick")}); }}
QRadioButton::indicator:checked {{ background: {c.accent}; image: url({mark_image(c, "dot")}); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {c.disabled_ink}; }}
QCheckBox:focus, QRadioButton:focus {{ border: {f}px solid {c.focus}; border-radius: 4px;
    background: {c.focus_paper}; }}
QScrollArea {{ background: transparent; }}
QLabel#hint {{ color: {c.muted}; }}
QLabel#inlineError, QLabel#error {{ color: {c.error_ink}; font-weight: bold; }}
QLabel#notice {{ color: {c.success_ink}; }}
QLabel#expiring {{ color: {c.warn_ink}; }}
QLabel#recognition {{ color: {c.accent_ink}; }}
QLabel#tierBadge {{ background: {c.tier[0]}; color: {c.tier[1]}; padding: 2px 10px;
    border-radius: 6px; }}
{tones}
QFrame#banner QPushButton {{ background: {c.banner_button[0]}; color: {c.banner_button[1]};
    font-weight: bold; border: 2px solid {c.banner_button[1]}; padding: 8px 14px; }}
QWidget#stampCard {{ background: {c.panel}; border: 2px solid {c.line}; border-radius: 8px; }}
QWidget#stampCard[off="true"] {{ border-style: dashed; }}
QWidget#stampCard[off="true"] QLabel {{ color: {c.off_ink}; }}
QWidget#stampCard[ready="true"] {{ background: {reward_bg}; }}
QWidget#stampCard[ready="true"] QLabel, QWidget#stampCard[ready="true"][off="true"] QLabel {{
    color: {reward_ink}; }}
QWidget#stampCard[ready="true"] QLabel#expiring {{ color: {reward_ink}; }}
QFrame#tile, QFrame#reportTile {{ background: {c.panel}; border: 2px solid {c.line};
    border-radius: 8px; }}
QFrame#totals {{ background: {c.panel}; border: 2px solid {c.line}; border-radius: 6px; }}
QLabel#give {{ background: {reward_bg}; color: {reward_ink}; padding: 4px; border-radius: 4px; }}
QLabel#earn {{ color: {c.success_ink}; }}
QFrame#duplicateBox {{ background: {c.notice[0]}; border: 2px solid {c.notice[2]};
    border-radius: 6px; }}
QFrame#duplicateBox QLabel {{ border: none; color: {c.notice[1]}; }}
{scores}
"""


_marks: dict[tuple[str, str, int], str] = {}


def mark_image(c: Colours, kind: str) -> str:
    """A tick ("tick") or a dot ("dot") in ``c.on_accent``, as a PNG file the style
    sheet can point at: a ticked box shows a tick, not only another colour."""
    side = 64
    key = (kind, c.on_accent, side)
    if key in _marks and Path(_marks[key]).exists():
        return _marks[key]
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(c.on_accent)
    if kind == "tick":
        pen = QPen(ink, side * 0.14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.drawPolyline(
            [QPointF(side * x, side * y) for x, y in ((0.2, 0.52), (0.42, 0.74), (0.8, 0.28))]
        )
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ink)
        p.drawEllipse(QPointF(side / 2, side / 2), side * 0.22, side * 0.22)
    p.end()
    folder = Path(tempfile.gettempdir()) / "loyalty-pos-marks"
    folder.mkdir(exist_ok=True)
    path = folder / f"{kind}-{c.on_accent.lstrip('#')}.png"
    image.save(str(path))
    _marks[key] = path.as_posix()
    return _marks[key]


def palette(c: Colours) -> QPalette:
    """The Qt palette for ``c``: what the style sheet does not colour (scroll bars,
    check marks, tooltips, message boxes) follows it."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.paper,
        QPalette.ColorRole.WindowText: c.ink,
        QPalette.ColorRole.Base: c.paper,
        QPalette.ColorRole.AlternateBase: c.panel,
        QPalette.ColorRole.Text: c.ink,
        QPalette.ColorRole.Button: c.panel,
        QPalette.ColorRole.ButtonText: c.ink,
        QPalette.ColorRole.BrightText: c.paper,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.ToolTipBase: c.panel,
        QPalette.ColorRole.ToolTipText: c.ink,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.accent_ink,
        QPalette.ColorRole.Light: c.paper,
        QPalette.ColorRole.Midlight: c.panel,
        QPalette.ColorRole.Mid: c.line,
        QPalette.ColorRole.Dark: c.line,
        QPalette.ColorRole.Shadow: c.ink,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_ink))
    return p
