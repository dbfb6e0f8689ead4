"""``admin liability``: the statement as JSON and text, and its refusals."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.cli.test_cli import Admin

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

TODAY = date.today().isoformat()


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def shop(admin: Admin) -> dict[str, Any]:
    """Points worth 10 each, 5 % cashback, 3 washes for 1000, a member who earned."""
    admin.json("init")
    admin.json(
        "programs", "add-points", "--name", "Points", "--points-per-amount", "1",
        "--amount-step", "100", "--point-value", "10",
    )  # fmt: skip
    admin.json("programs", "add-credit", "--name", "Cashback", "--percent", "5")
    admin.json("programs", "add-pass", "--name", "3 washes", "--uses", "3", "--price", "1000")
    member = admin.json("members", "add", "--name", "Kovács Éva")
    code = member["card_number"]
    admin.json("visit", code, "--amount", "2000", "--buy-pass", "3 washes")  # 3000 paid
    admin.json("visit", code, "--amount", "500", "--use-points", "10", "--use-pass", "3 washes")
    return member


def test_the_statement_as_json(admin: Admin, shop: dict[str, Any]) -> None:
    doc = admin.json("liability", "--from", TODAY, "--to", TODAY)
    assert (doc["from"], doc["to"], doc["currency"]) == (TODAY, TODAY, "HUF")
    lines = {(x["program"], x["account"]): x for x in doc["lines"]}
    points = lines["Points", "points"]
    # 30 points for 3000, 10 spent (100 off 500), 4 for the 400 paid.
    assert [points[k] for k in ("opening", "issued", "redeemed", "closing")] == [0, 34, 10, 24]
    assert points["money"]["closing"] == 240 and points["value_per_unit"] == {
        "amount": 10,
        "per": 1,
    }
    credit = lines["Cashback", "credit"]
    assert (credit["issued"], credit["closing"]) == (150 + 20, 170)
    wash = lines["3 washes", "passes"]
    assert (wash["issued"], wash["redeemed"], wash["closing"]) == (3, 1, 2)
    assert wash["money"] == {
        "opening": 0,
        "issued": 1000,
        "redeemed": 334,  # 1000 for 3 uses, 666 for the 2 left (rounded down)
        "expired": 0,
        "refunded": 0,
        "adjusted": 0,
        "closing": 666,
    }
    assert wash["value_per_unit"] == {"amount": 1000, "per": 3}
    assert doc["total_money"]["closing"] == 240 + 170 + 666
    assert doc["unvalued"] == []
    for x in doc["lines"]:
        moved = x["issued"] - x["redeemed"] - x["expired"] + x["refunded"] + x["adjusted"]
        assert x["opening"] + moved == x["closing"]


def test_the_statement_as_text(admin: Admin, shop: dict[str, Any]) -> None:
    r = admin("liability", "--from", "2020-01-01", "--to", TODAY)
    assert r.code == 0 and r.err == ""
    assert f"Liability statement 2020-01-01 – {TODAY}" in r.out
    assert "opening" in r.out and "closing" in r.out
    assert "Points – points" in r.out and "Total in money" in r.out
    assert "1076 HUF" in r.out  # the total owed at the end


def test_a_period_before_anything_happened_opens_and_closes_at_zero(admin, shop):
    doc = admin.json("liability", "--from", "2020-01-01", "--to", "2020-01-31")
    assert all(x["opening"] == x["closing"] == 0 for x in doc["lines"])


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--from", "2026-02-30", "--to", "2026-03-01"], "is not a date"),
        (["--from", "yesterday", "--to", "2026-03-01"], "is not a date"),
        (["--from", "2026-03-02", "--to", "2026-03-01"], "--to is before --from"),
        (["--from", "2026-03-01"], "--to"),
        (["--from", "2000-01-01", "--to", "2026-03-01"], "at most"),
    ],
)
def test_bad_dates_are_refused_on_one_line(admin, shop, argv, says) -> None:
    assert says in admin.fails("liability", *argv)
