"""``members consent|contact-list|export|erase|merge`` and ``consents export``."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from loyalty_pos.store.pg.connection import PgConnection, PgDatabase
from tests import pg_support
from tests.cli.test_cli import Admin, is_url

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def dump(db: Path) -> list:
    """The whole database (as SQL for a file, every row for a server): any change shows."""
    if is_url(db):
        shop = PgDatabase(PgConnection(str(db)))
        try:
            return pg_support.dump(shop)
        finally:
            shop.close()
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path: Path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def shop(admin: Admin) -> dict[str, Any]:
    admin.json("init")
    admin.json(
        "programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "5",
        "--reward", "Free coffee",
    )  # fmt: skip
    eva = admin.json(
        "members", "add", "--name", "Kovács Éva", "--phone", "+36 30 123 4567",
        "--email", "eva@example.hu", "--birthday", "1990-03-15",
    )  # fmt: skip
    dup = admin.json(
        "members", "add", "--name", "Kovacs Eva", "--email", "eva2@example.hu",
    )  # fmt: skip
    for code, n in ((eva["card_number"], 2), (dup["card_number"], 1)):
        admin.json("visit", code, "--program", "Coffee", "--items", str(n))
    return {"eva": eva, "dup": dup}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def refused(admin: Admin, db: Path, *argv: str) -> str:
    before = dump(db)
    r = admin("--json", *argv)
    assert r.code == 2, (r.code, r.out, r.err)
    assert r.out == "" and "Traceback" not in r.err
    [line] = r.err.splitlines()
    assert dump(db) == before
    return line


def test_consent_then_register_and_contact_list(admin, shop, tmp_path):
    eva, dup = shop["eva"]["card_number"], shop["dup"]["card_number"]
    out = admin.json("members", "consent", eva, "--channel", "email", "--yes")
    assert out["consents"] == {"email": True, "sms": None, "post": None}
    admin.json("members", "consent", dup, "--channel", "email", "--no")
    target = tmp_path / "list.csv"
    done = admin.json(
        "members", "contact-list", "--channel", "email", "--segment", "birthdays",
        "--month", "3", "--csv", str(target),
    )  # fmt: skip
    assert done["rows"] == 1
    rows = read_csv(target)
    assert [(r["card"], r["email"]) for r in rows] == [(eva, "eva@example.hu")]
    everyone = admin.json(
        "members", "contact-list", "--channel", "email", "--segment", "everyone",
        "--csv", str(target),
    )  # fmt: skip
    assert everyone["rows"] == 1  # the duplicate said no; silence on SMS is not consent
    sms = admin.json(
        "members", "contact-list", "--channel", "sms", "--segment", "everyone",
        "--csv", str(target),
    )  # fmt: skip
    assert sms["rows"] == 0
    reg = tmp_path / "register.csv"
    assert admin.json("consents", "export", "--csv", str(reg))["rows"] == 2
    events = read_csv(reg)
    assert [(e["card"], e["channel"], e["answer"], e["source"]) for e in events] == [
        (eva, "email", "yes", "command_line"),
        (dup, "email", "no", "command_line"),
    ]
    assert all(e["wording version"] and e["time"] and e["recorded by"] for e in events)


def test_export_a_member_whole(admin, shop, tmp_path):
    eva = shop["eva"]["card_number"]
    out = tmp_path / "eva.json"
    done = admin.json("members", "export", eva, "--out", str(out))
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["member"]["name"] == "Kovács Éva" and doc["member"]["email"] == "eva@example.hu"
    assert [c["code"] for c in doc["cards"]] == [eva]
    assert len(doc["visits"]) == 1 and doc["ledger"] and doc["balances"]
    assert done["counts"]["visits"] == 1
    with Path(done["summary"]).open(encoding="utf-8-sig", newline="") as f:
        summary = dict(csv.reader(f))
    assert summary["name"] == "Kovács Éva" and summary["visits"] == "1"
    assert summary["stamps:Coffee"] == "2"


def test_erase_then_the_card_is_refused(admin, shop, db_path):
    eva = shop["eva"]["card_number"]
    out = admin.json("members", "erase", eva, "--reason", "asked at the counter")
    assert out["erased"] == shop["eva"]["id"]
    assert "this card was erased" in refused(admin, db_path, "members", "show", eva)
    assert "was erased" in refused(admin, db_path, "members", "erase", eva, "--reason", "x")
    assert "was erased" in refused(
        admin, db_path, "members", "consent", eva, "--channel", "sms", "--yes"
    )
    r = admin("check")
    assert r.code == 0, r.out + r.err


def test_merge_moves_the_stamps(admin, shop, db_path):
    eva, dup = shop["eva"]["card_number"], shop["dup"]["card_number"]
    out = admin.json("members", "merge", eva, dup, "--reason", "same person")
    assert out["moved"] and out["keep"] == shop["eva"]["id"]
    shown = admin.json("members", "show", dup)  # the duplicate's card opens Éva
    assert shown["id"] == shop["eva"]["id"]
    assert next(c for c in shown["cards"] if c["program"] == "Coffee")["stamps"] == 3
    assert admin("check").code == 0


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["members", "consent", "{eva}", "--channel", "fax", "--yes"], "no consent channel"),
        (["members", "consent", "2900000000000", "--channel", "sms", "--yes"], ""),
        (["members", "erase", "2999999999994", "--reason", "x"], ""),
        (["members", "erase", "{eva}", "--reason", "  "], "reason"),
        (["members", "merge", "{eva}", "{eva}", "--reason", "x"], "themselves"),
        (["members", "merge", "{eva}", "2999999999994", "--reason", "x"], ""),
        (["members", "contact-list", "--channel", "email", "--segment", "vip", "--csv", "x.csv"],
         "no list"),
        (["members", "contact-list", "--channel", "fax", "--segment", "lapsed", "--csv", "x.csv"],
         "no consent channel"),
        (["members", "export", "{eva}", "--out", "/nonexistent/dir/eva.json"], "Cannot write"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_and_changes_nothing(admin, shop, db_path, argv, says):
    argv = [a.format(eva=shop["eva"]["card_number"]) for a in argv]
    assert says in refused(admin, db_path, *argv)


def test_members_add_records_the_answer_only_when_asked(admin, shop, tmp_path):
    asked = admin.json("members", "add", "--name", "Ødegård Kari", "--consent", "yes")
    silent = admin.json("members", "add", "--name", "Nguyễn Đức")
    reg = tmp_path / "register.csv"
    admin.json("consents", "export", "--csv", str(reg))
    events = read_csv(reg)
    assert {(e["member"], e["channel"], e["answer"]) for e in events} == {
        (str(asked["id"]), "email", "yes"),
        (str(asked["id"]), "sms", "yes"),
    }
    assert str(silent["id"]) not in {e["member"] for e in events}
