"""A lost shop is never taken for a new one; damage means read-only; an open failure
says which (issue findings 1, 2 and 8), driven as a user would drive the command line.

Damage is made to a real shop file: bytes flipped in a table page, the file cut short by
one byte, the file zeroed or emptied, another shop or a foreign SQLite file put in its
place. Every refusal leaves the file byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from loyalty_pos.store import damage
from loyalty_pos.store import database as store_db
from tests.cli.test_cli import Admin


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path: Path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def shop(admin: Admin) -> dict[str, Any]:
    """A shop with a coffee card, 40 members (several table pages) and a backup."""
    admin.json("init")
    admin.json(
        "programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "10",
        "--reward", "Free coffee",
    )  # fmt: skip
    members = [admin.json("members", "add", "--name", f"Member {i} " + "x" * 60) for i in range(40)]
    backup = admin.json("backup", "now")
    return {"member": members[-1], "backup": Path(backup["path"]).name}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def root_page(path: Path, table: str) -> tuple[int, int]:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table])
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        return int(page.fetchone()[0]), int(size)


def flip_table_page(path: Path) -> None:
    """Flip bytes in the members table's root page header and cell pointers."""
    page, size = root_page(path, "members")
    data = bytearray(path.read_bytes())
    start = (page - 1) * size
    for i in range(8, 40):
        data[start + i] ^= 0xFF
    path.write_bytes(bytes(data))


def visit(admin: Admin, card: str):
    return admin("visit", card, "--program", "Coffee", "--items", "1")


def subprocess_admin(db: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "loyalty_pos", "admin", "--db", str(db), *argv],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


# Finding 1: a lost shop ------------------------------------------------------------------


def test_an_empty_file_where_the_shop_was_is_refused_naming_the_backup(
    admin: Admin, db_path: Path, shop: dict[str, Any]
) -> None:
    db_path.write_bytes(b"")
    for command in (["members", "find", "Member"], ["init"], ["demo"], ["check"]):
        r = admin(*command)
        assert r.code == 2, (command, r.out, r.err)
        assert len(r.err.splitlines()) == 1
        assert "empty" in r.err and shop["backup"] in r.err and "backup restore" in r.err
        assert db_path.read_bytes() == b""  # no empty shop written into the real file


def test_init_force_then_restore_brings_the_lost_shop_back(
    admin: Admin, db_path: Path, shop: dict[str, Any]
) -> None:
    db_path.write_bytes(b"")
    assert admin.json("init", "--force")["created"] is True
    admin.json("backup", "restore", shop["backup"])
    found = admin.json("members", "find", "Member 39")
    assert [m["card_number"] for m in found] == [shop["member"]["card_number"]]


def test_a_zeroed_file_is_refused_and_left_as_it_is(
    admin: Admin, db_path: Path, shop: dict[str, Any]
) -> None:
    db_path.write_bytes(bytes(db_path.stat().st_size))
    before = digest(db_path)
    r = subprocess_admin(db_path, "visit", shop["member"]["card_number"], "--amount", "100")
    assert r.returncode == 2 and "no longer a database" in r.stderr
    assert shop["backup"] in r.stderr
    assert digest(db_path) == before


def test_a_foreign_sqlite_file_or_another_shop_is_refused(
    admin: Admin, db_path: Path, shop: dict[str, Any], tmp_path: Path, capsys
) -> None:
    other = Admin(capsys, tmp_path / "other.sqlite3")
    other.json("init")
    other.json("members", "add", "--name", "Somebody Else")
    db_path.write_bytes(other.db.read_bytes())
    r = admin("members", "find", "Somebody")
    assert r.code == 2 and "another shop" in r.err
    db_path.unlink()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = digest(db_path)
    r = admin("visit", shop["member"]["card_number"], "--amount", "100")
    assert r.code == 2 and "not a Loyalty POS shop" in r.err
    assert digest(db_path) == before


def test_init_still_creates_where_no_shop_was(admin: Admin, db_path: Path) -> None:
    assert admin.json("init")["created"] is True
    assert admin.json("init")["created"] is False


# Finding 2: damage means read-only ----------------------------------------------------------


def test_a_flipped_table_page_refuses_writes_and_check_reports_it(
    admin: Admin, db_path: Path, shop: dict[str, Any]
) -> None:
    flip_table_page(db_path)
    before = digest(db_path)
    r = visit(admin, shop["member"]["card_number"])
    assert r.code == 2 and "damaged" in r.err, (r.out, r.err)
    assert digest(db_path) == before
    assert damage.why(db_path) is not None
    checked = subprocess_admin(db_path, "--json", "check")
    assert checked.returncode == 1, checked.stderr
    report = json.loads(checked.stdout)
    assert report["ok"] is False and any("damaged" in p for p in report["problems"])
    assert digest(db_path) == before


