"""Reading printed output back: rasterise a PDF page with PDFium, decode with zxing-cpp.

Both are independent of the code that drew the cards (Qt, python-barcode, qrcode), so
a code that decodes here was drawn right, not merely drawn the way we think.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtGui import QImage

MM_PER_PT = 25.4 / 72


@dataclass
class Page:
    image: QImage  # 8-bit grey
    dpi: float
    width_mm: float
    height_mm: float

    @property
    def px_per_mm(self) -> float:
        return self.dpi / 25.4

    def row(self, y: int) -> bytes:
        bpl = self.image.bytesPerLine()
        data = bytes(self.image.constBits())
        return data[y * bpl : y * bpl + self.image.width()]

    def column(self, x: int) -> bytes:
        bpl = self.image.bytesPerLine()
        data = bytes(self.image.constBits())
        return bytes(data[y * bpl + x] for y in range(self.image.height()))

    def decode(self) -> list[tuple[str, str]]:
        """(format, text) of every code zxing-cpp finds on the page, sorted."""
        found = zxingcpp.read_barcodes(self.image)
        return sorted((r.format.name, r.text) for r in found)


def read_pdf(path: Path, dpi: float = 400) -> list[Page]:
    doc = pdfium.PdfDocument(str(path))
    pages = []
    try:
        for page in doc:
            w, h = page.get_size()
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_Grayscale8,
            ).copy()  # own the pixels: the bitmap goes away with the document
            pages.append(Page(image, dpi, w * MM_PER_PT, h * MM_PER_PT))
    finally:
        doc.close()
    return pages


def dark_runs(line: bytes, threshold: int = 128) -> list[tuple[int, int]]:
    """(start, end) pixel ranges of dark pixels along one row or column."""
    runs, start = [], None
    for i, v in enumerate(line):
        if v < threshold and start is None:
            start = i
        elif v >= threshold and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(line)))
    return runs


def decode_pdf(path: Path, dpi: float = 300) -> list[tuple[str, str]]:
    """(format, text) of every code on every page of the PDF, sorted."""
    return sorted(code for page in read_pdf(path, dpi) for code in page.decode())


@pytest.fixture
def pdf_pages():
    return read_pdf
