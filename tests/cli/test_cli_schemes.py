"""``programs update KIND NAME`` and ``programs switch KIND NAME --off|--on``.

Every kind is changed and switched through the same services as the owner's screens;
bad input exits 2 with one line on stderr and changes nothing (``Admin.fails`` compares
every scheme's stored terms, balances and members before and after).
"""

from __future__ import annotations

import argparse
from typing import Any

import pytest

from loyalty_pos import cli
from loyalty_pos.cli.output import plain as _plain
from loyalty_pos.cli.schemes import OPTIONS
from loyalty_pos.cli.schemes import all_of_kind as _all
from loyalty_pos.services import Services
from tests.cli.test_cli import Admin

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def shop(admin: Admin) -> dict[str, Any]:
    """One scheme of every kind, and a member who holds points, credit, a pass and a card."""
    admin.json("init")
    run = admin.json
    run("programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "3",
        "--reward", "Free coffee")  # fmt: skip
    run("programs", "add-points", "--name", "Points", "--points-per-amount", "1",
        "--amount-step", "100", "--expiry-days", "365")  # fmt: skip
    run("programs", "add-credit", "--name", "Cashback", "--percent", "5")
    run("programs", "add-pass", "--name", "Wash pass", "--uses", "3", "--price", "9000")
    run("programs", "add-reward", "--program", "Points", "--name", "500 off", "--cost", "50",
        "--kind", "fixed_discount", "--value", "500")  # fmt: skip
    run("programs", "add-promotion", "--program", "Points", "--name", "Double Monday",
        "--multiplier", "2", "--weekday", "0")  # fmt: skip
    run("programs", "add-tier", "--name", "Gold", "--rank", "1", "--min-spend", "5000",
        "--multiplier", "1.5", "--fee", "20000")  # fmt: skip
    run("programs", "add-item", "--name", "Latte", "--price", "1200",
        "--counts-for", "Coffee", "--counts-for", "Points")  # fmt: skip
    member = run("members", "add", "--name", "Kovács Éva")
    code = member["card_number"]
    run("visit", code, "--amount", "6000", "--item", "Latte=4", "--buy-pass", "Wash pass")
    return {"code": code}


def stored(admin: Admin, kind: str, scheme_id: int) -> dict[str, Any]:
    """One scheme as the database holds it, in the command line's JSON shape."""
    services = Services.open(admin.db)
    try:
        scheme = next(s for s in _all(services, kind) if s.id == scheme_id)
        return {k: _plain(v) for k, v in vars(scheme).items()}
    finally:
        services.close()


def holdings(admin: Admin, code: str) -> tuple:
    """Every balance the member holds (stamps, rewards, points, credit, uses) and the tier."""
    services = Services.open(admin.db)
    try:
        member = services.members.lookup(code)
        balances = {k: v for k, v in services.checkout.ledger.balances(member.id).items() if v}
        tier = services.schemes.store.member_tier(member.id)
        return balances, tier
    finally:
        services.close()


def subparser(parser: argparse.ArgumentParser, *path: str) -> argparse.ArgumentParser:
    for name in path:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = action.choices[name]
    return parser


def flags(parser: argparse.ArgumentParser) -> set[str]:
    skip = {"-h", "--help", "--db", "--json"}
    return {f for a in parser._actions for f in a.option_strings if f not in skip}


ADD = {
    "points": "add-points",
    "credit": "add-credit",
    "pass": "add-pass",
    "reward": "add-reward",
    "promotion": "add-promotion",
    "tier": "add-tier",
    "item": "add-item",
    "card": "add-stamp-card",
}


@pytest.mark.parametrize("kind", sorted(OPTIONS))
def test_update_takes_exactly_the_options_of_the_add_command(kind):
    parser = cli.build_parser()
    added = flags(subparser(parser, "programs", ADD[kind]))
    changed = flags(subparser(parser, "programs", "update", kind))
    assert changed == added


def test_a_tier_multiplier_is_a_factor_like_a_promotions(admin, shop):
    """``--multiplier 1.5`` earns one and a half times the points (it was refused before)."""
    tier = admin.json("programs", "update", "tier", "Gold", "--multiplier", "2")
    assert tier["earn_multiplier_pct"] == 200
    added = admin.json("programs", "add-tier", "--name", "Silver", "--rank", "2",
                       "--min-visits", "5")  # fmt: skip
    assert added["earn_multiplier_pct"] == 100