def test_a_big_file_is_checked_cheaply_before_a_command_and_still_refused_when_damaged(
    admin: Admin, db_path: Path, shop: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above ``QUICK_CHECK_MAX`` (45 s a command at a million members) the quick check
    is not run; the cheap structure check still finds a damaged root page."""
    from loyalty_pos.cli import runner

    monkeypatch.setattr(runner, "QUICK_CHECK_MAX", 0)
    ran: list[str] = []
    monkeypatch.setattr(runner, "quick_check", lambda db: ran.append("quick") or [])
    assert visit(admin, shop["member"]["card_number"]).code == 0  # a sound file works
    flip_table_page(db_path)
    before = digest(db_path)
    r = visit(admin, shop["member"]["card_number"])
    assert r.code == 2 and "damaged" in r.err, (r.out, r.err)
    assert digest(db_path) == before and damage.why(db_path) is not None
    assert ran == []


def test_check_marks_an_unmarked_damaged_file_and_exits_1(
    admin: Admin, db_path: Path, shop: dict[str, Any]
) -> None:
    flip_table_page(db_path)
    checked = subprocess_admin(db_path, "check")
    assert checked.returncode == 1, checked.stderr
    assert "Problems found" in checked.stdout
    assert damage.why(db_path) is not None
    r = admin("members", "add", "--name", "New Person")
    assert r.code == 2 and "damaged" in r.err


def test_a_file_cut_short_by_one_byte_is_read_only(
    admin: Admin, db_path: Path, shop: dict[str, Any]
) -> None:
    root_page(db_path, "members")  # checkpointed: the file holds everything
    db_path.write_bytes(db_path.read_bytes()[:-1])
    before = digest(db_path)
    r = visit(admin, shop["member"]["card_number"])
    assert r.code == 2 and "whole number" in r.err
    r = admin("members", "show", shop["member"]["card_number"])
    assert r.code == 0 and "Member 39" in r.out  # lookups work
    assert admin("check").code == 1
    assert digest(db_path) == before


def test_malformed_during_a_write_marks_and_refuses(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = store_db.open_database(db_path)

    def broken(_db: object) -> int:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(store_db.chain, "link_pending", broken)
    with pytest.raises(damage.DamagedShop), store_db.write_transaction(db):
        db.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    assert damage.why(db_path) == "database disk image is malformed"
    assert db.execute("SELECT COUNT(*) FROM settings WHERE key = 'x'").fetchone()[0] == 0
    db.conn.close()


# Finding 8: say what is wrong -------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "kind", "words"),
    [
        (sqlite3.OperationalError("attempt to write a readonly database"), "ShopReadOnly",
         "read-only"),
        (PermissionError(13, "Permission denied"), "ShopReadOnly", "read-only"),
        (sqlite3.OperationalError("database or disk is full"), "DiskFull", "full"),
        (OSError(28, "No space left on device"), "DiskFull", "full"),
        (sqlite3.DatabaseError("database disk image is malformed"), "ShopDamaged", "damaged"),
    ],
)  # fmt: skip
def test_each_open_failure_has_its_own_message(
    admin: Admin,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: Exception,
    kind: str,
    words: str,
) -> None:
    admin.json("init")

    def failing(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(store_db, "connect", failing)
    with pytest.raises(store_db.OpenProblem) as raised:
        store_db.open_database(db_path)
    assert type(raised.value).__name__ == kind
    assert words in str(raised.value)
    assert "not a usable database" not in str(raised.value)
    if kind == "ShopDamaged":  # marked: lookups open read-only, writes are refused
        assert damage.why(db_path) is not None
        assert admin("members", "add", "--name", "X").code == 2
        return
    r = admin("members", "find", "x")
    assert r.code == 2 and words in r.err


def test_a_read_only_folder_is_not_called_damage(
    admin: Admin, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin.json("init")
    monkeypatch.setattr(store_db, "_writable", lambda _path: False)  # as chmod 555 does
    problem = store_db.classify(db_path, sqlite3.OperationalError("unable to open database file"))
    assert isinstance(problem, store_db.ShopReadOnly)
    assert damage.why(db_path) is None


def test_a_locked_file_says_it_is_busy(
    admin: Admin, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin.json("init")
    with closing(sqlite3.connect(db_path, isolation_level=None, timeout=0.05)) as holder:
        holder.execute("PRAGMA journal_mode = DELETE")  # a lock WAL readers cannot pass
        holder.execute("BEGIN EXCLUSIVE")
        monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 50)
        with pytest.raises(store_db.ShopLocked) as raised:
            store_db.open_database(db_path)
        holder.execute("ROLLBACK")
    assert "busy" in str(raised.value)
    assert damage.why(db_path) is None


def test_a_write_outside_a_transaction_is_denied_on_a_marked_shop(db_path: Path) -> None:
    """The net under ``write_transaction``: a store helper writing on its own (no
    transaction) is denied by SQLite while the mark stands, and allowed once cleared."""
    from loyalty_pos.services import Services
    from loyalty_pos.services.members import MemberInput

    services = Services.open(db_path)
    try:
        member = services.members.enroll(MemberInput("Kovács Éva"))
        damage.mark(db_path, "page 7: malformed", services.db)
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            services.members.members.set_status(member.id, "blocked")
        assert not services.members.view(member.id).blocked  # lookups work
        damage.clear(db_path, services.db)
        services.members.members.set_status(member.id, "blocked")
        assert services.members.view(member.id).blocked
    finally:
        services.close()
