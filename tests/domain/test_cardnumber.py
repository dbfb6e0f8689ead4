import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.cardnumber import (
    ean13_check_digit,
    is_card_number,
    looks_like_code,
    make_card_number,
    parse_code,
    qr_payload,
    random_card_number,
)
from loyalty_pos.domain.errors import InvalidCode


def test_check_digit_of_known_ean13():
    # 4006381333931 is the classic EAN-13 example (check digit 1).
    assert ean13_check_digit("400638133393") == 1
    assert is_card_number("4006381333931")
    assert not is_card_number("4006381333932")


@given(st.integers(20, 29), st.integers(0, 10**10 - 1))
def test_made_numbers_are_valid_and_in_store_range(prefix, serial):
    code = make_card_number(str(prefix), serial)
    assert len(code) == 13 and code.isdigit()
    assert 20 <= int(code[:2]) <= 29
    assert is_card_number(code)
    assert parse_code(code) == code


@given(st.integers(0, 10**10 - 1), st.integers(0, 12), st.integers(1, 9))
def test_any_single_digit_typo_is_refused(serial, position, bump):
    code = make_card_number("29", serial)
    typo = code[:position] + str((int(code[position]) + bump) % 10) + code[position + 1 :]
    with pytest.raises(InvalidCode):
        parse_code(typo)


def test_prefix_outside_in_store_range_is_rejected():
    with pytest.raises(ValueError):
        make_card_number("19", 1)
    with pytest.raises(ValueError):
        make_card_number("30", 1)


def test_qr_payload_and_bare_number_both_parse():
    code = make_card_number("29", 123)
    assert qr_payload(code) == "LP" + code
    assert parse_code("LP" + code) == code
    assert parse_code("lp" + code) == code  # caps lock or a scanner sending lower case
    assert parse_code(f"  {code}\n") == code
    assert parse_code(f"{code[:4]} {code[4:8]}-{code[8:]}") == code


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "Nothing was scanned"),
        ("   ", "Nothing was scanned"),
        ("HELLO WORLD", "not a card code"),
        ("http://example.com/x", "not a card code"),
        ("29123", "has 5"),
        ("29000000000170", "has 14"),
        ("2900000000011", "Wrong check digit"),
    ],
)
def test_malformed_scans_get_a_clear_message(raw, fragment):
    with pytest.raises(InvalidCode) as err:
        parse_code(raw)
    assert fragment in str(err.value)


def test_random_numbers_use_the_given_randomness():
    assert random_card_number("29", lambda n: 17) == make_card_number("29", 17)


def test_looks_like_code_tells_numbers_from_names():
    code = make_card_number("29", 5)
    assert looks_like_code(code)
    assert looks_like_code("LP" + code)
    assert not looks_like_code("Kovács")
    assert not looks_like_code("0612345")
