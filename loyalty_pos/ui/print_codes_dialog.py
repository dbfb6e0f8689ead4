"""Print gift cards and coupons: which paper, then preview, print or save as PDF.

The cards come from ``make_faces(n)``. For a fixed set (the gift card just sold) ``n``
is ignored; for a batch of new coupon codes the dialog shows "How many" and the caller
issues codes the first time they are needed and keeps them, so previewing and then
printing prints the same codes (as blank member cards do).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..printing.document import write_pdf
from ..printing.faces import PrintedFace
from ..printing.layouts import LayoutKind
from ..services import Services
from . import theme
from .ops import Ops
from .print_output import ask_pdf_path, layout_choice, preview, print_with_dialog

log = logging.getLogger(__name__)


class PrintCodesDialog(QDialog):
    """Paper and (for a batch) how many; Preview, Print (Ctrl+P) and PDF (Ctrl+S)."""

    def __init__(
        self,
        services: Services,
        title: str,
        what: str,
        make_faces: Callable[[int], list[PrintedFace]],
        parent: QWidget | None = None,
        *,
        count_max: int = 0,
        layout: LayoutKind = LayoutKind.CR80,
        pdf_name: str = "cards.pdf",
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops or Ops.detached()
        self.make_faces = make_faces
        self.pdf_name = pdf_name
        self.setWindowTitle(title)
        theme.apply(self)
        self.resize(720, 300)

        heading = QLabel(what, self)
        heading.setWordWrap(True)
        theme.set_font(heading, theme.CARD_TITLE_PT, bold=True)
        self.count = QSpinBox(self)
        self.count.setRange(1, max(count_max, 1))
        self.count.setValue(10 if count_max >= 10 else 1)
        self.count.setAccessibleName(self.tr("How many"))
        self.layout_choice = layout_choice(self, layout)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")

        preview_button = QPushButton(self.tr("Pre&view…"), self)
        pdf_button = QPushButton(self.tr("Save as PDF… (Ctrl+S)"), self)
        print_button = QPushButton(self.tr("Print… (Ctrl+P)"), self)
        print_button.setObjectName("primary")
        print_button.setDefault(True)
        close = QPushButton(self.tr("Close (Esc)"), self)
        for b in (preview_button, pdf_button, close):
            b.setAutoDefault(False)
        preview_button.clicked.connect(self.preview)
        pdf_button.clicked.connect(self.save_pdf)
        print_button.clicked.connect(self.print_codes)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_codes)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save_pdf)

        outer = QVBoxLayout(self)
        outer.addWidget(heading)
        if count_max:
            row = QHBoxLayout()
            label = QLabel(self.tr("&How many new codes:"), self)
            label.setBuddy(self.count)
            row.addWidget(label)
            row.addWidget(self.count)
            row.addStretch(1)
            outer.addLayout(row)
        else:
            self.count.hide()
        paper = QHBoxLayout()
        paper_label = QLabel(self.tr("&Paper:"), self)
        paper_label.setBuddy(self.layout_choice)
        paper.addWidget(paper_label)
        paper.addWidget(self.layout_choice, 1)
        outer.addLayout(paper)
        outer.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(preview_button)
        buttons.addWidget(pdf_button)
        buttons.addWidget(print_button)
        outer.addLayout(buttons)
        (self.count if count_max else self.layout_choice).setFocus()

    def kind(self) -> LayoutKind:
        return LayoutKind(self.layout_choice.currentData())

    def faces(self) -> list[PrintedFace] | None:
        """The cards, or None after saying why there are none (a refused batch)."""
        count = self.count.value()
        done = self.ops.run(
            self,
            lambda: self.make_faces(count),
            on_error=self.status.setText,
            unexpected=self.tr("Unexpected error: {error}"),
        )
        return done.value if done is not None else None

    def write_pdf(self, path: str) -> int:
        """Write the cards to ``path``; how many (0 when nothing was written)."""
        faces = self.faces()
        if faces is None:
            return 0
        kind = self.kind()
        done = self.ops.run(
            self,
            lambda: write_pdf(path, kind, self.services.cards.design(), faces),
            on_error=self.status.setText,
            unexpected=self.tr("Could not save {path}: {error}").replace(
                "{path}", path.replace("{", "{{").replace("}", "}}")
            ),
        )
        if done is None:
            return 0
        count = done.value
        self.status.setText(
            self.tr("{n} cards saved to {path}.").format(n=count, path=Path(path).name)
        )
        return count

    def save_pdf(self) -> None:
        path = ask_pdf_path(self, self.windowTitle(), self.pdf_name)
        if path:
            self.write_pdf(path)

    def preview(self) -> None:
        faces = self.faces()
        if faces is not None:
            preview(self, self.kind(), self.services.cards.design(), faces)

    def print_codes(self) -> None:
        faces = self.faces()
        if faces is None:
            return
        count = print_with_dialog(self, self.kind(), self.services.cards.design(), faces)
        if count is not None:
            self.status.setText(self.tr("{n} cards sent to the printer.").format(n=count))
