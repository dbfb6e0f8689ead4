"""The part of a member's name a customer-facing screen may show: the given name.

The customer screen faces the queue, so it shows at most the member's first name, never
the family name. Names are kept as one field typed the way the shop writes them, so
which word is the given name follows the shop's language: Hungarian writes the family
name first ("Kovács Éva" → "Éva"), Vietnamese puts the given name last ("Nguyễn Văn Đức"
→ "Đức"), English and Norwegian put it first ("Kari Ødegård" → "Kari"). Titles and
abbreviations ("Dr.", "ifj.") are skipped; a one-word name is shown as it is.
"""

from __future__ import annotations

FAMILY_FIRST = frozenset({"hu"})  # family name, then the given names
GIVEN_LAST = frozenset({"vi"})  # family name, middle names, then the one given name
COUNTRY_OF = {"HUF": "hu", "VND": "vi"}  # a shop run in English still has local names


def name_order(language: str | None, currency: str | None) -> str | None:
    """Which order the shop's names are written in: its language's when that is
    Hungarian or Vietnamese, else its currency's country's (a Budapest shop with English
    screens still writes "Kovács Éva"), else given name first."""
    if language in FAMILY_FIRST or language in GIVEN_LAST:
        return language
    return COUNTRY_OF.get((currency or "").upper(), language)


def given_name(name: str, language: str | None) -> str:
    """The word of ``name`` a customer may see beside the till (may be ""); ``language``
    is the order (``name_order``)."""
    words = [w for w in name.split() if not w.endswith(".")]
    if not words:
        return ""
    if language in GIVEN_LAST:
        return words[-1]
    if language in FAMILY_FIRST and len(words) > 1:
        return words[1]
    return words[0]
