"""The printed guides stay true to the app and to the layout the translations follow.

docs/LANG/guide-counter.md and guide-owner.md link their pictures as
../screenshots/LANG/NAME.png, with the same names in every language;
docs/screenshots/render_guides.py renders exactly those names. The English guides quote
the app's on-screen words in bold: each one must still be a string the app shows, so a
renamed button cannot leave the guide describing a screen that no longer exists.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from loyalty_pos.l10n import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDES = ("guide-counter.md", "guide-owner.md")
PICTURE = re.compile(r"""(?:\]\(|src=")\.\./screenshots/([a-z]+)/([a-z0-9-]+)\.png""")
KEY = re.compile(r"^((Ctrl|Shift)\+)*(F\d+|Esc|Enter|Space|Tab|[A-Z0-9]|\+|−)$")
# Bold words in the English guides that are the guide's own, not the app's.
LEAD_INS = {
    "Look at the member",
    "Type the amount",
    "Tick what applies",
    "Blue",
    "Green",
    "Yellow",
    "Orange",
    "F8 Void",
    "F7 Refund",
    "Try it first.",
    "Punch cards (F9).",
    "Everything else (Shift+F9)",
    "Switching off.",
    "Coupons (Ctrl+Shift+O).",
    "Gift cards (Ctrl+G)",
    "The design (Ctrl+Shift+D).",
    "Printing (Ctrl+Shift+P).",
    "To restore",
}


def render_script():
    path = DOCS / "screenshots" / "render_guides.py"
    spec = importlib.util.spec_from_file_location("render_guides", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pictures(guide: Path) -> list[tuple[str, str]]:
    return PICTURE.findall(guide.read_text(encoding="utf-8"))


def guides_present() -> list[Path]:
    found = [DOCS / lang / name for lang in LANGUAGES for name in GUIDES]
    return [path for path in found if path.exists()]


def app_strings() -> str:
    """Every source string of the catalogue, mnemonics (&) removed, spaces collapsed."""
    sources = []
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            sources.append(" ".join((message.findtext("source") or "").replace("&", "").split()))
    return "\n".join(sources)


def test_the_english_guides_use_exactly_the_pictures_the_script_renders():
    used = {name for guide in GUIDES for _, name in pictures(DOCS / "en" / guide)}
    assert used == set(render_script().PICTURES)


def test_every_picture_of_the_english_guides_is_committed():
    for guide in GUIDES:
        for lang, name in pictures(DOCS / "en" / guide):
            assert (DOCS / "screenshots" / lang / f"{name}.png").is_file(), name


@pytest.mark.parametrize("guide", guides_present(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_guide_links_its_own_language_and_the_english_picture_names(guide: Path):
    lang = guide.parent.name
    linked = pictures(guide)
    assert linked, "a guide without pictures"
    assert {code for code, _ in linked} == {lang}
    english = {name for _, name in pictures(DOCS / "en" / guide.name)}
    assert {name for _, name in linked} == english


@pytest.mark.parametrize("guide", GUIDES)
def test_the_english_guides_quote_words_the_app_shows(guide: str):
    shown = app_strings()
    text = (DOCS / "en" / guide).read_text(encoding="utf-8")
    spans = re.findall(r"\*\*(.+?)\*\*", text, re.S)
    quoted = {" ".join(span.split()).rstrip(":") for span in spans}
    unknown = sorted(q for q in quoted if not KEY.match(q) and q not in LEAD_INS and q not in shown)
    assert unknown == []


def test_the_counter_guide_stays_one_page():
    """About 400 words besides the table of keys, so it prints on one A4 page."""
    text = (DOCS / "en" / "guide-counter.md").read_text(encoding="utf-8")
    prose = [line for line in text.splitlines() if not line.startswith(("|", "<"))]
    assert len(" ".join(prose).split()) <= 450


def test_the_readme_links_both_guides_in_every_language():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lang in LANGUAGES:
        for guide in GUIDES:
            assert f"](docs/{lang}/{guide})" in readme
