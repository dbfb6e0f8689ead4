"""The owner's list-and-form screen: what programs, coupon offers and staff share.

A list on the left (and a "New …" button under it), the picked row's form on the right
with a heading and an inline error under it, and the button row at the bottom (Close,
an optional Switch off/on, Save). Enter saves, Esc closes, Tab goes from the list into
the form and on to the buttons; it fits a 1280×720 till (the form may scroll).

Writes go through ``Ops.run`` with the inline label as the error path, so a refusal is
shown in its own words and anything unexpected as the one sentence of the app, with the
traceback in the log. The list refreshes when the change bus says the kind it shows
(``KIND``) changed, whoever changed it. Given no ``ops`` (older callers, tests), the
dialog builds a private one over the shop's change tracker and a bus of its own.

Texts are the subclass's, translated in its own context (the base has no strings of
its own, and its ``tr`` never falls back to the base's context), so every dialog keeps
the translations it had before it was moved onto this base.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import Changes
from ..domain.errors import UserError
from ..l10n import message
from ..services.changes import ChangeTracker, Outcome
from . import theme
from .bus import ChangeBus
from .button_row import ButtonRow, button_row, push_button
from .ops import Ops
from .scroll_page import ScrollPage

T = TypeVar("T")
VALUE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Entry:
    """One list row: its text, what picking it edits, its id, and whether it is off."""

    text: str
    value: Any
    id: int
    off: bool = False


@dataclass(frozen=True)
class Texts:
    """The subclass's words for the shared parts, translated in its own context."""

    new: str  # "New program (Ctrl+N)"
    save: str  # "Save (Ctrl+S)"
    close: str  # "Close (Esc)"
    switch_off: str | None = None  # "Switch off (Ctrl+O)"; None: no switch button
    switch_on: str | None = None
    list_name: str | None = None  # the list's accessible name


