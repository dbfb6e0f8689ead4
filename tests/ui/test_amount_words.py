"""Amounts in words, in the four languages the till speaks.

The numbers' words come from num2words; the currencies' names from the catalogue. Until
the catalogues carry the new names, each language's test hands the translation lookup
the names a translator would give (``NAMES``: also the suggestion for the ``.ts``
files), so what is tested is the real path: number words plus the catalogue's name.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from loyalty_pos import l10n as i18n
from loyalty_pos.ui.amount_words import amount_in_words, number_in_words

NAMES = {
    "hu": {
        "forint": "forint",
        "forints": "forint",
        "dong": "dong",
        "krone": "korona",
        "kroner": "korona",
        "euro": "euró",
        "euros": "euró",
        "cent": "cent",
        "cents": "cent",
        "øre": "øre",
        "{major} and {minor}": "{major} és {minor}",
    },
    "vi": {
        "forint": "forint",
        "forints": "forint",
        "dong": "đồng",
        "krone": "krone",
        "kroner": "krone",
        "euro": "euro",
        "euros": "euro",
        "cent": "xu",
        "cents": "xu",
        "øre": "øre",
        "{major} and {minor}": "{major} và {minor}",
    },
    "nb": {
        "forint": "forint",
        "forints": "forint",
        "dong": "dong",
        "krone": "krone",
        "kroner": "kroner",
        "euro": "euro",
        "euros": "euro",
        "cent": "cent",
        "cents": "cent",
        "øre": "øre",
        "{major} and {minor}": "{major} og {minor}",
    },
}


class Catalogue:
    """Answers ``i18n.translate`` for the context AmountWords, like a compiled .qm."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def translate(self, context: str, text: str, disambiguation=None, n: int = -1) -> str:
        return self.names.get(text, "") if context == "AmountWords" else ""


@pytest.fixture
def speak() -> Iterator:
    def use(language: str) -> None:
        i18n.use_directly([Catalogue(NAMES[language])] if language in NAMES else [])

    yield use
    i18n.use_directly([])


@pytest.mark.parametrize(
    ("language", "minor", "currency", "words"),
    [
        ("en", 2_000_000, "HUF", "two million forints"),  # HUF has no decimals
        ("en", 20_000, "HUF", "twenty thousand forints"),
        ("en", 1, "HUF", "one forint"),
        ("en", 1_000_000, "VND", "one million dong"),
        ("en", 200_000, "NOK", "two thousand kroner"),
        ("en", 100, "NOK", "one krone"),
        ("en", 20_000, "EUR", "two hundred euros"),
        ("en", 20_050, "EUR", "two hundred euros and fifty cents"),
        ("en", 101, "EUR", "one euro and one cent"),
        ("en", 5, "EUR", "five cents"),
        ("hu", 20_000, "HUF", "húszezer forint"),
        ("hu", 25_000, "HUF", "huszonötezer forint"),
        ("hu", 20_050, "EUR", "kétszáz euró és ötven cent"),
        ("vi", 20_000, "VND", "hai mươi nghìn đồng"),
        ("vi", 1_000_000, "VND", "một triệu đồng"),
        ("vi", 20_000, "HUF", "hai mươi nghìn forint"),
        ("nb", 2_000_000, "NOK", "tjue tusen kroner"),
        ("nb", 200_000, "NOK", "to tusen kroner"),
        ("nb", 12_550, "NOK", "en hundre og tjuefem kroner og femti øre"),
        ("nb", 100, "NOK", "en krone"),
    ],
)
def test_amounts_in_words(speak, language, minor, currency, words):
    speak(language)
    assert amount_in_words(minor, currency, language) == words


def test_a_currency_without_a_name_is_said_by_its_code_and_its_cents_as_a_fraction(speak):
    speak("en")
    assert amount_in_words(12_345, "CHF", "en") == "one hundred and twenty-three CHF and 45/100"
    assert amount_in_words(500, "JPY", "en") == "five hundred JPY"


def test_untranslated_names_read_as_english_not_as_nothing(speak):
    speak("none")  # a catalogue without the names: the English name, never an empty one
    assert amount_in_words(20_000, "HUF", "hu") == "húszezer forints"


def test_the_numbers_follow_the_language(speak):
    assert number_in_words(20_000, "en") == "twenty thousand"
    assert number_in_words(20_000, "hu") == "húszezer"
    assert number_in_words(20_000, "vi") == "hai mươi nghìn"
    assert number_in_words(20_000, "nb") == "tjue tusen"
    assert number_in_words(7, "xx") == "seven"  # a language num2words lacks: English


def test_by_default_the_numbers_follow_the_locale_as_money_does(speak):
    from PySide6.QtCore import QLocale

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Hungarian, QLocale.Country.Hungary))
        speak("hu")
        assert amount_in_words(20_000, "HUF") == "húszezer forint"
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
        speak("nb")
        assert amount_in_words(2_000_000, "NOK") == "tjue tusen kroner"
    finally:
        QLocale.setDefault(before)
    speak("en")
    assert amount_in_words(20_000, "HUF") == "twenty thousand forints"
