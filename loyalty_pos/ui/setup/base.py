"""One tab of the rewards set-up: what exists (a list) and a form to add or change one.

Picking a row fills the form with it: the main button then saves changes to that row
(Ctrl+S or Ctrl+Enter) and Ctrl+O switches it off or on again. Ctrl+N empties the form
for a new one (Ctrl+Enter adds it), Ctrl+L goes to the list. Nothing is ever deleted:
visits and ledger rows refer to what the owner set up, so it is switched off instead,
shown greyed with "(off)", and what members hold in it stays theirs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.checkout import Schemes
from ...services import Services
from ...services.schemes import Switched
from .. import theme
from ..formatting import format_money
from ..ops import Ops
from ..scroll_page import ScrollPage
from .fields import Field, FieldError, Spec, checks, choice, line, tr

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


class SchemeTab(QWidget):
    """A list of one kind of scheme and a form; subclasses describe the kind.

    Subclasses set ``columns`` and ``kind`` (the name ``SchemeService`` uses: its
    ``add_<kind>``, ``update_<kind>`` and ``switch(kind, …)``), declare the form as
    ``specs`` and the scheme's class as ``scheme_type``, and list rows in ``rows``; the
    form is built, filled (``fill``) and read back (``make``) from the specs, which a
    tab extends only where a field is not one field of the scheme. A tab without a list
    (the rules) overrides ``save`` instead.
    """

    columns: tuple[str, ...] = ()
    kind = ""
    specs: ClassVar[tuple[Spec, ...]] = ()
    scheme_type: ClassVar[Callable[..., Any] | None] = None
    saved = Signal()

    def __init__(self, services: Services, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = Ops.detached()  # the set-up dialog hands each tab the counter's own
        self.currency = currency
        self.schemes = Schemes()
        self.fields: dict[str, Field] = {}
        self.editing: Any = None  # the scheme picked in the list, shown in the form
        self.list = QTreeWidget(self)
        theme.touch_rows(self.list)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([tr(c) for c in self.columns])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.setMaximumHeight(190)
        # On a short till the page scrolls rather than crush the list to one row.
        header = self.list.header().sizeHint().height()
        self.list.setMinimumHeight(min(190, theme.rows_height(self.list, 2) + header))
        self.list.setVisible(bool(self.columns))
        self.list.setAccessibleName(tr("Set up so far"))
        self.list.currentItemChanged.connect(lambda current, _before: self._picked(current))
        self.mode = QLabel(self)
        self.mode.setObjectName("hint")
        self.mode.setWordWrap(True)
        self.mode.setVisible(bool(self.kind))
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.done = QLabel(self)
        self.done.setObjectName("notice")
        self.done.setWordWrap(True)
        self.new_button = QPushButton(tr("New (Ctrl+N)"), self)
        self.new_button.clicked.connect(self.new)
        self.switch_button = QPushButton(tr("Switch off (Ctrl+O)"), self)
        self.switch_button.clicked.connect(self.toggle)
        self.button = QPushButton(self)
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.submit)
        for b in (self.new_button, self.switch_button, self.button):
            b.setAutoDefault(False)
        self.new_button.setVisible(bool(self.kind))
        self.switch_button.setVisible(bool(self.kind))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.button)
        # The list and the form scroll on a short till; the buttons stay in view.
        self.scroll = ScrollPage(self)
        column = self.scroll.column
        column.addWidget(self.list)
        column.addWidget(self.mode)
        column.addLayout(self.form)
        column.addWidget(self.error)
        column.addStretch(1)
        column.addWidget(self.done)  # full width: what members keep can take two lines
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.build()
        self.reload()
        self._show_mode()

    # For subclasses ------------------------------------------------------------------

    def build(self) -> None:
        """The form's widgets, one row per spec (a tab may add to them)."""
        for spec in self.specs:
            self.add_spec(spec)

    def rows(self, schemes: Schemes) -> list[tuple[Any, list[str]]]:
        """(scheme, cells) per row; the scheme has ``id``, ``name`` and ``active``."""
        return []

    def fill(self, scheme: Any) -> None:
        """Show ``scheme``'s values in the form (each spec's ``attr``, as it shows it)."""
        for spec in self.specs:
            if spec.attr:
                self.fields[spec.key].set(spec.shown(getattr(scheme, spec.attr)))

    def scheme_values(self, v: dict[str, Any]) -> dict[str, Any]:
        """The scheme's fields the form sets, from what ``values()`` read."""
        return {s.attr: s.stored(v[s.key]) for s in self.specs if s.attr}

    def make(self, v: dict[str, Any], base: Any) -> Any:
        """The scheme the form describes; ``base`` is the one being changed, or None."""
        assert self.scheme_type is not None
        return self.scheme_type(
            id=base.id if base else 0,
            active=base.active if base else True,
            **self.scheme_values(v),
        )

    def change_note(self, before: Any, after: Any) -> str:
        """What a change means for what members already hold, if anything."""
        return ""

    def refresh_choices(self, schemes: Schemes) -> None:
        """Rebuild lists of programs or items the form offers (after another tab added one)."""

    # Shared ------------------------------------------------------------------------

    def add(
        self,
        key: str,
        label: str,
        kind: str = "text",
        widget: QWidget | None = None,
        *,
        optional: bool = False,
        placeholder: str = "",
        default: str = "",
    ) -> Field:
        w = widget if widget is not None else line(self, placeholder, default)
        w.setAccessibleName(label.replace("&", "").rstrip(" *"))
        f = Field(label, kind, w, optional, self.currency, default)
        self.fields[key] = f
        self.form.addRow(label, w)
        return f

    def add_spec(self, spec: Spec) -> Field:
        """The row a spec declares: a line, a choice (its fixed options, or empty until
        ``refresh_choices``) or a list of check boxes."""
        widget: QWidget | None = None
        if spec.kind == "choice":
            widget = choice(self, spec.options() if spec.options else [])
        elif spec.kind == "checks":
            widget = checks(self, [])
        placeholder = tr(spec.placeholder) if spec.placeholder else spec.example
        return self.add(
            spec.key,
            tr(spec.label),
            spec.kind,
            widget,
            optional=spec.optional,
            placeholder=placeholder,
            default=spec.default,
        )

    def choice_of(self, key: str) -> QComboBox:
        """The choice a spec built (for ``refresh_choices`` to fill)."""
        widget = self.fields[key].widget
        assert isinstance(widget, QComboBox)
        return widget

    def values(self) -> dict[str, Any]:
        return {k: f.value() for k, f in self.fields.items()}

    def reload(self, *, refill: bool = True) -> None:
        """Re-read the schemes; the row being changed stays picked (and, if ``refill``,
        the form shows its stored values)."""
        read = self.ops.run(self, self.services.checkout.schemes, on_error=self.show_error)
        if read is None:
            return
        self.schemes = read.value
        self.refresh_choices(self.schemes)
        picked = self.editing.id if self.editing is not None else None
        self.editing = None
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for scheme, cells in self.rows(self.schemes):
                item = self._row(scheme, cells)
                self.list.addTopLevelItem(item)
                if scheme.id == picked:
                    self.editing = scheme
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        if self.editing is not None and refill:
            self.fill(self.editing)
        self._show_mode()

    def _row(self, scheme: Any, cells: list[str]) -> QTreeWidgetItem:
        if not scheme.active:
            cells = [tr("{name} (off)").format(name=cells[0]), *cells[1:]]
        item = QTreeWidgetItem(cells)
        item.setData(0, ID_ROLE, scheme)
        if not scheme.active:
            grey = QBrush(QColor(theme.colours().off_ink))
            for col in range(len(cells)):
                item.setForeground(col, grey)
                font = item.font(col)
                font.setItalic(True)
                item.setFont(col, font)
        return item

    def _picked(self, row: QTreeWidgetItem | None) -> None:
        """A row picked in the list: the form shows it, ready to be changed."""
        self.editing = row.data(0, ID_ROLE) if row is not None else None
        self.error.hide()
        self.done.setText("")
        if self.editing is not None:
            self.fill(self.editing)
        self._show_mode()

    def _show_mode(self) -> None:
        if not self.kind:
            return
        e = self.editing
        if e is None:
            self.button.setText(tr("Add (Ctrl+Enter)"))
            self.mode.setText(
                tr("New: fill in the form, Ctrl+Enter adds it. Ctrl+L picks one above to change.")
            )
        else:
            self.button.setText(tr("Save changes (Ctrl+S)"))
            state = tr("on") if e.active else tr("switched off")
            self.mode.setText(
                tr("Changing “{name}” ({state}). Ctrl+N starts a new one instead.").format(
                    name=e.name, state=state
                )
            )
        self.switch_button.setEnabled(e is not None)
        off = e is not None and not e.active
        self.switch_button.setText(tr("Switch on (Ctrl+O)") if off else tr("Switch off (Ctrl+O)"))

    def focus_list(self) -> None:
        """Ctrl+L: to the list, on the first row if none is picked yet."""
        if not self.kind or self.list.topLevelItemCount() == 0:
            return
        self.list.setFocus()
        if self.list.currentItem() is None:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def new(self) -> None:
        """Ctrl+N: an empty form for a new one; nothing picked."""
        if not self.kind:
            return
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.editing = None
        for f in self.fields.values():
            f.clear()
        self.error.hide()
        self.done.setText("")
        self._show_mode()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.widget.setFocus()

    def show_error(self, text: str, widget: QWidget | None = None) -> None:
        self.done.setText("")
        self.error.setText(text)
        self.error.show()
        if widget is not None:
            widget.setFocus()

    def save(self, v: dict[str, Any]) -> str:
        """Add the form as a new scheme, or save it over the one picked."""
        schemes = self.services.schemes
        before = self.editing
        scheme = self.make(v, before)
        if before is None:
            added = getattr(schemes, f"add_{self.kind}")(scheme)
            return tr("Added “{name}”.").format(name=added.name)
        after = getattr(schemes, f"update_{self.kind}")(scheme)
        said = tr("Saved “{name}”: the changes apply from the next checkout.").format(
            name=after.name
        )
        note = self.change_note(before, after)
        return f"{said} {note}" if note else said

    def submit(self) -> None:
        """Ctrl+Enter / Ctrl+S: add, or save changes to the row picked."""
        adding = self.kind and self.editing is None
        self._run(self.save, clear=bool(adding))

    def toggle(self) -> None:
        """Ctrl+O: switch the picked scheme off, or on again. Unsaved edits stay in the form."""
        e = self.editing
        if e is None or not self.kind:
            return

        def switch(_v: dict[str, Any]) -> str:
            return self.switched_text(self.services.schemes.switch(self.kind, e.id, not e.active))

        self._run(switch, read_form=False, refill=False)

    def switched_text(self, s: Switched) -> str:
        """What switching did, and what happens to what members hold (they keep it)."""
        if s.active:
            return tr("“{name}” is on again from the next checkout.").format(name=s.name)
        what = {
            "points": tr("“{name}” is switched off: it earns no more points."),
            "credit": tr("“{name}” is switched off: it gives no more cashback."),
            "pass": tr("“{name}” is switched off: it is no longer sold."),
            "tier": tr("“{name}” is switched off: nobody new reaches it and it is not sold."),
            "reward": tr("“{name}” is switched off: the counter no longer offers it."),
            "promotion": tr("“{name}” is switched off: it no longer multiplies points."),
            "item": tr("“{name}” is switched off: the counter no longer lists it."),
        }[s.kind].format(name=s.name)
        if not s.holders:
            return what
        kept = {
            "points": tr(
                "Members keep the points they hold ({held} in all, held by {n}) "
                "and can still spend them."
            ),
            "credit": tr(
                "Members keep their store credit ({held} in all, held by {n}) "
                "and can still pay with it."
            ),
            "pass": tr(
                "Members keep the uses they bought ({held} in all, held by {n}) "
                "and can still use them."
            ),
            "tier": tr("Members in it keep it until their next tier review (now {n})."),
        }.get(s.kind, "")
        held = format_money(s.held, self.currency) if s.kind == "credit" else str(s.held)
        return f"{what} {kept.format(n=s.holders, held=held)}".strip()

    def _run(
        self,
        action: Callable[[dict[str, Any]], str],
        *,
        read_form: bool = True,
        clear: bool = False,
        refill: bool = True,
    ) -> None:
        """Call ``action`` through ``ops``; a problem is shown beside the form and changes
        nothing. A field that does not parse is named beside its widget."""
        self.error.hide()
        unparsed: list[FieldError] = []

        def call() -> Any:
            try:
                return action(self.values() if read_form else {})
            except FieldError as err:  # raised while reading the form, before any write
                unparsed.append(err)
                return None

        done = self.ops.run(
            self,
            call,
            on_error=self.show_error,
            unexpected=tr("Unexpected error, nothing was saved: {error}"),
        )
        if unparsed:
            self.show_error(unparsed[0].text, unparsed[0].widget)
            return
        if done is None:
            return
        said = done.value
        if clear:
            for f in self.fields.values():
                f.clear()
        self.reload(refill=refill)
        self.done.setText(said)
        self.saved.emit()
