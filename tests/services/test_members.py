import pytest

from loyalty_pos.domain.cardnumber import is_card_number, make_card_number
from loyalty_pos.domain.errors import InvalidCode, NotFound, Refused, UserError
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.members import PossibleDuplicate, UnknownCard

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def count(services, table):
    return services.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_enroll_assigns_a_valid_in_store_card(services, coffee):
    m = services.members.enroll(MemberInput("Nguyễn Văn Đức", marketing_consent=True))
    assert is_card_number(m.card_number) and m.card_number.startswith("29")
    assert m.marketing_consent is True
    assert [c.program for c in m.cards] == ["Coffee"]
    assert (m.visit_count, m.last_visit) == (0, None)
    assert services.members.lookup(m.card_number).id == m.id


def test_card_prefix_is_configurable(services):
    services.settings.set("card_prefix", "25")
    assert services.members.enroll(MemberInput("A")).card_number.startswith("25")


def test_enroll_with_a_preprinted_card(services):
    code = make_card_number("29", 4242)
    m = services.members.enroll(MemberInput("Åse Bjørnstad"), card=code)
    assert m.card_number == code
    with pytest.raises(Refused, match="already in use"):
        services.members.enroll(MemberInput("Someone else"), card=code)


def test_enroll_with_a_reserved_blank_card(services):
    code = make_card_number("29", 777)
    services.members.members.add_card(code, None, "blank", "2026-01-01T00:00:00.000000Z")
    with pytest.raises(UnknownCard) as err:
        services.members.lookup(code)
    assert err.value.code == code
    m = services.members.enroll(MemberInput("Lars"), card=code)
    assert services.members.lookup(code).id == m.id


def test_product_barcode_is_not_a_loyalty_card(services):
    product = "4006381333931"  # a real EAN-13 outside 20-29
    before = count(services, "members")
    with pytest.raises(InvalidCode, match="product barcode"):
        services.members.enroll(MemberInput("A"), card=product)
    assert count(services, "members") == before


def test_wrong_check_digit_at_enrolment_changes_nothing(services):
    with pytest.raises(InvalidCode):
        services.members.enroll(MemberInput("A"), card="2900000000011")
    assert count(services, "members") == 0


def test_duplicate_phone_or_email_is_flagged_with_the_existing_member(services, member):
    before = count(services, "members")
    with pytest.raises(PossibleDuplicate) as err:
        services.members.enroll(MemberInput("Éva K.", phone="+36-30-123-4567"))
    assert err.value.matches[0].id == member.id
    with pytest.raises(PossibleDuplicate):
        services.members.enroll(MemberInput("Other", email="EVA@example.hu"))
    assert count(services, "members") == before
    services.members.enroll(MemberInput("Éva K.", phone="+36301234567"), allow_duplicate=True)
    assert count(services, "members") == before + 1


def test_invalid_details_change_nothing(services):
    with pytest.raises(UserError):
        services.members.enroll(MemberInput("A", email="not-an-email"))
    assert count(services, "members") == 0
    assert count(services, "cards") == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("duc", "Nguyễn Văn Đức"),
        ("DUC", "Nguyễn Văn Đức"),
        ("nguyen d", "Nguyễn Văn Đức"),
        ("odegard", "Kari Ødegård"),
        ("ødeg", "Kari Ødegård"),
        ("kovacs", "Kovács Éva"),
        ("eva", "Kovács Éva"),
        ("4567", "Kovács Éva"),
        ("+36 30 123", "Kovács Éva"),
        ("kari@ex", "Kari Ødegård"),
    ],
)
def test_search_ignores_case_and_diacritics(services, member, query, expected):
    services.members.enroll(MemberInput("Nguyễn Văn Đức", phone="+84 90 555 1212"))
    services.members.enroll(MemberInput("Kari Ødegård", email="kari@example.no"))
    names = [h.name for h in services.members.search(query)]
    assert expected in names
    assert len(names) == 1


def test_search_by_card_number_and_nonsense(services, member):
    assert [h.id for h in services.members.search(member.card_number)] == [member.id]
    assert services.members.search("   ") == []
    assert services.members.search('"*) OR (') == []
    assert services.members.search("zzzz") == []


def test_search_follows_an_edit(services, member):
    services.members.update(member.id, MemberInput("Szabó Éva", phone=member.phone))
    assert [h.name for h in services.members.search("szabo")] == ["Szabó Éva"]
    assert services.members.search("kovacs") == []


@pytest.mark.parametrize("raw", ["garbage!!", "123", "2900000000011", ""])
def test_lookup_refuses_bad_codes(services, member, raw):
    with pytest.raises(InvalidCode):
        services.members.lookup(raw)


def test_lookup_unknown_valid_card_offers_enrolment(services):
    code = make_card_number("29", 99)
    with pytest.raises(UnknownCard) as err:
        services.members.lookup(code)
    assert err.value.code == code and "enroll" in str(err.value)


def test_blocked_card_and_blocked_member_are_refused(services, member):
    services.members.block_card(member.card_number)
    with pytest.raises(Refused, match="blocked"):
        services.members.lookup(member.card_number)
    other = services.members.enroll(MemberInput("Lars Kristiansen"))
    services.members.set_blocked(other.id, True)
    with pytest.raises(Refused, match="blocked"):
        services.members.lookup(other.card_number)
    services.members.set_blocked(other.id, False)
    assert services.members.lookup(other.card_number).id == other.id


def test_replaced_card_names_the_new_one(services, member):
    new = make_card_number("29", 5)
    services.db.execute(
        "INSERT INTO cards (code, status, created_at) VALUES (?, 'active', 'x')", [new]
    )
    services.db.execute(
        "UPDATE cards SET status='replaced', replaced_by=? WHERE code=?", [new, member.card_number]
    )
    with pytest.raises(Refused, match=new):
        services.members.lookup(member.card_number)


def test_unknown_member_id(services):
    with pytest.raises(NotFound):
        services.members.view(12345)


def test_product_barcode_scanned_at_the_counter_is_not_offered_for_enrolment(services):
    with pytest.raises(InvalidCode, match="product barcode"):
        services.members.lookup("4006381333931")


def test_update_notes_keeps_everything_else(services, member):
    view = services.members.update_notes(member.id, "  oat milk, no sugar ")
    assert view.notes == "oat milk, no sugar"
    assert (view.name, view.phone, view.email) == (member.name, member.phone, member.email)
    with pytest.raises(NotFound):
        services.members.update_notes(999, "x")
