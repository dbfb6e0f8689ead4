"""The admin command line, run in-process as a script would run it.

Every error path checks the three promises of the contract: exit status 2, exactly one
line on stderr (never a traceback), and a database that did not change.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from loyalty_pos import cli
from loyalty_pos.domain.cardnumber import make_card_number
from loyalty_pos.store.pg.connection import PgConnection

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

MEMBER_KEYS = {
    "id",
    "card_number",
    "name",
    "phone",
    "email",
    "visit_count",
    "last_visit",
    "blocked",
    "cards",
}
CARD_KEYS = {"program", "stamps", "stamps_needed", "rewards_ready"}
LINE_KEYS = {"stamps_added", "cards_completed", "redeemed", "capped"}


@dataclass
class Run:
    code: int
    out: str
    err: str


class Admin:
    """``loyalty-pos admin --db <file> ...`` in-process, with its output captured."""

    def __init__(self, capsys: pytest.CaptureFixture[str], db: Path) -> None:
        self.capsys = capsys
        self.db = db

    def __call__(self, *argv: str, db: bool = True) -> Run:
        self.capsys.readouterr()
        code = cli.main((["--db", str(self.db)] if db else []) + list(argv))
        captured = self.capsys.readouterr()
        return Run(code, captured.out, captured.err)

    def json(self, *argv: str) -> Any:
        """Run with --json; the command must succeed and print one JSON document."""
        r = self("--json", *argv)
        assert (r.code, r.err) == (0, ""), r.err
        return json.loads(r.out)

    def fails(self, *argv: str, status: int = 2) -> str:
        """Run a command that must be refused; returns its one-line message."""
        before = state(self.db)
        r = self("--json", *argv)
        assert r.code == status, (r.code, r.out, r.err)
        assert r.out == ""
        assert "Traceback" not in r.err
        lines = r.err.splitlines()
        assert len(lines) == 1 and lines[0].strip(), r.err
        assert state(self.db) == before
        return lines[0]


def state(db: Path) -> tuple | None:
    """Everything a command could change, read with plain sqlite3 (None: no file):
    counts, balances, visits, members and every scheme's stored terms.

    A file that is not a database is compared byte for byte.
    """
    server = is_url(db)
    if not server and (not db.exists() or db.stat().st_size == 0):
        return None
    if not server and not db.read_bytes().startswith(b"SQLite format 3\x00"):
        return ("raw", db.read_bytes())
    conn = connect(db)
    try:
        counts = tuple(
            conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("members", "cards", "programs", "visits", "ledger")
        )
        balances = conn.execute("SELECT * FROM balances ORDER BY 1, 2, 3").fetchall()
        visits = conn.execute("SELECT id, status FROM visits ORDER BY id").fetchall()
        members = conn.execute("SELECT * FROM members ORDER BY id").fetchall()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        schemes = tuple(
            conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in ("programs", "rewards", "promotions", "tiers", "items", "item_programs")
            if t in tables
        )
        return counts, balances, visits, members, schemes
    finally:
        conn.close()


def is_url(db: Path | str) -> bool:
    return str(db).startswith("postgresql://")


def connect(db: Path | str) -> Any:
    """A plain connection to the shop: sqlite3 for a file, psycopg (with the stores'
    SQL translated) for a server: the same queries read both."""
    if is_url(db):
        return PgConnection(str(db))
    return sqlite3.connect(db)


def ledger_rows(db: Path) -> int:
    conn = connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM ledger").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path: Path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def shop(admin: Admin) -> dict[str, Any]:
    """A new database with a 3-stamp coffee card and one member: Kovács Éva."""
    admin.json("init")
    admin.json(
        "programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "3",
        "--reward", "Free coffee",
    )  # fmt: skip
    return admin.json(
        "members", "add", "--name", "Kovács Éva", "--phone", "+36 30 123 4567",
        "--email", "eva@example.hu",
    )  # fmt: skip


def coffee(member: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in member["cards"] if c["program"] == "Coffee")


# Opening the database -----------------------------------------------------------------


@pytest.mark.sqlite_only
def test_init_creates_then_reports_ready(admin: Admin, db_path: Path) -> None:
    assert admin.json("init") == {"db": str(db_path), "created": True}
    assert db_path.stat().st_size > 0
    assert admin.json("init")["created"] is False
    r = admin("init")
    assert r.code == 0 and "ready" in r.out


def test_options_after_the_command_are_accepted(admin: Admin, db_path: Path) -> None:
    r = admin("init", "--json", "--db", str(db_path), db=False)
    assert r.code == 0
    assert json.loads(r.out)["db"] == str(db_path)


@pytest.mark.sqlite_only
def test_env_var_names_the_database(
    admin: Admin, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOYALTY_POS_DB", str(db_path))
    r = admin("--json", "init", db=False)
    assert r.code == 0
    assert json.loads(r.out)["db"] == str(db_path)
    assert db_path.exists()


@pytest.mark.sqlite_only
def test_commands_other_than_init_do_not_create_a_database(admin: Admin, db_path: Path) -> None:
    err = admin.fails("members", "find", "x")
    assert "admin init" in err
    assert not db_path.exists()


@pytest.mark.parametrize("command", [["init"], ["check"], ["members", "find", "x"]])
@pytest.mark.sqlite_only
def test_a_file_that_is_not_sqlite_is_refused(
    admin: Admin, db_path: Path, command: list[str]
) -> None:
    db_path.write_text("shopping list: milk, eggs\n")
    err = admin.fails(*command)
    assert "not a usable database" in err
    assert db_path.read_text() == "shopping list: milk, eggs\n"


def test_usage_errors_exit_2_on_one_line(admin: Admin) -> None:
    for argv in (["frobnicate"], [], ["members"], ["void", "1"], ["members", "add"]):
        r = admin(*argv)
        assert r.code == 2, argv
        assert len(r.err.splitlines()) == 1 and "Traceback" not in r.err


def test_help_exits_0(admin: Admin) -> None:
    r = admin("--help")
    assert r.code == 0 and "members" in r.out


# Members ------------------------------------------------------------------------------


def test_members_add_prints_the_member(shop: dict[str, Any]) -> None:
    assert shop.keys() >= MEMBER_KEYS
    assert shop["name"] == "Kovács Éva"
    assert shop["phone"] == "+36301234567"
    assert shop["email"] == "eva@example.hu"
    assert (shop["visit_count"], shop["last_visit"], shop["blocked"]) == (0, None, False)
    assert len(shop["card_number"]) == 13 and shop["card_number"].startswith("29")
    assert shop["qr_payload"] == "LP" + shop["card_number"]
    assert coffee(shop).keys() >= CARD_KEYS
    assert (coffee(shop)["stamps"], coffee(shop)["stamps_needed"]) == (0, 3)


def test_members_add_with_every_option(admin: Admin, shop: dict[str, Any]) -> None:
    card = make_card_number("29", 4242)
    m = admin.json(
        "members", "add", "--name", "Nguyễn Văn Đức", "--card", card, "--birthday",
        "1990-05-17", "--consent", "yes", "--notes", "oat milk",
    )  # fmt: skip
    assert m["card_number"] == card
    assert (m["birthday"], m["marketing_consent"], m["notes"]) == ("1990-05-17", True, "oat milk")


def test_members_add_text_output(admin: Admin, shop: dict[str, Any]) -> None:
    r = admin("members", "add", "--name", "Kari Ødegård")
    assert r.code == 0
    assert "Kari Ødegård" in r.out and "Coffee: 0 of 3 stamps" in r.out


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--email", "eva-at-example"], "e-mail"),
        (["--birthday", "17/05/1990"], "YYYY-MM-DD"),
        (["--birthday", "2999-01-01"], "not possible"),
        (["--phone", "12"], "phone"),
        (["--card", "2900000000000"], "check digit"),
        (["--card", "4006381333931"], "product barcode"),
        (["--consent", "maybe"], "consent"),
    ],
)
def test_members_add_refuses_bad_input(
    admin: Admin, shop: dict[str, Any], extra: list[str], says: str
) -> None:
    assert says in admin.fails("members", "add", "--name", "Somebody", *extra)


def test_members_add_refuses_blank_name(admin: Admin, shop: dict[str, Any]) -> None:
    assert "name" in admin.fails("members", "add", "--name", "   ")


def test_members_add_refuses_a_card_in_use(admin: Admin, shop: dict[str, Any]) -> None:
    assert "already in use" in admin.fails(
        "members", "add", "--name", "Somebody", "--card", shop["card_number"]
    )


def test_duplicate_phone_needs_allow_duplicate(admin: Admin, shop: dict[str, Any]) -> None:
    args = ["members", "add", "--name", "Éva K.", "--phone", "+36301234567"]
    err = admin.fails(*args)
    assert "--allow-duplicate" in err and shop["card_number"] in err
    twin = admin.json(*args, "--allow-duplicate")
    assert twin["id"] != shop["id"]


@pytest.mark.parametrize("text", ["kovacs", "EVA", "30 123 4567", "+36301234567"])
def test_members_find_by_name_or_phone(admin: Admin, shop: dict[str, Any], text: str) -> None:
    found = admin.json("members", "find", text)
    assert isinstance(found, list)
    assert [m["id"] for m in found] == [shop["id"]]
    assert found[0].keys() >= MEMBER_KEYS


def test_members_find_by_card_and_nothing(admin: Admin, shop: dict[str, Any]) -> None:
    assert [m["name"] for m in admin.json("members", "find", shop["card_number"])] == ["Kovács Éva"]
    assert admin.json("members", "find", "zzzz") == []
    r = admin("members", "find", "kovacs")
    assert r.code == 0 and shop["card_number"] in r.out and "Kovács Éva" in r.out


@pytest.mark.parametrize("prefix", ["", "LP", "lp", " "])
def test_members_show_by_card_or_qr_payload(
    admin: Admin, shop: dict[str, Any], prefix: str
) -> None:
    m = admin.json("members", "show", prefix + shop["card_number"])
    assert m["id"] == shop["id"] and coffee(m)["stamps"] == 0


def test_members_show_text(admin: Admin, shop: dict[str, Any]) -> None:
    r = admin("members", "show", shop["card_number"])
    assert r.code == 0
    assert "Kovács Éva" in r.out and "0 of 3 stamps" in r.out and "visits: 0" in r.out


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("2900000000000", "check digit"),
        ("12345", "13 digits"),
        ("hello", "not a card code"),
        (make_card_number("29", 99), "members add --card"),
    ],
)
def test_members_show_refuses_bad_codes(
    admin: Admin, shop: dict[str, Any], code: str, says: str
) -> None:
    assert says in admin.fails("members", "show", code)


def block(db: Path, member_id: int) -> None:
    """Block a member the way the owner's screen would (no CLI command for it yet)."""
    conn = connect(db)
    try:
        conn.execute("UPDATE members SET status = 'blocked' WHERE id = ?", [member_id])
        conn.commit()
    finally:
        conn.close()


