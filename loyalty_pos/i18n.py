"""Translation entry points shared by the UI and the command line.

Qt's ``QCoreApplication.translate`` works without a running application (it returns the
source text when no translator is installed), so services and the CLI use the same
catalogue as the widgets. The command line has no application object to install a
catalogue into, so :mod:`loyalty_pos.languages` hands it the catalogue directly
(:func:`use_directly`), and :func:`translate` asks it first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .domain.errors import UserError

_direct: list[QTranslator] = []


def use_directly(translators: list[QTranslator]) -> None:
    """Catalogues to consult without a QCoreApplication (the admin command line)."""
    _direct[:] = translators


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``, or the command line's catalogue when it has one."""
    for translator in _direct:
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return found.replace("%n", QLocale().toString(n)) if n >= 0 else found
    return QCoreApplication.translate(context, text, disambiguation, n)


def message(err: UserError) -> str:
    """The error's text in the current language, filled in."""
    return translate(err.context, err.template).format(**err.params)
