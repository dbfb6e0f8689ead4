"""The counter's live totals show the points the checkout then writes, with the exact
multiplier: a ×1.5 promotion and a ×1.25 tier are ×1.875, and 20,000 Ft earns 375
(12,345 Ft: 123 points × 1.875 = 230.6, rounded down once)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.schemes import Promotion, Tier
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui.formatting import format_money


@pytest.fixture
def gold_member(services, shop, member):
    """The member is in a ×1.25 tier and a ×1.5 promotion runs every day."""
    points = shop["points"].id
    services.schemes.add_promotion(Promotion(0, points, "One and a half", 150))
    services.schemes.add_tier(Tier(0, "Gold", 1, min_spend=1, earn_multiplier_pct=125))
    services.checkout.confirm(member.id, CheckoutRequest(amount=100), "reach gold")
    assert services.checkout.tier_of(member.id).name == "Gold"
    return member


def points_held(services, member, shop) -> int:
    balances = services.checkout.ledger.balances(member.id)
    return balances.get((shop["points"].id, Account.POINTS), 0)


@pytest.mark.parametrize(("amount", "points"), [(20_000, 375), (40_000, 750), (12_345, 230)])
def test_the_preview_and_the_write_agree(
    qtbot, window, cashier, services, shop, gold_member, amount, points
):
    before = points_held(services, gold_member, shop)
    cashier.scan(window.search, gold_member.card_number)
    form = window.visit_form
    form.amount.setFocus()
    qtbot.keyClicks(form.amount, str(amount))
    window.scan_filter.flush()
    rule = f"1 point per {format_money(100, 'HUF')}, rounded down; ×1.875"
    shown = f"+{points} Points ({rule})"
    qtbot.waitUntil(lambda: shown in form.totals.text(), timeout=2000)
    cashier.press(Qt.Key.Key_Return, form.amount)
    qtbot.waitUntil(lambda: points_held(services, gold_member, shop) != before, timeout=2000)
    assert points_held(services, gold_member, shop) - before == points