def test_blocked_member_is_refused(admin: Admin, shop: dict[str, Any], db_path: Path) -> None:
    block(db_path, shop["id"])
    assert "blocked" in admin.fails("members", "show", shop["card_number"])
    assert "blocked" in admin.fails(
        "visit", shop["card_number"], "--program", "Coffee", "--items", "1"
    )
    assert admin.json("members", "find", "kovacs")[0]["blocked"] is True


# Programs -----------------------------------------------------------------------------


def test_programs_add_and_list(admin: Admin, shop: dict[str, Any]) -> None:
    p = admin.json(
        "programs", "add-stamp-card", "--name", "Car wash", "--stamps-needed", "5",
        "--reward", "20% off", "--reward-kind", "percent_discount", "--reward-value", "20",
        "--per-day-limit", "1", "--expiry-days", "365", "--stamps-per-item", "2",
    )  # fmt: skip
    assert p["name"] == "Car wash"
    assert (p["stamps_needed"], p["reward_kind"], p["reward_value"]) == (5, "percent_discount", 20)
    assert (p["per_day_limit"], p["expiry_days"], p["stamps_per_item"]) == (1, 365, 2)
    listed = admin.json("programs", "list")
    assert [x["name"] for x in listed] == ["Coffee", "Car wash"]
    assert listed[1] == p
    r = admin("programs", "list")
    assert r.code == 0 and "Car wash" in r.out and "Coffee" in r.out


