"""Render the reports' End of day for a shop with several tills (issue 18), offscreen:

- end-of-day-tills.png: the whole shop's day at 1280×720, by cashier and by till, with
  the branch/till selector beside the period (shown only when a shop has several tills);
- end-of-day-branch.png: the same day for the branch "north" only.

    uv run python docs/screenshots/render_tills.py

It needs PostgreSQL on the machine (as the tests do): it starts a throw-away server,
rings up a day at three tills (A and C in "north", B in "south") and removes the server.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.services.members import MemberInput
from loyalty_pos.store.pg import local_server
from loyalty_pos.store.pg.connection import PgConnection
from loyalty_pos.ui.reports.dialog import ReportsDialog

OUT = Path(__file__).resolve().parent
TILLS = {"A": "north", "C": "north", "B": "south"}


class Clock:
    def __call__(self) -> datetime:
        return datetime(2026, 3, 10, 17, 30, tzinfo=ZoneInfo("Europe/Budapest"))


def ring_up(url: str) -> None:
    """A day at three tills: a few visits each, a refund at B."""
    first = Services.open(url, clock=Clock(), staff_id=OWNER_STAFF, till="A", branch="north")
    names = ("Kovács Éva", "Nguyễn Văn An", "Kari Ødegård")
    members = [first.members.enroll(MemberInput(n)) for n in names]
    first.close()
    for n, (till, branch) in enumerate(TILLS.items()):
        s = Services.open(url, clock=Clock(), staff_id=OWNER_STAFF, till=till, branch=branch)
        ids = [
            s.checkout.confirm(
                m.id, CheckoutRequest(amount=1450 + 700 * i + 300 * n), f"{till}{i}"
            ).visit_id
            for i, m in enumerate(members)
        ]
        if till == "B":
            s.checkout.refund(ids[0], 500, "one cake back")
        s.close()


def picture(app: QApplication, dialog: ReportsDialog, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(OUT / name))
    print(OUT / name)


def main() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication.instance() or QApplication([])
    server = local_server.start()
    try:
        admin = PgConnection(server.url())
        admin.raw.execute("CREATE DATABASE tills_shot")
        admin.close()
        url = server.url("tills_shot")
        ring_up(url)
        services = Services.open(url, clock=Clock(), staff_id=OWNER_STAFF, till="A")
        dialog = ReportsDialog(services, "HUF")
        dialog.resize(1280, 720)
        dialog.show()
        dialog.preset.setCurrentIndex(dialog.PRESETS.index("today"))
        dialog.tabs.setCurrentIndex(4)
        picture(app, dialog, "end-of-day-tills.png")
        dialog.scope.setCurrentIndex(1)  # the branch "north"
        picture(app, dialog, "end-of-day-branch.png")
        dialog.close()
        services.close()
    finally:
        server.remove()


if __name__ == "__main__":
    main()
