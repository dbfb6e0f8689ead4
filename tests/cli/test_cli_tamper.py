"""Tampering with the file behind the app's back, and ``admin check`` catching it.

Each test is one way of rewriting history that ``admin check`` used to pass (exit 0): it
now exits 1 and names the row or object that does not hold, and the app refuses to act
on the rewritten state. The tampering is done as an intruder would, with a plain
``sqlite3`` connection.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from loyalty_pos.domain import chain as pure
from tests.cli.test_cli import Admin, state


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path: Path) -> Admin:
    return Admin(capsys, db_path)


@pytest.fixture
def shop(admin: Admin) -> dict[str, Any]:
    """A coffee card, one member and two visits on it (3 stamps, then 2)."""
    admin.json("init")
    admin.json(
        "programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "10",
        "--reward", "Free coffee",
    )  # fmt: skip
    member = admin.json("members", "add", "--name", "Kovács Éva", "--phone", "+36 30 123 4567")
    first = admin.json("visit", member["card_number"], "--program", "Coffee", "--items", "3")
    admin.json("visit", member["card_number"], "--program", "Coffee", "--items", "2")
    return {"member": member, "visit_id": first["visit_id"]}


def raw(db_path: Path, *sql: str, params: tuple = ()) -> None:
    """Statements run through a second, plain sqlite3 connection (not the app's)."""
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        for statement in sql:
            conn.execute(statement, params if "?" in statement else ())


def check(admin: Admin) -> tuple[int, list[str]]:
    r = admin("--json", "check")
    assert "Traceback" not in r.err
    import json

    report = json.loads(r.out)
    assert report["ok"] is (r.code == 0)
    return r.code, report["problems"]


def first_ledger_row(db_path: Path) -> tuple:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("SELECT * FROM ledger ORDER BY id LIMIT 1").fetchone()


def test_an_untouched_shop_passes(admin, shop):
    assert check(admin) == (0, [])
    r = admin("check")
    assert r.code == 0 and r.out.startswith("OK")


def test_insert_or_replace_of_a_past_ledger_row_is_refused(admin, shop, db_path):
    row = list(first_ledger_row(db_path))
    delta = row[7]
    row[7] = 10  # delta: the intruder gives the member ten stamps instead of three
    before = state(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="never replaced"):
        raw(db_path, f"INSERT OR REPLACE INTO ledger VALUES ({','.join('?' * len(row))})",
            params=tuple(row))  # fmt: skip
    assert state(db_path) == before
    assert first_ledger_row(db_path)[7] == delta
    assert check(admin) == (0, [])


def test_a_dropped_trigger_and_a_rewritten_row_with_its_balance_are_named(admin, shop, db_path):
    row_id = first_ledger_row(db_path)[0]
    raw(
        db_path,
        "DROP TRIGGER ledger_no_update",
        f"UPDATE ledger SET delta = 9 WHERE id = {row_id}",
        "UPDATE balances SET value = value + 6 WHERE account = 'stamps'",
    )
    code, problems = check(admin)
    assert code == 1
    assert any("ledger_no_update is missing" in p for p in problems), problems
    assert any(f"ledger row {row_id} was changed" in p for p in problems), problems
    # The intruder made the cached balance match the rows, but not the lots: the lots'
    # own check names it as well (docs/ledger.md).
    assert any(f"ledger row {row_id}: moves 9" in p for p in problems), problems


def test_a_rewritten_row_is_named_even_with_the_trigger_put_back(admin, shop, db_path):
    row_id = first_ledger_row(db_path)[0]
    with closing(sqlite3.connect(db_path)) as conn:
        trigger = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ledger_no_update'"
        ).fetchone()[0]
    raw(
        db_path,
        "DROP TRIGGER ledger_no_update",
        f"UPDATE ledger SET delta = 9 WHERE id = {row_id}",
        "UPDATE balances SET value = value + 6 WHERE account = 'stamps'",
        trigger,
    )
    code, problems = check(admin)
    assert code == 1
    assert problems[0].startswith(f"ledger row {row_id} was changed after it was written")