def test_programs_list_empty(admin: Admin) -> None:
    admin.json("init")
    assert admin.json("programs", "list") == []


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--name", "coffee", "--stamps-needed", "5"], "already exists"),
        (["--name", "Tea", "--stamps-needed", "1"], "between 2"),
        (["--name", "Tea", "--stamps-needed", "ten"], "whole number"),
        (["--name", "Tea", "--stamps-needed", "5", "--per-day-limit", "0"], "daily"),
        (
            [
                "--name",
                "Tea",
                "--stamps-needed",
                "5",
                "--reward-kind",
                "percent_discount",
                "--reward-value",
                "150",
            ],
            "percent",
        ),
        (["--name", "Tea", "--stamps-needed", "5", "--reward-kind", "gift"], "reward-kind"),
    ],
)
def test_programs_add_refuses_bad_input(
    admin: Admin, shop: dict[str, Any], extra: list[str], says: str
) -> None:
    err = admin.fails("programs", "add-stamp-card", "--reward", "Free tea", *extra)
    assert says in err


# Visits -------------------------------------------------------------------------------


def test_visit_adds_stamps_and_completes_a_card(
    admin: Admin, shop: dict[str, Any], db_path: Path
) -> None:
    v = admin.json("visit", shop["card_number"], "--program", "coffee", "--items", "4")
    assert {"visit_id", "member", "duplicate", "lines"} <= v.keys()
    assert v["duplicate"] is False
    (line,) = v["lines"]
    assert line.keys() >= LINE_KEYS
    assert (line["stamps_added"], line["cards_completed"], line["redeemed"]) == (4, 1, 0)
    assert line["capped"] is False
    card = coffee(v["member"])
    assert (card["stamps"], card["rewards_ready"]) == (1, 1)
    assert v["member"]["visit_count"] == 1 and v["member"]["last_visit"] is not None


