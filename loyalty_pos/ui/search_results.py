"""The list of members matching what is typed in the search box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ..services.views import SearchHit

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole


class SearchResults(QListWidget):
    """One row per hit: name, then card and phone to tell namesakes apart."""

    chosen = Signal(int)  # member id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Search results"))
        self.itemActivated.connect(self._activated)
        self.hits: list[SearchHit] = []

    def show_hits(self, hits: list[SearchHit]) -> None:
        """Show ``hits``; the same hits again (a space typed) keep the list and its row."""
        if hits == self.hits and self.count() == len(hits):
            return
        self.clear()
        self.hits = hits
        for hit in hits:
            details = " · ".join(x for x in (hit.card_number, hit.phone, hit.email) if x)
            text = hit.name + ("\n" + details if details else "")
            if hit.blocked:
                text += "  " + self.tr("(blocked)")
            item = QListWidgetItem(text)
            item.setData(MEMBER_ID_ROLE, hit.id)
            self.addItem(item)
        if hits:
            self.setCurrentRow(0)

    def step(self, step: int) -> None:
        """Move the highlighted row, staying inside the list."""
        if self.count() == 0:
            return
        row = min(max(self.currentRow() + step, 0), self.count() - 1)
        self.setCurrentRow(row)

    def current_member_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else item.data(MEMBER_ID_ROLE)

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(MEMBER_ID_ROLE))
