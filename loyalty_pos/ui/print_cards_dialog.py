"""Print member cards: who (the open member, members picked by search, everyone, or a
batch of new blank numbers), on which paper, then preview, print or save as PDF.

Blank numbers are reserved the first time they are needed (preview, print or PDF) and
kept for the rest of the dialog, so previewing and then printing prints the same cards.
They are reserved and printed in one transaction (``CardService.reserve_and_print``, as
on the command line): a PDF that cannot be written or a cancelled print reserves nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..printing.document import paint_on_printer, write_pdf
from ..printing.layouts import LayoutKind
from ..services import Services
from ..services.cards import BLANK_MAX, CardFace
from ..services.changes import Outcome
from ..services.views import MemberView
from . import theme
from .keys import press_with
from .ops import Ops
from .print_output import ask_pdf_path, ask_printer, layout_choice, preview

log = logging.getLogger(__name__)
T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole


class PrintCardsDialog(QDialog):
    """Choose the cards and the paper; Preview, Print and Save PDF act on them."""

    def __init__(
        self,
        services: Services,
        member: MemberView | None = None,
        parent: QWidget | None = None,
        *,
        layout: LayoutKind = LayoutKind.CR80,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops or Ops.detached()
        self.member = member
        self.reserved: list[CardFace] | None = None
        self.setWindowTitle(self.tr("Print member cards"))
        theme.apply(self)
        self.resize(760, 620)

        self.one = QRadioButton(self)
        self.chosen_radio = QRadioButton(self.tr("Members I choose:"), self)
        self.all = QRadioButton(
            self.tr("All members ({n})").format(n=services.cards.count_all()), self
        )
        self.blank = QRadioButton(self.tr("New blank cards, pre-numbered:"), self)
        self.who = QButtonGroup(self)
        for b in (self.one, self.chosen_radio, self.all, self.blank):
            self.who.addButton(b)
        if member is not None and member.card_number:
            self.one.setText(
                self.tr("{name}, card {card}").format(name=member.name, card=member.card_number)
            )
            self.one.setChecked(True)
        else:
            self.one.setText(self.tr("No member is open"))
            self.one.setEnabled(False)
            self.chosen_radio.setChecked(True)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, phone or card; Enter adds"))
        self.hits = QListWidget(self)
        self.chosen = QListWidget(self)
        self.chosen.setAccessibleName(self.tr("Chosen members"))
        add = QPushButton(self.tr("Add → (Enter)"), self)
        remove = QPushButton(self.tr("← Remove (Del)"), self)
        press_with("Del", remove, self.chosen, Qt.ShortcutContext.WidgetShortcut)
        self.blank_count = QSpinBox(self)
        self.blank_count.setRange(1, BLANK_MAX)
        self.blank_count.setValue(10)

        self.layout_choice = layout_choice(self, layout)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        preview = QPushButton(self.tr("Pre&view…"), self)
        print_button = QPushButton(self.tr("Print… (Ctrl+P)"), self)
        print_button.setObjectName("primary")
        pdf = QPushButton(self.tr("Save as PDF… (Ctrl+S)"), self)
        close = QPushButton(self.tr("Close (Esc)"), self)
        press_with("Ctrl+P", print_button, self)
        press_with("Ctrl+S", pdf, self)

        picker = QGridLayout()
        picker.addWidget(self.search, 0, 0)
        picker.addWidget(QLabel(self.tr("Chosen:"), self), 0, 2)
        picker.addWidget(self.hits, 1, 0)
        arrows = QVBoxLayout()
        arrows.addStretch(1)
        arrows.addWidget(add)
        arrows.addWidget(remove)
        arrows.addStretch(1)
        picker.addLayout(arrows, 1, 1)
        picker.addWidget(self.chosen, 1, 2)
        blank_row = QHBoxLayout()
        blank_row.addWidget(self.blank)
        blank_row.addWidget(self.blank_count)
        blank_row.addStretch(1)
        paper_row = QHBoxLayout()
        paper_row.addWidget(QLabel(self.tr("&Paper:"), self, buddy=self.layout_choice))
        paper_row.addWidget(self.layout_choice, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(preview)
        buttons.addWidget(pdf)
        buttons.addWidget(print_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.one)
        outer.addWidget(self.chosen_radio)
        outer.addLayout(picker, 1)
        outer.addWidget(self.all)
        outer.addLayout(blank_row)
        outer.addLayout(paper_row)
        outer.addWidget(self.status)
        outer.addLayout(buttons)

        self.search.textEdited.connect(self._search)
        self.search.returnPressed.connect(self.add_current)
        self.hits.itemActivated.connect(lambda _item: self.add_current())
        add.clicked.connect(self.add_current)
        remove.clicked.connect(self._remove_current)
        preview.clicked.connect(self.preview)
        print_button.clicked.connect(self.print_cards)
        pdf.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)

    # Choosing ---------------------------------------------------------------------

    def _search(self, text: str) -> None:
        self.hits.clear()
        found = self._run(lambda: self.services.members.search(text) if text.strip() else [])
        if found is None:
            return
        hits = found.value
        for h in hits:
            if h.card_number and not h.blocked:
                item = QListWidgetItem(f"{h.name}  ·  {h.card_number}")
                item.setData(ID_ROLE, h.id)
                self.hits.addItem(item)
        if self.hits.count():
            self.hits.setCurrentRow(0)

    def add_current(self) -> None:
        item = self.hits.currentItem()
        if item is None:
            return
        member_id = item.data(ID_ROLE)
        if member_id not in self.chosen_ids():
            copy = QListWidgetItem(item.text())
            copy.setData(ID_ROLE, member_id)
            self.chosen.addItem(copy)
        self.chosen_radio.setChecked(True)
        self.search.selectAll()

    def _remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)

    def chosen_ids(self) -> list[int]:
        return [self.chosen.item(i).data(ID_ROLE) for i in range(self.chosen.count())]

    def kind(self) -> LayoutKind:
        return LayoutKind(self.layout_choice.currentData())

    def faces(self):
        """The cards to print; new blank numbers only once reserved. Raises UserError."""
        if self.one.isChecked() and self.member is not None:
            return [CardFace(self.member.card_number or "", self.member.name)]
        if self.chosen_radio.isChecked():
            return self.services.cards.faces_for_members(self.chosen_ids())
        if self.all.isChecked():
            return self.services.cards.all_faces()
        return self.reserved or []

    def _needs_reserving(self) -> bool:
        """Blank cards chosen and not yet reserved (or a different count asked for)."""
        return self.blank.isChecked() and (
            self.reserved is None or len(self.reserved) != self.blank_count.value()
        )

    def _emit(self, output: Callable[[list[CardFace]], int | None]) -> int | None:
        """Send the chosen cards to ``output`` (a PDF, a printer, the preview); how many
        it printed, None when nothing was (cancelled, nothing chosen, an error shown).

        New blank numbers are reserved in the same transaction as ``output`` runs, by
        the service, so a failed or cancelled output reserves nothing.
        """
        if self._needs_reserving():
            count = self.blank_count.value()
            ran = self._run(lambda: self.services.cards.reserve_and_print(count, output))
            done = ran.value if ran is not None else None
            if done is None:
                return None
            self.reserved = done.faces
            self.status.setText(self._reserved_note().strip())
            return done.printed
        chosen = self._run(self._faces_or_say)
        if chosen is None or chosen.value is None:
            return None
        faces = chosen.value
        printed = self._run(lambda: output(faces))
        return None if printed is None else printed.value

    def _faces_or_say(self) -> list[CardFace] | None:
        faces = list(self.faces())
        if not faces:
            self.status.setText(self.tr("No cards to print: choose members first."))
            return None
        return faces

    def _run(self, call: Callable[[], T]) -> Outcome[T] | None:
        """A use case through ``ops``: a refusal or a fault in the status line (the
        dialog's own wording for a fault), what it wrote on the bus."""
        return self.ops.run(
            self,
            call,
            on_error=self.status.setText,
            unexpected=self.tr("Unexpected error: {error}"),
        )

    # Output -----------------------------------------------------------------------

    def write_pdf(self, path: str) -> int:
        """Write the chosen cards to ``path``; returns how many (0 when nothing)."""
        kind, design = self.kind(), self.services.cards.design()
        count = self._emit(lambda faces: write_pdf(path, kind, design, faces))
        if not count:
            return 0
        self.status.setText(
            self.tr("{n} cards saved to {path}.").format(n=count, path=Path(path).name)
            + self._reserved_note()
        )
        return count

    def _reserved_note(self) -> str:
        if not self.blank.isChecked() or not self.reserved:
            return ""
        return " " + self.tr("Reserved {n} new card numbers, {first} … {last}.").format(
            n=len(self.reserved),
            first=self.reserved[0].card_number,
            last=self.reserved[-1].card_number,
        )

    def save_pdf(self) -> None:
        path = ask_pdf_path(self, self.tr("Save cards as PDF"), "cards.pdf")
        if path:
            self.write_pdf(path)

    def preview(self) -> None:
        """Qt's preview, from which the owner can print. New blank numbers are reserved
        first, in their own short transaction, and kept for the rest of the dialog: a
        preview can stay open for minutes, and holding the write lock that long would
        make every other till and the command line time out."""
        kind, design = self.kind(), self.services.cards.design()
        if self._needs_reserving():
            count = self.blank_count.value()
            reserved = self._run(lambda: self.services.cards.reserve_blank(count))
            if reserved is None:
                return
            self.reserved = reserved.value
            self.status.setText(self._reserved_note().strip())
        chosen = self._run(self._faces_or_say)
        if chosen is not None and chosen.value is not None:
            preview(self, kind, design, chosen.value)

    def print_cards(self) -> None:
        """The printer is chosen first, outside any transaction; then the cards."""
        if not self._needs_reserving():  # nothing chosen: say so before the dialog
            chosen = self._run(self._faces_or_say)
            if chosen is None or chosen.value is None:
                return
        kind, design = self.kind(), self.services.cards.design()
        printer = ask_printer(self, kind)
        if printer is None:
            return
        count = self._emit(lambda faces: paint_on_printer(printer, kind, design, faces))
        if count is not None:
            self.status.setText(
                self.tr("{n} cards sent to the printer.").format(n=count) + self._reserved_note()
            )
