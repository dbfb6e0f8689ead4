"""Import files checked row by row: headers in four languages, dates, balances, cards."""

from __future__ import annotations

from datetime import date

import pytest

from loyalty_pos.domain.cardnumber import make_card_number
from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.import_columns import Field, ProgramRef, map_columns
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.member_import import (
    BrokenRow,
    MemberRow,
    parse_day,
    parse_flag,
    parse_members,
    parse_money,
)

TODAY = date(2026, 3, 10)
COFFEE = ProgramRef(1, "Kávé", "stamp", 10)
POINTS = ProgramRef(2, "Pontok", "points")
CASHBACK = ProgramRef(3, "Cashback", "credit")
WASH = ProgramRef(4, "Car wash", "pass")
PROGRAMS = [COFFEE, POINTS, CASHBACK, WASH]
CARD = make_card_number("29", 4242)


def parse(text: str, programs=PROGRAMS, currency: str = "HUF") -> list:
    return parse_members(text.encode(), programs, TODAY, currency).rows


def one(text: str, **kw) -> MemberRow | BrokenRow:
    rows = parse(text, **kw)
    assert len(rows) == 1
    return rows[0]


def problems(row) -> list[str]:
    assert isinstance(row, BrokenRow), row
    return [str(p) for p in row.problems]


# Headers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        ["Name", "Phone", "E-mail", "Birthday", "Card number", "Notes", "Consent"],
        ["Név", "Telefonszám", "E-mail cím", "Születésnap", "Kártyaszám", "Megjegyzés",
         "Hírlevél"],
        ["Tên", "Số điện thoại", "Email", "Sinh nhật", "Số thẻ", "Ghi chú", "Đồng ý"],
        ["Navn", "Telefon", "E-post", "Fødselsdag", "Kortnummer", "Notater", "Samtykke"],
        ["NAME", "phone number", "EMAIL", "date of birth", "card", "memo", "newsletter"],
    ],
)  # fmt: skip
def test_headers_are_matched_in_four_languages(headers: list[str]) -> None:
    columns = map_columns(headers, [])
    assert columns.fields == {
        Field.NAME: 0,
        Field.PHONE: 1,
        Field.EMAIL: 2,
        Field.BIRTHDAY: 3,
        Field.CARD: 4,
        Field.NOTES: 5,
        Field.CONSENT: 6,
    }
    assert columns.ignored == ()


def test_unknown_columns_are_listed_and_left_out() -> None:
    columns = map_columns(["Name", "Total visits", "", "Address"], [])
    assert columns.ignored == ("Total visits", "Address")


def test_a_file_without_a_name_column_is_refused() -> None:
    with pytest.raises(UserError, match="no name column"):
        map_columns(["phone", "email"], [])


def test_two_columns_for_one_detail_are_refused() -> None:
    with pytest.raises(UserError, match="“Phone” and “Telefon”"):
        map_columns(["Name", "Phone", "Telefon"], [])


@pytest.mark.parametrize(
    ("header", "program", "account"),
    [
        ("Kávé", COFFEE, Account.STAMPS),
        ("kave", COFFEE, Account.STAMPS),
        ("stamps:Kávé", COFFEE, Account.STAMPS),
        ("rewards:KÁVÉ", COFFEE, Account.REWARDS),
        ("Points", POINTS, Account.POINTS),
        ("pontok", POINTS, Account.POINTS),
        ("credit:Cashback", CASHBACK, Account.CREDIT),
        ("Store credit", CASHBACK, Account.CREDIT),
        ("passes:Car wash", WASH, Account.PASSES),
        ("Stamps", COFFEE, Account.STAMPS),  # the shop's only punch card
    ],
)
def test_balance_columns(header: str, program: ProgramRef, account: Account) -> None:
    (col,) = map_columns(["name", header], PROGRAMS).balances
    assert (col.program, col.account) == (program, account)


@pytest.mark.parametrize(
    ("header", "says"),
    [
        ("stamps:Tea", "does not have"),
        ("points:Kávé", "no such balance"),
        ("Stamps", "which program"),
    ],
)
def test_balance_columns_that_cannot_be_placed_refuse_the_file(header: str, says: str) -> None:
    two_cards = [*PROGRAMS, ProgramRef(5, "Tea", "stamp", 8)] if says == "which program" else []
    programs = two_cards or PROGRAMS
    with pytest.raises(UserError, match=says):
        map_columns(["name", header], programs)


