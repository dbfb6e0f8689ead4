"""The typeface the app ships with, loaded before anything is laid out or printed.

Layout is measured in the font's units: a system font with taller lines or wider letters
pushes Confirm off a till's screen or cuts a label, and shop PCs come with every kind of
font set (a Windows till has Segoe UI, a Linux one DejaVu or Noto, whatever the desktop
chose). So the app carries its own, Noto Sans (``resources/fonts/``, SIL Open Font
License, see ``OFL.txt`` there): it has every letter of Hungarian, Vietnamese and
Norwegian, and with it the screens measure the same on every machine. The counter, the
owner's screens and the printed cards and slips all use it.

Noto Sans has no minus sign (−, the discounts' "−500 Ft") and no arrows (← ↑ → ↓ in
key hints); Qt would draw those from whatever system font has them, each machine a
different width and depth. Noto Sans Math, bundled as well, comes second in the list of
families and has them: a line with one of them is a little deeper (2 px at the normal
size), the same on every machine.

A missing or broken file is not fatal: the app then runs on the system's default font,
as it did before it shipped one, and ``--self-check`` says so.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .bundle import resource_dir

log = logging.getLogger(__name__)

#: The family of the bundled text files: every letter the app writes.
FAMILY = "Noto Sans"
#: The second family, for the few symbols the first lacks (− ← ↑ → ↓).
SYMBOLS = "Noto Sans Math"
#: The files: regular and bold text, italic for switched-off rows, and the symbols.
FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSansMath-Regular.ttf",
)

_loaded: list[list[str]] = []  # the bundled families in use, once per process


def font_dir() -> Path:
    return resource_dir() / "fonts"


def load() -> list[str]:
    """Register the bundled files with Qt (once; a GUI application must exist) and
    return the families to use in order (``FAMILY``, ``SYMBOLS``): empty when the text
    files did not load, and the app runs on the system's fonts."""
    if _loaded:
        return list(_loaded[0])
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    if QGuiApplication.instance() is None:
        return []  # Qt's font database needs an application: try again later
    found: set[str] = set()
    for name in FILES:
        path = font_dir() / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("the bundled font %s did not load; using the system's", path)
            continue
        found.update(QFontDatabase.applicationFontFamilies(font_id))
    families = [f for f in (FAMILY, SYMBOLS) if f in found] if FAMILY in found else []
    _loaded.append(families)
    return list(families)


def family() -> str | None:
    """The bundled text family if it is loaded (loading it if it can), else None."""
    families = load()
    return families[0] if families else None
