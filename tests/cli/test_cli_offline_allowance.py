"""``offline-allowance``: the shop's default and each member's own amount (issue 18).

On a file and on a server. Every refusal is one line on stderr, exit 2, and leaves the
shop as it was (``Admin.fails`` compares the database before and after).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from loyalty_pos.domain.offline import MAX_ALLOWANCE
from tests.cli.test_cli import Admin

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path: Path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def shop(admin: Admin) -> tuple[dict[str, Any], dict[str, Any]]:
    admin.json("init")
    eva = admin.json("members", "add", "--name", "Kovács Éva")
    duc = admin.json("members", "add", "--name", "Nguyễn Văn Đức")
    return eva, duc


def test_the_default_and_one_members_own_amount(admin: Admin, shop) -> None:
    eva, duc = shop
    assert admin.json("offline-allowance", "500") == {"offline_allowance": 500}
    shown = admin.json("offline-allowance", "--member", eva["card_number"])
    assert shown == {
        "member_id": eva["id"],
        "name": "Kovács Éva",
        "card": eva["card_number"],
        "offline_allowance": 500,
        "own": False,
        "default": 500,
    }
    own = admin.json("offline-allowance", "2000", "--member", str(eva["id"]))
    assert (own["offline_allowance"], own["own"], own["default"]) == (2000, True, 500)
    never = admin.json("offline-allowance", "0", "--member", f"#{duc['id']}")
    assert (never["offline_allowance"], never["own"]) == (0, True)
    listed = admin.json("offline-allowance", "--list")
    assert listed["offline_allowance"] == 500
    assert [(m["member_id"], m["offline_allowance"]) for m in listed["members"]] == [
        (eva["id"], 2000),
        (duc["id"], 0),
    ]
    text = admin("offline-allowance", "--list")
    assert text.code == 0 and "Kovács Éva" in text.out and "2000" in text.out
    text = admin("offline-allowance", "--member", eva["card_number"])
    assert text.code == 0 and "own amount" in text.out and "2000" in text.out
    cleared = admin.json("offline-allowance", "--member", eva["card_number"], "--clear")
    assert (cleared["offline_allowance"], cleared["own"]) == (500, False)
    text = admin("offline-allowance", "--member", eva["card_number"])
    assert text.code == 0 and "the shop's default" in text.out
    assert [m["member_id"] for m in admin.json("offline-allowance", "--list")["members"]] == [
        duc["id"]
    ]
    assert admin.json("check")["ok"] is True  # every change audited, nothing deleted


def test_hostile_arguments_are_refused_in_one_line_and_change_nothing(admin: Admin, shop) -> None:
    eva, duc = shop
    admin.json("offline-allowance", "--member", eva["card_number"], "700")
    admin.json("members", "erase", duc["card_number"], "--reason", "asked")
    code = eva["card_number"]
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    for argv, words in (
        (("-5",), "negative"),
        ((str(MAX_ALLOWANCE + 1),), "0 to"),
        (("9" * 40,), ""),
        (("--member", code, "-1"), "negative"),
        (("--member", code, str(MAX_ALLOWANCE + 1)), "0 to"),
        (("--member", code, "100", "--clear"), "not both"),
        (("--clear",), "--member"),
        (("100", "--clear"), "--member"),
        (("--list", "100"), "--list"),
        (("--list", "--member", code), "--list"),
        (("--list", "--clear"), "--list"),
        (("--member", "999999", "100"), "999999"),
        (("--member", "999999"), "999999"),
        (("--member", "999999", "--clear"), "999999"),
        (("--member", wrong, "100"), ""),
        (("--member", "abc", "100"), ""),
        (("--member", "", "100"), ""),
        (("--member", "12.5", "100"), ""),
        (("--member", str(duc["id"]), "100"), "erased"),
        (("--member", code, "1e3"), ""),
    ):
        line = admin.fails("offline-allowance", *argv)
        assert words in line, (argv, line)
    shown = admin.json("offline-allowance", "--member", code)
    assert (shown["offline_allowance"], shown["own"]) == (700, True)


def test_shortfall_on_a_till_that_never_went_offline_is_empty(admin: Admin, shop) -> None:
    assert admin.json("shortfall")["shortfall"] == []
    text = admin("shortfall")
    assert text.code == 0 and "No shortfall" in text.out


def test_members_show_tells_the_allowance_on_a_server_only(admin: Admin, shop, backend) -> None:
    eva, duc = shop
    admin.json("offline-allowance", "300")
    admin.json("offline-allowance", "--member", eva["card_number"], "900")
    shown = admin.json("members", "show", eva["card_number"])
    other = admin.json("members", "show", duc["card_number"])
    if backend == "sqlite":  # a file is never offline: nothing to tell
        assert "offline_allowance" not in shown and "offline_allowance" not in other
        return
    assert shown["offline_allowance"] == {"amount": 900, "own": True}
    assert other["offline_allowance"] == {"amount": 300, "own": False}
