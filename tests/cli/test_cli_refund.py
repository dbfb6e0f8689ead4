"""Refunds on the command line: where the money goes, and refusals that change nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.cli.test_cli import Admin

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def member(admin: Admin) -> dict[str, Any]:
    admin.json("init")
    admin.json(
        "programs", "add-points", "--name", "Points", "--points-per-amount", "1",
        "--amount-step", "100",
    )  # fmt: skip
    return admin.json("members", "add", "--name", "Trần Thị Mai")


def gift_card(admin: Admin, value: int) -> str:
    return admin.json("gift-cards", "issue", "--amount", str(value))["code"]


def test_a_visit_paid_by_gift_card_gives_no_cash_back(admin, member):
    code = gift_card(admin, 1000)
    v = admin.json("visit", member["card_number"], "--amount", "1000", "--gift-card", code)
    r = admin.json("refund", str(v["visit_id"]), "--reason", "returned")
    assert (r["cash_back"], r["gift_card_back"], r["gift_card"]) == (0, 1000, code)
    assert admin.json("gift-cards", "show", code)["balance"] == 1000
    text = admin("refund", str(v["visit_id"]), "--reason", "again")
    assert text.code == 2 and "already refunded" in text.err


def test_a_split_tender_refunded_9999_then_1(admin, member):
    code = gift_card(admin, 5000)
    v = admin.json(
        "visit", member["card_number"], "--amount", "10000", "--gift-card", code,
        "--gift-amount", "5000",
    )  # fmt: skip
    first = admin.json("refund", str(v["visit_id"]), "--amount", "9999", "--reason", "most")
    rest = admin.json("refund", str(v["visit_id"]), "--reason", "the rest")
    assert first["cash_back"] + first["gift_card_back"] == 9999
    assert (
        first["cash_back"] + rest["cash_back"],
        first["gift_card_back"] + rest["gift_card_back"],
    ) == (
        5000,
        5000,
    )
    assert admin.json("gift-cards", "show", code)["balance"] == 5000
    said = admin("refund", str(v["visit_id"]), "--amount", "1", "--reason", "x")
    assert said.code == 2


def test_the_text_says_the_cash_to_hand_back_first(admin, member):
    v = admin.json("visit", member["card_number"], "--amount", "2500")
    r = admin("refund", str(v["visit_id"]), "--amount", "1000", "--reason", "one item")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0].startswith("Refunded 1000 of visit")
    assert lines[1].startswith("Hand back in cash:") and "1000 HUF" in lines[1]


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--amount", "3000"], "At most 2500"),
        (["--amount", "-1"], "negative"),
        (["--amount", "abc"], "whole number"),
        (["--reason", " "], "Say why"),
    ],
)
def test_bad_refunds_exit_2_and_change_nothing(admin, member, argv, says):
    v = admin.json("visit", member["card_number"], "--amount", "2500")
    args = ["refund", str(v["visit_id"]), *argv]
    if "--reason" not in argv:
        args += ["--reason", "x"]
    assert says.casefold() in admin.fails(*args).casefold()


def test_refunds_of_a_voided_or_unknown_visit_are_refused(admin, member):
    v = admin.json("visit", member["card_number"], "--amount", "700")
    admin.json("void", str(v["visit_id"]), "--reason", "rung up twice")
    assert "voided" in admin.fails("refund", str(v["visit_id"]), "--reason", "x")
    assert "no visit" in admin.fails("refund", "424242", "--reason", "x").casefold()


def test_a_request_id_reused_with_other_figures_is_refused(admin, member):
    code = member["card_number"]
    v = admin.json("visit", code, "--amount", "1000", "--request-id", "till-1-0001")
    again = admin.json("visit", code, "--amount", "1000", "--request-id", "till-1-0001")
    assert again["duplicate"] is True and again["visit_id"] == v["visit_id"]
    assert "already used" in admin.fails(
        "visit", code, "--amount", "1500", "--request-id", "till-1-0001"
    )
    admin.json("refund", str(v["visit_id"]), "--amount", "100", "--reason", "x",
               "--request-id", "r-1")  # fmt: skip
    assert "already used" in admin.fails(
        "refund", str(v["visit_id"]), "--amount", "200", "--reason", "x", "--request-id", "r-1"
    )