def test_visit_redeems_a_ready_reward(admin: Admin, shop: dict[str, Any]) -> None:
    admin.json("visit", shop["card_number"], "--program", "Coffee", "--items", "3")
    v = admin.json("visit", "LP" + shop["card_number"], "--redeem", "Coffee")
    assert v["lines"][0]["redeemed"] == 1
    assert coffee(v["member"])["rewards_ready"] == 0
    assert "No reward is ready" in admin.fails("visit", shop["card_number"], "--redeem", "Coffee")


def test_visit_combines_stamps_and_redeem(admin: Admin, shop: dict[str, Any]) -> None:
    admin.json("visit", shop["card_number"], "--program", "Coffee", "--items", "3")
    v = admin.json(
        "visit", shop["card_number"], "--program", "Coffee", "--items", "2", "--redeem", "Coffee"
    )
    (line,) = v["lines"]
    assert (line["redeemed"], line["stamps_added"]) == (1, 2)
    assert (coffee(v["member"])["stamps"], coffee(v["member"])["rewards_ready"]) == (2, 0)


def test_visit_stamps_one_program_and_redeems_another(admin: Admin, shop: dict[str, Any]) -> None:
    admin.json(
        "programs", "add-stamp-card", "--name", "Pastry", "--stamps-needed", "5",
        "--reward", "Free croissant",
    )  # fmt: skip
    admin.json("visit", shop["card_number"], "--program", "Coffee", "--items", "3")
    v = admin.json(
        "visit", shop["card_number"], "--program", "Pastry", "--items", "2", "--redeem", "Coffee"
    )
    lines = {line["program"]: line for line in v["lines"]}
    assert (lines["Pastry"]["stamps_added"], lines["Pastry"]["redeemed"]) == (2, 0)
    assert (lines["Coffee"]["stamps_added"], lines["Coffee"]["redeemed"]) == (0, 1)
    cards = {c["program"]: c for c in v["member"]["cards"]}
    assert (cards["Pastry"]["stamps"], cards["Coffee"]["rewards_ready"]) == (2, 0)


