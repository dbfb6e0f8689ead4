import pytest

from loyalty_pos.domain.textsearch import fold, fts_query, search_terms, tokens


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đức", "duc"),
        ("Ødegård", "odegard"),
        ("Kovács", "kovacs"),
        ("Æsa", "aesa"),
        ("Åse", "ase"),
        ("Straße", "strasse"),
        ("Łukasz", "lukasz"),
        ("Nguyễn Thị Hương", "nguyen thi huong"),
        ("Szőke Ünőke", "szoke unoke"),
    ],
)
def test_fold_removes_case_and_all_diacritics(text, folded):
    assert fold(text) == folded


def test_search_terms_include_phone_tails_and_card():
    terms = search_terms("Kari Ødegård", "+47 912 34 567", "kari@example.no", "2912345678903")
    words = terms.split()
    assert "kari" in words and "odegard" in words
    assert "4791234567" in words  # the whole number
    assert "4567" in words  # the last four digits, as customers say them
    assert "2912345678903" in words
    assert "example" in words


def test_fts_query_prefix_matches_each_word():
    assert fts_query("Ødeg  kar") == '"odeg"* AND "kar"*'
    assert fts_query("  ,.; ") is None
    assert tokens("O'Brien-Smith") == ["o", "brien", "smith"]
