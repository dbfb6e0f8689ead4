"""Which checkouts a till may take while the shop's server cannot be reached.

A till without its server still knows how to *add*: stamps, points and credit earned
on a visit are written to the till's outbox and sent later, and whatever the server
then computes is correct, because earning never depends on a balance being there.
Spending does: a reward, points, credit, a pass use, a gift card or a coupon spent
offline could already have been spent at another till (the double spends that other
systems' offline modes are known for). So a visit is taken offline only if it spends
nothing and buys nothing that the server must check (a pass or a paid tier).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class Spending(Protocol):
    """The parts of a checkout request that spend or buy (``CheckoutRequest`` has them)."""

    @property
    def redeem_stamps(self) -> Mapping[int, int]: ...
    @property
    def redeem_rewards(self) -> tuple[int, ...]: ...
    @property
    def use_points(self) -> Mapping[int, int]: ...
    @property
    def use_credit(self) -> int: ...
    @property
    def use_passes(self) -> Mapping[int, int]: ...
    @property
    def buy_passes(self) -> Mapping[int, int]: ...
    @property
    def buy_tier(self) -> int | None: ...
    @property
    def coupon_code(self) -> str | None: ...
    @property
    def gift_card_code(self) -> str | None: ...


def is_earn_only(request: Spending) -> bool:
    """True when the visit only earns: no reward, no points, credit, pass use, gift card
    or coupon spent, and no pass or tier bought."""
    return not (
        any(request.redeem_stamps.values())
        or request.redeem_rewards
        or any(request.use_points.values())
        or request.use_credit
        or any(request.use_passes.values())
        or any(request.buy_passes.values())
        or request.buy_tier is not None
        or request.coupon_code
        or request.gift_card_code
    )
