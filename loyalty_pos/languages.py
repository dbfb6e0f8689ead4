"""Which language and locale the app speaks, and loading its translations.

The shop's ``language`` setting is a code (``en``, ``hu``, ``vi``, ``nb``) or ``system``
(follow the computer's language, falling back to English). The language decides both the
words (a compiled Qt ``.qm`` catalogue) and the locale used for money, dates and numbers:
a Hungarian till shows "2 400 Ft" and "2026. 03. 10.", a Norwegian one "10.03.2026".

The catalogues are Qt Linguist ``.ts`` files in ``resources/i18n``. An installed app
carries them compiled; run from source, they are compiled with Qt's ``lrelease`` into the
user's cache the first time they are needed (and again whenever a ``.ts`` changes), so a
fresh clone speaks every language with no build step.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, QTranslator

from .services.setup import LANGUAGES
from .services.setup import SYSTEM_LANGUAGE as SYSTEM

log = logging.getLogger(__name__)

__all__ = ["LANGUAGES", "SYSTEM", "apply", "locale_for", "resolve", "system_language"]
_QT_LANGUAGE = {
    QLocale.Language.English: "en",
    QLocale.Language.Hungarian: "hu",
    QLocale.Language.Vietnamese: "vi",
    QLocale.Language.NorwegianBokmal: "nb",
}
_LOCALES = {
    "hu": (QLocale.Language.Hungarian, QLocale.Country.Hungary),
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
}

_installed: list[QTranslator] = []
_current: list[str] = ["en"]


def current() -> str:
    """The language last applied (what the screens speak now)."""
    return _current[0]


def system_language() -> str:
    """The computer's language if the app speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        base = name.replace("-", "_").split("_")[0].lower()
        if base in ("no", "nn"):  # Norwegian without a variant, or Nynorsk: Bokmål is closest
            base = "nb"
        if base in LANGUAGES:
            return base
    return _QT_LANGUAGE.get(QLocale.system().language(), "en")


def resolve(setting: str | None) -> str:
    """The language code a setting means (``system`` or unknown -> the computer's)."""
    if setting in LANGUAGES:
        return setting
    return system_language()


def locale_for(language: str) -> QLocale:
    """Money, dates and numbers for ``language``. English follows the computer's English
    locale (US or UK dates), or British day-first dates when the computer is not English."""
    if language in _LOCALES:
        return QLocale(*_LOCALES[language])
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _resource_dir() -> Path:
    """Where the catalogues are: compiled beside an installed app, as .ts in a clone."""
    from .bundle import resource_dir

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


def apply(setting: str | None, *, install: bool = True) -> str:
    """Switch to the language a setting names; returns the code used.

    Replaces the default locale and the catalogues: installed into the application (the
    GUI; Qt then sends every widget a LanguageChange), or with ``install=False`` handed to
    :func:`loyalty_pos.i18n.translate` directly (the command line, which has no
    application object and must not leave one behind). Widgets made before the call keep
    their text: the window is rebuilt after a change (``MainWindow`` does it)."""
    from . import i18n

    language = resolve(setting)
    _current[0] = language
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    i18n.use_directly([])
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
    else:
        i18n.use_directly(loaded)
    return language


def _safe_compiled(language: str) -> Path | None:
    """A missing or broken catalogue leaves the app in English, never stops it."""
    try:
        return compiled(language)
    except (OSError, subprocess.CalledProcessError, FileNotFoundError) as exc:
        log.warning("no catalogue for %s: %s", language, exc)
        return None
