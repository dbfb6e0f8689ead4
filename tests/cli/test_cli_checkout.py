"""The checkout part of the admin command line: visit with money, refund, schemes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.cli.test_cli import Admin, state  # noqa: F401 - fixtures below reuse the helpers

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def shop(admin: Admin) -> dict[str, Any]:
    """Coffee card (3), 1 point per 100, 5 % cashback, a latte item, a 500-off reward."""
    admin.json("init")
    admin.json(
        "programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "3",
        "--reward", "Free coffee",
    )  # fmt: skip
    admin.json(
        "programs", "add-points", "--name", "Points", "--points-per-amount", "1",
        "--amount-step", "100",
    )  # fmt: skip
    admin.json("programs", "add-credit", "--name", "Cashback", "--percent", "5")
    admin.json(
        "programs", "add-item", "--name", "Latte", "--price", "1200",
        "--counts-for", "Coffee", "--counts-for", "Points",
    )  # fmt: skip
    admin.json(
        "programs", "add-reward", "--program", "Points", "--name", "500 off", "--cost", "50",
        "--kind", "fixed_discount", "--value", "500",
    )  # fmt: skip
    return admin.json("members", "add", "--name", "Kovács Éva")


def test_visit_with_amount_and_items_prints_money_and_balances(admin, shop):
    code = shop["card_number"]
    v = admin.json("visit", code, "--amount", "3650", "--item", "Latte=2")
    assert (v["amount"], v["discount"], v["charged"]) == (3650, 0, 3650)
    assert (v["points"], v["credit"]) == (36, 182)
    assert v["cards"][0]["stamps"] == 2
    assert isinstance(v["visit_id"], int)


def test_redeem_a_catalogue_reward_and_refund_in_two_steps(admin, shop):
    code = shop["card_number"]
    admin.json("visit", code, "--amount", "6000")  # 60 points, 300 credit
    v = admin.json("visit", code, "--amount", "2000", "--redeem", "500 off", "--use-credit", "300")
    assert (v["discount"], v["charged"], v["paid_credit"]) == (500, 1500, 300)
    assert v["points"] == 60 - 50 + 12
    r = admin.json("refund", str(v["visit_id"]), "--amount", "500", "--reason", "one back")
    assert r["full"] is False and r["refunded_total"] == 500
    r = admin.json("refund", str(v["visit_id"]), "--reason", "the rest")
    assert r["full"] is True and (r["points"], r["credit"]) == (60, 300)
    assert {"visit_id", "amount", "discount", "charged", "points", "credit", "cards"} <= set(r)


def test_the_old_stamp_form_still_works(admin, shop):
    v = admin.json("visit", shop["card_number"], "--program", "Coffee", "--items", "2")
    assert v["lines"][0]["stamps_added"] == 2 and v["amount"] == 0


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--amount", "-5"], "negative"),
        (["--amount", "12.50"], "whole number"),
        (["--item", "Latte"], "NAME=N"),
        (["--item", "Tea=1"], "no item"),
        (["--redeem", "500 off"], "costs 50 points"),
        (["--use-credit", "10", "--amount", "100"], "store credit"),
        ([], "Say what the visit does"),
    ],
)
def test_bad_visits_exit_2_and_change_nothing(admin, shop, argv, says):
    message = admin.fails("visit", shop["card_number"], *argv)
    assert says.casefold() in message.casefold()


def test_refund_refusals(admin, shop):
    v = admin.json("visit", shop["card_number"], "--amount", "1000")
    assert "At most 1000" in admin.fails(
        "refund", str(v["visit_id"]), "--amount", "2000", "--reason", "x"
    )
    assert "no visit" in admin.fails("refund", "999", "--reason", "x").casefold()


def test_imported_visit_with_at(admin, shop):
    v = admin.json("visit", shop["card_number"], "--amount", "500", "--at", "2026-01-05T10:30")
    assert v["amount"] == 500
    assert "YYYY-MM-DDTHH:MM" in admin.fails(
        "visit", shop["card_number"], "--amount", "5", "--at", "yesterday"
    )


def test_adjust_refer_and_unusual(admin, shop):
    code = shop["card_number"]
    a = admin.json(
        "adjust",
        code,
        "--program",
        "Points",
        "--account",
        "points",
        "--delta",
        "25",
        "--reason",
        "goodwill",
    )
    assert a["points"] == 25
    friend = admin.json("members", "add", "--name", "Ødegård Ola")
    assert admin.json("refer", friend["card_number"], "--by", code)["referrer_id"] == shop["id"]
    assert "themselves" in admin.fails("refer", code, "--by", code)
    assert admin.json("unusual") == []


def test_members_show_prints_every_balance(admin, shop):
    """Finding 9: points, credit, passes, tier and coupons beside the punch cards, and
    each recent change under the balance it moved (points were labelled "stamps")."""
    code = shop["card_number"]
    admin.json("programs", "add-pass", "--name", "3 washes", "--uses", "3", "--price", "9000")
    admin.json("programs", "add-tier", "--name", "Gold", "--rank", "1", "--min-spend", "1000")
    admin.json(
        "coupons", "add", "--name", "Spring", "--kind", "percent", "--value", "10",
        "--valid-days", "30",
    )  # fmt: skip
    coupon = admin.json("coupons", "issue", "Spring", "--member", code)
    admin.json("visit", code, "--amount", "3650", "--item", "Latte=2", "--buy-pass", "3 washes")
    admin.json("visit", code, "--use-pass", "3 washes", "--use-credit", "100", "--amount", "500")
    m = admin.json("members", "show", code)
    # 3650 + the pass's 9000 earn 126 points and 632 credit; 400 paid in cash, 4 and 20.
    assert (m["points"], m["credit"]) == (126 + 4, 632 - 100 + 20)
    assert m["points_by_program"] == {"Points": 130}
    assert m["credit_by_program"] == {"Cashback": 552}
    assert m["passes"] == {"3 washes": 2}
    assert m["tier"] == "Gold"
    card = m["cards"][0]
    assert (card["program"], card["stamps"], card["stamps_needed"], card["rewards_ready"]) == (
        "Coffee", 2, 3, 0,
    )  # fmt: skip
    [held] = m["coupons"]
    assert held["offer"] == "Spring" and held["code"] in str(coupon)
    assert held["valid_to"] is not None
    first, second = reversed(m["recent_visits"])
    by_program = {c["program"]: c for c in first["changes"]}
    assert by_program["Points"]["account"] == "points"
    assert (by_program["Points"]["earned"], by_program["Points"]["stamps"]) == (126, 0)
    assert (by_program["Cashback"]["account"], by_program["Cashback"]["earned"]) == ("credit", 632)
    assert (by_program["3 washes"]["account"], by_program["3 washes"]["earned"]) == ("passes", 3)
    coffee = by_program["Coffee"]
    assert (coffee["account"], coffee["stamps"], coffee["earned"]) == ("stamps", 2, 2)
    # The keys scripts already read are all still there.
    assert {"program", "stamps", "completed", "redeemed"} <= set(coffee)
    used = {c["program"]: c for c in second["changes"]}
    assert (used["3 washes"]["used"], used["Cashback"]["used"]) == (1, 100)
    text = admin("members", "show", code).out
    for line in (
        "Points: 130 points",
        "Cashback: 552 HUF credit",
        "3 washes: 2 pass uses left",
        "tier: Gold",
        "coupon ",
        "Points: +126 points",
        "3 washes: −1 pass uses",
        "Cashback: +20 HUF, −100 HUF",
    ):
        assert line in text, text
