"""Render the owner's audit trail screen to PNG, offscreen: owner-audit.png (beside this
file), at 1280×720.

    uv run python docs/screenshots/render_audit.py

The demo coffee bar, then an afternoon of the things the trail is for: a void, a refund,
a big gift card and a void of an earlier day's visit approved with the owner's PIN, a
balance correction, a gift card sold, a new cashier with a PIN, a changed setting.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from loyalty_pos.domain.ledger import Account
from loyalty_pos.services import CASHIER_STAFF, OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.services.demo import populate_demo
from loyalty_pos.services.shop import use_money_format
from loyalty_pos.ui.formatting import format_money
from loyalty_pos.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent
SHOP = ZoneInfo("Europe/Budapest")


class Clock:
    """The shop's afternoon, a few minutes per action."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 14, 2, tzinfo=SHOP)

    def __call__(self) -> datetime:
        return self.now

    def step(self, minutes: int = 7) -> None:
        self.now += timedelta(minutes=minutes)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def afternoon(services: Services, clock: Clock) -> None:
    """What an owner would want to find again: each use case, as the app does it."""
    card = services.db.execute(
        "SELECT c.code FROM cards c WHERE c.status = 'active' ORDER BY c.member_id LIMIT 1"
    ).fetchone()[0]
    member = services.members.lookup(card)
    credit = services.db.execute("SELECT id FROM programs WHERE kind = 'points'").fetchone()
    sale = services.checkout.confirm(member.id, CheckoutRequest(amount=3600), "audit-sale")
    clock.step()
    services.checkout.refund(sale.visit_id, 1200, "Cold coffee, remade")
    clock.step()
    visit = services.checkout.confirm(member.id, CheckoutRequest(amount=850), "audit-void")
    clock.step(3)
    services.visits.void(visit.visit_id, "Wrong member scanned")
    clock.step()
    big = services.approvals.gift_card_need(25000)  # above the 20 000 Ft limit
    approval = services.approvals.grant(OWNER_STAFF, "123456", big.act)  # the owner's PIN
    services.checkout.sell_gift_card(25000, "audit-big-gift", approval=approval)
    clock.step()
    yesterday = services.db.execute(
        "SELECT id FROM visits WHERE member_id = ? AND status = 'confirmed' AND id <> ? "
        "ORDER BY id DESC LIMIT 1",
        [member.id, sale.visit_id],
    ).fetchone()
    need = services.approvals.void_need(yesterday[0]) if yesterday else None
    if need is not None:
        approval = services.approvals.grant(OWNER_STAFF, "123456", need.act)
        services.visits.void(yesterday[0], "Rung up on the wrong card", approval)
        clock.step()
    services.staff.switch(OWNER_STAFF, "123456")
    services.staff.open_owner_session(OWNER_STAFF, "123456")
    if credit is not None:
        services.adjustments.adjust(member.id, credit[0], Account.POINTS, 50, "Birthday treat")
        clock.step()
    services.checkout.sell_gift_card(10000, "audit-gift")
    clock.step(12)
    services.staff.add("Dóra", "cashier", "4711")
    clock.step()
    services.shop.set("shop_name", "Kávé & Co. Belváros")
    clock.step()
    services.staff.switch(CASHIER_STAFF)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    use_money_format(format_money)  # as the app does at start
    clock = Clock()
    with tempfile.TemporaryDirectory() as tmp_name:
        services = Services.open(Path(tmp_name) / "loyalty.sqlite3", clock=clock)
        populate_demo(services, today=clock())
        afternoon(services, clock)
        services.staff.open_owner_session(OWNER_STAFF, "123456")
        window = MainWindow(services)
        window.show()
        settle(app)
        window.owner_actions.open_audit()
        dialog = window.owner_actions.audit_dialog
        dialog.resize(1280, 720)
        settle(app)
        dialog.grab().save(str(OUT / "owner-audit.png"))
        dialog.reject()
        window.close()
        services.close()
    print("saved owner-audit.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
