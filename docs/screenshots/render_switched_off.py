"""Render a switched-off punch card at the counter and on the owner's F9 screen, offscreen.

    uv run python docs/screenshots/render_switched_off.py

A café with a Coffee card (switched off by the owner) and a Tea card. Kovács Éva holds
a Coffee reward ready and 3 Coffee stamps, Szabó Anna 4 Coffee stamps. Saves
counter-switched-off-card.png (Éva at the counter after F5: the Coffee card greyed and
marked, its reward still handed over) and programs-switched-off.png (the F9 screen just
after Ctrl+O, saying what members keep) beside this file, at 1280×800.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The counter, dimmed, with ``dialog`` drawn centred over it."""
    base = window.grab()
    painter = QPainter(base)
    painter.fillRect(base.rect(), QColor(0, 0, 0, 110))
    top = dialog.grab()
    painter.drawPixmap(
        QPoint((base.width() - top.width()) // 2, (base.height() - top.height()) // 2), top
    )
    painter.end()
    return base


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        now = datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest"))
        services = Services.open(Path(tmp) / "shop.sqlite3", clock=lambda: now)
        services.settings.set("shop_name", "Kávé Sarok")
        coffee = services.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))
        tea = services.programs.add(StampProgram(0, "Tea", 8, "Free tea"))
        eva = services.members.enroll(MemberInput("Kovács Éva", phone="+36 30 123 4567"))
        anna = services.members.enroll(MemberInput("Szabó Anna", phone="+36 70 111 2222"))
        confirm = services.checkout.confirm
        confirm(eva.id, CheckoutRequest(stamp_items={coffee.id: 13, tea.id: 5}), "eva")
        confirm(anna.id, CheckoutRequest(stamp_items={coffee.id: 4}), "anna")

        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        settle(app)
        services.staff.set_pin(2, "123456")
        services.staff.open_owner_session(2, "123456")
        window.open_programs()
        dialog = window.programs_dialog
        dialog.list.setCurrentRow(0)
        dialog.toggle()  # Ctrl+O on Coffee
        settle(app)
        with_dialog(window, dialog).save(str(OUT / "programs-switched-off.png"))
        dialog.reject()
        settle(app)

        window.open_code(eva.card_number or "")
        window.redeem()  # F5
        window.visit_form.refresh_preview()  # what the 100 ms debounce would do
        settle(app)
        window.grab().save(str(OUT / "counter-switched-off-card.png"))
        window.close()
        services.close()
    print("saved: counter-switched-off-card.png, programs-switched-off.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