# Update, kind by kind -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name", "argv", "expect"),
    [
        ("points", "points", ["--per-visit", "5", "--expiry-days", "none"],
         {"points_per_visit": 5, "expiry_days": None, "points_per_step": 1}),
        ("points", "Points", ["--point-value", "2", "--per-day-limit", "500"],
         {"point_value": 2, "per_day_limit": 500}),
        ("credit", "Cashback", ["--percent", "2.5", "--expiry-days", "60"],
         {"rate_bp": 250, "expiry_days": 60}),
        ("pass", "Wash pass", ["--price", "12000", "--uses", "5", "--name", "Five washes"],
         {"price": 12000, "pass_uses": 5, "name": "Five washes"}),
        ("reward", "500 off", ["--cost", "80", "--kind", "percent_discount", "--value", "10",
                               "--max-discount", "1500"],
         {"cost": 80, "kind": "percent_discount", "value": 10, "max_discount": 1500}),
        ("promotion", "double monday", ["--weekday", "none", "--from", "2026-04-01",
                                        "--to", "2026-04-30", "--multiplier", "3"],
         {"weekday": None, "starts_on": "2026-04-01", "ends_on": "2026-04-30",
          "multiplier_pct": 300}),
        ("tier", "Gold", ["--fee", "none", "--discount-percent", "5", "--window-days", "90"],
         {"fee": None, "discount_bp": 500, "window_days": 90, "earn_multiplier_pct": 150}),
        ("item", "Latte", ["--price", "1300", "--category", "coffee", "--counts-for", "Points"],
         {"price": 1300, "category": "coffee", "programs": [2]}),
        ("item", "Latte", ["--counts-for", "none", "--price", "none"],
         {"programs": [], "price": None}),
    ],
)  # fmt: skip
def test_update_changes_what_is_given_and_keeps_the_rest(admin, shop, kind, name, argv, expect):
    doc = admin.json("programs", "update", kind, name, *argv)
    if kind != "reward":  # a reward's own "kind" (what it gives) wins, as with add-reward
        assert doc["kind"] == kind
    assert {k: doc[k] for k in expect} == expect
    # What is stored is what was printed.
    assert {"kind": kind, **stored(admin, kind, doc["id"])} == doc


def test_update_a_punch_card(admin, shop):
    doc = admin.json("programs", "update", "card", "coffee", "--stamps-needed", "5",
                     "--reward-kind", "fixed_discount", "--reward-value", "400",
                     "--expiry-days", "180")  # fmt: skip
    assert doc["kind"] == "stamp_card"
    assert (doc["stamps_needed"], doc["reward_kind"], doc["reward_value"]) == (
        5, "fixed_discount", 400,
    )  # fmt: skip
    assert doc["expiry_days"] == 180 and doc["reward_text"] == "Free coffee"
    [listed] = admin.json("programs", "list")
    assert listed == doc
    doc = admin.json("programs", "update", "card", "Coffee", "--expiry-days", "none")
    assert doc["expiry_days"] is None and doc["stamps_needed"] == 5


def test_update_text_output(admin, shop):
    r = admin("programs", "update", "credit", "Cashback", "--percent", "3")
    assert r.code == 0
    assert r.out.strip() == "Changed credit program “Cashback” (id 3): from the next checkout."


def test_new_terms_apply_from_the_next_visit(admin, shop):
    code = shop["code"]
    before = admin.json("members", "show", code)
    admin.json("programs", "update", "points", "Points", "--points-per-amount", "2")
    v = admin.json("visit", code, "--amount", "1000")
    assert v["points_earned"] == 30  # 2 per 100 now, × 1.5 in Gold
    assert v["points"] == 150 + 30  # the 150 held are not recalculated
    assert before["card_number"] == code


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["points", "Points"], "Say what to change"),
        (["points", "Nope", "--per-visit", "1"], "no points program “Nope”"),
        (["card", "Points", "--stamps-needed", "4"], "no punch card “Points”"),
        (["points", "Points", "--per-visit", "-1"], "negative"),
        (["points", "Points", "--expiry-days", "0"], "between 1 and 3650"),
        (["points", "Points", "--points-per-amount", "none"], "not a whole number"),
        (["points", "Points", "--name", "Cashback"], "already exists"),
        (["credit", "Cashback", "--percent", "0"], "0.01 %"),
        (["pass", "Wash pass", "--uses", "0"], "between 1 and 1000"),
        (["reward", "500 off", "--program", "Cashback"], "belong to a points program"),
        (["reward", "500 off", "--kind", "gift"], "invalid choice: 'gift'"),
        (["reward", "500 off", "--program", "Nope"], "no program “Nope”"),
        (["promotion", "Double Monday", "--weekday", "7"], "0 (Monday) to 6"),
        (["promotion", "Double Monday", "--from", "2026-05-01", "--to", "2026-04-01"],
         "ends before it starts"),
        (["tier", "Gold", "--multiplier", "11"], "1 to 10"),
        (["tier", "Gold", "--min-spend", "none", "--fee", "none"], "minimum spend"),
        (["item", "Latte", "--counts-for", "Cashback"], "no stamp or points program"),
        (["item", "Latte", "--price", "abc"], "whole number"),
        (["card", "Coffee", "--stamps-needed", "1"], "between 2 and 100"),
        (["card", "Coffee", "--reward", " "], "Say what the reward is"),
        (["voucher", "X", "--name", "Y"], "invalid choice"),
        (["points"], "required"),
    ],
)  # fmt: skip
def test_bad_updates_exit_2_and_change_nothing(admin, shop, argv, says):
    message = admin.fails("programs", "update", *argv)
    assert says.casefold() in message.casefold()


