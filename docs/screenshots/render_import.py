"""Render the owner's import preview with one broken row, offscreen.

    uv run python docs/screenshots/render_import.py

A Hungarian coffee bar (Kávékártya punch card, Pontok points, Cashback credit) imports
the spreadsheet its owner kept by hand: Excel's semicolon CSV in Windows-1250, Hungarian
headers, dates as 1985.03.12. and 12.03.1985. One row is broken (an e-mail without a
domain and 31 February), one carries another system's card number (a new card, the old
number kept in the notes). Saves owner-import.png beside this file.
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

from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.schemes import CreditProgram, PointsProgram
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.ui.import_export_dialog import ImportExportDialog

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)

ROWS = """Név;Telefon;E-mail;Születésnap;Kártya;Megjegyzés;Hírlevél;Kávékártya;Pontok;Cashback
Kovács Éva;+36 30 123 4567;eva.kovacs@example.hu;1985.03.12.;;zabtej;igen;7;120;1 500
Nagy Péter;06 20 555 0101;peter@example;31.02.1990;;;nem;3;;
Szabó Anna;+36 70 222 3344;anna.szabo@example.hu;12.03.1992;;;igen;12;40;
Tóth Gábor;+36 30 987 6543;;;LV-00417;Loyverse kártya;nem;2;;500
Horváth Zsófia;+36 20 111 2233;zsofi@example.hu;1979.11.30.;;;igen;;300;
Varga Bence;+36 30 444 5566;bence.varga@example.hu;05/06/2001;;diák;nem;9;;
Kiss Réka;+36 70 777 8899;reka@example.hu;1995-07-21;;;igen;1;15;2 000
Molnár Dávid;+36 20 333 4455;;;;;;4;;
"""


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("hu_HU"))
    with tempfile.TemporaryDirectory() as tmp:

        def clock() -> datetime:
            return datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest"))

        services = Services.open(Path(tmp) / "shop.sqlite3", clock=clock, staff_id=OWNER_STAFF)
        services.programs.add(StampProgram(0, "Kávékártya", 10, "Egy kávé ajándékba"))
        services.schemes.add_points(PointsProgram(0, "Pontok", 1, 100))
        services.schemes.add_credit(CreditProgram(0, "Cashback", 500))
        services.settings.set("language", "hu")
        source = Path(tmp) / "torzsvasarlok.csv"
        source.write_bytes(ROWS.replace("\n", "\r\n").encode("cp1250"))

        dialog = ImportExportDialog(services, "HUF")
        dialog.resize(*SIZE)
        dialog.show()
        app.processEvents()
        dialog.load(source)
        for _ in range(5):
            app.processEvents()
        if dialog.preview is None or len(dialog.preview.broken) != 1:
            print("expected exactly one broken row", file=sys.stderr)
            return 1
        dialog.grab().save(str(OUT / "owner-import.png"))
        dialog.close()
        services.close()
    print(OUT / "owner-import.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
