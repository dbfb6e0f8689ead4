"""Render the counter's screens to PNG, offscreen, at 1280×800, and the busiest counter
at a 1280×720 till.

    uv run python docs/screenshots/render.py

Builds a small shop in a temporary database (the demo data module when it exists, a
few members and programs of its own otherwise), adds points, cashback, a pass, a tier
and an item list, drives the window the way a cashier would (scan, ring up, open
dialogs) and saves counter.png, checkout.png, counter-reward.png, enroll.png,
programs.png, refund.png, rewards-setup.png, owner-rewards-setup-edit.png and error.png
beside this file. Dialogs are drawn over the dimmed counter, as on screen. At 1280×720:
till-four-cards.png (a member with four punch cards, two rewards ready, just scanned)
and till-apply.png (the same visit with the Apply list reached by Ctrl+L and a line
ticked by its digit).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
    Tier,
)
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services, VisitLine
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)
TILL = (1280, 720)  # the usable area of the smallest till the counter is made for


class StepClock:
    """A clock the script moves, so the seeded visits have a history."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def seed(services: Services, clock: StepClock) -> str:
    """Programs, a few members and a regular with history; returns the regular's card."""
    coffee = services.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))
    pastry = services.programs.add(
        StampProgram(0, "Pastry", 8, "Pastry", RewardKind.FIXED_DISCOUNT, 500)
    )
    services.programs.add(
        StampProgram(0, "Car wash", 5, "Wash", RewardKind.PERCENT_DISCOUNT, 50, active=False)
    )
    for name, phone in [
        ("Nguyễn Văn Đức", "+84 90 123 4567"),
        ("Kari Ødegård", "+47 912 34 567"),
        ("Szabó Péter", "+36 20 555 0101"),
    ]:
        services.members.enroll(MemberInput(name, phone=phone, marketing_consent=True))
    eva = services.members.enroll(
        MemberInput(
            "Kovács Éva",
            phone="+36 30 123 4567",
            email="eva.kovacs@example.hu",
            birthday="1988-04-17",
            marketing_consent=True,
            notes="Oat milk flat white, no sugar.",
        )
    )
    visits = [
        (-40, [VisitLine(coffee.id, items=3)]),
        (-30, [VisitLine(coffee.id, items=2), VisitLine(pastry.id, items=1)]),
        (-21, [VisitLine(coffee.id, items=2)]),
        (-12, [VisitLine(coffee.id, items=2), VisitLine(pastry.id, items=2)]),
        (-3, [VisitLine(coffee.id, items=1, redeem=1)]),
        (-3, [VisitLine(coffee.id, items=1)]),
    ]
    start = clock.now
    last = None
    for i, (days, lines) in enumerate(visits):
        clock.now = start + timedelta(days=days, hours=i % 3)
        last = services.visits.record(eva.id, lines, f"seed-{i}")
    services.visits.void(last.visit_id, "Wrong customer")
    clock.now = start + timedelta(days=-3, hours=4)
    services.visits.record(eva.id, [VisitLine(coffee.id, items=4)], "seed-x")
    clock.now = start
    return eva.card_number or ""


def populate(services: Services, clock: StepClock) -> str:
    try:
        from loyalty_pos.services.demo import populate_demo  # written separately
    except ImportError:
        return seed(services, clock)
    populate_demo(services)
    hits = services.members.search("Kovács") or services.members.search("a")
    card = hits[0].card_number if hits else None
    return card or seed(services, clock)


