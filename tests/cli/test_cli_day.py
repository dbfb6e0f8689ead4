"""``admin end-of-day``: the day's takings per cashier as JSON and as a table."""

from __future__ import annotations

from datetime import date

import pytest

from tests.cli.test_cli import Admin

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

TODAY = date.today().isoformat()


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def day(admin: Admin) -> None:
    """Points worth 10 each; 2 000 in cash, 500 of which 10 points pay 100, and a refund
    of 300 of the first visit in cash (the command line acts as the Owner)."""
    admin.json("init")
    admin.json(
        "programs", "add-points", "--name", "Points", "--points-per-amount", "1",
        "--amount-step", "100", "--point-value", "10",
    )  # fmt: skip
    code = admin.json("members", "add", "--name", "Kovács Éva")["card_number"]
    first = admin.json("visit", code, "--amount", "2000")
    admin.json("visit", code, "--amount", "500", "--use-points", "10")
    admin.json("refund", str(first["visit_id"]), "--amount", "300", "--reason", "a cake back")


def test_the_day_as_json(admin: Admin, day: None) -> None:
    doc = admin.json("end-of-day", "--day", TODAY)
    assert (doc["day"], doc["currency"]) == (TODAY, "HUF")
    [cashier] = doc["cashiers"]
    expected = {
        "visits": 2, "rung_up": 2500, "discounts": 0, "paid_points": 100, "paid_credit": 0,
        "paid_gift": 0, "cash_due": 2400, "gift_cards_sold": 0, "refunds": 1, "refunded": 300,
        "refund_cash": 300, "refund_credit": 0, "refund_gift": 0, "to_collect": 2100,
        "sales": 2100,
    }  # fmt: skip
    assert {k: cashier[k] for k in expected} == expected
    assert doc["total"] == {k: v for k, v in cashier.items() if k not in ("staff_id", "name")}
    assert admin.json("end-of-day") == doc  # today by default


def test_the_day_as_a_table(admin: Admin, day: None) -> None:
    r = admin("end-of-day", "--day", TODAY)
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0] == f"End of day {TODAY}"
    assert lines[1].split()[-1] == "total"
    collect = next(line for line in lines if line.startswith("to collect"))
    assert collect.split()[-4:] == ["2100", "HUF", "2100", "HUF"]


def test_a_quiet_day_and_a_bad_date(admin: Admin) -> None:
    admin.json("init")
    doc = admin.json("end-of-day", "--day", "2020-01-01")
    assert doc["cashiers"] == [] and doc["total"]["to_collect"] == 0
    assert "Nothing was rung up" in admin("end-of-day", "--day", "2020-01-01").out
    assert "is not a date" in admin.fails("end-of-day", "--day", "2020-13-01")