def test_a_points_column_in_a_shop_without_points_is_refused() -> None:
    with pytest.raises(UserError, match="no program"):
        map_columns(["name", "Points balance"], [COFFEE])


# Names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("First Name,Last Name\nKari,Ødegård\n", "Kari Ødegård"),
        ("Vezetéknév;Keresztnév\nKovács;Éva\n", "Kovács Éva"),
        ("Họ;Tên\nNguyễn Văn;Đức\n", "Nguyễn Văn Đức"),
        ("Name,First name,Last name\nAnna Kiss,Anna,Kiss\n", "Anna Kiss"),
        ("Name,First name,Last name\n,Anna,Kiss\n", "Anna Kiss"),
        ("name\n  Anna   Kiss \n", "Anna Kiss"),
    ],
)
def test_names_from_one_or_several_columns(text: str, name: str) -> None:
    row = one(text)
    assert isinstance(row, MemberRow) and row.member.name == name


# Values -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["1985-03-12", "12.03.1985", "1985.03.12.", "1985. 03. 12.", "12/03/1985", "12.3.1985",
     "1985-03-12 00:00:00", "1985/03/12"],
)  # fmt: skip
def test_each_date_format(text: str) -> None:
    assert parse_day(text, "Birthday") == date(1985, 3, 12)


@pytest.mark.parametrize("text", ["31.02.1990", "03-12-1985", "1985", "soon", "12/13/1985"])
def test_impossible_or_unknown_dates_are_refused(text: str) -> None:
    with pytest.raises(UserError, match="is not a date"):
        parse_day(text, "Birthday")


@pytest.mark.parametrize(
    ("text", "value"),
    [("igen", True), ("Yes", True), ("x", True), ("có", True), ("ja", True),
     ("subscribed", True), ("", False), ("nem", False), ("không", False), ("nei", False),
     ("Unsubscribed", False), ("0", False)],
)  # fmt: skip
def test_yes_and_no_in_four_languages(text: str, value: bool) -> None:
    assert parse_flag(text, "Consent") is value


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("12,50", "NOK", 1250),
        ("12.50", "NOK", 1250),
        ("1 234,50 kr", "NOK", 123450),
        ("1.234,50", "NOK", 123450),
        ("1,234.50", "NOK", 123450),
        ("1.500", "HUF", 1500),
        ("1,500", "HUF", 1500),
        ("1 500 Ft", "HUF", 1500),
        ("25000₫", "VND", 25000),
        ("", "HUF", 0),
    ],
)
def test_store_credit_amounts(text: str, currency: str, minor: int) -> None:
    assert parse_money(text, currency, "Credit") == minor


@pytest.mark.parametrize(("text", "currency"), [("12,5", "HUF"), ("-3", "NOK"), ("abc", "NOK")])
def test_bad_amounts_are_refused(text: str, currency: str) -> None:
    with pytest.raises(UserError, match="Credit"):
        parse_money(text, currency, "Credit")


# Rows -------------------------------------------------------------------------------------


def test_a_good_row_is_cleaned_like_enrolment() -> None:
    row = one(
        "Név;Telefon;E-mail;Születésnap;Hírlevél;Megjegyzés\n"
        "Kovács Éva;+36 30 123 4567;EVA@Example.hu;1985.03.12.;igen;zabtej\n"
    )
    assert isinstance(row, MemberRow)
    m = row.member
    assert (m.name, m.phone, m.email, m.birthday) == (
        "Kovács Éva",
        "+36301234567",
        "eva@example.hu",
        "1985-03-12",
    )
    assert m.marketing_consent and m.notes == "zabtej"
    assert row.card is None and row.openings == ()


def test_every_problem_of_a_row_is_reported_with_its_line() -> None:
    rows = parse(
        "name,phone,email,birthday,consent\n"
        "Anna,+36 30 123 4567,anna@example.hu,1990-01-01,yes\n"
        ",12,not-an-email,2030-01-01,perhaps\n"
    )
    assert isinstance(rows[0], MemberRow)
    broken = rows[1]
    assert broken.line == 3
    said = " ".join(problems(broken))
    for part in ("name", "7 to 15 digits", "not an e-mail", "not possible", "neither yes nor no"):
        assert part in said