def test_visit_text_output(admin: Admin, shop: dict[str, Any]) -> None:
    r = admin("visit", shop["card_number"], "--program", "Coffee", "--items", "2")
    assert r.code == 0
    assert "recorded" in r.out and "+2 stamps" in r.out and "2 of 3 stamps" in r.out


def test_visit_retry_with_request_id_stamps_once(
    admin: Admin, shop: dict[str, Any], db_path: Path
) -> None:
    args = ["visit", shop["card_number"], "--program", "Coffee", "--items", "1"]
    first = admin.json(*args, "--request-id", "till-1-0042")
    rows = ledger_rows(db_path)
    again = admin.json(*args, "--request-id", "till-1-0042")
    assert again["duplicate"] is True and again["lines"] == []
    assert again["visit_id"] == first["visit_id"]
    assert coffee(again["member"])["stamps"] == 1
    assert ledger_rows(db_path) == rows
    fresh = admin.json(*args)
    assert fresh["visit_id"] != first["visit_id"] and len(fresh["request_id"]) == 32


def test_visit_daily_limit_caps_then_refuses(admin: Admin, shop: dict[str, Any]) -> None:
    admin.json(
        "programs", "add-stamp-card", "--name", "Wash", "--stamps-needed", "10",
        "--reward", "Free wash", "--per-day-limit", "2",
    )  # fmt: skip
    v = admin.json("visit", shop["card_number"], "--program", "Wash", "--items", "3")
    assert (v["lines"][0]["stamps_added"], v["lines"][0]["capped"]) == (2, True)
    assert "daily limit" in admin.fails(
        "visit", shop["card_number"], "--program", "Wash", "--items", "1"
    )


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--program", "Tea", "--items", "1"], "no program"),
        (["--program", "Coffee", "--items", "-1"], "negative"),
        (["--program", "Coffee", "--items", "two"], "whole number"),
        (["--program", "Coffee", "--items", "500"], "At most"),
        (["--program", "Coffee", "--items", "0"], "Nothing to confirm"),
        (["--program", "Coffee"], "--items"),
        (["--items", "2"], "--program"),
        ([], "--redeem"),
        (["--redeem", "Coffee"], "No reward is ready"),
        (["--redeem", "Tea"], "no program"),
        (["--program", "Coffee", "--items", "1", "--request-id", "x" * 65], "request-id"),
        (["--program", "Coffee", "--items", "1", "--request-id", ""], "request-id"),
    ],
)
def test_visit_refuses_bad_input(
    admin: Admin, shop: dict[str, Any], extra: list[str], says: str
) -> None:
    assert says in admin.fails("visit", shop["card_number"], *extra)


@pytest.mark.parametrize(
    ("code", "says"),
    [("2900000000000", "check digit"), (make_card_number("29", 99), "does not belong")],
)
def test_visit_refuses_bad_cards(admin: Admin, shop: dict[str, Any], code: str, says: str) -> None:
    assert says in admin.fails("visit", code, "--program", "Coffee", "--items", "1")


# Voids --------------------------------------------------------------------------------