def seed_rewards(services: Services, clock: StepClock, card: str) -> dict[str, int]:
    """Points, cashback, a pass, tiers and items; a month of paid visits for ``card``."""
    member = services.members.lookup(card)
    cards = {c.program: c.program_id for c in member.cards}
    coffee = next((pid for name, pid in cards.items() if "offee" in name), None)
    pastry = next((pid for name, pid in cards.items() if "astry" in name), None)
    s = services.schemes
    menu = {i.name: i for i in services.checkout.schemes().items.values()}
    if "Latte" in menu and "Croissant" in menu:  # the demo shop: its menu, points and tier
        s.add_credit(CreditProgram(0, "Cashback", 200, expiry_days=60))
        s.add_pass(PassProgram(0, "10-coffee pass", 10, 9000))
        return _paid_visits(services, clock, member.id, menu["Latte"], menu["Croissant"])
    points = s.add_points(
        PointsProgram(0, "Points", 1, 100, point_value=2, expiry_days=365, per_day_limit=500)
    )
    s.add_credit(CreditProgram(0, "Cashback", 200, expiry_days=60))
    s.add_pass(PassProgram(0, "10-coffee pass", 10, 9000))
    s.add_tier(Tier(0, "Silver", 1, min_spend=10000, discount_bp=300))
    s.add_tier(Tier(0, "Gold", 2, min_spend=25000, earn_multiplier_pct=150, discount_bp=500))
    latte = s.add_item(
        Item(0, "Latte", "coffee", 1200, frozenset(p for p in (coffee, points.id) if p))
    )
    s.add_item(Item(0, "Espresso", "coffee", 700, frozenset(p for p in (coffee, points.id) if p)))
    croissant = s.add_item(
        Item(0, "Croissant", "pastry", 650, frozenset(p for p in (pastry, points.id) if p))
    )
    s.add_item(Item(0, "Sandwich", "food", 1900, frozenset({points.id})))
    s.add_reward(CatalogueReward(0, points.id, "500 Ft off", 200, RewardKind.FIXED_DISCOUNT, 500))
    s.add_reward(
        CatalogueReward(
            0, points.id, "Free croissant", 150, RewardKind.FREE_ITEM, item_id=croissant.id
        )
    )
    return _paid_visits(services, clock, member.id, latte, croissant)


def _paid_visits(services, clock, member_id: int, latte, croissant) -> dict[str, int]:
    start = clock.now
    for i, (days, amount) in enumerate([(-50, 9800), (-33, 7400), (-20, 6500), (-6, 4200)]):
        clock.now = start + timedelta(days=days, hours=2)
        services.checkout.confirm(
            member_id, CheckoutRequest(amount=amount, items={latte.id: 2}), f"rw-{i}"
        )
    clock.now = start
    return {"latte": latte.id, "croissant": croissant.id, "member": member_id}


