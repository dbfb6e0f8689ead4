"""The owner's card design: shop name, logo, colours, a line of text, the barcode kind,
and the slip paper, with a live preview of the card as it will print.

``open_card_design(parent, services)`` is the one entry point; who may open it (the
owner's PIN) is decided by whoever calls it.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.card_design import BarcodeKind, CardDesign, SlipWidth
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..l10n import message
from ..printing.card import draw_member_card, load_logo
from ..printing.layouts import CR80_H, CR80_W
from ..services import Services
from . import theme
from .keys import press_with
from .ops import Ops
from .scroll_page import ScrollPage

log = logging.getLogger(__name__)

LOGO_MAX_PX = 600
PREVIEW_PX_PER_MM = 6.0
SAMPLE_NAME = "Nguyễn Thị Bích Ngọc"
SAMPLE_NUMBER = "2945466260071"


def logo_from_file(path: str) -> str:
    """A picture file as base64 PNG, scaled down to at most 600 px on its long side.

    Raises UserError when the file is not a picture Qt can read.
    """
    image = QImage(path)
    if image.isNull():
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "“{path}” is not a picture."), path=path)
    if max(image.width(), image.height()) > LOGO_MAX_PX:
        image = image.scaled(
            LOGO_MAX_PX, LOGO_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return base64.b64encode(bytes(data.data())).decode("ascii")


def render_preview(design: CardDesign, name: str = SAMPLE_NAME, k: float = PREVIEW_PX_PER_MM):
    """The card as a picture, ``k`` pixels per millimetre."""
    image = QImage(round(CR80_W * k), round(CR80_H * k), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        draw_member_card(
            painter, QRectF(0, 0, CR80_W * k, CR80_H * k), design, load_logo(design),
            SAMPLE_NUMBER, name,
        )  # fmt: skip
    finally:
        painter.end()
    return image


class CardDesignDialog(QDialog):
    """Edit the design; every change redraws the preview; Save stores it."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops or Ops.detached()
        self.services = services
        self.setWindowTitle(self.tr("Card design"))
        theme.apply(self)
        design = services.cards.design()
        self.logo_png = design.logo_png

        self.title = QLineEdit(design.title, self)
        self.title.setPlaceholderText(services.cards.shop_name())
        self.tagline = QLineEdit(design.tagline, self)
        self.tagline.setPlaceholderText(self.tr("e.g. Every 10th coffee free"))
        self.background = self._colour_field(design.background)
        self.ink = self._colour_field(design.ink)
        self.accent = self._colour_field(design.accent)
        self.logo_label = QLabel(self)
        choose = QPushButton(self.tr("Choose logo… (Ctrl+O)"), self)
        choose.clicked.connect(self.choose_logo)
        press_with("Ctrl+O", choose, self)
        self.remove_logo = QPushButton(self.tr("&No logo"), self)
        self.remove_logo.clicked.connect(self.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.remove_logo)
        self.barcode = QComboBox(self)
        self.barcode.addItem(self.tr("EAN-13 (scans everywhere)"), BarcodeKind.EAN13.value)
        self.barcode.addItem(self.tr("Code 128"), BarcodeKind.CODE128.value)
        self.barcode.setCurrentIndex(self.barcode.findData(design.barcode.value))
        self.slip = QComboBox(self)
        self.slip.addItem(self.tr("80 mm"), SlipWidth.MM80.value)
        self.slip.addItem(self.tr("58 mm"), SlipWidth.MM58.value)
        self.slip.setCurrentIndex(self.slip.findData(services.cards.slip_width().value))

        form = QFormLayout()
        form.addRow(self.tr("&Shop name on the card"), self.title)
        form.addRow(self.tr("&Line of text"), self.tagline)
        form.addRow(self.tr("Background"), self._row(self.background))
        form.addRow(self.tr("Text colour"), self._row(self.ink))
        form.addRow(self.tr("Accent colour"), self._row(self.accent))
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Bar&code"), self.barcode)
        form.addRow(self.tr("Slip &paper"), self.slip)

        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.error.hide()
        save = QPushButton(self.tr("Save (Enter)"), self)
        save.setObjectName("primary")
        save.setDefault(True)
        save.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.error)
        left.addStretch(1)
        # With the largest text the form takes the whole width and the preview goes
        # under it; the two scroll on a short till, Save and Cancel stay in view.
        body = QHBoxLayout() if theme.text_size() < theme.TEXT_SIZES[-1] else QVBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.preview)
        self.scroll = ScrollPage(self)
        self.scroll.column.addLayout(body, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll, 1)
        outer.addLayout(buttons)

        for field in (self.title, self.tagline, self.background, self.ink, self.accent):
            field.textChanged.connect(self.update_preview)
        self.barcode.currentIndexChanged.connect(self.update_preview)
        self.update_preview()

    def _colour_field(self, value: str) -> QLineEdit:
        field = QLineEdit(value, self)
        field.setMaxLength(7)
        field.setInputMask("\\#HHHHHH")
        return field

    def _row(self, field: QLineEdit) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        pick = QPushButton(self.tr("Pick… (F4)"), self)
        pick.setToolTip(self.tr("F4 in the colour field opens the colour chooser"))
        pick.clicked.connect(lambda: self._pick(field))
        press_with("F4", pick, field, Qt.ShortcutContext.WidgetShortcut)
        row.addWidget(pick)
        return row

    def _pick(self, field: QLineEdit) -> None:
        colour = QColorDialog.getColor(QColor(field.text()), self)
        if colour.isValid():
            field.setText(colour.name())

    def design(self) -> CardDesign:
        return CardDesign(
            title=self.title.text(),
            tagline=self.tagline.text(),
            background=self.background.text(),
            ink=self.ink.text(),
            accent=self.accent.text(),
            logo_png=self.logo_png,
            barcode=self.barcode.currentData(),
        )

    def update_preview(self) -> None:
        """Redraw the card; a half-typed colour keeps the last good preview."""
        design = self.design()
        if not design.title:
            design = replace(design, title=self.services.cards.shop_name())
        if not all(QColor.isValidColorName(c) and len(c) == 7 for c in
                   (design.background, design.ink, design.accent)):  # fmt: skip
            return
        done = self.ops.run(  # a preview that fails keeps the last good one (logged)
            self, lambda: render_preview(design), on_error=lambda _text: None
        )
        if done is not None:
            self.preview.setPixmap(QPixmap.fromImage(done.value))
        self.logo_label.setText(self.tr("A logo is set.") if self.logo_png else self.tr("None"))
        self.remove_logo.setEnabled(bool(self.logo_png))

    def set_logo_file(self, path: str) -> bool:
        try:
            self.logo_png = logo_from_file(path)
        except UserError as err:
            self._show_error(message(err))
            return False
        self.error.hide()
        self.update_preview()
        return True

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.bmp)")
        )
        if path:
            self.set_logo_file(path)

    def clear_logo(self) -> None:
        self.logo_png = ""
        self.update_preview()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        design, width = self.design(), self.slip.currentData()

        def save() -> None:
            self.services.cards.save_design(design)
            self.services.cards.set_slip_width(width)

        done = self.ops.run(
            self, save, on_error=self._show_error, unexpected=self.tr("Unexpected error: {error}")
        )
        if done is not None:
            self.accept()


def open_card_design(parent: QWidget | None, services: Services) -> CardDesignDialog:
    """Open the design dialog (window-modal) and return it."""
    dialog = CardDesignDialog(services, parent)
    dialog.open()
    return dialog