def test_two_promotions_with_one_name_are_told_apart_by_id(admin, shop):
    again = admin.json("programs", "add-promotion", "--program", "Points", "--name",
                       "Double Monday", "--multiplier", "2", "--weekday", "0")  # fmt: skip
    message = admin.fails("programs", "update", "promotion", "double monday", "--weekday", "1")
    assert f"(ids 1, {again['id']})" in message
    doc = admin.json("programs", "update", "promotion", str(again["id"]), "--weekday", "1")
    assert (doc["id"], doc["weekday"]) == (again["id"], 1)


# Switch ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name", "held"),
    [
        ("points", "Points", {"holders": 1, "held": 150}),
        ("credit", "Cashback", {"holders": 1, "held": 750}),
        ("pass", "Wash pass", {"holders": 1, "held": 3}),
        ("reward", "500 off", {"holders": 0, "held": 0}),
        ("promotion", "Double Monday", {"holders": 0, "held": 0}),
        ("tier", "Gold", {"holders": 1}),
        ("item", "Latte", {"holders": 0}),
        ("card", "Coffee", {"holders": 1, "held": 1, "unfinished": 1, "stamps": 1}),
    ],
)
def test_switch_each_kind_off_and_on_again(admin, shop, kind, name, held):
    before = holdings(admin, shop["code"])
    off = admin.json("programs", "switch", kind, name.upper(), "--off")
    assert (off["kind"], off["name"], off["active"]) == (kind, name, False)
    assert {k: off[k] for k in held} == held
    assert stored(admin, kind, off["id"])["active"] is False
    assert holdings(admin, shop["code"]) == before  # nothing taken away
    on = admin.json("programs", "switch", kind, name, "--on")
    assert (on["id"], on["active"]) == (off["id"], True)


def test_a_switched_off_card_still_redeems_from_the_command_line(admin, shop):
    code = shop["code"]
    r = admin("programs", "switch", "card", "Coffee", "--off")
    assert r.code == 0
    assert r.out.splitlines() == [
        "Switched off punch card “Coffee” (id 1).",
        "Members keep their rewards ready (1 in all, held by 1) to redeem.",
        "Unfinished cards (1 stamps in all, held by 1) get no new stamps.",
    ]
    assert "no new stamps" in admin.fails("visit", code, "--program", "Coffee", "--items", "1")
    v = admin.json("visit", code, "--redeem", "Coffee")
    assert v["lines"][0]["redeemed"] == 1
    [card] = v["cards"]
    assert (card["rewards_ready"], card["active"]) == (0, False)
    assert admin("check").code == 0


def test_switched_off_points_text_says_what_members_keep(admin, shop):
    r = admin("programs", "switch", "points", "Points", "--off")
    assert r.out.splitlines() == [
        "Switched off points program “Points” (id 2).",
        "Members keep the points they hold (150 in all, held by 1) to spend.",
    ]
    assert admin("programs", "switch", "points", "Points", "--on").out.strip() == (
        "Switched on points program “Points” (id 2)."
    )


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["points", "Points"], "one of the arguments --off --on is required"),
        (["points", "Points", "--off", "--on"], "not allowed with"),
        (["points", "Nope", "--off"], "no points program “Nope”"),
        (["card", "Latte", "--off"], "no punch card “Latte”"),
        (["tier", "99", "--off"], "no tier “99”"),
        (["coupon", "X", "--off"], "invalid choice"),
    ],
)
def test_bad_switches_exit_2_and_change_nothing(admin, shop, argv, says):
    message = admin.fails("programs", "switch", *argv)
    assert says.casefold() in message.casefold()
