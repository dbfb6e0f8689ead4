"""Translation entry points shared by the UI and the command line.

Qt's ``QCoreApplication.translate`` works without a running application (it returns
the source text when no translator is installed), so services and the CLI use the same
catalogue as the widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .domain.errors import UserError

translate = QCoreApplication.translate


def message(err: UserError) -> str:
    """The error's text in the current language, filled in."""
    return translate(err.context, err.template).format(**err.params)