def find_reward_ready(services: Services) -> str | None:
    """A member with a reward to hand over, for the amber screenshot."""
    seen: set[int] = set()
    for text in ("a", "e", "i", "o", "n"):
        for hit in services.members.search(text, limit=50):
            if hit.id in seen or hit.card_number is None or hit.blocked:
                continue
            seen.add(hit.id)
            if services.members.view(hit.id).rewards_ready:
                return hit.card_number
    return None


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The counter, dimmed, with ``dialog`` drawn centred over it."""
    base = window.grab()
    painter = QPainter(base)
    painter.fillRect(base.rect(), QColor(0, 0, 0, 110))
    top = dialog.grab()
    painter.drawPixmap(
        QPoint((base.width() - top.width()) // 2, (base.height() - top.height()) // 2), top
    )
    painter.end()
    return base


def render_setup_edit(app: QApplication, window: MainWindow) -> None:
    """The catalogue: its last reward switched off (greyed), the first one picked, its
    cost changed and saved."""
    window.open_setup()
    dialog = window.setup_dialog
    dialog.tabs.setCurrentIndex(1)  # the catalogue
    page = dialog.page("RewardsTab")
    page.focus_list()  # Ctrl+L
    page.list.setCurrentItem(page.list.topLevelItem(page.list.topLevelItemCount() - 1))
    page.toggle()  # Ctrl+O
    page.list.setCurrentItem(page.list.topLevelItem(0))  # arrow up
    page.fields["cost"].widget.setText("80")
    page.submit()  # Ctrl+S
    settle(app)
    with_dialog(window, dialog).save(str(OUT / "owner-rewards-setup-edit.png"))
    dialog.reject()


def render_till(app: QApplication, window: MainWindow, services: Services, card: str) -> None:
    """At a 1280×720 till: the regular with two more punch cards (tea and sandwiches, on
    the item list too), a reward ready on two of the four; then the Apply list."""
    member = services.members.lookup(card)
    schemes = services.checkout.schemes()
    earning = frozenset(list(schemes.points)[:1])  # the shop's points, when it has some
    tea = services.programs.add(StampProgram(0, "Tea card", 6, "Free tea"))
    sandwich = services.programs.add(StampProgram(0, "Sandwich card", 5, "Free sandwich"))
    services.schemes.add_item(Item(0, "Green tea", "tea", 600, earning | {tea.id}))
    services.schemes.add_item(Item(0, "Sandwich", "food", 1500, earning | {sandwich.id}))
    services.checkout.confirm(
        member.id, CheckoutRequest(stamp_items={tea.id: 6, sandwich.id: 2}), "till-fill"
    )
    window.next_customer()
    window.resize(*TILL)
    settle(app)
    window.open_code(card)  # as the scan does
    settle(app)
    window.grab().save(str(OUT / "till-four-cards.png"))

    form = window.visit_form
    window.activateWindow()  # the keys go where the cashier's would
    QTest.qWaitForWindowActive(window)
    form.amount.setFocus()
    QTest.keyClicks(form.amount, "3600")
    window.scan_filter.flush()
    QTest.keyClick(form.amount, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    offers = form.offers.offers()
    line = next((i for i, o in enumerate(offers) if o.kind in ("points", "credit")), 0)
    QTest.keyClick(form.offers, Qt.Key(Qt.Key.Key_1 + line))  # its digit ticks it
    window.scan_filter.flush()
    form.refresh_preview()
    QTest.qWait(50)
    settle(app)
    window.grab().save(str(OUT / "till-apply.png"))
    window.resize(*SIZE)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        clock = StepClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest")))
        services = Services.open(Path(tmp) / "shop.sqlite3", clock=clock)
        services.settings.set("shop_name", "Kávé Sarok")
        card = populate(services, clock)
        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        settle(app)

        window.open_code(card)
        first = next(iter(services.checkout.schemes().items.values()))
        window.visit_form.items.set_quantity(first.id, 2)
        window.visit_form.amount.setText(str(2 * (first.price or 0)))
        window.visit_form.refresh_preview()
        window.visit_form.confirm()
        settle(app)
        window.grab().save(str(OUT / "counter.png"))

        ids = seed_rewards(services, clock, card)
        window.open_code(card)
        form = window.visit_form
        form.amount.setText("5600")
        form.items.set_quantity(ids["latte"], 2)
        form.items.set_quantity(ids["croissant"], 1)
        form.offers.tick("credit")
        form.refresh_preview()
        settle(app)
        window.grab().save(str(OUT / "checkout.png"))
        form.confirm()
        settle(app)
        window.grab().save(str(OUT / "checkout-done.png"))
        window.refund_visit()
        window.refund_dialog.amount.setText("2000")
        window.refund_dialog.reason.setText("Croissant returned")
        settle(app)
        with_dialog(window, window.refund_dialog).save(str(OUT / "refund.png"))
        window.refund_dialog.reject()
        services.staff.open_owner_session(2, "123456")  # the demo owner's PIN
        window.open_setup()
        window.setup_dialog.tabs.setCurrentIndex(5)
        settle(app)
        with_dialog(window, window.setup_dialog).save(str(OUT / "rewards-setup.png"))
        window.setup_dialog.reject()
        render_setup_edit(app, window)

        treat = services.coupons.add_offer(
            CouponOffer(0, "Spring treat", RewardKind.PERCENT_DISCOUNT, 20,
                        max_discount=1000, valid_days=30)
        )  # fmt: skip
        services.coupons.issue(treat.id, services.members.lookup(card).id)
        window.open_code(card)
        form = window.visit_form
        form.amount.setText("3200")
        form.offers.tick("coupon")
        form.refresh_preview()
        settle(app)
        window.grab().save(str(OUT / "checkout-coupon.png"))
        window.next_customer()

        reward = find_reward_ready(services)
        if reward is not None:
            window.open_code(reward)
            window.redeem()
            window.visit_form.refresh_preview()  # the preview's 100 ms had not passed yet
            settle(app)
            window.grab().save(str(OUT / "counter-reward.png"))

        window.open_code(card)
        window.open_code(card[:-1] + str((int(card[-1]) + 1) % 10))
        settle(app)
        window.grab().save(str(OUT / "error.png"))

        window.next_customer()
        window.enroll()
        dialog = window.enroll_dialog
        regular = services.members.lookup(card)
        dialog.name.setText("Éva Kovács")
        dialog.phone.setText(regular.phone or "")
        dialog.birthday.setText("1990-05-01")
        dialog.consent_email.setChecked(True)
        dialog.submit()  # the phone is known: the dialog offers to open that member
        settle(app)
        with_dialog(window, dialog).save(str(OUT / "enroll.png"))
        dialog.reject()

        window.open_programs()
        settle(app)
        with_dialog(window, window.programs_dialog).save(str(OUT / "programs.png"))
        window.programs_dialog.reject()
        render_till(app, window, services, card)
        window.close()
        services.close()
    print("saved:", ", ".join(p.name for p in sorted(OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
