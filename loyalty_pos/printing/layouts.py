"""Where the cards go on the paper, in millimetres. No Qt here.

A CR80 card (ISO/IEC 7810 ID-1) is 85.60 × 53.98 mm. A sheet holds ten of them, two
across and five down, butted together and centred on the page, as pre-perforated
business-card sheets are; cut marks in the margins line up with the card edges.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

CR80_W = 85.60
CR80_H = 53.98
CUT_MARK_MAX = 5.0  # mm
CUT_MARK_GAP = 1.0  # mm left between a cut mark and the card edge


class LayoutKind(StrEnum):
    CR80 = "cr80"
    A4 = "a4"
    LETTER = "letter"


PAPER_MM = {
    LayoutKind.CR80: (CR80_W, CR80_H),
    LayoutKind.A4: (210.0, 297.0),
    LayoutKind.LETTER: (215.9, 279.4),
}


@dataclass(frozen=True)
class Box:
    """A rectangle in millimetres from the paper's top-left corner."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class SheetLayout:
    """One page: its size, the card slots in print order, and the cut marks."""

    kind: LayoutKind
    page_w: float
    page_h: float
    slots: tuple[Box, ...]
    cut_marks: tuple[Line, ...]

    @property
    def per_page(self) -> int:
        return len(self.slots)

    def pages_for(self, count: int) -> int:
        return max(1, -(-count // self.per_page))


def layout(kind: LayoutKind | str, cols: int = 2, rows: int = 5) -> SheetLayout:
    """The page for ``kind``: one card filling a CR80 page, or a centred grid."""
    kind = LayoutKind(kind)
    page_w, page_h = PAPER_MM[kind]
    if kind is LayoutKind.CR80:
        return SheetLayout(kind, page_w, page_h, (Box(0.0, 0.0, CR80_W, CR80_H),), ())
    left = (page_w - cols * CR80_W) / 2
    top = (page_h - rows * CR80_H) / 2
    slots = tuple(
        Box(left + c * CR80_W, top + r * CR80_H, CR80_W, CR80_H)
        for r in range(rows)
        for c in range(cols)
    )
    return SheetLayout(
        kind, page_w, page_h, slots, _cut_marks(page_w, page_h, left, top, cols, rows)
    )


def _cut_marks(
    page_w: float, page_h: float, left: float, top: float, cols: int, rows: int
) -> tuple[Line, ...]:
    """Short lines in the margins on every vertical and horizontal cut."""
    marks: list[Line] = []
    right, bottom = left + cols * CR80_W, top + rows * CR80_H
    v_len = min(CUT_MARK_MAX, top - CUT_MARK_GAP)
    h_len = min(CUT_MARK_MAX, left - CUT_MARK_GAP)
    if v_len > 0:
        for c in range(cols + 1):
            x = left + c * CR80_W
            marks.append(Line(x, top - CUT_MARK_GAP - v_len, x, top - CUT_MARK_GAP))
            marks.append(Line(x, bottom + CUT_MARK_GAP, x, bottom + CUT_MARK_GAP + v_len))
    if h_len > 0:
        for r in range(rows + 1):
            y = top + r * CR80_H
            marks.append(Line(left - CUT_MARK_GAP - h_len, y, left - CUT_MARK_GAP, y))
            marks.append(Line(right + CUT_MARK_GAP, y, right + CUT_MARK_GAP + h_len, y))
    return tuple(marks)
