"""Multipliers and percentages on the admin command line: read exactly or refused.

Every refusal is one line on stderr, exit 2, no traceback, and the database unchanged
(``Admin.fails`` checks all four).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.cli.test_cli import Admin

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def shop(admin: Admin) -> dict[str, Any]:
    """1 point per 100, 5 % cashback, a ×1.5 promotion every day, a ×1.25 Gold tier."""
    admin.json("init")
    admin.json(
        "programs", "add-points", "--name", "Points", "--points-per-amount", "1",
        "--amount-step", "100",
    )  # fmt: skip
    admin.json("programs", "add-credit", "--name", "Cashback", "--percent", "5")
    admin.json(
        "programs", "add-promotion", "--program", "Points", "--name", "Promo",
        "--multiplier", "1.5",
    )  # fmt: skip
    admin.json(
        "programs", "add-tier", "--name", "Gold", "--rank", "1", "--min-spend", "1",
        "--multiplier", "1.25",
    )  # fmt: skip
    return admin.json("members", "add", "--name", "Kovács Éva")


def test_promotion_and_tier_multiply_exactly(admin, shop):
    code = shop["card_number"]
    admin.json("visit", code, "--amount", "100")  # reaches Gold
    v = admin.json("visit", code, "--amount", "20000")
    assert v["points_earned"] == 375  # 200 × 1.5 × 1.25; 374 before
    v = admin.json("visit", code, "--amount", "40000")
    assert v["points_earned"] == 750


@pytest.mark.parametrize(
    ("argv", "field", "value"),
    [
        (["tier", "Gold", "--multiplier", "1.33"], "earn_multiplier_pct", 133),
        (["tier", "Gold", "--multiplier", "1,5"], "earn_multiplier_pct", 150),
        (["tier", "Gold", "--multiplier", "×2"], "earn_multiplier_pct", 200),
        (["tier", "Gold", "--discount-percent", "2.55"], "discount_bp", 255),
        (["tier", "Gold", "--discount-percent", "0"], "discount_bp", 0),
        (["promotion", "Promo", "--multiplier", "1.01"], "multiplier_pct", 101),
        (["credit", "Cashback", "--percent", "0.01"], "rate_bp", 1),
        (["credit", "Cashback", "--percent", "2,5"], "rate_bp", 250),
    ],
)
def test_rates_with_two_decimals_are_kept_exactly(admin, shop, argv, field, value):
    assert admin.json("programs", "update", *argv)[field] == value


MULTIPLIER_HOSTILE = [
    ("1.333", "use at most two decimals, e.g. ×1.33"),
    ("0", "from 1 to 10"),
    ("-1.5", "from 1 to 10"),
    ("inf", "from 1 to 10"),
    ("-inf", "from 1 to 10"),
    ("nan", "from 1 to 10"),
    ("1e2", "from 1 to 10"),
    ("", "Enter a multiplier"),
    ("1,333", "at most two decimals"),
    ("1.5.0", "from 1 to 10"),
    ("11", "from 1 to 10"),
    ("1" + "0" * 400, "from 1 to 10"),
    ("1\n5", "from 1 to 10"),
]
PERCENT_HOSTILE = [
    ("2.555", "at most two decimals, between 0.01 % and 100 %"),
    ("0.004", "at most two decimals, between 0.01 % and 100 %"),
    ("0", "between 0.01 % and 100 %"),
    ("-5", "between 0.01 % and 100 %"),
    ("nan", "between 0.01 % and 100 %"),
    ("inf", "between 0.01 % and 100 %"),
    ("101", "between 0.01 % and 100 %"),
    ("9" * 400, "between 0.01 % and 100 %"),
    ("five", "between 0.01 % and 100 %"),
]


@pytest.mark.parametrize(("value", "says"), MULTIPLIER_HOSTILE)
@pytest.mark.parametrize(
    "command",
    [
        ["programs", "update", "tier", "Gold"],
        ["programs", "update", "promotion", "Promo"],
        ["programs", "add-tier", "--name", "Silver", "--rank", "2", "--fee", "100"],
        ["programs", "add-promotion", "--program", "Points", "--name", "P2"],
    ],
)
def test_hostile_multipliers_exit_2_and_change_nothing(admin, shop, command, value, says):
    message = admin.fails(*command, f"--multiplier={value}")
    assert says in message
    assert "Traceback" not in message and len(message) < 300


@pytest.mark.parametrize(("value", "says"), PERCENT_HOSTILE)
@pytest.mark.parametrize(
    "command",
    [
        ["programs", "update", "credit", "Cashback", "--percent"],
        ["programs", "add-credit", "--name", "More", "--percent"],
    ],
)
def test_hostile_cashback_rates_exit_2_and_change_nothing(admin, shop, command, value, says):
    message = admin.fails(*command[:-1], f"{command[-1]}={value}")
    assert says in message


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("0.004", "too many decimals: use at most two decimals, between 0 % and 100 %"),
        ("2.555", "between 0 % and 100 %"),
        ("-1", "between 0 % and 100 %"),
        ("nan", "between 0 % and 100 %"),
        ("100.5", "between 0 % and 100 %"),
    ],
)
def test_hostile_tier_discounts_exit_2_and_change_nothing(admin, shop, value, says):
    message = admin.fails("programs", "update", "tier", "Gold", f"--discount-percent={value}")
    assert says in message


def test_a_promotion_of_times_one_is_refused_by_the_rule(admin, shop):
    """×1 is a valid multiplier, but a promotion that multiplies by 1 does nothing."""
    message = admin.fails("programs", "update", "promotion", "Promo", "--multiplier", "1")
    assert "more than 1" in message
