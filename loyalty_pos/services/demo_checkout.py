"""The demo shop's money side: its menu, points, a tier, coupons and gift cards.

Kept beside ``demo.py`` so the history generator stays about who comes when; this
module says what they buy and what the shop offers, all through the real use cases.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..domain.coupons import CouponOffer
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.programs import RewardKind
from ..domain.schemes import CatalogueReward, Item, PointsProgram, Tier
from ..l10n import translate
from .checkout import CheckoutRequest
from .visits import VisitLine

DEMO = "Demo"  # the demo shop's names, in the app's language when it is made
COFFEES = (("Espresso", 450), ("Cappuccino", 790), ("Latte", 890), ("Flat white", 850))
PASTRIES = (
    (QT_TRANSLATE_NOOP(DEMO, "Croissant"), 650),
    (QT_TRANSLATE_NOOP(DEMO, "Cinnamon bun"), 750),
    (QT_TRANSLATE_NOOP(DEMO, "Kürtőskalács"), 990),
)


def t(text: str) -> str:
    """A demo name in the app's language."""
    return translate(DEMO, text)


@dataclass
class DemoMenu:
    coffee_items: list[Item]
    pastry_items: list[Item]
    points_id: int
    rewards: list[CatalogueReward]
    coffee_card: int
    pastry_card: int


def set_up(owner, coffee_id: int, pastry_id: int) -> DemoMenu:
    """Items, "Bean points" with a small catalogue, a Gold tier and two coupon offers."""
    s = owner.schemes
    points = s.add_points(
        PointsProgram(0, t(QT_TRANSLATE_NOOP(DEMO, "Bean points")), 1, 100, expiry_days=365)
    )
    coffee_items = [
        s.add_item(Item(0, name, "coffee", price, frozenset({coffee_id, points.id})))
        for name, price in COFFEES
    ]
    pastry_items = [
        s.add_item(Item(0, t(name), "pastry", price, frozenset({pastry_id, points.id})))
        for name, price in PASTRIES
    ]
    rewards = [
        s.add_reward(
            CatalogueReward(
                0,
                points.id,
                t(QT_TRANSLATE_NOOP(DEMO, "500 Ft off")),
                60,
                RewardKind.FIXED_DISCOUNT,
                500,
            )
        ),
        s.add_reward(
            CatalogueReward(
                0,
                points.id,
                t(QT_TRANSLATE_NOOP(DEMO, "20 % off")),
                150,
                RewardKind.PERCENT_DISCOUNT,
                20,
                max_discount=2000,
            )
        ),
    ]
    s.add_tier(
        Tier(
            0,
            t(QT_TRANSLATE_NOOP(DEMO, "Gold")),
            1,
            min_visits=12,
            window_days=90,
            earn_multiplier_pct=150,
        )
    )
    owner.coupons.add_offer(
        CouponOffer(
            0,
            t(QT_TRANSLATE_NOOP(DEMO, "Birthday treat")),
            RewardKind.PERCENT_DISCOUNT,
            15,
            max_discount=1500,
            valid_days=30,
            trigger="birthday",
        )
    )
    owner.coupons.add_offer(
        CouponOffer(
            0,
            t(QT_TRANSLATE_NOOP(DEMO, "Welcome back")),
            RewardKind.FIXED_DISCOUNT,
            300,
            code="WELCOME",
            min_spend=1000,
        )
    )
    owner.schemes.set_referral(points.id, 50)
    return DemoMenu(coffee_items, pastry_items, points.id, rewards, coffee_id, pastry_id)


def request(
    rng: random.Random, lines: list[VisitLine], menu: DemoMenu, points_held: int
) -> CheckoutRequest:
    """The counter's stamp lines as a basket of real items with prices."""
    items: dict[int, int] = {}
    redeem: dict[int, int] = {}
    for line in lines:
        choices = menu.coffee_items if line.program_id == menu.coffee_card else menu.pastry_items
        for _ in range(line.items):
            item = rng.choice(choices)
            items[item.id] = items.get(item.id, 0) + 1
        if line.redeem:
            redeem[line.program_id] = line.redeem
    amount = sum(
        (i.price or 0) * n
        for group in (menu.coffee_items, menu.pastry_items)
        for i in group
        for item_id, n in items.items()
        if i.id == item_id
    )
    catalogue: tuple[int, ...] = ()
    if not redeem and points_held >= menu.rewards[0].cost and rng.random() < 0.3:
        catalogue = (menu.rewards[0].id,)
    return CheckoutRequest(
        amount=amount, items=items, redeem_stamps=redeem, redeem_rewards=catalogue
    )
