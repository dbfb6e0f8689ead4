"""First start: one screen the owner fills in within a minute.

Shop name, currency, language, the owner's PIN (twice) and a first punch card from a
template. "Start" stores it all in one transaction (``SetupService.complete``); a bad
answer is named under the form and nothing is stored.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.setup import TEMPLATES, SetupInput, localized
from . import qt_language as languages
from . import theme
from .language_box import language_box
from .ops import Ops
from .pin_dialog import pin_field

log = logging.getLogger(__name__)
CURRENCIES = ("HUF", "EUR", "NOK", "VND", "SEK", "DKK", "CZK", "PLN", "GBP", "USD", "CHF")


class SetupWizard(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Welcome to Loyalty POS"))
        theme.apply(self)
        self.resize(760, 720)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Set up your shop"), self)
        theme.set_font(title, theme.NAME_PT, bold=True)
        layout.addWidget(title)
        intro = QLabel(
            self.tr("Five answers and the counter is ready. You can change them later."), self
        )
        intro.setObjectName("hint")
        layout.addWidget(intro)

        form = QFormLayout()
        self.shop_name = QLineEdit(self)
        self.shop_name.setPlaceholderText(self.tr("e.g. Kávé Sarok"))
        form.addRow(self.tr("Shop name"), self.shop_name)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        current = services.settings.get("currency") or "HUF"
        self.currency.setCurrentText(current)
        form.addRow(self.tr("Currency (ISO 4217)"), self.currency)
        self.language = language_box(None, self)
        form.addRow(self.tr("Language"), self.language)
        self.pin = pin_field(self)
        self.pin_again = pin_field(self)
        form.addRow(self.tr("Owner's PIN (6–8 digits)"), self.pin)
        form.addRow(self.tr("PIN once more"), self.pin_again)
        layout.addLayout(form)

        box = QGroupBox(self.tr("Your first punch card"), self)
        box_layout = QVBoxLayout(box)
        self.templates = QButtonGroup(self)
        for i, t in enumerate(map(localized, TEMPLATES)):
            p = t.program
            radio = QRadioButton(
                self.tr("{title} ({stamps} stamps, reward: {reward})").format(
                    title=t.title, stamps=p.stamps_needed, reward=p.reward_text
                ),
                box,
            )
            radio.setProperty("template", t.key)
            self.templates.addButton(radio, i)
            box_layout.addWidget(radio)
        none = QRadioButton(self.tr("None now (F9 later)"), box)
        none.setProperty("template", "")
        self.templates.addButton(none, len(TEMPLATES))
        box_layout.addWidget(none)
        self.templates.button(0).setChecked(True)
        layout.addWidget(box)

        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        quit_button = QPushButton(self.tr("Quit (Esc)"), self)
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.reject)
        self.start = QPushButton(self.tr("Start (Enter)"), self)
        self.start.setObjectName("primary")
        self.start.setDefault(True)
        self.start.clicked.connect(self.submit)
        row.addWidget(quit_button)
        row.addStretch(1)
        row.addWidget(self.start)
        layout.addLayout(row)
        self.shop_name.setFocus()

    def submit(self) -> None:
        if self.pin.text() != self.pin_again.text():
            self.error.setText(self.tr("The two PINs differ. Type the same PIN twice."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        checked = self.templates.checkedButton()
        key = checked.property("template") if checked is not None else ""
        data = SetupInput(
            shop_name=self.shop_name.text(),
            currency=self.currency.currentText(),
            language=self.language.currentData(),
            owner_pin=self.pin.text(),
            template_key=key or None,
        )
        # The first card and the owner's account are named in the chosen language
        # ("Kávékártya"), which may not be the one this screen speaks.
        speaking = languages.current()
        languages.apply(data.language)
        done = Ops.detached().run(  # before the counter (and its bus) exists
            self,
            lambda: self.services.setup.complete(data),
            on_error=self.error.setText,
            unexpected=self.tr("Unexpected error: {error}"),
        )
        if done is None:
            languages.apply(speaking)
            return
        self.accept()
