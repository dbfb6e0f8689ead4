"""Render the owner's backups screen to PNG, offscreen: owner-backups.png and
owner-restore-confirm.png (beside this file).

    uv run python docs/screenshots/render_backups.py

The demo coffee bar is the live data; each backup is the demo as it stood on its day
(``populate_demo(today=...)``), named as the app names its backups, so the list shows
the figures an owner would see after a week of use.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from loyalty_pos.services import Services
from loyalty_pos.services.demo import populate_demo
from loyalty_pos.store.database import snapshot
from loyalty_pos.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent
SHOP = ZoneInfo("Europe/Budapest")
NOW = datetime(2026, 3, 10, 17, 30, tzinfo=SHOP)

# (local time taken, kind): a week of daily backups, one by hand, one before an update,
# one before a restore.
BACKUPS = [(NOW.replace(hour=7, minute=58) - timedelta(days=d), "auto") for d in range(5)] + [
    (datetime(2026, 3, 9, 19, 5, tzinfo=SHOP), "manual"),
    (datetime(2026, 3, 7, 11, 20, tzinfo=SHOP), "before-restore"),
    (datetime(2026, 3, 2, 8, 1, tzinfo=SHOP), "pre-migration"),
]


class Clock:
    def __call__(self) -> datetime:
        return NOW


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def make_backup(tmp: Path, folder: Path, taken: datetime, kind: str) -> None:
    """The demo as it stood at ``taken``, saved under the name the app gives it."""
    shop = Services.open(tmp / f"{kind}-{taken:%Y%m%d%H%M}.sqlite3", clock=Clock())
    populate_demo(shop, today=taken)
    made = snapshot(shop.db, tmp / "made", reason=kind)
    shop.close()
    stamp = taken.astimezone(UTC).strftime("%Y%m%d-%H%M%S-000000")
    made.rename(folder / f"loyalty-{stamp}-{kind}.sqlite3")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "backups"
        folder.mkdir()
        for taken, kind in BACKUPS:
            make_backup(tmp, folder, taken, kind)
        services = Services.open(tmp / "loyalty.sqlite3", clock=Clock(), backup_dir=folder)
        populate_demo(services)
        services.staff.open_owner_session(2, "123456")
        window = MainWindow(services)
        window.show()
        settle(app)
        window.owner_actions.open_backups()
        dialog = window.owner_actions.backups_dialog
        dialog.hint.setText(
            dialog.hint.text().replace(str(folder), r"C:\Users\Shop\AppData\…\backups")
        )
        dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
        settle(app)
        dialog.grab().save(str(OUT / "owner-backups.png"))
        dialog.ask_restore()
        settle(app)
        dialog.confirm_dialog.grab().save(str(OUT / "owner-restore-confirm.png"))
        dialog.confirm_dialog.reject()
        dialog.reject()
        window.close()
        services.close()
    print("saved owner-backups.png, owner-restore-confirm.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
