"""Render the counter paying with part of the store credit, offscreen, at 1280×800.

    uv run python docs/screenshots/render_partial_credit.py

Uses the demo shop with cashback added (as ``render.py`` does for checkout.png), so the
regular earns on four programs: two punch cards, Bean points and Cashback. Rings up two
lattes and a croissant, highlights "Use store credit", presses Ctrl+H, types 500 and
presses Enter, all by keyboard. Saves counter-partial-credit-box.png (the box open,
totals updated live) and counter-partial-credit.png (the part applied) beside this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from loyalty_pos.services import Services
from loyalty_pos.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render  # the shop and helpers of the main screenshots

OUT = Path(__file__).resolve().parent


def with_box(window: QWidget, box: QWidget) -> QPixmap:
    """The counter with the small box drawn where it opened (over the item list)."""
    base = window.grab()
    at = box.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    painter = QPainter(base)
    painter.setPen(QColor(0, 0, 0))
    painter.drawPixmap(at, box.grab())
    painter.drawRect(at.x() - 1, at.y() - 1, box.width() + 1, box.height() + 1)
    painter.end()
    return base


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        clock = render.StepClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest")))
        services = Services.open(Path(tmp) / "shop.sqlite3", clock=clock)
        card = render.populate(services, clock)
        ids = render.seed_rewards(services, clock, card)
        window = MainWindow(services)
        window.resize(*render.SIZE)
        window.show()
        window.activateWindow()
        render.settle(app)

        window.open_code(card)
        form = window.visit_form
        form.amount.setText("5600")
        form.items.set_quantity(ids["latte"], 2)
        form.items.set_quantity(ids["croissant"], 1)
        offers = form.offers
        offers.setFocus()
        offers.setCurrentRow(next(i for i, o in enumerate(offers.offers()) if o.kind == "credit"))
        QTest.keyClick(offers, Qt.Key.Key_Space)
        window.scan_filter.flush()
        QTest.keyClick(offers, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        render.settle(app)
        dialog = form.part_dialog
        if dialog is None:
            print("Ctrl+H opened no box", file=sys.stderr)
            return 1
        QTest.keyClicks(dialog.field, "500")
        render.settle(app)
        with_box(window, dialog).save(str(OUT / "counter-partial-credit-box.png"))
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)
        render.settle(app)
        window.grab().save(str(OUT / "counter-partial-credit.png"))
        print(form.totals.text())
        window.close()
        services.close()
    print("saved: counter-partial-credit.png, counter-partial-credit-box.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
