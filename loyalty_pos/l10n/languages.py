"""Which language the shop speaks, and the locale its amounts and dates are written in.

The one list of languages lives here, below the services (which check the ``language``
setting against it) and the screens (which offer it in a menu), and without Qt: the
command line, the services and their tests must know the shop's language without
loading a GUI toolkit.

The shop's ``language`` setting is a code (``en``, ``hu``, ``vi``, ``nb``) or ``system``
(follow the computer's language, falling back to English). The computer's language is
read the way Qt reads it on Linux: ``LANGUAGE``, then ``LC_ALL``, ``LC_MESSAGES`` and
``LANG``; elsewhere the stdlib ``locale`` module asks the operating system.
"""

from __future__ import annotations

import locale
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

# Language codes the shop can choose, each named in itself.
LANGUAGES = {"en": "English", "hu": "Magyar", "vi": "Tiếng Việt", "nb": "Norsk bokmål"}
SYSTEM = "system"
LANGUAGE_CHOICES = (SYSTEM, *LANGUAGES)
# The country each language's money, dates and numbers are written as. English has
# none: it follows the computer's English (US or UK dates), else British.
_HOME_LOCALE = {"hu": "hu_HU", "vi": "vi_VN", "nb": "nb_NO"}
_FALLBACK_ENGLISH = "en_GB"


@dataclass(frozen=True)
class State:
    """What the app speaks now.

    ``language`` is None until a language is chosen: scripts and the command line then
    get the source text and amounts as "1500 HUF"; ``plain_amounts`` keeps amounts so
    even in a chosen language (the command line's output is read by scripts)."""

    language: str | None = None
    locale: str | None = None
    plain_amounts: bool = False


_state: list[State] = [State()]
# The locale of catalogues handed in directly (the command line's: it speaks the shop's
# language through them and puts its caller's back by handing in none).
_direct_locale: list[str | None] = [None]


def use_direct_locale(locale: str | None) -> None:
    """Formats follow ``locale`` while catalogues are handed in directly (None: stop)."""
    _direct_locale[0] = locale


def direct_locale() -> str | None:
    return _direct_locale[0]


def _environment_locales() -> list[str]:
    """The computer's locale names, most preferred first (``hu_HU``, ``nb``, ``C``)."""
    names: list[str] = []
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            names.extend(v for v in value.split(":") if v)
            if var != "LANGUAGE":
                break  # the first of LC_ALL, LC_MESSAGES, LANG that is set decides
    if not names and sys.platform in ("win32", "darwin"):
        with warnings.catch_warnings():  # getdefaultlocale asks Windows for ISO codes
            warnings.simplefilter("ignore", DeprecationWarning)
            code = locale.getdefaultlocale()[0]
        if code:
            names.append(code)
    return names


def _clean(name: str) -> str:
    """``hu_HU.UTF-8`` -> ``hu_HU``; ``en-US`` -> ``en_US``; ``C.UTF-8`` -> ``C``."""
    return name.split(".")[0].split("@")[0].replace("-", "_")


def system_locale() -> str | None:
    """The computer's locale for formats (``en_US``), None when it names none (C)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            name = _clean(value)
            return None if name in ("C", "POSIX") else name
    names = _environment_locales()
    return _clean(names[-1]) if names and _clean(names[-1]) not in ("C", "POSIX") else None


def system_language() -> str:
    """The computer's language if the app speaks it, else English."""
    for name in _environment_locales():
        base = _clean(name).split("_")[0].lower()
        if base in ("no", "nn"):  # Norwegian without a variant, or Nynorsk: Bokmål is closest
            base = "nb"
        if base in LANGUAGES:
            return base
    return "en"


def resolve(setting: str | None) -> str:
    """The language code a setting means (``system`` or unknown -> the computer's)."""
    if setting in LANGUAGES:
        return setting
    return system_language()


def locale_for(language: str) -> str:
    """The locale (``hu_HU``) money, dates and numbers are written in for ``language``.
    English follows the computer's English locale (US or UK dates), or British day-first
    dates when the computer is not English."""
    if language in _HOME_LOCALE:
        return _HOME_LOCALE[language]
    system = system_locale()
    if system and system.split("_")[0].lower() == "en" and "_" in system:
        return system
    return _FALLBACK_ENGLISH


def current() -> str:
    """The language in use (what the screens speak now); English before any is chosen."""
    return _state[0].language or "en"


def state() -> State:
    return _state[0]


def current_locale() -> str:
    """The locale formats follow: the command line's, the chosen language's, else the
    computer's."""
    return _direct_locale[0] or _state[0].locale or locale_for(resolve(SYSTEM))


def use(setting: str | None, *, plain_amounts: bool = False) -> str | None:
    """Speak the language a setting names (None: none chosen); returns the code used."""
    if setting is None:
        _state[0] = State()
        return None
    language = resolve(setting)
    _state[0] = State(language, locale_for(language), plain_amounts)
    return language


def restore(saved: State) -> None:
    """Put back a state taken with :func:`state` (tests, a command that spoke a language)."""
    _state[0] = replace(saved)


@contextmanager
def speaking(setting: str | None, *, plain_amounts: bool = False) -> Iterator[str | None]:
    """Speak a language for the duration of a block, then whatever was spoken before:
    a command-line command speaks the shop's language and leaves its caller's alone."""
    saved = state()
    try:
        yield use(setting, plain_amounts=plain_amounts)
    finally:
        restore(saved)
