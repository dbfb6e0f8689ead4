"""The three ways out for printed cards, shared by every printing dialog: the print
preview, the system print dialog, and a PDF file.

The printer is set to the layout's exact paper with no margins (``prepare_printer``), so
a card printer, an office printer and the PDF get the same millimetres.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QWidget

from ..domain.card_design import CardDesign
from ..printing.document import paint_on_printer, prepare_printer
from ..printing.faces import PrintedFace
from ..printing.layouts import LayoutKind
from ..services.cards import CardFace

CONTEXT = "PrintOutput"
Faces = Sequence[CardFace | PrintedFace]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def layout_choice(parent: QWidget, selected: LayoutKind) -> QComboBox:
    """The paper: one CR80 card, or an A4 or US Letter sheet of ten."""
    box = QComboBox(parent)
    box.addItem(tr("Single card, CR80 (card printers)"), LayoutKind.CR80)
    box.addItem(tr("A4 sheet of ten, with cut marks"), LayoutKind.A4)
    box.addItem(tr("US Letter sheet of ten, with cut marks"), LayoutKind.LETTER)
    box.setCurrentIndex(box.findData(selected))
    return box


def _printer(kind: LayoutKind) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, kind)
    return printer


def preview(parent: QWidget, kind: LayoutKind, design: CardDesign, faces: Faces) -> None:
    """Qt's print preview of the cards, from which the owner can print too."""
    dialog = QPrintPreviewDialog(_printer(kind), parent)
    dialog.paintRequested.connect(lambda p: paint_on_printer(p, kind, design, faces))
    dialog.exec()


def ask_printer(parent: QWidget, kind: LayoutKind) -> QPrinter | None:
    """The system print dialog alone: the printer chosen, None if cancelled.

    Apart from the painting so that a caller can paint inside a service's transaction
    (blank cards are reserved and printed together) without holding it open while the
    owner picks a printer.
    """
    printer = _printer(kind)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_with_dialog(
    parent: QWidget, kind: LayoutKind, design: CardDesign, faces: Faces
) -> int | None:
    """The system print dialog, then the cards; how many were sent, None if cancelled."""
    printer = ask_printer(parent, kind)
    if printer is None:
        return None
    return paint_on_printer(printer, kind, design, faces)


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> str | None:
    """A file name to save to, ending in .pdf; None when the owner cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, tr("PDF (*.pdf)"))
    if not path:
        return None
    return path if path.lower().endswith(".pdf") else path + ".pdf"
