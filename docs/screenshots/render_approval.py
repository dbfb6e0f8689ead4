"""Render the owner's approval at the counter to PNG, offscreen, at 1280×800.

    uv run python docs/screenshots/render_approval.py

The demo coffee bar, a cashier at the till (the owner's PIN is 123456):

- gift-card-confirm.png: Ctrl+G, 25 000 Ft typed, Enter: the confirmation with the value
  in figures and in words, and the note that the owner's PIN comes next (the limit is
  20 000 Ft);
- gift-card-owner-pin.png: Enter again: the owner's PIN prompt, the amount in words above it;
- void-owner-note.png: F8 on a visit from an earlier day: the void dialog says the
  owner's PIN is needed, and why;
- void-owner-pin.png: the reason typed, Enter: the owner's PIN prompt for the void.

Each dialog is drawn over the one below it and the dimmed counter, as on screen.
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

from loyalty_pos.services import Services
from loyalty_pos.services.demo import populate_demo
from loyalty_pos.services.shop import use_money_format
from loyalty_pos.ui.formatting import format_money
from loyalty_pos.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def layered(window: QWidget, *dialogs: QWidget) -> QPixmap:
    """The counter, dimmed, with each dialog drawn centred over the one before it."""
    base = window.grab()
    painter = QPainter(base)
    for dialog in dialogs:
        painter.fillRect(base.rect(), QColor(0, 0, 0, 90))
        top = dialog.grab()
        painter.drawPixmap(
            QPoint((base.width() - top.width()) // 2, (base.height() - top.height()) // 2), top
        )
    painter.end()
    return base


def member_with_an_old_visit(services: Services, today: datetime) -> str:
    """The card of a member whose latest visit is from an earlier day and can be voided
    (no reward used since, nothing refunded)."""
    rows = services.db.execute(
        "SELECT c.code, v.id FROM visits v JOIN cards c ON c.member_id = v.member_id "
        "AND c.status = 'active' WHERE v.status = 'confirmed' AND v.paid_gift = 0 "
        "AND v.refunded = 0 AND v.id = (SELECT MAX(id) FROM visits w "
        "WHERE w.member_id = v.member_id) ORDER BY v.created_at DESC LIMIT 50"
    ).fetchall()
    for code, visit_id in rows:
        need = services.approvals.void_need(visit_id)
        if need is not None and need.earlier_day and not need.over_limit:
            return code
    raise SystemExit("the demo shop has no member with a voidable visit of an earlier day")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    use_money_format(format_money)  # as the app does at start
    today = datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest"))
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(Path(tmp) / "shop.sqlite3", clock=lambda: today)
        populate_demo(services, today=today)
        services.actor.staff_id = 3  # the cashier
        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        settle(app)

        window.rewards.gift_cards()  # Ctrl+G
        gifts = window.rewards.dialog
        gifts.amount.setValue(25000)
        gifts.sell()  # Enter
        confirm = gifts.confirm_dialog
        settle(app)
        layered(window, gifts, confirm).save(str(OUT / "gift-card-confirm.png"))
        confirm.accept()  # Enter
        pin = gifts.approval_dialog
        settle(app)
        layered(window, gifts, pin).save(str(OUT / "gift-card-owner-pin.png"))
        pin.reject()
        gifts.reject()

        window.open_code(member_with_an_old_visit(services, today))
        window.void_visit()  # F8
        void = window.void_dialog
        void.reason_edit.setText("Rung up on the wrong card")
        settle(app)
        layered(window, void).save(str(OUT / "void-owner-note.png"))
        void.accept()  # Enter
        settle(app)
        layered(window, window.approval_dialog).save(str(OUT / "void-owner-pin.png"))
        window.approval_dialog.reject()
        window.close()
        services.close()
    print(
        "saved: gift-card-confirm.png, gift-card-owner-pin.png, void-owner-note.png, "
        "void-owner-pin.png"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
