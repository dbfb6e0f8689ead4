"""Pages of cards onto any paged device: a PDF file, the system printer, the preview.

The page is set to the layout's exact paper (a custom CR80 size, A4, US Letter) with
no margins, and drawn with the paper's corner as the origin, so a card lands where the
layout says to the device pixel.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from ..domain.card_design import CardDesign
from ..services.cards import CardFace
from .card import draw_code_card, load_logo
from .faces import PrintedFace, as_printed
from .layouts import LayoutKind, SheetLayout, layout

PDF_DPI = 1200
MM_PER_INCH = 25.4


def ensure_gui() -> QGuiApplication:
    """Fonts need a GUI application; the command line has none, so make one.

    Without a display (a server, a backup script) Qt's offscreen platform does.
    """
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["loyalty-pos"])


def page_size(kind: LayoutKind | str) -> QPageSize:
    kind = LayoutKind(kind)
    if kind is LayoutKind.A4:
        return QPageSize(QPageSize.PageSizeId.A4)
    if kind is LayoutKind.LETTER:
        return QPageSize(QPageSize.PageSizeId.Letter)
    sheet = layout(kind)
    return QPageSize(
        QSizeF(sheet.page_w, sheet.page_h),
        QPageSize.Unit.Millimeter,
        "CR80",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def page_layout(kind: LayoutKind | str) -> QPageLayout:
    """The exact paper, portrait as defined (CR80 is defined wider than tall), no margins."""
    return QPageLayout(
        page_size(kind),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def render_cards(
    device: QPagedPaintDevice,
    painter: QPainter,
    sheet: SheetLayout,
    design: CardDesign,
    faces: Iterable[CardFace | PrintedFace],
    dpi: float,
) -> int:
    """Draw ``faces`` (member cards, gift cards, coupons) page by page; returns how
    many cards were drawn."""
    k = dpi / MM_PER_INCH
    logo = load_logo(design)
    count = 0
    slot = 0
    for face in faces:
        if slot == sheet.per_page:
            device.newPage()
            slot = 0
        if slot == 0:
            _cut_marks(painter, sheet, k)
        box = sheet.slots[slot]
        rect = QRectF(box.x * k, box.y * k, box.w * k, box.h * k)
        f = as_printed(face)
        draw_code_card(
            painter, rect, design, logo,
            code=f.code, headline=f.headline, value=f.value, qr_text=f.qr_text,
        )  # fmt: skip
        slot += 1
        count += 1
    return count


def _cut_marks(painter: QPainter, sheet: SheetLayout, k: float) -> None:
    if not sheet.cut_marks:
        return
    painter.save()
    painter.setPen(QPen(QColor("#000000"), 0.15 * k))
    for m in sheet.cut_marks:
        painter.drawLine(QPointF(m.x1 * k, m.y1 * k), QPointF(m.x2 * k, m.y2 * k))
    painter.restore()


def write_pdf(
    path: str | Path,
    kind: LayoutKind | str,
    design: CardDesign,
    faces: Iterable[CardFace | PrintedFace],
    *,
    title: str = "Loyalty cards",
) -> int:
    """Write the cards to a PDF at ``path``; returns how many were drawn.

    Raises OSError when the file cannot be written.
    """
    ensure_gui()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("Loyalty POS")
    writer.setPageLayout(page_layout(kind))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        count = render_cards(writer, painter, layout(kind), design, faces, PDF_DPI)
    finally:
        painter.end()
    return count


def prepare_printer(printer, kind: LayoutKind | str) -> None:
    """Set a QPrinter to the layout's paper, drawing from the paper's corner."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(kind))


def paint_on_printer(printer, kind: LayoutKind | str, design: CardDesign, faces) -> int:
    """Draw the cards on a prepared QPrinter (the system printer or the preview)."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        return render_cards(printer, painter, layout(kind), design, faces, printer.resolution())
    finally:
        painter.end()