class ListFormDialog(QDialog):
    """Subclasses give ``entries``, ``edit`` and ``save`` (and ``toggle`` if they can)."""

    KIND: ClassVar[str] = ""  # the ``Changes`` kind the list shows

    def __init__(self, parent: QWidget | None, *, ops: Ops | None, changes: ChangeTracker) -> None:
        """``changes`` is the tracker a private ``Ops`` uses when ``ops`` is None."""
        super().__init__(parent)
        self.ops = ops if ops is not None else Ops(changes, ChangeBus(self))
        self.ops.bus.changed.connect(self._bus_changed)
        self.editing: Any = None
        theme.apply(self)
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(self._picked)
        self.heading = QLabel(self)
        theme.set_font(self.heading, theme.CARD_TITLE_PT, bold=True)
        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.switch_button: QPushButton | None = None
        self.buttons: ButtonRow | None = None

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        """``text`` in the subclass's own context, and only there.

        PySide's ``tr`` takes a translation that reads like its source ("{name}: {what}"
        in Hungarian) as missing and asks the next class up, this one, which has no
        strings; the subclass's context is where the catalogue files them.
        """
        return QCoreApplication.translate(type(self).__name__, text, disambiguation, n)

    # Building -----------------------------------------------------------------------

    def build(
        self,
        form: QFormLayout,
        texts: Texts,
        *,
        under_error: Sequence[QWidget] = (),
        bottom: Sequence[QWidget] = (),
        leading: Sequence[QPushButton] = (),
        scroll: bool = False,
        on_close: Callable[[], object] | None = None,
    ) -> None:
        """Lay out the list, the form and the buttons.

        ``under_error`` widgets follow the error label; ``bottom`` ones sit just above
        the buttons.

        ``scroll`` puts the form in a scroll area (a long form on a short till), so the
        buttons under it stay in view.
        """
        if texts.list_name:
            self.list.setAccessibleName(texts.list_name)
        new_button = push_button(self, texts.new, self.new_entry, key="Ctrl+N")
        before_save: list[QPushButton] = []
        if texts.switch_off is not None:
            self._switch_texts = (texts.switch_off, texts.switch_on or texts.switch_off)
            self.switch_button = push_button(self, texts.switch_off, self.toggle, key="Ctrl+O")
            before_save.append(self.switch_button)
        self.buttons = button_row(
            self,
            save=(texts.save, self.save),
            close=(texts.close, on_close or self.reject),
            leading=leading,
            before_save=before_save,
        )
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(new_button)
        page = ScrollPage(self) if scroll else None
        column = page.column if page is not None else QVBoxLayout()
        column.addWidget(self.heading)
        column.addLayout(form)
        column.addWidget(self.error)
        for widget in under_error:
            column.addWidget(widget)
        column.addStretch(1)
        for widget in bottom:
            column.addWidget(widget)
        right = QVBoxLayout()
        if page is not None:
            right.addWidget(page, 1)
        else:
            right.addLayout(column, 1)
        right.addLayout(self.buttons.layout)
        body = QHBoxLayout(self)
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        # Tab goes list → form (their order of creation) → the buttons as they are seen
        # → "New" → back to the list.
        row = [*leading, self.buttons.close, *before_save, self.buttons.save, new_button]
        for first, then in pairwise(row):
            QWidget.setTabOrder(first, then)

    def start(self) -> None:
        """Fill the list and pick its first row (or start a new entry when it is empty)."""
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_entry()

    # The list -----------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        raise NotImplementedError

    def reload(self, select_id: int | None = None) -> None:
        """Re-read the list; ``select_id`` is picked without re-filling the form."""
        self.list.blockSignals(True)
        self.list.clear()
        try:
            entries = self.entries()
        except UserError as err:
            self.show_error(message(err))
            entries = []
        for entry in entries:
            item = QListWidgetItem(entry.text)
            item.setData(VALUE_ROLE, entry.value)
            if entry.off:  # greyed and slanted, as on the rewards set-up
                item.setForeground(QBrush(QColor(theme.colours().off_ink)))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
            if entry.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _bus_changed(self, changes: Changes) -> None:
        """Someone changed what the list shows: re-read it, keeping the row picked."""
        if self.KIND and changes.touches(self.KIND):
            self.reload(select_id=self.editing_id())

    def editing_id(self) -> int | None:
        return getattr(self.editing, "id", None)

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.hide_messages()
            self.edit(item.data(VALUE_ROLE))

    # The form -----------------------------------------------------------------------

    def edit(self, value: Any) -> None:
        """Fill the form from ``value``; None starts a new entry."""
        raise NotImplementedError

    def first_field(self) -> QWidget | None:
        return None

    def new_entry(self) -> None:
        self.list.clearSelection()
        self.hide_messages()
        self.edit(None)
        field = self.first_field()
        if field is not None:
            field.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def hide_messages(self) -> None:
        """Before a new attempt or another row: the last answer no longer applies."""
        self.error.clear()
        self.error.hide()

    def set_switch(self, enabled: bool, off: bool) -> None:
        """The switch button follows the row picked: "Switch on" for one switched off."""
        if self.switch_button is not None:
            self.switch_button.setEnabled(enabled)
            self.switch_button.setText(self._switch_texts[1 if off else 0])

    # Writing ------------------------------------------------------------------------

    def run(self, call: Callable[[], T], on_done: Callable[[T], None]) -> Outcome[T] | None:
        """Run a use case the one way: errors inline, what it changed on the bus."""
        self.hide_messages()
        return self.ops.run(self, call, on_done, on_error=self.show_error)

    def save(self) -> None:
        raise NotImplementedError

    def toggle(self) -> None:
        """Ctrl+O: switch the row picked off, or on again (subclasses that can)."""

    def saved(self, value: Any) -> None:
        """After a save: the list re-read with the saved row picked, the form from it."""
        self.reload(select_id=value.id)
        self.edit(value)
