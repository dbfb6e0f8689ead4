"""Card use cases: the design, blank numbers, replacing a lost card."""

from __future__ import annotations

import base64

import pytest

from loyalty_pos.domain.card_design import BarcodeKind, CardDesign
from loyalty_pos.domain.cardnumber import is_card_number
from loyalty_pos.domain.errors import NotFound, Refused, UserError
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services, VisitLine
from loyalty_pos.services.cards import CardFace
from loyalty_pos.services.members import UnknownCard

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

PNG_1PX = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
        "890000000d49444154789c63f8cfc0f01f0005000201a7e3d6c30000000049454e44ae426082"
    )
).decode()


def test_design_defaults_to_the_shop_name(services: Services) -> None:
    services.shop.set("shop_name", "Kávé Sarok")
    design = services.cards.design()
    assert design.title == "Kávé Sarok"
    assert design.barcode is BarcodeKind.EAN13


def test_design_is_stored_and_read_back(services: Services) -> None:
    saved = services.cards.save_design(
        CardDesign(
            title="  Bakery   Ødegård ",
            tagline="Every 8th bun free",
            background="#FFFFFF",
            ink="#111111",
            accent="#aa0000",
            logo_png=PNG_1PX,
            barcode=BarcodeKind.CODE128,
        )
    )
    assert saved.title == "Bakery Ødegård"
    assert saved.background == "#ffffff"
    assert services.cards.design() == saved
    assert services.settings.get("card_barcode") == "code128"
    assert services.cards.design().logo_bytes.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "change",
    [
        {"background": "blue"},
        {"ink": "#12345"},
        {"logo_png": base64.b64encode(b"GIF89a....").decode()},
        {"logo_png": "not base64!"},
        {"title": "x" * 61},
        {"barcode": "qr"},
    ],
)
def test_a_bad_design_is_refused_and_nothing_changes(services: Services, change: dict) -> None:
    before = services.cards.design()
    with pytest.raises(UserError):
        services.cards.save_design(CardDesign(**{"title": "Shop", **change}))
    assert services.cards.design() == before


def test_slip_width_setting(services: Services) -> None:
    assert services.cards.slip_width().value == "80"
    assert services.cards.set_slip_width("58 mm").value == "58"
    assert services.cards.slip_width().value == "58"
    with pytest.raises(UserError):
        services.cards.set_slip_width("57")


def test_blank_cards_are_reserved_unique_and_unassigned(services: Services) -> None:
    services.shop.set("card_prefix", "27")
    blanks = services.cards.reserve_blank(50)
    codes = [b.card_number for b in blanks]
    assert len(set(codes)) == 50
    assert all(is_card_number(c) and c.startswith("27") for c in codes)
    rows = services.db.execute(
        "SELECT COUNT(*) FROM cards WHERE status = 'blank' AND member_id IS NULL"
    ).fetchone()
    assert rows[0] == 50
    with pytest.raises(UnknownCard) as err:
        services.members.lookup(codes[0])
    assert "blank card" in str(err.value)


@pytest.mark.parametrize("count", [0, -1, 10_001])
def test_blank_count_out_of_range(services: Services, count: int) -> None:
    with pytest.raises(UserError):
        services.cards.reserve_blank(count)
    assert services.db.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 0


def test_enrolling_with_a_blank_card_assigns_it(services: Services) -> None:
    code = services.cards.reserve_blank(1)[0].card_number
    member = services.members.enroll(MemberInput("Ødegård Æsa"), card="LP" + code)
    assert member.card_number == code
    assert services.members.lookup(code).id == member.id
    with pytest.raises(Refused):
        services.members.enroll(MemberInput("Someone Else"), card=code)


def test_replacing_a_lost_card_keeps_the_balances(services: Services, member, coffee) -> None:
    services.visits.record(member.id, [VisitLine(coffee.id, items=3)], "r1")
    old = member.card_number
    result = services.cards.replace(old)
    assert result.old == old and result.new != old and is_card_number(result.new)
    assert result.member.card_number == result.new
    assert result.member.card_for("Coffee").stamps == 3
    assert services.members.lookup(result.new).id == member.id
    with pytest.raises(Refused) as err:
        services.members.lookup(old)
    assert result.new in str(err.value)
    row = services.db.execute(
        "SELECT status, replaced_by FROM cards WHERE code = ?", [old]
    ).fetchone()
    assert tuple(row) == ("replaced", result.new)
    assert [h.id for h in services.members.search(result.new)] == [member.id]
    assert services.maintenance.check().ok


def test_replacing_twice_or_an_unknown_card_is_refused(services: Services, member) -> None:
    new = services.cards.replace(member.card_number).new
    with pytest.raises(Refused):
        services.cards.replace(member.card_number)
    blank = services.cards.reserve_blank(1)[0].card_number
    with pytest.raises(NotFound):
        services.cards.replace(blank)
    assert services.members.lookup(new).id == member.id


def test_a_blocked_card_can_be_replaced(services: Services, member) -> None:
    services.members.block_card(member.card_number)
    new = services.cards.replace(member.card_number).new
    assert services.members.lookup(new).id == member.id


def test_faces_for_printing(services: Services, member) -> None:
    other = services.members.enroll(MemberInput("Őry Árpád"))
    services.members.set_blocked(other.id, True)
    assert [f.name for f in services.cards.all_faces()] == ["Kovács Éva"]
    assert services.cards.count_all() == 1
    faces = services.cards.faces_for_members([other.id, member.id])
    assert [f.card_number for f in faces] == [other.card_number, member.card_number]
    assert services.cards.face_for(member.card_number).name == "Kovács Éva"


def test_reserve_and_print_reserves_only_what_was_printed(services: Services) -> None:
    """Blank numbers and their printing are one transaction (the GUI's and the CLI's)."""

    def blank_cards() -> int:
        return services.db.execute("SELECT COUNT(*) FROM cards WHERE status='blank'").fetchone()[0]

    seen: list[str] = []

    def printed(faces):
        seen.extend(f.card_number for f in faces)
        return len(faces)

    done = services.cards.reserve_and_print(3, printed)
    assert done is not None and done.printed == 3
    assert [f.card_number for f in done.faces] == seen and blank_cards() == 3

    def broken(faces):
        raise OSError("disk full")

    with pytest.raises(OSError):
        services.cards.reserve_and_print(2, broken)
    assert services.cards.reserve_and_print(2, lambda faces: None) is None  # cancelled
    assert blank_cards() == 3


def test_replace_prints_the_new_card_in_the_same_transaction(services: Services, member) -> None:
    old = member.card_number

    def broken(face):
        raise OSError("no such folder")

    with pytest.raises(OSError):
        services.cards.replace(old, print_card=broken)
    assert services.members.lookup(old).id == member.id  # not retired
    faces = []
    result = services.cards.replace(old, print_card=faces.append)
    assert faces == [CardFace(result.new, member.name)]
