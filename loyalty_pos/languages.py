"""Transitional: the language list and choice moved to :mod:`loyalty_pos.l10n`, loading
Qt's catalogues to :mod:`loyalty_pos.ui.qt_language`.

# transitional: removed when cli/ lands
The admin command line (``loyalty_pos/cli*.py``) is being moved into a ``cli/`` package
on another branch; it still calls ``languages.apply(setting, install=False)`` here, which
hands it the shop's compiled catalogues exactly as before. New code imports
``loyalty_pos.l10n`` (or, in the GUI, ``loyalty_pos.ui.qt_language``).
"""

from __future__ import annotations

from .l10n import LANGUAGES, SYSTEM, current, resolve, system_language
from .ui.qt_language import apply, compiled, locale_for

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