def test_a_forged_adjustment_from_another_connection_is_named(admin, shop, db_path):
    member_id = shop["member"]["id"]
    raw(
        db_path,
        "INSERT INTO ledger (member_id, program_id, account, kind, delta, staff_id, "
        f"created_at, note) VALUES ({member_id}, 1, 'stamps', 'adjust', 4, 2, "
        "'2026-03-10T10:00:00.000000Z', 'goodwill')",
        "UPDATE balances SET value = value + 4 WHERE account = 'stamps'",
    )
    with closing(sqlite3.connect(db_path)) as conn:
        forged = conn.execute("SELECT MAX(id) FROM ledger").fetchone()[0]
    code, problems = check(admin)
    assert code == 1
    assert (
        problems[0] == f"ledger row {forged} is not in the chain: it was written outside the app."
    )
    # Written without lots, the forged row explains none of its value either.
    assert f"ledger row {forged}: moves 4 but made 0 and took 0 from lots" in problems


def test_a_cleared_refund_marker_fails_the_check_and_is_not_refunded_twice(admin, shop, db_path):
    card = shop["member"]["card_number"]
    sale = admin.json("visit", card, "--amount", "5000")
    admin.json("refund", str(sale["visit_id"]), "--reason", "returned")
    with pytest.raises(sqlite3.IntegrityError, match="never undone"):
        raw(db_path, f"UPDATE visits SET refunded = 0, status = 'confirmed' WHERE id = "
            f"{sale['visit_id']}")  # fmt: skip
    raw(
        db_path,
        "DROP TRIGGER visits_forward",
        f"UPDATE visits SET refunded = 0, status = 'confirmed' WHERE id = {sale['visit_id']}",
    )
    code, problems = check(admin)
    assert code == 1
    assert f"Visit {sale['visit_id']}: its refunded amount or status does not match" in "\n".join(
        problems
    )
    message = admin.fails("refund", str(sale["visit_id"]), "--reason", "again")
    assert message.startswith(f"Visit {sale['visit_id']} does not match its recorded refunds")
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM refunds").fetchone()[0] == 1


def test_a_reattributed_ledger_row_is_named(admin, shop, db_path):
    row_id = first_ledger_row(db_path)[0]
    raw(
        db_path,
        "DROP TRIGGER ledger_no_update",
        f"UPDATE ledger SET staff_id = 3 WHERE id = {row_id}",
    )
    code, problems = check(admin)
    assert code == 1
    assert any(f"ledger row {row_id} was changed" in p for p in problems), problems


def test_a_renamed_or_promoted_staff_member_is_named(admin, shop, db_path):
    admin.json("staff", "add", "--name", "Anna", "--role", "cashier", "--pin", "2580")
    raw(db_path, "UPDATE staff SET name = 'Bence' WHERE name = 'Anna'")
    code, problems = check(admin)
    assert code == 1
    assert problems == [
        "Staff member 4 (Bence) is not as the audit trail recorded: changed outside the app."
    ]


def test_a_changed_setting_is_named(admin, shop, db_path):
    raw(db_path, "UPDATE settings SET value = '28' WHERE key = 'card_prefix'")
    code, problems = check(admin)
    assert code == 1
    assert problems == [
        "Setting card_prefix is not as the audit trail recorded: changed outside the app."
    ]


def test_a_cleared_void_is_named(admin, shop, db_path):
    admin.json("void", str(shop["visit_id"]), "--reason", "wrong card")
    raw(
        db_path,
        "DROP TRIGGER visits_forward",
        f"UPDATE visits SET status = 'confirmed', void_reason = NULL, voided_at = NULL, "
        f"voided_by = NULL WHERE id = {shop['visit_id']}",
    )
    code, problems = check(admin)
    assert code == 1
    assert problems == [
        "Guard trigger visits_forward is missing: it was dropped outside the app.",
        f"Visit {shop['visit_id']} was voided (audit trail) but is no longer marked voided.",
    ]