def test_void_undoes_a_visit_once(admin: Admin, shop: dict[str, Any]) -> None:
    admin.json("visit", shop["card_number"], "--program", "Coffee", "--items", "1")
    v = admin.json("visit", shop["card_number"], "--program", "Coffee", "--items", "4")
    assert coffee(v["member"])["rewards_ready"] == 1
    undone = admin.json("void", str(v["visit_id"]), "--reason", "wrong  member")
    assert (undone["visit_id"], undone["voided"], undone["reason"]) == (
        v["visit_id"],
        True,
        "wrong member",
    )
    card = coffee(undone["member"])
    assert (card["stamps"], card["rewards_ready"]) == (1, 0)
    assert "already voided" in admin.fails("void", str(v["visit_id"]), "--reason", "again")
    assert admin.json("check")["ok"] is True


def test_void_text_output(admin: Admin, shop: dict[str, Any]) -> None:
    v = admin.json("visit", shop["card_number"], "--program", "Coffee", "--items", "1")
    r = admin("void", str(v["visit_id"]), "--reason", "test")
    assert r.code == 0 and f"Visit {v['visit_id']} voided" in r.out


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["void", "1", "--reason", "   "], "Say why"),
        (["void", "1"], "--reason"),
        (["void", "999", "--reason", "typo"], "no visit number 999"),
        (["void", "one", "--reason", "typo"], "whole number"),
    ],
)
def test_void_refuses_bad_input(
    admin: Admin, shop: dict[str, Any], argv: list[str], says: str
) -> None:
    admin.json("visit", shop["card_number"], "--program", "Coffee", "--items", "1")
    assert says in admin.fails(*argv)


def test_void_refused_when_the_reward_was_used(admin: Admin, shop: dict[str, Any]) -> None:
    v = admin.json("visit", shop["card_number"], "--program", "Coffee", "--items", "3")
    admin.json("visit", shop["card_number"], "--redeem", "Coffee")
    assert "cannot be voided" in admin.fails("void", str(v["visit_id"]), "--reason", "typo")


# Check --------------------------------------------------------------------------------


def test_check_ok(admin: Admin, shop: dict[str, Any]) -> None:
    admin.json("visit", shop["card_number"], "--program", "Coffee", "--items", "2")
    assert admin.json("check") == {"ok": True, "problems": []}
    r = admin("check")
    assert r.code == 0 and "OK" in r.out


def test_check_finds_a_tampered_balance(admin: Admin, shop: dict[str, Any], db_path: Path) -> None:
    admin.json("visit", shop["card_number"], "--program", "Coffee", "--items", "2")
    conn = connect(db_path)
    conn.execute("UPDATE balances SET value = value + 5 WHERE account = 'stamps'")
    conn.commit()
    conn.close()
    r = admin("--json", "check")
    assert r.code == 1
    report = json.loads(r.out)
    assert report["ok"] is False
    assert any("balance 7 but ledger sums to 2" in p for p in report["problems"])
    text = admin("check")
    assert text.code == 1 and "ledger sums to 2" in text.out


# Demo ---------------------------------------------------------------------------------


def test_demo_fills_an_empty_database_only(admin: Admin) -> None:
    pytest.importorskip("loyalty_pos.services.demo")
    demo = admin.json("demo")
    assert demo["members"] > 0 and "Coffee" in " ".join(demo["programs"])
    assert admin.json("check")["ok"] is True
    assert "empty database" in admin.fails("demo")


# The installed entry point ------------------------------------------------------------


