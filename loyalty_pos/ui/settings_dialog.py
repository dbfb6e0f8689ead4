"""The owner's settings: shop name, currency, card prefix, language, feedback, timeout,
how the screens look (text size, colours, full screen for a kiosk), whether a scan
makes a sound, the two limits above which the counter needs the owner (a gift card
sold, a visit voided), the screen facing the customer and the webcam that reads codes,
and (a shop on a server only: a file is never offline) the offline allowance."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import minor_digits, to_major, to_minor
from ..domain.offline import MAX_ALLOWANCE
from ..services import Services, offline_allowance
from ..services.approvals import GIFT_CARD_LIMIT, LIMIT_MAX, VOID_LIMIT
from ..services.customer_screen import (
    CUSTOMER_LINE,
    CUSTOMER_SCREEN,
    CUSTOMER_SCREEN_AT,
    LINE_MAX,
    WEBCAM,
)
from ..services.display import HIGH_CONTRAST, STANDARD
from . import theme
from .customer.placement import screen_names
from .language_box import language_box
from .ops import Ops
from .scroll_page import ScrollPage
from .webcam import cameras

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    """The shop's settings. Saved through ``ops``: the counter hears of a new language,
    currency, text size or kiosk on the bus and rebuilds itself (``comfort.py``)."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops or Ops.detached()
        self.setWindowTitle(self.tr("Settings"))
        theme.apply(self)
        shop = services.shop.all()
        form = QFormLayout()
        self.shop_name = QLineEdit(shop["shop_name"], self)
        self.currency = QLineEdit(shop["currency"], self)
        self.card_prefix = QLineEdit(shop["card_prefix"], self)
        self.language = language_box(services.settings.get("language"), self)
        self.feedback = QCheckBox(self.tr("Ask customers for a 0–10 score after a visit"), self)
        self.feedback.setChecked(services.feedback.enabled())
        self.idle = QSpinBox(self)
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(services.staff.idle_minutes())
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Currency (ISO 4217)"), self.currency)
        form.addRow(self.tr("Card number prefix"), self.card_prefix)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Feedback"), self.feedback)
        form.addRow(self.tr("Owner screens lock after"), self.idle)
        display = services.display.get()
        self.text_size = QComboBox(self)
        for size, name in (
            (100, self.tr("Normal (100 %)")),
            (125, self.tr("Large (125 %)")),
            (150, self.tr("Largest (150 %)")),
        ):
            self.text_size.addItem(name, size)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(display.text_size)))
        self.text_size.setToolTip(self.tr("At the counter: Ctrl+Plus, Ctrl+Minus, Ctrl+0"))
        self.colours = QComboBox(self)
        self.colours.addItem(self.tr("Standard"), STANDARD)
        self.colours.addItem(self.tr("High contrast"), HIGH_CONTRAST)
        self.colours.setCurrentIndex(max(0, self.colours.findData(display.colours)))
        self.colours.setToolTip(
            self.tr("Light or dark as the computer is set; high contrast: 7:1 text")
        )
        self.kiosk = QCheckBox(self.tr("Full screen, no window frame (kiosk)"), self)
        self.kiosk.setChecked(display.kiosk)
        self.kiosk.setToolTip(
            self.tr("For a till that runs nothing else; off, the counter opens maximized")
        )
        form.addRow(self.tr("&Text size"), self.text_size)
        form.addRow(self.tr("C&olours"), self.colours)
        self.scan_sounds = QCheckBox(self.tr("A sound when a scan is taken or refused"), self)
        self.scan_sounds.setChecked(display.scan_sounds)
        form.addRow(self.tr("Scan &sounds"), self.scan_sounds)
        form.addRow(self.tr("&Window"), self.kiosk)
        self._customer_rows(form)
        self.limit_currency = shop["currency"]
        self.limits_shown = services.approvals.limits()
        self.gift_card_limit = self._limit_box(GIFT_CARD_LIMIT)
        self.gift_card_limit.setToolTip(
            self.tr("A gift card worth more needs the owner's PIN at the counter")
        )
        self.void_limit = self._limit_box(VOID_LIMIT)
        self.void_limit.setToolTip(
            self.tr(
                "Voiding a visit that charged more, or one from an earlier day, needs the "
                "owner's PIN"
            )
        )
        form.addRow(self.tr("&Gift card: owner above"), self.gift_card_limit)
        form.addRow(self.tr("&Void: owner above"), self.void_limit)
        self._allowance_row(form)
        self.error = QLabel("", self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        save = QPushButton(self.tr("Save (Enter)"), self)
        save.setObjectName("primary")
        save.setDefault(True)
        save.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(save)
        self.scroll = ScrollPage(self)  # a 1280×720 till at large text: the form scrolls
        self.scroll.column.addLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)

    def _allowance_row(self, form: QFormLayout) -> None:
        """The shop-wide offline allowance, on a server shop only (a file is never
        offline); members the owner set apart keep their own (``admin offline-allowance
        --member``)."""
        self.allowance_shown = offline_allowance.default(self.services.settings)
        self.offline_allowance: QDoubleSpinBox | None = None
        if not offline_allowance.on_server(self.services):
            return
        self.offline_allowance = self._money_box(self.allowance_shown, MAX_ALLOWANCE)
        form.addRow(self.tr("O&ffline allowance"), self.offline_allowance)
        note = QLabel(
            self.tr(
                "What each member may pay with credit and points while a till cannot "
                "reach the server (0: nothing)."
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow("", note)

    def _changed_allowance(self) -> int | None:
        """The new offline allowance in minor units, or None when it was not changed."""
        if self.offline_allowance is None:
            return None
        digits = minor_digits(self.limit_currency)
        value = to_minor(f"{self.offline_allowance.value():.{digits}f}", self.limit_currency)
        return value if value != self.allowance_shown else None

    def _customer_rows(self, form: QFormLayout) -> None:
        """The customer screen (on, which screen, the owner's line) and the webcam."""
        chosen = self.services.display.customer.get()
        self.customer_screen = QCheckBox(self.tr("Show a screen facing the customer"), self)
        self.customer_screen.setChecked(chosen.on)
        self.customer_screen_at = QComboBox(self)
        self.customer_screen_at.addItem(self.tr("The screen that is not the counter's"), "")
        for name in screen_names():
            self.customer_screen_at.addItem(name, name)
        if chosen.screen and self.customer_screen_at.findData(chosen.screen) < 0:
            self.customer_screen_at.addItem(
                self.tr("{name} (not connected)").format(name=chosen.screen), chosen.screen
            )
        self.customer_screen_at.setCurrentIndex(
            max(0, self.customer_screen_at.findData(chosen.screen))
        )
        self.customer_line = QLineEdit(chosen.line, self)
        self.customer_line.setMaxLength(LINE_MAX)
        self.customer_line.setPlaceholderText(self.tr("Ask for your loyalty card!"))
        self.webcam = QComboBox(self)
        self.webcam.addItem(self.tr("None (a scanner reads the codes)"), "")
        for camera_id, description in cameras():
            self.webcam.addItem(description, camera_id)
        if chosen.webcam and self.webcam.findData(chosen.webcam) < 0:
            self.webcam.addItem(
                self.tr("{name} (not connected)").format(name=chosen.webcam), chosen.webcam
            )
        self.webcam.setCurrentIndex(max(0, self.webcam.findData(chosen.webcam)))
        self.webcam.setToolTip(self.tr("Reads the QR code on a customer's phone or card"))
        form.addRow(self.tr("C&ustomer screen"), self.customer_screen)
        form.addRow(self.tr("Customer screen on"), self.customer_screen_at)
        form.addRow(self.tr("Customer screen's &line"), self.customer_line)
        form.addRow(self.tr("Web&cam for codes"), self.webcam)

    def _customer_values(self) -> dict[str, object]:
        return {
            CUSTOMER_SCREEN: self.customer_screen.isChecked(),
            CUSTOMER_SCREEN_AT: self.customer_screen_at.currentData() or "",
            CUSTOMER_LINE: self.customer_line.text(),
            WEBCAM: self.webcam.currentData() or "",
        }

    def _limit_box(self, key: str) -> QDoubleSpinBox:
        """A money field for one owner limit, in the shop's currency and its decimals."""
        return self._money_box(self.limits_shown[key], LIMIT_MAX)

    def _money_box(self, value: int, maximum: int) -> QDoubleSpinBox:
        """A money field from 0 to ``maximum`` minor units, in the shop's currency and
        its decimals, showing ``value``."""
        currency = self.limit_currency
        box = QDoubleSpinBox(self)
        box.setDecimals(minor_digits(currency))
        box.setRange(0, float(to_major(maximum, currency)))
        box.setSuffix(" " + currency)
        box.setGroupSeparatorShown(True)  # "200,000" is not misread as "20,000"
        box.setValue(float(to_major(value, currency)))
        return box

    def _changed_limits(self) -> dict[str, int]:
        """The limits the owner changed here: one never set keeps following the currency."""
        digits = minor_digits(self.limit_currency)
        out = {}
        for key, box in ((GIFT_CARD_LIMIT, self.gift_card_limit), (VOID_LIMIT, self.void_limit)):
            value = to_minor(f"{box.value():.{digits}f}", self.limit_currency)
            if value != self.limits_shown[key]:
                out[key] = value
        return out

    def save(self) -> None:
        s = self.services
        values = {
            "shop_name": self.shop_name.text(),
            "currency": self.currency.text(),
            "card_prefix": self.card_prefix.text(),
        }
        allowance = self._changed_allowance()

        def settings() -> None:
            s.setup.save_settings(
                values,
                language=self.language.currentData(),
                feedback_enabled=self.feedback.isChecked(),
                idle_minutes=self.idle.value(),
                text_size=self.text_size.currentData(),
                colours=self.colours.currentData(),
                scan_sounds=self.scan_sounds.isChecked(),
                kiosk=self.kiosk.isChecked(),
                owner_limits=self._changed_limits(),
            )
            if allowance is not None:  # in the same transaction as the rest
                offline_allowance.set_default(s.settings, allowance)

        done = self.ops.run(
            self,
            lambda: s.display.save_customer(self._customer_values(), settings),
            on_error=self.error.setText,
            unexpected=self.tr("Unexpected error: {error}"),
        )
        if done is not None:
            self.accept()
