"""Render the owner's screens to PNG, offscreen (beside this file):

- setup.png, feedback.png, staff.png;
- dashboard.png: the reports screen maximized (1920×1080), last 12 months: twelve whole
  months and this one so far, hatched;
- dashboard-1280x720.png: the same on the smallest screen the owner's side is made for;
- dashboard-month.png: this month by day, maximized;
- cohorts.png, liability.png, end-of-day.png (the drawer's figures by cashier).

    uv run python docs/screenshots/render_owner.py

The demo shop's clock stands at 10 March 2026, 17:30 in Budapest. Its history ends the
day before, so this script rings up a little of today first (two cashiers, a gift card
paid with and one sold, a refund in cash), for the end of the day to have something to
count.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from loyalty_pos.services import Services
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.services.demo import populate_demo
from loyalty_pos.ui.main_window import MainWindow
from loyalty_pos.ui.setup_wizard import SetupWizard

OUT = Path(__file__).resolve().parent
SMALL = (1280, 720)
MAXIMIZED = (1920, 1080)


class Clock:
    def __call__(self) -> datetime:
        return datetime(2026, 3, 10, 17, 30, tzinfo=ZoneInfo("Europe/Budapest"))


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def today_at_the_counter(services: Services) -> None:
    """A few of today's visits by Anna and Bence: cash, a gift card, a refund."""
    staff = {p.name: p.id for p in services.staff.list()}
    anna = Services.over(services.db, clock=services.clock, staff_id=staff["Anna"])
    bence = Services.over(services.db, clock=services.clock, staff_id=staff["Bence"])
    members = services.members.search("a", limit=3)
    for i, member in enumerate(members):
        anna.checkout.confirm(member.id, CheckoutRequest(amount=1450 + 300 * i), f"a{i}")
    card = services.gift_cards.issue(5000)
    bence.checkout.confirm(None, CheckoutRequest(amount=2400, gift_card_code=card.code), "b1")
    bence.checkout.sell_gift_card(10000, "b2")
    last = services.db.execute(
        "SELECT id FROM visits WHERE created_at < ? AND charged - refunded >= 1000 "
        "AND status = 'confirmed' "
        "ORDER BY id DESC LIMIT 1",
        [services.reports.bound(services.reports.today())],
    ).fetchone()[0]
    bence.checkout.refund(last, 500, "a cake back")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    saved = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Services.open(Path(tmp) / "new.sqlite3", clock=Clock())
        wizard = SetupWizard(fresh)
        wizard.shop_name.setText("Kávé Sarok")
        wizard.show()
        settle(app)
        wizard.grab().save(str(OUT / "setup.png"))
        saved.append("setup.png")
        wizard.close()
        fresh.close()

        services = Services.open(Path(tmp) / "demo.sqlite3", clock=Clock())
        populate_demo(services)
        today_at_the_counter(services)
        services.staff.open_owner_session(2, "123456")
        window = MainWindow(services)
        window.show()
        settle(app)
        window.owner_actions.open_reports()
        dialog = window.owner_actions.reports_dialog

        def picture(name: str, size: tuple[int, int], preset: str, tab: int = 0) -> None:
            dialog.resize(*size)
            dialog.preset.setCurrentIndex(dialog.PRESETS.index(preset))
            dialog.tabs.setCurrentIndex(tab)
            settle(app)
            dialog.grab().save(str(OUT / name))
            saved.append(name)

        picture("dashboard.png", MAXIMIZED, "year")
        picture("dashboard-1280x720.png", SMALL, "year")
        picture("dashboard-month.png", MAXIMIZED, "month")
        picture("cohorts.png", (1400, 900), "month", tab=2)
        picture("end-of-day.png", SMALL, "today", tab=4)
        picture("liability.png", SMALL, "month", tab=5)
        dialog.close()

        window.owner_actions.last_visit_id = 1
        window.owner_actions.ask_feedback()
        settle(app)
        window.owner_actions.feedback_dialog.grab().save(str(OUT / "feedback.png"))
        saved.append("feedback.png")
        window.owner_actions.feedback_dialog.reject()

        window.owner_actions.open_staff()
        settle(app)
        window.owner_actions.staff_dialog.grab().save(str(OUT / "staff.png"))
        saved.append("staff.png")
        window.owner_actions.staff_dialog.reject()
        window.close()
        services.close()
    print("saved " + ", ".join(saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
