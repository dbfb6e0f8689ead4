"""The language chooser of the set-up wizard and the settings screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ..l10n import LANGUAGES, SYSTEM, system_language


def language_box(current: str | None, parent: QWidget | None = None) -> QComboBox:
    """ "The computer's language (Magyar)" first, then each language in its own name.

    A shop that never chose keeps following the computer, so a till moved to a Norwegian
    machine speaks Norwegian without anyone opening the settings."""
    box = QComboBox(parent)
    box.addItem(
        QCoreApplication.translate("LanguageBox", "Computer’s language ({language})").format(
            language=LANGUAGES[system_language()]
        ),
        SYSTEM,
    )
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(current or SYSTEM)))
    return box
