"""Render the customer screen in each language, offscreen, at 1280×720.

    uv run python docs/screenshots/render_customer.py

A shop with a Coffee card and points, in each of the four languages with a member whose
name is written that country's way. Saves beside this file, for en, hu, vi and nb:
customer-LANG-idle.png (nobody at the till), customer-LANG-visit.png (the cashier rang
up a visit: the bill, what it earns), customer-LANG-thanks.png (after Confirm: the
new balances and the 0–10 question) and customer-LANG-enrol.png (F3: the customer types
on the on-screen keyboard and answers per channel). 1280×720 is the customer screen's trial window;
full screen it takes the size of its monitor.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from loyalty_pos import fonts
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.schemes import PointsProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui import qt_language
from loyalty_pos.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent
SHOPS = {
    "en": ("EUR", "Emma Wilson", "The Corner Café", "Ask for your loyalty card!", "450"),
    "hu": ("HUF", "Kovács Éva", "Tisza Kávézó", "Kérje törzsvásárlói kártyáját!", "1500"),
    "vi": ("VND", "Nguyễn Văn Đức", "Cà phê Sông Hương", "Hãy hỏi về thẻ thành viên!", "45000"),
    "nb": ("NOK", "Kari Ødegård", "Kaffebrenneriet Nord", "Spør etter kundekortet ditt!", "59"),
}


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def render(app: QApplication, language: str, tmp: Path) -> None:
    currency, name, shop, line, amount = SHOPS[language]
    now = datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest"))
    services = Services.open(tmp / f"{language}.sqlite3", clock=lambda: now)
    services.setup.save_settings(
        {"shop_name": shop, "currency": currency, "card_prefix": "29"},
        language=language,
        feedback_enabled=True,
        idle_minutes=10,
    )
    services.display.customer.write({"customer_screen": "on", "customer_line": line})
    coffee = services.programs.add(StampProgram(0, "Coffee", 8, "Free coffee"))
    services.schemes.add_points(PointsProgram(0, "Points", 1, 100))
    member = services.members.enroll(MemberInput(name, phone="+36 30 123 4567"))
    services.checkout.confirm(
        member.id, CheckoutRequest(amount=0, stamp_items={coffee.id: 5}), "seed"
    )
    qt_language.apply(language)
    counter = MainWindow(services)
    counter.show()
    window = counter.customer.window
    assert window is not None
    window.resize(1280, 720)
    settle(app)
    window.grab().save(str(OUT / f"customer-{language}-idle.png"))
    counter.open_code(member.card_number)
    counter.visit_form.amount.setText(amount)
    counter.visit_form.refresh_preview()
    counter.customer.follow.follow_visit()
    settle(app)
    window.grab().save(str(OUT / f"customer-{language}-visit.png"))
    counter.visit_form.confirm()
    settle(app)
    window.grab().save(str(OUT / f"customer-{language}-thanks.png"))
    counter.next_customer()
    counter.enroll()  # F3: the customer enrols on their screen
    page = window.pages.currentWidget()
    page.fields["name"].setText(name)
    page.fields["phone"].setText("+36 30 765 4321")
    page.choose("email")
    page.keyboard.press("anna@")
    page.answers["email"].click()
    settle(app)
    window.grab().save(str(OUT / f"customer-{language}-enrol.png"))
    counter.customer.follow.enrol_dialog.reject()
    counter.close()
    services.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    fonts.load()
    with tempfile.TemporaryDirectory() as tmp:
        for language in sys.argv[1:] or list(SHOPS):
            render(app, language, Path(tmp))
    print("saved customer-{en,hu,vi,nb}-{idle,visit,thanks,enrol}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
