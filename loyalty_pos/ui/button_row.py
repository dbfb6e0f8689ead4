"""The row of buttons under an owner's form: extras on the left, Close and Save right.

Every owner dialog built the same row by hand: a primary Save that Enter presses, a
Close that Esc presses and that Enter never reaches, a few buttons in between that Enter
must not press either, each with its shortcut. This builds it once. The texts are the
caller's, already translated in the caller's own context, so moving a dialog onto this
row keeps every translation it had.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from .keys import press_with


def push_button(
    parent: QWidget,
    text: str,
    slot: Callable[[], object],
    *,
    key: str | None = None,
    primary: bool = False,
) -> QPushButton:
    """A button that ``key`` presses; only a ``primary`` one is pressed by Enter."""
    button = QPushButton(text, parent)
    if primary:
        button.setObjectName("primary")
        button.setDefault(True)
    else:
        button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    if key:
        press_with(key, button, parent)
    return button


@dataclass
class ButtonRow:
    """The laid-out row and its buttons (``extras`` in the order given)."""

    layout: QHBoxLayout
    save: QPushButton
    close: QPushButton
    extras: list[QPushButton] = field(default_factory=list)


def button_row(
    parent: QWidget,
    *,
    save: tuple[str, Callable[[], object]],
    close: tuple[str, Callable[[], object]],
    leading: Sequence[QPushButton] = (),
    before_save: Sequence[QPushButton] = (),
) -> ButtonRow:
    """``leading`` buttons, a stretch, Close, ``before_save`` buttons, then Save.

    Save is the default button (Enter in any field saves) and Ctrl+S presses it; Close
    is what Esc does in a dialog anyway, so it needs no key of its own.
    """
    save_button = push_button(parent, save[0], save[1], key="Ctrl+S", primary=True)
    close_button = push_button(parent, close[0], close[1])
    row = QHBoxLayout()
    for button in leading:
        row.addWidget(button)
    row.addStretch(1)
    row.addWidget(close_button)
    for button in before_save:
        row.addWidget(button)
    row.addWidget(save_button)
    return ButtonRow(row, save_button, close_button, [*leading, *before_save])
