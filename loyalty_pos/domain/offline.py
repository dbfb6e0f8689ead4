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


MAX_ALLOWANCE = 10**9  # minor units: above it an allowance is a typo


def offline_spend(request: Spending, point_values: Mapping[int, int]) -> int | None:
    """What the visit spends, in minor units, if an offline allowance may cover it:
    store credit, and points paid as money at their known value (``point_values``:
    points program → minor units per point). None when it spends or buys anything
    else (a reward, a pass, a gift card, a coupon, a tier): those are never taken
    offline, because their worth is not one number the owner can cap."""
    if (
        any(request.redeem_stamps.values())
        or request.redeem_rewards
        or any(request.use_passes.values())
        or any(request.buy_passes.values())
        or request.buy_tier is not None
        or request.coupon_code
        or request.gift_card_code
    ):
        return None
    value = request.use_credit
    for pid, points in request.use_points.items():
        if points and pid not in point_values:
            return None
        value += points * point_values.get(pid, 0)
    return value


def within_allowance(spend: int, already_spent: int, allowance: int) -> bool:
    """Whether a member may spend ``spend`` offline, having spent ``already_spent`` in
    visits still queued: the allowance caps what the till can lose per member."""
    return spend + already_spent <= allowance


def member_allowance(own: int | None, default: int) -> int:
    """The allowance that applies to one member: the owner's amount for this member
    when there is one (0 too: "never offline for this one"), else the shop's default."""
    return own if own is not None else default


def within_holding(spend: int, already_spent: int, held: int) -> bool:
    """Whether what the member spends offline, with what the till has spent for them
    since its copy was made, stays within what the copy says they hold: an allowance
    never lets a member spend more than they had when the till last saw the server."""
    return spend + already_spent <= held
