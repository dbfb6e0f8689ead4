"""A word-wrapped label that measures its height for a width once per text.

Qt's layouts ask a word-wrapped ``QLabel`` for its height at a width many times in one
pass (the member page asked the contact line twelve times a scan), and ``QLabel`` lays
the text out anew for each answer (0.06 ms for a short line). The member panel's
wrapped lines change with every member, but their width does not: this label keeps
its answers until its text, font or style changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


class WrapLabel(QLabel):
    """``QLabel`` with word wrap on and ``heightForWidth`` remembered per width."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def changeEvent(self, event: QEvent) -> None:
        """A new font, style sheet, margins or language: measure again."""
        self._heights.clear()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height
