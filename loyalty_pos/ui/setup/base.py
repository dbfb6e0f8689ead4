"""One tab of the rewards set-up: what exists (a list) and a form to add one more."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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
from ...domain.errors import UserError
from ...i18n import message
from .. import theme
from .fields import Field, FieldError, line, tr

log = logging.getLogger(__name__)


class SchemeTab(QWidget):
    """Subclasses set ``columns``, add fields in ``build``, and implement ``rows``/``save``."""

    columns: tuple[str, ...] = ()
    button_text = "Add (Ctrl+Enter)"
    saved = Signal()

    def __init__(self, services: Any, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.currency = currency
        self.schemes = Schemes()
        self.fields: dict[str, Field] = {}
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([tr(c) for c in self.columns])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.setMaximumHeight(170)
        self.list.setVisible(bool(self.columns))
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.done = QLabel(self)
        self.done.setStyleSheet(f"color: {theme.TONE_COLOURS[theme.Tone.SUCCESS][0]};")
        self.done.setWordWrap(True)
        self.button = QPushButton(tr(self.button_text), self)
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done, 1)
        self.extra_buttons(buttons)
        buttons.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.build()
        self.reload()

    # For subclasses ------------------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def rows(self, schemes: Schemes) -> list[tuple[Any, list[str]]]:
        return []

    def save(self, v: dict[str, Any]) -> str:
        """Call the service with the form's values; returns what to say when done."""
        raise NotImplementedError

    def refresh_choices(self, schemes: Schemes) -> None:
        """Rebuild lists of programs or items the form offers (after another tab added one)."""

    def extra_buttons(self, layout: QHBoxLayout) -> None:
        pass

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

    def values(self) -> dict[str, Any]:
        return {k: f.value() for k, f in self.fields.items()}

    def reload(self) -> None:
        try:
            self.schemes = self.services.checkout.schemes()
        except Exception:
            log.exception("reading schemes for set-up")
            return
        self.list.clear()
        for data, cells in self.rows(self.schemes):
            item = QTreeWidgetItem(cells)
            item.setData(0, 256, data)
            self.list.addTopLevelItem(item)
        self.refresh_choices(self.schemes)

    def show_error(self, text: str, widget: QWidget | None = None) -> None:
        self.done.setText("")
        self.error.setText(text)
        self.error.show()
        if widget is not None:
            widget.setFocus()

    def submit(self) -> None:
        """Read the form, call the service; a problem is shown beside the form."""
        self.error.hide()
        try:
            said = self.save(self.values())
        except FieldError as err:
            self.show_error(err.text, err.widget)
            return
        except UserError as err:
            self.show_error(message(err))
            return
        except Exception as err:
            log.exception("set-up save failed")
            self.show_error(tr("Unexpected error, nothing was saved: {error}").format(error=err))
            return
        for f in self.fields.values():
            f.clear()
        self.done.setText(said)
        self.reload()
        self.saved.emit()
