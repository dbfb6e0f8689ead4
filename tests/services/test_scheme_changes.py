"""The owner changes and switches off what they set up: every kind, validated like adding."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from loyalty_pos.domain.errors import NotFound, Refused, UserError
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.domain.schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
    Promotion,
    Tier,
)
from loyalty_pos.services import Services

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def setup(services: Services) -> dict:
    """One of each kind, plus a second of the kinds whose names or ranks must differ."""
    s = services.schemes
    points = s.add_points(PointsProgram(0, "Points", 1, 100, point_value=10))
    other = s.add_points(PointsProgram(0, "Bonus points", 1, 1000))
    credit = s.add_credit(CreditProgram(0, "Cashback", 500))
    washes = s.add_pass(PassProgram(0, "10 washes", 10, 20000))
    latte = s.add_item(Item(0, "Latte", "coffee", 1200, frozenset({points.id})))
    s.add_item(Item(0, "Cake", "food", 900))
    off = s.add_reward(CatalogueReward(0, points.id, "500 off", 50, RewardKind.FIXED_DISCOUNT, 500))
    s.add_reward(CatalogueReward(0, points.id, "Free latte", 80, RewardKind.FREE_ITEM, 0, None, 1))
    promo = s.add_promotion(Promotion(0, points.id, "Double Tuesdays", 200, weekday=1))
    silver = s.add_tier(Tier(0, "Silver", 1, min_spend=10000))
    gold = s.add_tier(Tier(0, "Gold", 2, min_spend=50000, discount_bp=500))
    return {
        "points": points,
        "other": other,
        "credit": credit,
        "washes": washes,
        "latte": latte,
        "off": off,
        "promo": promo,
        "silver": silver,
        "gold": gold,
    }


def stored(services: Services, kind: str, scheme_id: int):
    """The scheme as the store reads it back."""
    st = services.schemes.store
    every = {
        "points": st.points_programs,
        "credit": st.credit_programs,
        "pass": st.pass_programs,
        "reward": st.rewards,
        "promotion": st.promotions,
        "tier": st.tiers,
        "item": st.items,
    }[kind]()
    return next(x for x in every if x.id == scheme_id)


# Changing -------------------------------------------------------------------------------


def test_points_now_earn_two_per_100(services, setup):
    p = setup["points"]
    services.schemes.update_points(replace(p, points_per_step=2, per_day_limit=500))
    got = stored(services, "points", p.id)
    assert (got.points_per_step, got.amount_step, got.per_day_limit) == (2, 100, 500)
    assert got.point_value == 10 and got.active


def test_cashback_rate_and_pass_price_change(services, setup):
    services.schemes.update_credit(replace(setup["credit"], name="Cash back", rate_bp=300))
    services.schemes.update_pass(replace(setup["washes"], price=18000, pass_uses=12))
    credit = stored(services, "credit", setup["credit"].id)
    washes = stored(services, "pass", setup["washes"].id)
    assert (credit.name, credit.rate_bp) == ("Cash back", 300)
    assert (washes.price, washes.pass_uses) == (18000, 12)


def test_catalogue_reward_changes_cost_and_kind(services, setup):
    r = setup["off"]
    services.schemes.update_reward(
        replace(r, name="10 % off", cost=40, kind=RewardKind.PERCENT_DISCOUNT, value=10)
    )
    got = stored(services, "reward", r.id)
    assert (got.name, got.cost, got.kind, got.value) == (
        "10 % off",
        40,
        RewardKind.PERCENT_DISCOUNT,
        10,
    )


def test_promotion_ends_early(services, setup):
    p = setup["promo"]
    services.schemes.update_promotion(replace(p, ends_on=date(2026, 3, 31), multiplier_pct=150))
    got = stored(services, "promotion", p.id)
    assert (got.ends_on, got.multiplier_pct, got.weekday) == (date(2026, 3, 31), 150, 1)


def test_tier_changes_keep_their_own_name_and_rank(services, setup):
    g = setup["gold"]
    # The tier's own name and rank are not "taken" by itself.
    services.schemes.update_tier(replace(g, min_spend=40000, discount_bp=700))
    got = stored(services, "tier", g.id)
    assert (got.name, got.rank, got.min_spend, got.discount_bp) == ("Gold", 2, 40000, 700)


@pytest.mark.parametrize(
    ("kind", "change", "message"),
    [
        ("points", lambda x: replace(x, points_per_step=0), "must be positive"),
        ("points", lambda x: replace(x, name="Bonus points"), "already exists"),
        ("points", lambda x: replace(x, name="  "), "needs a name"),
        ("credit", lambda x: replace(x, rate_bp=20000), "between 0.01 % and 100 %"),
        ("credit", lambda x: replace(x, name="10 washes"), "already exists"),
        ("pass", lambda x: replace(x, price=-1), "cannot be negative"),
        ("pass", lambda x: replace(x, pass_uses=0), "between 1 and 1000"),
        ("reward", lambda x: replace(x, cost=0), "at least one point"),
        ("reward", lambda x: replace(x, name="Free latte"), "already exists"),
        ("promotion", lambda x: replace(x, multiplier_pct=100), "more than 1"),
        (
            "promotion",
            lambda x: replace(x, starts_on=date(2026, 5, 1), ends_on=date(2026, 4, 1)),
            "ends before it starts",
        ),
        ("tier", lambda x: replace(x, rank=1), "already has rank 1"),
        ("tier", lambda x: replace(x, name="silver"), "already exists"),
        ("tier", lambda x: replace(x, min_spend=None), "minimum spend"),
        ("item", lambda x: replace(x, name="cake"), "already exists"),
        ("item", lambda x: replace(x, price=-5), "cannot be negative"),
    ],
)
def test_bad_changes_are_refused_and_change_nothing(services, setup, kind, change, message):
    key = {
        "points": "points",
        "credit": "credit",
        "pass": "washes",
        "reward": "off",
        "promotion": "promo",
        "tier": "gold",
        "item": "latte",
    }[kind]
    before = stored(services, kind, setup[key].id)
    update = getattr(services.schemes, f"update_{kind}")
    with pytest.raises(UserError, match=message):
        update(change(before))
    assert stored(services, kind, before.id) == before


def test_a_reward_or_promotion_must_stay_on_a_points_program(services, setup):
    with pytest.raises(Refused, match="belong to a points program"):
        services.schemes.update_reward(replace(setup["off"], program_id=setup["credit"].id))
    with pytest.raises(Refused, match="points program"):
        services.schemes.update_promotion(replace(setup["promo"], program_id=setup["washes"].id))
    assert stored(services, "reward", setup["off"].id) == setup["off"]


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.update_points(PointsProgram(999, "X", 1, 100)),
        lambda s: s.update_credit(CreditProgram(999, "X", 100)),
        lambda s: s.update_pass(PassProgram(999, "X", 1, 100)),
        lambda s: s.update_reward(CatalogueReward(999, 1, "X", 1, RewardKind.FREE_ITEM)),
        lambda s: s.update_promotion(Promotion(999, 1, "X", 200)),
        lambda s: s.update_tier(Tier(999, "X", 9, fee=100)),
        lambda s: s.update_item(Item(999, "X")),
    ],
)
def test_changing_something_that_does_not_exist_is_refused(services, setup, call):
    with pytest.raises(NotFound):
        call(services.schemes)


def test_a_credit_program_cannot_be_changed_as_points(services, setup):
    credit = setup["credit"]
    with pytest.raises(NotFound):
        services.schemes.update_points(PointsProgram(credit.id, "Cashback", 1, 100))
    assert stored(services, "credit", credit.id) == credit


# Switching off and on -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("points", "points"),
        ("credit", "credit"),
        ("pass", "washes"),
        ("reward", "off"),
        ("promotion", "promo"),
        ("tier", "gold"),
        ("item", "latte"),
    ],
)
def test_every_kind_switches_off_and_on_again_without_other_changes(services, setup, kind, key):
    before = stored(services, kind, setup[key].id)
    said = services.schemes.switch(kind, before.id, False)
    assert (said.name, said.active) == (before.name, False)
    assert stored(services, kind, before.id) == replace(before, active=False)
    services.schemes.switch(kind, before.id, True)
    assert stored(services, kind, before.id) == before


def test_switching_the_wrong_kind_or_number_is_refused(services, setup):
    with pytest.raises(NotFound):
        services.schemes.switch("credit", setup["points"].id, False)  # a points program
    with pytest.raises(NotFound):
        services.schemes.switch("tier", 999, False)
    with pytest.raises(UserError):
        services.schemes.switch("stamp", setup["points"].id, False)  # type: ignore[arg-type]
    assert stored(services, "points", setup["points"].id).active


def test_changing_a_switched_off_scheme_keeps_it_off(services, setup):
    p = setup["points"]
    services.schemes.switch("points", p.id, False)
    off = stored(services, "points", p.id)
    services.schemes.update_points(replace(off, points_per_step=3))
    got = stored(services, "points", p.id)
    assert (got.points_per_step, got.active) == (3, False)


def test_switched_off_schemes_are_kept_not_deleted(services, setup):
    """History and ledger rows refer to them: the rows stay, only ``active`` changes."""
    before = {
        t: services.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("programs", "rewards", "promotions", "tiers", "items")
    }
    for kind, key in [("points", "points"), ("reward", "off"), ("tier", "gold"), ("item", "latte")]:
        services.schemes.switch(kind, setup[key].id, False)
    after = {t: services.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in before}
    assert after == before
