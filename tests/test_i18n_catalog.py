"""The translation catalogues: up to date with the source, complete, and well-formed.

A translation that drops a ``{placeholder}`` raises KeyError when shown; one that drops
``%n`` shows no number; a lost ``&`` loses the Alt-key. Each is caught here, per language.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from loyalty_pos.l10n.catalog import LANGUAGES, PLURAL_FORMS, Entry, extract, read_ts, ts_path

PLACEHOLDER = re.compile(r"\{[a-z_][a-z_0-9]*\}")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


@pytest.fixture(scope="module")
def extraction():
    return extract()


@pytest.fixture(scope="module")
def catalogues():
    return {lang: read_ts(ts_path(lang)) for lang in LANGUAGES}


def live(entries: dict) -> list[Entry]:
    return [e for e in entries.values() if e.state not in ("vanished", "obsolete")]


def test_the_source_has_no_string_the_catalogue_cannot_place(extraction):
    assert extraction.problems == []
    assert len(extraction.messages) > 1000


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_catalogue_holds_exactly_the_source_strings(extraction, catalogues, language):
    """Run ``uv run python -m loyalty_pos.l10n.catalog`` when this fails."""
    held = {e.key for e in live(catalogues[language])}
    wanted = set(extraction.messages)
    assert sorted(wanted - held)[:5] == [], "strings missing from the .ts"
    assert sorted(held - wanted)[:5] == [], "strings no longer in the source"


def test_english_holds_every_plural(extraction, catalogues):
    plurals = {k for k, m in extraction.messages.items() if m.plural}
    english = {e.key: e for e in live(catalogues["en"])}
    assert plurals and plurals <= set(english)
    for key in plurals:
        assert english[key].finished and len(english[key].forms) == 2, key


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_unfinished_or_empty(catalogues, language):
    unfinished = [e.key for e in live(catalogues[language]) if not e.finished]
    assert unfinished[:5] == [], f"{len(unfinished)} unfinished in {language}"


def problems_of(entry: Entry, language: str) -> list[str]:
    source = entry.key.source
    found = []
    for form in entry.forms:
        if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(source)):
            found.append(f"placeholders {PLACEHOLDER.findall(form)}")
        if sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
            found.append("HTML tags differ")
        mnemonics = len(re.findall(r"(?<!&)&(?!&)\w", source))
        if len(re.findall(r"(?<!&)&(?!&)\w", form)) != mnemonics:
            found.append("the & mnemonic")
        if form.count("\n") != source.count("\n") and source.count("\n") > 0:
            found.append("line breaks")
        if form.startswith(" ") != source.startswith(" "):
            found.append("leading space")
        if form.endswith(" ") != source.endswith(" "):
            found.append("trailing space")
    if entry.plural:
        if len(entry.forms) != PLURAL_FORMS[language]:
            found.append(f"{len(entry.forms)} plural forms")
        if "%n" in source and not all("%n" in f for f in entry.forms):
            found.append("%n")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_tags_keys_and_spacing(catalogues, language):
    bad = {}
    for entry in live(catalogues[language]):
        if entry.finished and (found := problems_of(entry, language)):
            bad[f"[{entry.key.context}] {entry.key.source[:60]}"] = found
    assert bad == {}


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_are_not_copies_of_the_english(catalogues, language):
    """A few words are the same in every language ("PIN", "PDF"); most are not."""
    entries = [e for e in live(catalogues[language]) if e.finished]
    same = [e.key.source for e in entries if e.forms[0] == e.key.source and re.search(
        r"[A-Za-z]{4,}", e.key.source)]  # fmt: skip
    assert len(same) <= 0.03 * len(entries), same[:20]


def test_a_placeholder_that_a_translation_drops_is_caught():
    entry = Entry(
        key=read_key("Gift card {code} is used up."),
        plural=False,
        forms=["Ajándékkártya elfogyott."],
    )
    assert problems_of(entry, "hu") == ["placeholders []"]
    good = Entry(entry.key, False, ["A(z) {code} ajándékkártya elfogyott."])
    assert problems_of(good, "hu") == []


def read_key(source: str):
    from loyalty_pos.l10n.catalog import Key

    return Key("Errors", source)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_import_reads_headers_written_with_the_apps_own_words(catalogues, language):
    """An owner who types the column names the import screen shows, in their language,
    gets them recognised ("tilgode", "hátralévő alkalmak")."""
    from loyalty_pos.domain.import_columns import (
        _FIELD_BY_KEY,
        _GENERIC_BY_KEY,
        ACCOUNT_LABELS,
        FIELD_LABELS,
        header_key,
    )

    labels = {*FIELD_LABELS.values(), *ACCOUNT_LABELS.values()}
    entries = {e.key.source: e for e in live(catalogues[language]) if e.key.context == "Import"}
    unknown = [
        entries[label].forms[0]
        for label in labels
        if header_key(entries[label].forms[0]) not in {*_FIELD_BY_KEY, *_GENERIC_BY_KEY}
    ]
    assert unknown == []
