"""``translate`` and ``message``: the app's words in the shop's language, without Qt.

Services, printing and the command line call :func:`translate` with a fixed context, the
way ``QCoreApplication.translate`` is called, and the catalogue tool
(:mod:`loyalty_pos.l10n.catalog`) finds the strings by those calls. The answer comes,
in order, from:

1. catalogues handed in with :func:`use_directly` (the command line's compiled Qt
   catalogues, which carry Qt's own words too; a test's fake catalogue);
2. the language in use, read from its ``.ts`` (:mod:`loyalty_pos.l10n.catalogue`);
3. a fallback the GUI sets (:func:`set_fallback`, Qt's own translate), so that what our
   catalogue lacks still reaches Qt's catalogues and the tests that watch Qt's lookups;
4. the source text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol

from ..domain.errors import UserError
from . import catalogue, formats, languages


class Translator(Protocol):
    """Anything that answers like ``QTranslator.translate``: the text, or "" if unknown."""

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None: ...


Fallback = Callable[[str, str, str | None, int], str]

_direct: list[Translator] = []
_fallback: list[Fallback | None] = [None]


def use_directly(translators: Sequence[Translator], locale: str | None = None) -> None:
    """Catalogues to consult before the language in use (the admin command line hands
    in its compiled ones) in ``locale``: formats follow it until catalogues are handed
    in again (``use_directly([])`` puts the caller's language back)."""
    _direct[:] = translators
    languages.use_direct_locale(locale if translators else None)


def directly_used() -> list[Translator]:
    return list(_direct)


def set_fallback(fallback: Fallback | None) -> None:
    """Who answers what the catalogues lack (the GUI: ``QCoreApplication.translate``)."""
    _fallback[0] = fallback


def fallback() -> Fallback | None:
    return _fallback[0]


def _with_number(text: str, n: int, locale: str | None = None) -> str:
    if n < 0 or "%n" not in text:
        return text
    number = formats.format_number(n, locale=locale) if locale else str(n)
    return text.replace("%n", number)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` in the language in use (``%n`` filled in with ``n``)."""
    for translator in _direct:
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return _with_number(found, n, languages.current_locale())
    language = languages.state().language
    if language is not None:
        found = catalogue.load(language).translate(context, text, disambiguation, n)
        if found:
            return _with_number(found, n)
    if _fallback[0] is not None:
        return _fallback[0](context, text, disambiguation, n)
    return _with_number(text, n)


def message(err: UserError) -> str:
    """The error's text in the current language, filled in."""
    return translate(err.context, err.template).format(**err.params)


@contextmanager
def kept() -> Iterator[None]:
    """Put back afterwards the language, catalogues and fallback in use before: a test
    that switches language leaves the next one in English."""
    saved = (languages.state(), languages.direct_locale(), list(_direct), _fallback[0])
    try:
        yield
    finally:
        state, locale, direct, fallback_ = saved
        languages.restore(state)
        languages.use_direct_locale(locale)
        _direct[:] = direct
        _fallback[0] = fallback_
