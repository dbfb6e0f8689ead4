"""The owner's short item list, picked by keyboard.

On the focused list: a digit sets the quantity of the highlighted item, + (or →) adds
one, - (or ←) takes one away, Delete clears it; letters jump to the item whose name
starts with them (Qt's keyboard search). Enter is left to the form (it confirms).

After a scan the member's usual item may be pre-filled as one (``prefill_usual``), so
Enter alone rings it up. That one is a suggestion, like a selected field's text: the
first quantity set on another item replaces it, so a customer who wants something else
today costs the cashier no extra key.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ...domain.programs import MAX_ITEMS_PER_VISIT
from ...domain.schemes import Item
from .. import theme
from ..fit_scroll import FitRows
from ..formatting import format_money

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole


class ItemPicker(FitRows, QListWidget):
    """One row per active item: "2 × Latte   1 200 Ft"; ``quantities()`` maps id → n.

    Five rows where the height allows, down to the highlighted one where it does not."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Items"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        theme.set_font(self, theme.BASE_PT)
        self._items: list[Item] = []
        self._qty: dict[int, int] = {}
        self._currency = "HUF"
        self._usual: int | None = None  # pre-filled and not touched since
        self._shown: dict[int, tuple[str, bool]] = {}  # row → (text, bold) it shows
        self._prices: dict[tuple[int, str, str], str] = {}  # (price, currency, locale)

    def set_items(self, items: list[Item], currency: str) -> None:
        """The shop's active items, no quantities. The same items as shown (every scan,
        unless the owner changed the list) keep their rows: only the texts that change
        are set again."""
        active = [i for i in items if i.active]
        same = active == self._items and currency == self._currency
        self._items = active
        self._currency = currency
        self._qty = {}
        self._usual = None
        if not same:
            self._shown = {}
            self.clear()
            for item in self._items:
                row = QListWidgetItem(self)
                row.setData(ITEM_ID_ROLE, item.id)
        self._render()
        if self.count() and (not same or self.currentRow() != 0):
            self.setCurrentRow(0)
        if same:
            self.scrollToTop()  # as a list filled anew starts
        if not same:
            self.updateGeometry()  # as many rows as there are items, up to five

    def quantities(self) -> dict[int, int]:
        return {k: v for k, v in self._qty.items() if v}

    def chosen(self) -> dict[int, int]:
        """The quantities the cashier entered: the usual item, while it is only
        suggested, is not among them (a second scan must not ask to keep a suggestion)."""
        return {k: v for k, v in self.quantities().items() if k != self._usual}

    def price_total(self) -> int | None:
        """The sum of the picked items' prices, when every picked item has a price."""
        picked = [(i, self._qty.get(i.id, 0)) for i in self._items if self._qty.get(i.id)]
        if not picked or any(i.price is None for i, _ in picked):
            return None
        return sum((i.price or 0) * n for i, n in picked)

    def set_quantity(self, item_id: int, n: int) -> None:
        """``n`` of the item; some of another item replaces the usual pre-filled."""
        n = max(0, min(n, MAX_ITEMS_PER_VISIT))
        replaced = self._usual is not None and self._usual != item_id and n > 0
        if replaced:
            self._qty[self._usual] = 0  # the suggestion was not what the customer wanted
        chosen = replaced or self._usual == item_id
        if chosen:
            self._usual = None  # the cashier has chosen
        if not replaced and self._qty.get(item_id, 0) == n:
            if chosen:
                self._render()  # no longer marked as the usual
            return
        self._qty[item_id] = n
        self._render()
        self.changed.emit()

    def prefill_usual(self, item_id: int | None) -> Item | None:
        """One of the member's usual item, highlighted, as a suggestion (no signal: the
        form is being filled). Returns the item, or None when it is not on the list."""
        row = next((r for r, i in enumerate(self._items) if i.id == item_id), None)
        if row is None or item_id is None:
            return None
        self._qty[item_id] = 1
        self._usual = item_id
        self._render()
        self.setCurrentRow(row)
        self.scrollToItem(self.item(row))
        return self._items[row]

    def drop_usual(self) -> None:
        """Take back the usual item while it is only suggested (a reward is redeemed
        instead: the customer must not pay for a coffee they get free)."""
        if self._usual is not None:
            self._qty[self._usual] = 0
            self._usual = None
            self._render()
            self.changed.emit()

    def restore(self, quantities: dict[int, int], usual: Item | None) -> None:
        """Quantities kept over a refresh; a usual item only suggested stays a suggestion."""
        for item_id, n in quantities.items():
            if usual is None or item_id != usual.id:
                self.set_quantity(item_id, n)
        if usual is not None:
            self.prefill_usual(usual.id)

    def usual(self) -> Item | None:
        """The usual item while it is still only pre-filled."""
        return next((i for i in self._items if i.id == self._usual), None)

    def reset(self) -> None:
        self._usual = None
        if self._qty:
            self._qty = {}
            self._render()

    def _render(self) -> None:
        """Each row's text and weight; a row is set again only when they changed (each
        ``setText`` has the list lay its rows out again)."""
        locale = QLocale().name()
        for row in range(self.count()):
            widget_item = self.item(row)
            item = self._items[row]
            n = self._qty.get(item.id, 0)
            price = self._price(item, locale)
            text = f"{n} × {item.name}" if n else f"     {item.name}"
            if item.id == self._usual:
                text = self.tr("{item} · usual").format(item=text)
            shown = (f"{text}    {price}".rstrip(), bool(n))
            if self._shown.get(row) == shown:
                continue
            self._shown[row] = shown
            widget_item.setText(shown[0])
            f = widget_item.font()
            if f.bold() != shown[1]:
                f.setBold(shown[1])
                widget_item.setFont(f)

    def _price(self, item: Item, locale: str) -> str:
        """The item's price as shown, formatted once per price, currency and locale."""
        if item.price is None:
            return ""
        key = (item.price, self._currency, locale)
        text = self._prices.get(key)
        if text is None:
            text = self._prices[key] = format_money(item.price, self._currency)
        return text

    def _current_id(self) -> int | None:
        row = self.currentItem()
        return row.data(ITEM_ID_ROLE) if row is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item_id = self._current_id()
        key = event.key()
        text = event.text()
        if item_id is not None:
            n = self._qty.get(item_id, 0)
            if text.isdigit() and len(text) == 1:
                self.set_quantity(item_id, int(text))
                return
            if text in ("+", "=") or key == Qt.Key.Key_Right:
                self.set_quantity(item_id, n + 1)
                return
            if text == "-" or key == Qt.Key.Key_Left:
                self.set_quantity(item_id, n - 1)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.set_quantity(item_id, 0)
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the form confirms
            return
        super().keyPressEvent(event)
