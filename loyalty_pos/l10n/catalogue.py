"""The shop's translations read straight from the Qt Linguist ``.ts`` files, without Qt.

The ``.ts`` files in ``resources/i18n`` are the one source of every translation: the
widgets' own ``self.tr`` reads them compiled by Qt (``ui/qt_language.py``); everything
else (services, printing, the formats of the counter) reads them here, with the stdlib's
XML parser, so the layers below the screens never load Qt. Each language is parsed once,
the first time it is asked for (under a tenth of a second), and kept.

What counts as translated follows Qt's ``lrelease``: vanished and obsolete entries are
left out, and so are empty ones (the source text is shown instead).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

# Qt's plural rules for the app's languages (Qt Linguist's numerus table): English and
# Norwegian have "one" and "other"; Hungarian and Vietnamese one form for every number.
_PLURAL_RULES = {
    "en": lambda n: 0 if n == 1 else 1,
    "nb": lambda n: 0 if n == 1 else 1,
    "hu": lambda n: 0,
    "vi": lambda n: 0,
}


def plural_form(language: str, n: int) -> int:
    """Which of a message's numerus forms ``n`` takes in ``language``."""
    rule = _PLURAL_RULES.get(language, _PLURAL_RULES["en"])
    return rule(n)


def catalogue_dir() -> Path:
    """Where the ``.ts`` files are: the repository's, or the installed app's copy."""
    from ..bundle import resource_dir

    return resource_dir() / "i18n"


Key = tuple[str, str, str]  # context, source, disambiguation ("" for none)


class Catalogue:
    """One language's translations: ``(context, source, comment)`` -> forms."""

    def __init__(self, language: str, messages: dict[Key, list[str]]) -> None:
        self.language = language
        self.messages = messages

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The translation, or "" when there is none (Qt's ``QTranslator`` convention).

        A lookup with a disambiguation that the catalogue lacks is tried without it,
        as ``QTranslator`` does."""
        forms = self.messages.get((context, text, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self.messages.get((context, text, ""))
        if not forms:
            return ""
        index = plural_form(self.language, n) if n >= 0 else 0
        return forms[min(index, len(forms) - 1)]


def parse_ts(path: Path, language: str) -> Catalogue:
    """Read a ``.ts`` file: finished and unfinished translations that have text."""
    messages: dict[Key, list[str]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if forms and all(forms):
                key = (context, msg.findtext("source") or "", msg.findtext("comment") or "")
                messages[key] = forms
    return Catalogue(language, messages)


@cache
def load(language: str) -> Catalogue:
    """``language``'s catalogue, parsed on first use; an empty one if it is missing or
    broken (the app then speaks English, it never stops)."""
    path = catalogue_dir() / f"loyalty_pos_{language}.ts"
    try:
        return parse_ts(path, language)
    except (OSError, ET.ParseError) as exc:
        log.warning("no catalogue for %s: %s", language, exc)
        return Catalogue(language, {})
