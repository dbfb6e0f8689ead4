"""The shop's language without Qt: words, money, numbers, dates and the language list.

Everything below the screens (``domain``, ``store``, ``services``, ``printing``'s words,
the command line) speaks through this package, so none of them loads PySide6. The Qt
side (``ui/qt_language.py``) installs the same catalogues into Qt for the widgets' own
``self.tr`` and sets ``QLocale``'s default to the same locale.

- :mod:`.languages`: the list of languages, the computer's, the one in use;
- :mod:`.translation`: ``translate`` and ``message`` over the ``.ts`` catalogues;
- :mod:`.formats`: money, numbers, dates and times (Babel, made to match ``QLocale``);
- :mod:`.catalog`: the tool that keeps ``resources/i18n/*.ts`` in step with the source.
"""

from __future__ import annotations

from .formats import (
    CURRENCY_SIGNS,
    amount_text,
    currency_sign,
    format_date,
    format_money,
    format_number,
    format_time,
)
from .languages import (
    LANGUAGE_CHOICES,
    LANGUAGES,
    SYSTEM,
    current,
    current_locale,
    locale_for,
    resolve,
    restore,
    speaking,
    state,
    system_language,
    use,
)
from .translation import kept, message, set_fallback, translate, use_directly

__all__ = [
    "CURRENCY_SIGNS",
    "LANGUAGES",
    "LANGUAGE_CHOICES",
    "SYSTEM",
    "amount_text",
    "currency_sign",
    "current",
    "current_locale",
    "format_date",
    "format_money",
    "format_number",
    "format_time",
    "kept",
    "locale_for",
    "message",
    "resolve",
    "restore",
    "set_fallback",
    "speaking",
    "state",
    "system_language",
    "translate",
    "use",
    "use_directly",
]