def test_cells_beyond_the_header_break_the_row() -> None:
    assert "names only 2 columns" in problems(one("name,phone\nAnna,123456789,extra\n"))[0]


def test_blank_lines_are_skipped_and_line_numbers_stay_true() -> None:
    rows = parse("name;phone\n\nAnna;+3630123456\n;;\nBéla;bad\n")
    assert [r.line for r in rows] == [3, 5]
    assert isinstance(rows[1], BrokenRow)


def test_a_file_with_only_a_header_is_refused() -> None:
    with pytest.raises(UserError, match="holds no members"):
        parse("name;phone\n;\n")
    with pytest.raises(UserError, match="empty"):
        parse("")


def test_formula_quotes_from_an_export_are_taken_off() -> None:
    row = one("name,phone,notes\n'=Anna,'+36 30 123 4567,'-allergic\n")
    assert isinstance(row, MemberRow)
    assert (row.member.name, row.member.phone, row.member.notes) == (
        "=Anna",
        "+36301234567",
        "-allergic",
    )


# Opening balances ---------------------------------------------------------------------------


def test_opening_balances_of_every_kind() -> None:
    row = one("name;Kávé;rewards:Kávé;Pontok;Cashback;passes:Car wash\nAnna;7;1;120;1 500;4\n")
    assert isinstance(row, MemberRow)
    got = {(o.program, o.account): o.amount for o in row.openings}
    assert got == {
        ("Kávé", Account.STAMPS): 7,
        ("Kávé", Account.REWARDS): 1,
        ("Pontok", Account.POINTS): 120,
        ("Cashback", Account.CREDIT): 1500,
        ("Car wash", Account.PASSES): 4,
    }


def test_a_full_card_opens_as_a_ready_reward() -> None:
    row = one("name;Kávé;rewards:Kávé\nAnna;23;1\n")
    got = {o.account: o.amount for o in row.openings}
    assert got == {Account.STAMPS: 3, Account.REWARDS: 3}


def test_empty_and_zero_balances_write_nothing() -> None:
    row = one("name;Kávé;Pontok\nAnna;;0\n")
    assert isinstance(row, MemberRow) and row.openings == ()


@pytest.mark.parametrize("value", ["-2", "2.5", "many", "2000000000"])
def test_bad_counts_break_the_row(value: str) -> None:
    assert "Pontok" in problems(one(f"name;Pontok\nAnna;{value}\n"))[0]


# Card numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [CARD, f"LP{CARD}", f"{CARD[:4]} {CARD[4:8]} {CARD[8:]}"])
def test_this_shops_card_numbers_are_kept(text: str) -> None:
    row = one(f"name,card\nAnna,{text}\n")
    assert isinstance(row, MemberRow)
    assert (row.card, row.old_card, row.notices) == (CARD, None, ())


@pytest.mark.parametrize(
    "text",
    ["ABC-123", "5901234123457", CARD[:-1] + str((int(CARD[-1]) + 1) % 10), "12345"],
)
def test_other_numbers_get_a_new_card_and_go_into_the_notes(text: str) -> None:
    row = one(f"name,card,notes\nAnna,{text},likes tea\n")
    assert isinstance(row, MemberRow)
    assert row.card is None and row.old_card == text
    assert row.member.notes == f"likes tea\nOld card: {text}"
    assert "new card" in str(row.notices[0])


def test_a_number_shortened_by_the_spreadsheet_breaks_the_row() -> None:
    assert "scientific notation" in problems(one("name,card\nAnna,2.91235E+12\n"))[0]


# Duplicates inside the file -----------------------------------------------------------------


def test_duplicates_inside_the_file_name_the_earlier_line() -> None:
    rows = parse(
        "name;phone;email;card\n"
        f"Anna;+36 30 123 4567;anna@example.hu;{CARD}\n"
        "Béla;06 30 111 2222;bela@example.hu;\n"
        "Anna again;+36 (30) 123-4567;;\n"
        "Cili;;ANNA@example.hu;\n"
        f"Dóra;;;{CARD}\n"
    )
    assert [r.ok for r in rows] == [True, True, False, False, False]
    assert problems(rows[2]) == ["Same phone number as line 2 (Anna)."]
    assert problems(rows[3]) == ["Same e-mail as line 2 (Anna)."]
    assert problems(rows[4]) == ["Same card number as line 2 (Anna)."]