def test_entry_point_runs_in_a_fresh_process(admin: Admin, db_path: Path) -> None:
    admin.json("init")
    script = shutil.which("loyalty-pos", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "loyalty_pos.app"]
    done = subprocess.run(
        [*command, "admin", "--db", str(db_path), "--json", "members", "find", "x"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == []
    bad = subprocess.run(
        [*command, "admin", "--db", str(db_path), "members", "show", "2900000000000"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


# Shop settings, blocking ----------------------------------------------------------------


def settings_rows(db: Path) -> list[tuple[str, str]]:
    conn = connect(db)
    try:
        return conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
    finally:
        conn.close()


def test_settings_show_and_set(admin: Admin, shop: dict[str, Any]) -> None:
    assert admin.json("settings", "show")["card_prefix"] == "29"
    assert admin.json("settings", "set", "currency", "nok")["currency"] == "NOK"
    assert admin.json("settings", "set", "card_prefix", "24")["card_prefix"] == "24"
    member = admin.json("members", "add", "--name", "Åse Bjørnstad")
    assert member["card_number"].startswith("24")
    # Cards issued under the old prefix keep working.
    assert admin.json("members", "show", shop["card_number"])["id"] == shop["id"]


def test_text_size_and_colours_are_set_by_name_or_number(
    admin: Admin, shop: dict[str, Any]
) -> None:
    shown = admin.json("settings", "show")
    assert (shown["text_size"], shown["colours"]) == ("100", "standard")
    assert admin.json("settings", "set", "text_size", "Largest")["text_size"] == "150"
    assert admin.json("settings", "set", "text_size", "125 %")["text_size"] == "125"
    assert admin.json("settings", "set", "colours", "high-contrast")["colours"] == "high_contrast"
    assert admin.json("settings", "show")["card_prefix"] == "29"  # the shop's are untouched


def test_kiosk_is_set_on_or_off(admin: Admin, shop: dict[str, Any]) -> None:
    assert admin.json("settings", "show")["kiosk"] == "off"
    assert admin.json("settings", "set", "kiosk", "yes")["kiosk"] == "on"
    assert admin.json("settings", "set", "kiosk", "off")["kiosk"] == "off"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("card_prefix", "31"),
        ("currency", "euro"),
        ("nonsense", "1"),
        ("text_size", "130"),
        ("text_size", "huge"),
        ("colours", "pink"),
        ("kiosk", "sometimes"),
    ],
)
def test_bad_settings_are_refused(
    admin: Admin, shop: dict[str, Any], db_path: Path, key: str, value: str
) -> None:
    before = settings_rows(db_path)
    admin.fails("settings", "set", key, value)
    assert settings_rows(db_path) == before


def test_block_and_unblock_a_card(admin: Admin, shop: dict[str, Any]) -> None:
    code = shop["card_number"]
    assert admin.json("cards", "block", code)["blocked"] is True
    assert "blocked" in admin.fails("members", "show", code)
    assert "blocked" in admin.fails("visit", code, "--program", "Coffee", "--items", "1")
    assert admin.json("cards", "unblock", code)["member"]["id"] == shop["id"]
    assert admin.json("members", "show", code)["id"] == shop["id"]


def test_block_and_unblock_a_membership(admin: Admin, shop: dict[str, Any]) -> None:
    code = shop["card_number"]
    assert admin.json("members", "block", code)["blocked"] is True
    assert "blocked" in admin.fails("visit", code, "--program", "Coffee", "--items", "1")
    assert admin.json("members", "unblock", code)["blocked"] is False
    assert admin.json("visit", code, "--program", "Coffee", "--items", "1")["visit_id"] == 1


def test_blocking_a_bad_or_unknown_card_is_refused(admin: Admin, shop: dict[str, Any]) -> None:
    assert "check digit" in admin.fails("cards", "block", "2900000000011")
    assert "no card" in admin.fails("members", "block", "2900000000018")


@pytest.mark.parametrize(
    "argv",
    [
        ("void", "9" * 30, "--reason", "x"),
        ("refund", "9" * 30, "--reason", "x"),
        ("feedback", "9" * 30, "--score", "1"),
        ("audit", "--offset", "9" * 30),
    ],
)
def test_an_id_beyond_sqlite_integers_is_refused_in_one_line(
    admin: Admin, shop: dict[str, Any], argv: tuple[str, ...]
) -> None:
    """argparse takes any whole number; SQLite's are 64-bit: exit 2, never a traceback."""
    assert "too large" in admin.fails(*argv)
