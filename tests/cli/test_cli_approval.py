"""``admin settings set gift_card_owner_limit|void_owner_limit`` against hostile values,
and the command line acting as the owner: its big gift cards and old voids go through,
each with an "Owner approval" row in the audit trail."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from loyalty_pos import cli
from tests.cli.test_cli import connect

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def run(capsys, db: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def rows(db: Path, sql: str) -> list[tuple]:
    conn = connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def everything(db: Path) -> dict[str, list[tuple]]:
    names = [r[0] for r in rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: rows(db, f'SELECT * FROM "{n}"') for n in names}


@pytest.fixture
def shop(tmp_path: Path, capsys) -> Path:
    db = tmp_path / "shop.sqlite3"
    assert run(capsys, db, "init")[0] == 0
    return db


def test_the_limits_are_shown_with_their_defaults(shop: Path, capsys):
    code, out, _ = run(capsys, shop, "--json", "settings", "show")
    shown = json.loads(out)
    assert code == 0
    assert (shown["gift_card_owner_limit"], shown["void_owner_limit"]) == ("20000", "20000")
    run(capsys, shop, "settings", "set", "currency", "NOK")
    shown = json.loads(run(capsys, shop, "--json", "settings", "show")[1])
    assert shown["gift_card_owner_limit"] == "200000"  # 2 000 kr in øre


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("gift_card_owner_limit", "25000"),
        ("gift_card_owner_limit", "0"),
        ("void_owner_limit", "100000000"),
        ("void_owner_limit", " 5000 "),
        ("void_owner_limit", "20000\n"),  # spaces around are a script's, not a value's
    ],
)
def test_a_good_limit_is_stored(shop: Path, capsys, key: str, value: str):
    code, out, err = run(capsys, shop, "settings", "set", key, value)
    assert (code, err) == (0, "")
    assert out.strip() == f"{key} is now {int(value)}."
    assert rows(shop, f"SELECT value FROM settings WHERE key = '{key}'") == [(str(int(value)),)]


HOSTILE = [
    "-1",
    "-20000",
    "abc",
    "",
    "   ",
    "1e5",
    "20 000",
    "20,000",
    "20.000",
    "2.5",
    "0x10",
    "+5",
    "٢٠٠٠٠",  # Arabic-Indic digits: int() would take them
    "２００００",  # full-width digits
    "100000001",
    "9" * 40,
    "NaN",
    "inf",
    "20000; DROP TABLE settings",
    "\x00",
]


@pytest.mark.parametrize("key", ["gift_card_owner_limit", "void_owner_limit"])
@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_limit_is_one_line_exit_2_and_changes_nothing(
    shop: Path, capsys, key: str, value: str
):
    before = everything(shop)
    code, out, err = run(capsys, shop, "settings", "set", key, value)
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert "whole amount in minor units" in lines[0] or "(--help)" in lines[0]
    assert everything(shop) == before


def test_an_unknown_key_names_the_limits(shop: Path, capsys):
    code, _, err = run(capsys, shop, "settings", "set", "gift_card_limit", "5")
    assert code == 2 and "gift_card_owner_limit" in err and "void_owner_limit" in err


def test_the_command_line_is_the_owner_and_its_approvals_are_recorded(shop: Path, capsys):
    run(capsys, shop, "programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "3",
        "--reward", "Free coffee")  # fmt: skip
    card = json.loads(run(capsys, shop, "--json", "members", "add", "--name", "Éva")[1])[
        "card_number"
    ]
    when = (datetime.now() - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    _, out, _ = run(capsys, shop, "--json", "visit", card, "--amount", "3000", "--at", when)
    visit_id = json.loads(out)["visit_id"]
    code, _, err = run(capsys, shop, "void", str(visit_id), "--reason", "rang up twice")
    assert (code, err) == (0, "")
    code, _, err = run(capsys, shop, "gift-cards", "issue", "--amount", "90000")
    assert (code, err) == (0, "")
    approvals = rows(shop, "SELECT staff_id, detail FROM audit WHERE action = 'approval'")
    assert [(owner, json.loads(d)["act"], json.loads(d)["how"]) for owner, d in approvals] == [
        (2, "void", "till"),
        (2, "gift_card", "till"),
    ]
    code, out, _ = run(capsys, shop, "audit", "--limit", "10")
    assert out.count("Owner approval") == 2
    assert "Void of visit" in out and "from an earlier day" in out
    assert code == 0
    assert run(capsys, shop, "check")[0] == 0
