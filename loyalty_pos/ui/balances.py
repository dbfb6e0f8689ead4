"""Points, store credit and passes beside the punch cards, as compact tiles.

The stamp cards stay the big, recognisable part of the panel; these read as one row
of figures ("Points 230 = 2 300 Ft", "Store credit 1 250 Ft", "Car wash 7 left"), with
what lapses within the month in orange under the figure it belongs to.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..services.member_extras import MemberExtras
from . import theme
from .formatting import format_date, format_money

COLUMNS = 2  # one with large text, where two would not fit beside the punch cards


class Tile(QFrame):
    """Title, a large figure, and an optional orange line under it."""

    def __init__(self, title: str, figure: str, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.title = QLabel(title, self)
        self.title.setObjectName("hint")
        self.title.setWordWrap(True)
        theme.set_font(self.title, theme.SMALL_PT, bold=True)
        self.figure = QLabel(figure, self)
        theme.set_font(self.figure, theme.CARD_TITLE_PT, bold=True)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setObjectName("expiring")
        theme.set_font(self.note, theme.SMALL_PT, bold=True)
        self.note.setVisible(bool(note))
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title)
        top.addStretch(1)
        if theme.text_size() == theme.TEXT_SIZES[0]:
            top.addWidget(self.figure)
        else:  # large text: the figure on a line of its own, the whole width for it
            self.figure.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(0)
        layout.addLayout(top)
        if self.figure.parentWidget() is self and top.indexOf(self.figure) < 0:
            layout.addWidget(self.figure)
        layout.addWidget(self.note)

    def set(self, title: str, figure: str, note: str = "") -> None:
        """Another balance in this tile (the next member's)."""
        self.title.setText(title)
        self.figure.setText(figure)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def text(self) -> str:
        return " ".join(t for t in (self.title.text(), self.figure.text(), self.note.text()) if t)


class BalancesRow(QWidget):
    """A tile per points program, store credit and each pass held.

    The tiles stay for the next member: their words change in place, a tile is added
    for a member with more balances, and the ones left over wait, hidden.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: list[Tile] = []
        self._pool: list[Tile] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)

    def text(self) -> str:
        return "\n".join(t.text() for t in self.tiles)

    def show_extras(self, extras: MemberExtras | None, currency: str, now: datetime) -> None:
        shown: list[tuple[str, str, str]] = []
        if extras is not None:
            shown = self._tiles(extras, currency, now)
        columns = COLUMNS if theme.text_size() == theme.TEXT_SIZES[0] else 1
        for i, words in enumerate(shown):
            if i == len(self._pool):
                tile = Tile(*words, parent=self)
                self._grid.addWidget(tile, i // columns, i % columns)
                self._pool.append(tile)
            else:
                self._pool[i].set(*words)
                if self._pool[i].isHidden():
                    self._pool[i].show()
        for tile in self._pool[len(shown) :]:
            if not tile.isHidden():
                tile.hide()
        self.tiles = self._pool[: len(shown)]
        self.setVisible(bool(self.tiles))

    def _tiles(
        self, extras: MemberExtras, currency: str, now: datetime
    ) -> list[tuple[str, str, str]]:
        """(title, figure, note) of each tile, in order."""
        loc = QLocale()
        by = format_date(extras.expiring_by, now) if extras.expiring_by else ""

        def lapsing(n: str) -> str:
            return self.tr("{n} expire by {date}").format(n=n, date=by)

        tiles = []
        for p in extras.points:
            figure = loc.toString(p.points)
            if p.point_value:
                figure = self.tr("{points} = {value}").format(
                    points=figure, value=format_money(p.points * p.point_value, currency)
                )
            note = lapsing(loc.toString(p.expiring)) if p.expiring else ""
            tiles.append((p.name, figure, note))
        if extras.has_credit_program or extras.credit:
            note = (
                lapsing(format_money(extras.credit_expiring, currency))
                if extras.credit_expiring
                else ""
            )
            tiles.append((self.tr("Store credit"), format_money(extras.credit, currency), note))
        for p in extras.passes:
            note = lapsing(loc.toString(p.expiring)) if p.expiring else ""
            tiles.append((p.name, self.tr("{n} left").format(n=loc.toString(p.uses)), note))
        return tiles
