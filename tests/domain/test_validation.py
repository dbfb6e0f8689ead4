from datetime import date

import pytest

from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.validation import MemberInput, clean_member

TODAY = date(2026, 3, 10)


def test_clean_member_normalises_fields():
    m = clean_member(
        MemberInput(
            "  Kovács   Éva ",
            phone="+36 (30) 123-4567",
            email=" Eva@Example.HU ",
            birthday="1990-05-01",
            marketing_consent=True,
            notes="  oat milk ",
        ),
        TODAY,
    )
    assert m.name == "Kovács Éva"
    assert m.phone == "+36301234567"
    assert m.email == "eva@example.hu"
    assert m.birthday == "1990-05-01"
    assert m.marketing_consent is True
    assert m.notes == "oat milk"


def test_optional_fields_may_be_blank():
    m = clean_member(MemberInput("Åse", phone=" ", email="", birthday=None), TODAY)
    assert (m.phone, m.email, m.birthday, m.marketing_consent) == (None, None, None, False)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (MemberInput(""), "name is required"),
        (MemberInput("   "), "name is required"),
        (MemberInput("x" * 121), "too long"),
        (MemberInput("A", phone="12ab"), "not a phone number"),
        (MemberInput("A", phone="123"), "7 to 15 digits"),
        (MemberInput("A", email="nobody"), "not an e-mail"),
        (MemberInput("A", email="a@b"), "not an e-mail"),
        (MemberInput("A", birthday="10/03/1990"), "not a date"),
        (MemberInput("A", birthday="2027-01-01"), "not possible"),
    ],
)
def test_bad_input_is_refused_with_a_message(data, fragment):
    with pytest.raises(UserError) as err:
        clean_member(data, TODAY)
    assert fragment in str(err.value)
