"""Render the owner's screens to PNG, offscreen: setup.png, dashboard.png, cohorts.png,
liability.png, feedback.png, staff.png (beside this file).

    uv run python docs/screenshots/render_owner.py
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
from loyalty_pos.services.demo import populate_demo
from loyalty_pos.ui.main_window import MainWindow
from loyalty_pos.ui.setup_wizard import SetupWizard

OUT = Path(__file__).resolve().parent


class Clock:
    def __call__(self) -> datetime:
        return datetime(2026, 3, 10, 17, 30, tzinfo=ZoneInfo("Europe/Budapest"))


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Services.open(Path(tmp) / "new.sqlite3", clock=Clock())
        wizard = SetupWizard(fresh)
        wizard.shop_name.setText("Kávé Sarok")
        wizard.show()
        settle(app)
        wizard.grab().save(str(OUT / "setup.png"))
        wizard.close()
        fresh.close()

        services = Services.open(Path(tmp) / "demo.sqlite3", clock=Clock())
        populate_demo(services)
        services.staff.open_owner_session(2, "1234")
        window = MainWindow(services)
        window.show()
        settle(app)
        window.owner_actions.open_reports()
        dialog = window.owner_actions.reports_dialog
        dialog.preset.setCurrentIndex(dialog.PRESETS.index("month"))
        dialog.resize(1400, 900)
        settle(app)
        dialog.grab().save(str(OUT / "dashboard.png"))
        dialog.tabs.setCurrentIndex(2)
        settle(app)
        dialog.grab().save(str(OUT / "cohorts.png"))
        dialog.resize(1280, 720)  # the smallest screen the owner's side is made for
        dialog.tabs.setCurrentIndex(5)
        settle(app)
        dialog.grab().save(str(OUT / "liability.png"))
        dialog.close()

        window.owner_actions.last_visit_id = 1
        window.owner_actions.ask_feedback()
        settle(app)
        window.owner_actions.feedback_dialog.grab().save(str(OUT / "feedback.png"))
        window.owner_actions.feedback_dialog.reject()

        window.owner_actions.open_staff()
        settle(app)
        window.owner_actions.staff_dialog.grab().save(str(OUT / "staff.png"))
        window.owner_actions.staff_dialog.reject()
        window.close()
        services.close()
    print("saved setup.png, dashboard.png, cohorts.png, liability.png, feedback.png, staff.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
