"""Sheet geometry in millimetres."""

from __future__ import annotations

import itertools

import pytest

from loyalty_pos.printing.layouts import CR80_H, CR80_W, LayoutKind, layout


def test_cr80_is_one_card_filling_the_page() -> None:
    sheet = layout("cr80")
    assert (sheet.page_w, sheet.page_h) == (85.60, 53.98)
    assert sheet.per_page == 1 and not sheet.cut_marks


@pytest.mark.parametrize("kind", [LayoutKind.A4, LayoutKind.LETTER])
def test_sheets_hold_ten_cards_inside_the_page_without_overlap(kind: LayoutKind) -> None:
    sheet = layout(kind)
    assert sheet.per_page == 10
    for s in sheet.slots:
        assert (s.w, s.h) == (CR80_W, CR80_H)
        assert s.x > 0 and s.x + s.w < sheet.page_w
        assert s.y > 0 and s.y + s.h < sheet.page_h
    for a, b in itertools.combinations(sheet.slots, 2):
        overlap_x = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
        overlap_y = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
        assert overlap_x <= 1e-9 or overlap_y <= 1e-9
    left = min(s.x for s in sheet.slots)
    right = max(s.x + s.w for s in sheet.slots)
    assert left == pytest.approx(sheet.page_w - right)  # centred


@pytest.mark.parametrize("kind", [LayoutKind.A4, LayoutKind.LETTER])
def test_cut_marks_stay_in_the_margins_on_the_card_edges(kind: LayoutKind) -> None:
    sheet = layout(kind)
    xs = {round(s.x, 6) for s in sheet.slots} | {round(s.x + s.w, 6) for s in sheet.slots}
    ys = {round(s.y, 6) for s in sheet.slots} | {round(s.y + s.h, 6) for s in sheet.slots}
    for m in sheet.cut_marks:
        assert min(m.x1, m.x2) >= 0 and max(m.x1, m.x2) <= sheet.page_w
        assert min(m.y1, m.y2) >= 0 and max(m.y1, m.y2) <= sheet.page_h
        if m.x1 == m.x2:  # vertical: on a card edge, above or below the grid
            assert round(m.x1, 6) in xs
            assert max(m.y1, m.y2) < min(ys) or min(m.y1, m.y2) > max(ys)
        else:
            assert round(m.y1, 6) in ys
            assert max(m.x1, m.x2) < min(xs) or min(m.x1, m.x2) > max(xs)
    assert len(sheet.cut_marks) == 2 * 3 + 2 * 6


def test_pages_needed() -> None:
    assert layout("a4").pages_for(0) == 1
    assert layout("a4").pages_for(10) == 1
    assert layout("a4").pages_for(11) == 2
    assert layout("cr80").pages_for(3) == 3
