"""Gift cards and coupons printed as cards: every code decodes to what was issued, the
QR payload is accepted back at the counter, and the words fit."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from loyalty_pos.domain.card_design import BarcodeKind, CardDesign
from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.giftcards import GiftCard
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.printing.card import draw_code_card
from loyalty_pos.printing.document import write_pdf
from loyalty_pos.printing.faces import PrintedFace, coupon_face, gift_card_face
from loyalty_pos.printing.layouts import CR80_H, CR80_W, layout
from loyalty_pos.services import OWNER_STAFF
from loyalty_pos.services.coupons import ISSUE_MAX
from loyalty_pos.ui.formatting import format_money

from .conftest import read_pdf

K = 600 / 25.4


def offer(services, **kw) -> CouponOffer:
    fields = dict(name="Birthday treat", kind=RewardKind.PERCENT_DISCOUNT, value=10)
    fields.update(kw)
    return services.coupons.add_offer(CouponOffer(0, **fields))


def coupon_faces(services, codes: list[str]) -> list[PrintedFace]:
    out = []
    for code in codes:
        c = services.coupons.printable(code)
        out.append(
            coupon_face(c.code, c.offer, "HUF", valid_to=c.valid_to, member_name=c.member_name)
        )
    return out


@pytest.mark.parametrize("barcode", list(BarcodeKind))
@pytest.mark.parametrize("kind", ["cr80", "a4", "letter"])
def test_gift_cards_and_coupons_decode_to_their_codes(
    tmp_path: Path, services, kind: str, barcode: BarcodeKind
) -> None:
    services.actor.staff_id = OWNER_STAFF  # cards this big are the owner's to sell
    gifts = [services.gift_cards.issue(amount) for amount in (500_000, 1_000_000, 250_000)]
    codes = services.coupons.issue_many(offer(services, valid_days=30).id, 9)
    faces = [gift_card_face(g, "HUF") for g in gifts] + coupon_faces(services, codes)
    pdf = tmp_path / f"{kind}.pdf"
    design = CardDesign(title="Kávé Sarok", barcode=barcode)
    assert write_pdf(pdf, kind, design, faces) == 12
    pages = read_pdf(pdf, dpi=300 if kind == "cr80" else 400)
    assert len(pages) == layout(kind).pages_for(12)
    linear = "EAN13" if barcode is BarcodeKind.EAN13 else "Code128"
    expected = sorted(
        [(linear, g.code) for g in gifts]
        + [("QRCode", "GC" + g.code) for g in gifts]
        + [(linear, c) for c in codes]
        + [("QRCode", "CP" + c) for c in codes]
    )
    assert sorted(code for page in pages for code in page.decode()) == expected


def test_what_the_printed_codes_say_is_accepted_back(services) -> None:
    """The QR payload and the bare digits both name the same gift card and coupon."""
    card = services.gift_cards.issue(1000)
    [code] = services.coupons.issue_many(offer(services).id, 1)
    gift_face = gift_card_face(card, "HUF")
    assert services.gift_cards.show(gift_face.qr_text).code == card.code
    assert services.gift_cards.show(gift_face.code).code == card.code
    [c_face] = coupon_faces(services, [code])
    assert services.coupons.resolve(c_face.qr_text, None, 5000).single_code == code
    assert services.coupons.resolve(c_face.code, None, 5000).single_code == code


def test_gift_card_face_says_its_value_and_what_is_left(services) -> None:
    whole = GiftCard("2900000000008", 500_000, 500_000, date(2027, 6, 30), "active", None)
    face = gift_card_face(whole, "HUF")
    assert format_money(500_000, "HUF") in face.headline
    assert "left" not in face.value and "2027" in face.value
    spent = GiftCard("2900000000008", 500_000, 120_000, None, "active", None)
    assert face.code == spent.code
    assert gift_card_face(spent, "HUF").value == f"{format_money(120_000, 'HUF')} left"


def test_coupon_face_gives_terms_minimum_last_day_and_holder(services, member) -> None:
    o = offer(services, max_discount=2000, min_spend=5000, valid_days=10)
    [code] = services.coupons.issue_many(o.id, 1, member.id)
    [face] = coupon_faces(services, [code])
    assert face.headline == "Birthday treat"
    last = services.clock().date() + timedelta(days=9)
    for part in ("10 % off", format_money(2000, "HUF"), format_money(5000, "HUF"), member.name):
        assert part in face.value
    assert str(last.year) in face.value
    assert face.qr_text == "CP" + code


def test_free_item_coupon_names_the_item(services) -> None:
    from loyalty_pos.domain.schemes import Item

    item = services.schemes.add_item(Item(0, "Cappuccino", price=900))
    o = offer(services, kind=RewardKind.FREE_ITEM, value=0, item_id=item.id)
    [code] = services.coupons.issue_many(o.id, 1)
    c = services.coupons.printable(code)
    assert c.item_name == "Cappuccino"
    assert coupon_face(code, c.offer, "HUF", item_name=c.item_name).value == "Free Cappuccino"


@pytest.mark.parametrize(
    "headline",
    [
        "Ưu đãi sinh nhật: giảm 10 % cho mọi đồ uống trong tháng",
        "Születésnapi kedvezmény: 10 % minden süteményre és kávéra",
        "Bursdagsrabatt: 10 % på all kaffe og bakst hele måneden",
    ],
)
def test_long_coupon_names_in_three_languages_fit_the_card(headline: str) -> None:
    image = QImage(int(CR80_W * K), int(CR80_H * K), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        drawn = draw_code_card(
            painter,
            QRectF(0, 0, CR80_W * K, CR80_H * K),
            CardDesign(title="Tiệm Bánh Ngọt Hương Xưa"),
            None,
            code="2945466260071",
            headline=headline,
            value="10 % off (at most 2 000 Ft) · from 5 000 Ft · until 31 12 2026 · for Őry Árpád",
            qr_text="CP2945466260071",
        )
    finally:
        painter.end()
    assert drawn.headline.fits and drawn.value.fits
    # Too long for one readable line: two, split between the terms, neither below 2 mm.
    assert drawn.value2 is not None and drawn.value2.fits
    assert drawn.value.text.startswith("10 % off") and drawn.value2.text.endswith("Árpád")
    for line in (drawn.value, drawn.value2):
        assert line.font.pixelSize() >= round(2.0 * K)
        assert drawn.headline.box.bottom() <= line.box.top() + 0.5
    assert drawn.value2.box.bottom() <= 27.0 * K  # above the code panel
    assert drawn.headline.box.right() <= CR80_W * K


def test_a_short_value_stays_on_one_line() -> None:
    image = QImage(int(CR80_W * K), int(CR80_H * K), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        drawn = draw_code_card(
            painter,
            QRectF(0, 0, CR80_W * K, CR80_H * K),
            CardDesign(title="Kávé Sarok"),
            None,
            code="2945466260071",
            headline="Gift card 5 000 Ft",
            value="valid until 31/03/2027",
        )
    finally:
        painter.end()
    assert drawn.value2 is None and drawn.value.text == "valid until 31/03/2027"


def test_a_batch_is_issued_whole_or_not_at_all(services) -> None:
    o = offer(services)
    for bad in (0, -1, ISSUE_MAX + 1):
        with pytest.raises(UserError):
            services.coupons.issue_many(o.id, bad)
    services.coupons.update_offer(CouponOffer(**{**o.__dict__, "active": False}))
    with pytest.raises(UserError):
        services.coupons.issue_many(o.id, 5)
    assert services.db.execute("SELECT COUNT(*) FROM coupons").fetchone()[0] == 0
    services.coupons.update_offer(o)
    codes = services.coupons.issue_many(o.id, 25)
    assert len(set(codes)) == 25
