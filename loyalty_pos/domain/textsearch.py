"""Diacritic-blind search keys.

Unicode decomposition handles "á" but not letters such as Đ, Ø, Æ, ß or Ł, which have
no combining-mark form. ``anyascii`` transliterates all of them (Đức -> Duc,
Ødegård -> Odegard, Straße -> Strasse), and is ISC-licensed, unlike Unidecode (GPL),
so it can ship inside the installer. Both the stored key and the typed query go
through the same ``fold``, so they always agree.
"""

from __future__ import annotations

import re

from anyascii import anyascii

_TOKEN = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII transliteration of ``text``."""
    return anyascii(text).lower()


def tokens(text: str) -> list[str]:
    """Folded words of ``text``."""
    return _TOKEN.findall(fold(text))


def phone_digits(phone: str | None) -> str:
    """Just the digits of a phone number, as stored for search and duplicate checks."""
    return re.sub(r"\D", "", phone or "")


def search_terms(name: str, phone: str | None, email: str | None, card_number: str | None) -> str:
    """The text indexed for one member.

    Name words, e-mail words, the card number, and every tail of the phone digits of four
    or more digits, so that "4567" (the end of the number, which is what customers say at
    the counter) finds the member as well as the full number does.
    """
    words = tokens(name)
    if email:
        words += tokens(email)
    if card_number:
        words.append(card_number)
    digits = phone_digits(phone)
    words += [digits[i:] for i in range(0, max(len(digits) - 3, 0))]
    return " ".join(words)


def fts_query(text: str) -> str | None:
    """An FTS5 query that matches members whose words start with each typed word.

    Returns None when nothing searchable was typed.
    """
    words = tokens(text)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)
