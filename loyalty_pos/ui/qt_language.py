"""The Qt side of the shop's language: Qt's catalogues and default locale.

The language itself, its words for everything below the screens and its formats live in
:mod:`loyalty_pos.l10n`, without Qt. The widgets still ask Qt (``self.tr``, standard
buttons, file and print dialogs, ``QLocale()`` in number fields), so switching language
here also installs the same ``.ts`` catalogues compiled to ``.qm`` (bundled with an
installed app; run from source, compiled with Qt's ``lrelease`` into the user's cache the
first time and whenever a ``.ts`` changes), Qt's own catalogue, and makes the language's
locale Qt's default.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, QTranslator

from .. import l10n
from ..l10n import LANGUAGES, SYSTEM, current, resolve, system_language

log = logging.getLogger(__name__)

__all__ = [
    "LANGUAGES",
    "SYSTEM",
    "apply",
    "compiled",
    "current",
    "locale_for",
    "resolve",
    "system_language",
]

_installed: list[QTranslator] = []


def locale_for(language: str) -> QLocale:
    """Qt's locale for ``language``: the one :func:`loyalty_pos.l10n.locale_for` names
    (English follows the computer's English, else British)."""
    return QLocale(l10n.locale_for(language))


def _resource_dir() -> Path:
    """Where the catalogues are: compiled beside an installed app, as .ts in a clone."""
    from ..bundle import resource_dir

    return resource_dir() / "i18n"


def _lrelease() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/bin/lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError("Qt's lrelease is not in the PySide6 package")


def _cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(base or Path.home() / ".cache") / "loyalty-pos" / "i18n"


def compiled(language: str) -> Path | None:
    """The ``.qm`` for ``language``: bundled, or compiled from the ``.ts`` into the cache."""
    folder = _resource_dir()
    qm = folder / f"loyalty_pos_{language}.qm"
    if qm.exists():
        return qm
    ts = folder / f"loyalty_pos_{language}.ts"
    if not ts.exists():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    target = _cache_dir() / f"loyalty_pos_{language}-{digest}.qm"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        subprocess.run(
            [str(_lrelease()), "-silent", str(ts), "-qm", str(partial)],
            check=True,
            capture_output=True,
        )
        partial.replace(target)
    return target


def _qt_catalogue(language: str) -> Path | None:
    """Qt's own words (file dialogs, print dialog, standard buttons), where Qt has them."""
    bundled = _resource_dir() / f"qtbase_{language}.qm"
    if bundled.exists():
        return bundled
    import PySide6

    path = Path(PySide6.__file__).parent / "Qt" / "translations" / f"qtbase_{language}.qm"
    return path if path.exists() else None


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def apply(setting: str | None, *, install: bool = True) -> str:
    """Switch to the language a setting names; returns the code used.

    Replaces Qt's default locale and catalogues: installed into the application (the
    GUI; Qt then sends every widget a LanguageChange) and made the language of
    :mod:`loyalty_pos.l10n`; or with ``install=False`` handed to
    :func:`loyalty_pos.l10n.use_directly` only (the command line, which has no
    application object, must not leave one behind, and puts the caller's catalogues back
    afterwards). Widgets made before the call keep their text: the window is rebuilt
    after a change (``MainWindow`` does it)."""
    language = resolve(setting)
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    l10n.use_directly([])
    QLocale.setDefault(locale_for(language))
    loaded: list[QTranslator] = []
    for path in (_safe_compiled(language), _qt_catalogue(language)):
        if path is None:
            continue
        translator = QTranslator(app if install else None)
        if translator.load(str(path)):
            loaded.append(translator)
        else:
            log.warning("could not load the catalogue %s", path)
    if install and app is not None:
        for translator in loaded:
            app.installTranslator(translator)
        _installed.extend(loaded)
        l10n.use(language)
        # What our .ts lacks (Qt's own words) is Qt's to answer.
        l10n.set_fallback(_qt_translate)
    else:
        l10n.use_directly(loaded, locale=l10n.locale_for(language))
    return language


def _safe_compiled(language: str) -> Path | None:
    """A missing or broken catalogue leaves the app in English, never stops it."""
    try:
        return compiled(language)
    except (OSError, subprocess.CalledProcessError, FileNotFoundError) as exc:
        log.warning("no catalogue for %s: %s", language, exc)
        return None
