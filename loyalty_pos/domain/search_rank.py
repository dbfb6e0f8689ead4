"""The order of search hits: exact card and phone first, then the best name matches.

The store hands over a bounded set of candidates (``store/member_search.py``); ordering
those few here costs microseconds, where asking SQLite to rank every match of a short
prefix cost most of a second at a million members.
"""

from __future__ import annotations

from collections.abc import Sequence

from .textsearch import phone_digits, tokens


def typed_digits(text: str) -> str | None:
    """The digits of a query that is a phone or card number as typed ("+36 30 123"),
    or None when it has letters."""
    words = tokens(text)
    if not words or not all(w.isdigit() for w in words):
        return None
    return "".join(words)


def rank_key(
    words: Sequence[str],
    digits: str | None,
    name: str,
    phone: str | None,
    card_number: str | None,
    exact: bool,
) -> tuple:
    """Sort key of one candidate (smaller first).

    1. the card number or the whole phone number is what was typed;
    2. every typed word is a whole word of the member (``exact``: "eva" before "evelin");
    3. more typed words are whole words of the name;
    4. more typed words start a word of the name (not only of the e-mail);
    5. the name starts with the first typed word;
    6. the name, folded, then as written (a stable order for namesakes).
    """
    named = tokens(name)
    whole = set(named)
    full = digits is not None and digits in (card_number, phone_digits(phone))
    starts = bool(words) and bool(named) and named[0].startswith(words[0])
    return (
        not full,
        not exact,
        -sum(1 for w in words if w in whole),
        -sum(1 for w in words if any(n.startswith(w) for n in named)),
        not starts,
        " ".join(named),
        name,
    )
