"""Cards printed to PDF scan: every barcode and QR code decodes to what it was drawn
from, and pages and cards have their exact sizes in millimetres."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from loyalty_pos.domain.card_design import BarcodeKind, CardDesign
from loyalty_pos.domain.cardnumber import make_card_number, qr_payload
from loyalty_pos.printing.document import write_pdf
from loyalty_pos.printing.layouts import CR80_H, CR80_W, layout
from loyalty_pos.services.cards import CardFace

from .conftest import dark_runs, read_pdf

NAMES = [
    "Nguyễn Thị Bích Ngọc",
    "Őry Árpád Öcsi",
    "Ødegård Æsa",
    "Kovács Éva",
    "",  # a blank card
    "Trần Đức Minh",
    "Kari Nordmann",
    "Szőke Lőrinc",
    "Lê Văn Hưng",
    "Bjørn Ås",
    "Hồ Ngọc Hà",
    "Tóth Ödön",
]
# A PDF page box is written in whole points by Qt: sizes hold to within half a point.
HALF_POINT_MM = 25.4 / 72 / 2


def faces(n: int) -> list[CardFace]:
    return [
        CardFace(make_card_number("29", 1_000_003 * (i + 1) % 10**10), NAMES[i % len(NAMES)])
        for i in range(n)
    ]


def expected(cards: list[CardFace], kind: BarcodeKind) -> list[tuple[str, str]]:
    fmt = "EAN13" if kind is BarcodeKind.EAN13 else "Code128"
    return sorted(
        [(fmt, c.card_number) for c in cards]
        + [("QRCode", qr_payload(c.card_number)) for c in cards]
    )


@pytest.mark.parametrize("barcode", list(BarcodeKind))
@pytest.mark.parametrize("kind", ["cr80", "a4", "letter"])
def test_every_code_decodes_to_its_card_number(
    tmp_path: Path, kind: str, barcode: BarcodeKind
) -> None:
    cards = faces(12)  # two A4/Letter pages, the second one part-filled
    design = CardDesign(title="Kávé Sarok", tagline="Every 10th coffee free", barcode=barcode)
    pdf = tmp_path / f"{kind}.pdf"
    assert write_pdf(pdf, kind, design, cards) == 12
    pages = read_pdf(pdf, dpi=300 if kind == "cr80" else 400)
    sheet = layout(kind)
    assert len(pages) == sheet.pages_for(12)
    found = [code for page in pages for code in page.decode()]
    assert sorted(found) == expected(cards, barcode)
    for page in pages:
        assert page.width_mm == pytest.approx(sheet.page_w, abs=HALF_POINT_MM)
        assert page.height_mm == pytest.approx(sheet.page_h, abs=HALF_POINT_MM)


def test_a_single_card_decodes_on_its_own_page_in_order(tmp_path: Path) -> None:
    cards = faces(3)
    pdf = tmp_path / "cr80.pdf"
    write_pdf(pdf, "cr80", CardDesign(), cards)
    for page, card in zip(read_pdf(pdf, dpi=300), cards, strict=True):
        assert page.decode() == expected([card], BarcodeKind.EAN13)


def test_card_size_on_the_sheet_measured_from_the_cut_marks(tmp_path: Path) -> None:
    """The marks in the margins sit on the card edges: 85.60 mm and 53.98 mm apart."""
    pdf = tmp_path / "a4.pdf"
    write_pdf(pdf, "a4", CardDesign(), faces(10))
    page = read_pdf(pdf, dpi=600)[0]
    k = page.px_per_mm
    sheet = layout("a4")
    top_margin_y = int((sheet.slots[0].y - 3) * k)  # through the marks above the grid
    xs = [(a + b) / 2 / k for a, b in dark_runs(page.row(top_margin_y))]
    assert len(xs) == 3
    assert xs[1] - xs[0] == pytest.approx(CR80_W, abs=0.1)
    assert xs[2] - xs[1] == pytest.approx(CR80_W, abs=0.1)
    left_margin_x = int((sheet.slots[0].x - 3) * k)
    ys = [(a + b) / 2 / k for a, b in dark_runs(page.column(left_margin_x))]
    assert len(ys) == 6
    for a, b in itertools.pairwise(ys):
        assert b - a == pytest.approx(CR80_H, abs=0.1)
    # The cards' background spans exactly two cards across, between the marks.
    middle = int((sheet.slots[0].y + CR80_H / 2) * k)
    runs = dark_runs(page.row(middle), threshold=200)
    assert (runs[-1][1] - runs[0][0]) / k == pytest.approx(2 * CR80_W, abs=0.1)
    assert runs[0][0] / k == pytest.approx(xs[0], abs=0.1)


def test_cr80_card_fills_its_page(tmp_path: Path) -> None:
    pdf = tmp_path / "cr80.pdf"
    write_pdf(pdf, "cr80", CardDesign(), faces(1))
    page = read_pdf(pdf, dpi=600)[0]
    k = page.px_per_mm
    row = dark_runs(page.row(int(5 * k)), threshold=200)
    assert row[0][0] == 0
    assert row[-1][1] / k == pytest.approx(CR80_W, abs=0.1)
    col = dark_runs(page.column(int(2 * k)), threshold=200)
    assert col[0][0] == 0
    assert col[-1][1] / k == pytest.approx(CR80_H, abs=0.1)
