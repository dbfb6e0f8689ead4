"""Render the owner's coupon offers and gift card screens to PNG, offscreen.

    uv run python docs/screenshots/render_rewards.py

Saves coupon-offers.png, gift-card-sold.png and gift-card-lookup.png beside this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.services import Services
from loyalty_pos.ui.coupon_offers_dialog import open_coupon_offers
from loyalty_pos.ui.gift_cards_dialog import open_gift_cards

OUT = Path(__file__).resolve().parent


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        now = datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest"))
        services = Services.open(Path(tmp) / "shop.sqlite3", clock=lambda: now)
        add = services.coupons.add_offer
        add(CouponOffer(0, "Birthday cake", RewardKind.FREE_ITEM, trigger="birthday",
                        valid_days=31))  # fmt: skip
        add(CouponOffer(0, "Come back soon", RewardKind.PERCENT_DISCOUNT, 10, max_discount=2000,
                        trigger="next_visit", trigger_spend=5000, valid_days=30))  # fmt: skip
        spring = add(
            CouponOffer(0, "Spring", RewardKind.FIXED_DISCOUNT, 1000, min_spend=5000,
                        valid_from=date(2026, 3, 1), valid_to=date(2026, 5, 31),
                        per_member_limit=1, code="SPRING")
        )  # fmt: skip
        add(CouponOffer(0, "Winter sale", RewardKind.PERCENT_DISCOUNT, 20, active=False))

        dialog = open_coupon_offers(None, services)
        for row in range(dialog.list.count()):
            if dialog.list.item(row).text().startswith(spring.name):
                dialog.list.setCurrentRow(row)
        dialog.issue_code()
        settle(app)
        dialog.grab().save(str(OUT / "coupon-offers.png"))
        dialog.reject()

        gifts = open_gift_cards(None, services)
        gifts.amount.setValue(10000)
        gifts.expires.setText("2027-03-31")
        gifts.sell()  # Enter: the confirmation (figures and words)
        gifts.confirm_dialog.accept()  # Enter again: sold
        settle(app)
        gifts.grab().save(str(OUT / "gift-card-sold.png"))
        code = gifts.sold_code.text()
        visit = services.db.execute(
            "INSERT INTO visits (staff_id, created_at) VALUES (3, '2026-03-10T08:40:00.000000Z')"
        ).lastrowid
        services.gift_cards.redeem(code, 3500, visit)
        services.actor.staff_id = 2
        services.gift_cards.adjust(code, 500, "Apology for the wait")
        gifts.tabs.setCurrentIndex(1)
        gifts.code.setText(code)
        gifts.look_up()
        settle(app)
        gifts.grab().save(str(OUT / "gift-card-lookup.png"))
        gifts.reject()
        services.close()
    print("saved: coupon-offers.png, gift-card-sold.png, gift-card-lookup.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
