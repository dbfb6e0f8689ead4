"""Reading CSV files as Excel, LibreOffice and other tills write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.csvfile import decode, read_text, records, sniff_delimiter
from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.spreadsheet import restore_cell, safe_cell

HUNGARIAN = "Név;Megjegyzés\nŐsz Tünde;hűséges vendég\n"
NORWEGIAN = "Navn;Notat\nKari Ødegård;Bor på Ås, liker æbler\n"


def rows(data: bytes, prefer: tuple[str, ...] = ("cp1252", "cp1250")) -> list:
    return list(records(read_text(data, prefer)))


def test_utf8_with_and_without_bom_read_the_same() -> None:
    text = "name,notes\nĐức Nguyễn,café\n"
    plain = read_text(text.encode("utf-8"))
    bom = read_text(text.encode("utf-8-sig"))
    assert (plain.encoding, bom.encoding) == ("utf-8", "utf-8-sig")
    assert plain.text == bom.text == text  # the BOM is not part of the first header
    assert next(iter(records(bom))) == (1, ["name", "notes"])


def test_windows_1250_is_recognised_by_its_hungarian_letters() -> None:
    data = HUNGARIAN.encode("cp1250")
    # Even when the shop's language would try Windows-1252 first, ő and ű decide.
    text, encoding = decode(data, prefer=("cp1252", "cp1250"))
    assert encoding == "cp1250"
    assert "Ősz Tünde" in text and "hűséges" in text


def test_windows_1252_is_recognised_by_its_norwegian_letters() -> None:
    data = NORWEGIAN.encode("cp1252")
    text, encoding = decode(data, prefer=("cp1250", "cp1252"))
    assert encoding == "cp1252"
    assert "Kari Ødegård" in text and "æbler" in text


def test_a_tie_goes_to_the_shops_code_page() -> None:
    data = "Név\nKovács Éva\n".encode("cp1250")  # á, é: the same byte in both
    assert decode(data, prefer=("cp1250", "cp1252"))[1] == "cp1250"
    assert decode(data, prefer=("cp1252", "cp1250"))[1] == "cp1252"
    assert decode(data, prefer=("cp1250",))[0] == "Név\nKovács Éva\n"


def test_utf16_with_tabs_from_excel_unicode_text() -> None:
    data = "Name\tPhone\nKari Ødegård\t+47 912 34 567\n".encode("utf-16")
    source = read_text(data)
    assert (source.encoding, source.delimiter) == ("utf-16", "\t")
    assert list(records(source))[1] == (2, ["Kari Ødegård", "+47 912 34 567"])


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [
        ("name;phone;email", ";"),
        ("name,phone,email", ","),
        ("name\tphone", "\t"),
        ('"name; surname",phone', ","),  # a separator inside quotes does not count
        ("name", ","),
    ],
)
def test_the_separator_is_taken_from_the_header(header: str, delimiter: str) -> None:
    assert sniff_delimiter(header) == delimiter


def test_semicolon_file_with_decimal_commas_in_the_rows() -> None:
    data = "name;credit\nAnna;12,50\nBéla;3,00\n".encode()
    assert rows(data)[1:] == [(2, ["Anna", "12,50"]), (3, ["Béla", "3,00"])]


def test_excels_sep_line_is_obeyed_and_counted() -> None:
    data = b"sep=|\r\nname|phone\r\nAnna|123\r\n"
    assert rows(data) == [(2, ["name", "phone"]), (3, ["Anna", "123"])]


def test_line_numbers_are_where_a_record_starts() -> None:
    data = b'name,notes\nAnna,"two\nlines"\nBela,x\n'
    assert [line for line, _ in rows(data)] == [1, 2, 4]


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04rest-of-a-zip", b"\x00\x01\x02binary", b"\xff\xfe\x00\xd8"],
)
def test_workbooks_and_binary_files_are_refused(data: bytes) -> None:
    with pytest.raises(UserError):
        read_text(data)


def test_a_workbook_gets_advice() -> None:
    with pytest.raises(UserError, match="CSV UTF-8"):
        read_text(b"PK\x03\x04")


@given(st.text())
def test_restore_cell_undoes_safe_cell(text: str) -> None:
    assert restore_cell(safe_cell(text)) == text


@pytest.mark.parametrize(
    ("cell", "kept"),
    [("=1+1", "'=1+1"), ("+36 30", "'+36 30"), ("-3", "'-3"), ("@x", "'@x"), ("Anna", "Anna")],
)
def test_safe_cell_quotes_what_a_spreadsheet_would_run(cell: str, kept: str) -> None:
    assert safe_cell(cell) == kept
    assert safe_cell(-3) == "-3"  # a number stays a number


def test_a_name_that_starts_with_a_quote_keeps_it() -> None:
    assert restore_cell("'Tis Café") == "'Tis Café"


def test_vietnamese_windows_1258_comes_out_composed() -> None:
    # Windows-1258 writes "ễ" as "ê" plus a combining tilde; the import composes it again.
    data = "Tên\nNguy\u00ea\u0303n V\u0103n \u0110\u01b0\u0301c\n".encode("cp1258")
    text, encoding = decode(data, prefer=("cp1258", "cp1252"))
    assert encoding == "cp1258"
    assert text == "Tên\nNguyễn Văn Đức\n"
