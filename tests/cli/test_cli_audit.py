"""``admin audit``: the trail for scripts, and hostile arguments refused in one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli import Admin

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path: Path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def shop(admin: Admin) -> dict[str, Any]:
    admin.json("init")
    admin.json(
        "programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "10",
        "--reward", "Free coffee",
    )  # fmt: skip
    member = admin.json("members", "add", "--name", "Kovács Éva")
    visit = admin.json("visit", member["card_number"], "--program", "Coffee", "--items", "2")
    admin.json("void", str(visit["visit_id"]), "--reason", "wrong card")
    admin.json("staff", "add", "--name", "Anna", "--pin", "2580")
    admin.json("settings", "set", "shop_name", "Kávé Bár")
    return member


def test_the_trail_as_json_newest_first(admin, shop):
    entries = admin.json("audit")
    assert [(e["person"], e["action"]) for e in entries] == [
        ("Owner", "setting"),
        ("Owner", "pin"),
        ("Owner", "staff_add"),
        ("Owner", "void"),
        ("Owner", "visit"),
    ]
    assert entries[0]["details"] == "My shop → Kávé Bár"
    assert entries[3]["subject"] == "Visit 1" and entries[3]["details"] == "wrong card"
    assert set(entries[0]) == {"at", "staff_id", "person", "action", "subject", "details"}
    assert entries[0]["at"].endswith("+00:00")
    assert "2580" not in str(entries)


def test_filters_and_text(admin, shop):
    today = admin.json("audit")[0]["at"][:10]
    assert admin.json("audit", "--person", "anna") == []
    assert len(admin.json("audit", "--from", today, "--to", today, "--limit", "2")) == 2
    assert admin.json("audit", "--offset", "4")[0]["action"] == "visit"
    assert admin.json("audit", "--from", "2099-01-01") == []
    r = admin("audit", "--limit", "1")
    assert r.code == 0 and "Owner  Setting changed  Shop name  My shop → Kávé Bár" in r.out
    r = admin("audit", "--person", "Anna")
    assert (r.code, r.out.strip()) == (0, "Nothing recorded.")


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--from", "2026-13-01"], "“2026-13-01” is not a date (use YYYY-MM-DD)"),
        (["--to", "2026-02-30"], "“2026-02-30” is not a date"),
        (["--from", "2026-03-10", "--to", "2026-03-09"], "--to is before --from."),
        (["--person", "Zoltán"], "There is no staff member called Zoltán."),
        (["--person", "'; DROP TABLE audit; --"], "There is no staff member called"),
        (["--limit", "0"], "Show 1 to 1000 entries at a time."),
        (["--limit", "many"], "“many” is not a whole number"),
        (["--offset", "-5"], "Show 1 to 1000 entries at a time."),
        (["--since", "2026-01-01"], "unrecognized arguments"),
    ],
)
def test_hostile_arguments_are_refused_in_one_line(admin, shop, argv, says):
    message = admin.fails("audit", *argv)
    assert says in message


@pytest.mark.sqlite_only
def test_a_missing_database_is_not_created(admin, tmp_path):
    message = admin.fails("audit")
    assert "There is no database" in message
    assert not (tmp_path / "shop.sqlite3").exists()
