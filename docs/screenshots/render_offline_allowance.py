"""Render the offline allowance (issue 18, part 5) on a shop on a server, over the
counter at 1280×720: the owner's settings with the shop's default
(``settings-offline-allowance.png``) and one member's own amount in "Members' data"
(``member-offline-allowance.png``).

    uv run python docs/screenshots/render_offline_allowance.py

It needs PostgreSQL on the machine (as the tests do): it starts a throw-away server,
puts the demo shop on it, sets a default of 1 500 Ft and 6 000 Ft for one regular,
and removes the server.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from loyalty_pos.services import OWNER_STAFF, Services, offline_allowance
from loyalty_pos.store.pg import local_server
from loyalty_pos.store.pg.connection import PgConnection
from loyalty_pos.ui.main_window import MainWindow
from loyalty_pos.ui.member_data_dialog import MemberDataDialog

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render  # the shop and helpers of the main screenshots

OUT = Path(__file__).resolve().parent
NAME = "settings-offline-allowance.png"
MEMBER = "member-offline-allowance.png"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    server = local_server.start()
    try:
        admin = PgConnection(server.url())
        admin.raw.execute("CREATE DATABASE allowance_shot")
        admin.close()
        clock = render.StepClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest")))
        services = Services.open(
            server.url("allowance_shot"), clock=clock, staff_id=OWNER_STAFF, till="A"
        )
        card = render.populate(services, clock)
        offline_allowance.set_default(services.settings, 1500)
        regular = services.members.lookup(card)
        offline_allowance.set_for_member(services, regular.id, 6000)
        window = MainWindow(services)
        window.resize(*render.TILL)
        window.show()
        render.settle(app)
        services.staff.open_owner_session(2, "123456")  # the demo owner's PIN
        window.owner_actions.open_settings()
        dialog = window.owner_actions.settings_dialog
        dialog.resize(dialog.width(), render.TILL[1] - 40)
        render.settle(app)
        bar = dialog.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())  # the last rows: the limits and the allowance
        render.settle(app)
        render.with_dialog(window, dialog).save(str(OUT / NAME))
        dialog.reject()
        data = MemberDataDialog(services, window, ops=window.ops, member=regular)
        data.tabs.setCurrentIndex(1)
        data.show()
        render.settle(app)
        render.with_dialog(window, data).save(str(OUT / MEMBER))
        data.reject()
        window.close()
        window.scan_filter.uninstall()
        services.close()
    finally:
        server.remove()
    print("saved:", NAME, MEMBER)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