def test_a_rehashed_history_is_caught_by_the_heads_in_a_backup_name(admin, shop, db_path):
    """The strongest intruder knows the algorithm: they change a row and re-hash every
    link after it, heads included. The chain is then consistent in itself; the heads a
    backup's file name recorded that morning are what no longer match."""
    taken = admin.json("backup", "now")
    assert ".sqlite3" in taken["file"] and "-main." in taken["file"]
    row_id = first_ledger_row(db_path)[0]
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        for name in ("ledger_no_update", "chain_no_update", "chain_heads_forward"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute(f"UPDATE ledger SET delta = 9 WHERE id = {row_id}")
        conn.execute("UPDATE balances SET value = value + 6 WHERE account = 'stamps'")
        prev = pure.GENESIS
        for seq, tbl, rid in conn.execute("SELECT seq, tbl, row_id FROM chain ORDER BY seq"):
            cols = pure.CHAINED[tbl]
            row = conn.execute(
                f"SELECT id, {', '.join(cols)} FROM {tbl} WHERE id = ?", [rid]
            ).fetchone()
            prev = pure.row_hash(prev, tbl, row)
            conn.execute("UPDATE chain SET hash = ? WHERE seq = ?", [bytes.fromhex(prev), seq])
        conn.execute("UPDATE chain_heads SET hash = ?", [bytes.fromhex(prev)])
        conn.execute("DELETE FROM chain_checkpoint")
        for name in ("ledger_no_update", "chain_no_update", "chain_heads_forward"):
            conn.execute(pure_guard(name))
    code, problems = check(admin)
    assert code == 1
    assert problems[0].startswith(f"Backup {taken['file']} recorded link")
    assert "the history was rewritten after that backup" in problems[0]
    # The re-hashed row also no longer explains its lots; nothing else is reported.
    member = shop["member"]["id"]
    assert problems[1:] == [
        f"member {member}, program 1, stamps: balance 11 (owes 0) but its lots hold 5",
        f"ledger row {row_id}: moves 9 but made 3 and took 0 from lots",
    ]


def pure_guard(name: str) -> str:
    from loyalty_pos.store.guards import GUARDS

    return GUARDS[name]


def test_a_rehashed_history_is_caught_by_the_last_checks_checkpoint(admin, shop, db_path):
    """Without a backup to compare with, the quick check at start compares the hash it
    verified last time with the chain."""
    from loyalty_pos.services import Services

    services = Services.open(db_path)
    try:
        assert services.maintenance.check(full=False).ok  # saves the checkpoint
    finally:
        services.close()
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        for name in ("chain_no_update", "chain_heads_forward"):
            conn.execute(f"DROP TRIGGER {name}")
        last = conn.execute("SELECT MAX(seq) FROM chain").fetchone()[0]
        conn.execute("UPDATE chain SET hash = zeroblob(32) WHERE seq = ?", [last])
        conn.execute("UPDATE chain_heads SET hash = zeroblob(32)")
        for name in ("chain_no_update", "chain_heads_forward"):
            conn.execute(pure_guard(name))
    services = Services.open(db_path, backup_dir=db_path.parent / "nowhere")
    try:
        problems = services.maintenance.check(full=False).problems
    finally:
        services.close()
    assert f"Link {last} of till main is not what an earlier check verified" in problems[0]


def test_junk_in_the_chain_tables_is_reported_not_a_crash(admin, shop, db_path):
    """SQLite stores any type in any column: text where a hash or a position belongs."""
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        for name in ("chain_no_update", "chain_heads_forward"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE chain SET hash = 'not a hash', row_id = 'x' WHERE seq = 3")
        conn.execute("UPDATE chain_heads SET hash = 42")
        conn.execute("UPDATE chain_checkpoint SET seq = 'soon'")
    code, problems = check(admin)
    assert code == 1
    assert "Guard trigger chain_no_update is missing: it was dropped outside the app." in problems
    assert any("is in the chain (link 3) but no longer in the file" in p for p in problems)
    assert any(p.startswith("The chain of till main does not end where its head") for p in problems)
