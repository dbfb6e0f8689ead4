"""An amount of money in words, in the shop's language: "twenty thousand forints".

A confirmation that shows "20 000 Ft" beside "húszezer forint" catches the slip a figure
alone hides: one zero too many reads as "kétszázezer", which nobody misreads. The
numbers come from ``num2words`` (LGPL, pure Python, with English, Hungarian, Vietnamese
and Norwegian: the words of a number are data, not something to translate string by
string); the currency's name goes through Qt's translation like every other word, one
string after one and one after any other number ("krone", "kroner"): the four
languages need no more forms than that.

A currency without a name here is said by its code ("two hundred CHF"), and its cents
as a fraction ("and 50/100"), as on a cheque.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.money import minor_digits
from ..l10n import translate

CONTEXT = "AmountWords"
# The app's language codes as num2words knows them (it calls Bokmål "no").
NUM2WORDS_LANGUAGE = {"en": "en", "hu": "hu", "vi": "vi", "nb": "no"}
_LOCALE_LANGUAGE = {
    QLocale.Language.Hungarian: "hu",
    QLocale.Language.Vietnamese: "vi",
    QLocale.Language.NorwegianBokmal: "nb",
}


def number_in_words(n: int, language: str | None = None) -> str:
    """A whole number in words in ``language`` (en, hu, vi, nb); by default in the
    locale's language, which the app sets with the shop's language, as for money."""
    if language is None:
        language = _LOCALE_LANGUAGE.get(QLocale().language(), "en")
    code = NUM2WORDS_LANGUAGE.get(language, "en")
    # Loaded when first needed: its import (every language's tables, 35 ms) held back
    # the counter's first paint, which shows no amount in words (issue 16).
    from num2words import num2words

    try:
        return str(num2words(n, lang=code))
    except (NotImplementedError, OverflowError):
        return str(num2words(n, lang="en"))


def amount_in_words(minor: int, currency: str, language: str | None = None) -> str:
    """``minor`` units of ``currency`` in words: "two hundred euros and fifty cents".

    The numbers are in ``language`` (default: the locale's, see ``number_in_words``),
    the currency's name in the catalogue's language: the app sets both together."""
    code = currency.upper()
    digits = minor_digits(code)
    major, cents = divmod(abs(minor), 10**digits)
    whole = _counted(major, _major_unit(code, major) or code, language)
    if not cents:
        return whole
    unit = _minor_unit(code, cents)
    if unit is None:
        part = f"{cents:0{digits}d}/{10**digits}"
    else:
        part = _counted(cents, unit, language)
        if not major:
            return part
    return translate(CONTEXT, "{major} and {minor}").format(major=whole, minor=part)


def _counted(n: int, unit: str, language: str | None) -> str:
    return f"{number_in_words(n, language)} {unit}"


# Each currency's name after one and after any other number, and its hundredth's.
# "dong" and "øre" are the same after any number in the four languages.
_MAJOR = {
    "HUF": (QT_TRANSLATE_NOOP(CONTEXT, "forint"), QT_TRANSLATE_NOOP(CONTEXT, "forints")),
    "VND": (QT_TRANSLATE_NOOP(CONTEXT, "dong"), QT_TRANSLATE_NOOP(CONTEXT, "dong")),
    "NOK": (QT_TRANSLATE_NOOP(CONTEXT, "krone"), QT_TRANSLATE_NOOP(CONTEXT, "kroner")),
    "EUR": (QT_TRANSLATE_NOOP(CONTEXT, "euro"), QT_TRANSLATE_NOOP(CONTEXT, "euros")),
}
_MINOR = {
    "NOK": (QT_TRANSLATE_NOOP(CONTEXT, "øre"), QT_TRANSLATE_NOOP(CONTEXT, "øre")),
    "EUR": (QT_TRANSLATE_NOOP(CONTEXT, "cent"), QT_TRANSLATE_NOOP(CONTEXT, "cents")),
}


def _major_unit(code: str, n: int) -> str | None:
    """The currency's name after ``n`` in words; None for a currency without one here."""
    names = _MAJOR.get(code)
    return None if names is None else translate(CONTEXT, names[0 if n == 1 else 1])


def _minor_unit(code: str, n: int) -> str | None:
    """The name of the hundredth (øre, cent) after ``n`` in words."""
    names = _MINOR.get(code)
    return None if names is None else translate(CONTEXT, names[0 if n == 1 else 1])
