import sqlite3
from contextlib import closing

import pytest

from loyalty_pos.store import database
from loyalty_pos.store.backups import plain_file
from loyalty_pos.store.database import StoreError, connect, open_database, write_transaction
from loyalty_pos.store.migrations import MIGRATIONS


def schema(db) -> list[tuple[str, str]]:
    return sorted(
        (r[0], r[1] or "")
        for r in db.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "AND name != '_sqlite_migrations'"
        )
    )


def test_migrates_from_empty(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    assert {"members", "cards", "programs", "visits", "ledger", "balances"} <= set(db.table_names())
    assert MIGRATIONS.pending(db) == []


@pytest.mark.parametrize("stop", [m.name for m in MIGRATIONS._migrations])
def test_migrates_from_each_earlier_version(tmp_path, stop):
    """A file left at any earlier version reaches the same schema as a new one."""
    fresh = open_database(tmp_path / "fresh.sqlite3")
    old = connect(tmp_path / "old.sqlite3")
    database.migrate(old, stop_before=stop)
    old.conn.close()
    upgraded = open_database(tmp_path / "old.sqlite3")
    assert schema(upgraded) == schema(fresh)


def test_copy_taken_before_migrating_an_existing_file(tmp_path):
    path = tmp_path / "shop.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE keepsake (x)")
    raw.execute("INSERT INTO keepsake VALUES (42)")
    raw.commit()
    raw.close()
    open_database(path, backup_dir=tmp_path / "bk")
    copies = list((tmp_path / "bk").glob("*pre-migration.sqlite3.pack"))
    assert len(copies) == 1  # a pack of pages, like every backup in the folder
    with plain_file(copies[0]) as plain, closing(sqlite3.connect(plain)) as copy:
        assert copy.execute("SELECT x FROM keepsake").fetchone() == (42,)


def test_no_copy_for_a_new_file_or_when_up_to_date(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_database(path, backup_dir=tmp_path / "bk").conn.close()
    open_database(path, backup_dir=tmp_path / "bk").conn.close()
    assert not (tmp_path / "bk").exists()


def test_pragmas_for_durability(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a shopping list, not a database" * 100)
    with pytest.raises(StoreError):
        open_database(path)


def test_ledger_rows_cannot_be_changed_or_deleted(services, member, coffee):
    from loyalty_pos.services import VisitLine

    services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "r")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        services.db.execute("UPDATE ledger SET delta = 100")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        services.db.execute("DELETE FROM ledger")


def test_balances_refuse_negative_values(services, member, coffee):
    with pytest.raises(sqlite3.IntegrityError):
        services.db.execute(
            "INSERT INTO balances (member_id, program_id, account, value) "
            "VALUES (?, ?, 'stamps', -1)",
            [member.id, coffee.id],
        )


def test_write_transaction_rolls_back_and_nests(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    with pytest.raises(RuntimeError), write_transaction(db):
        db.execute("INSERT INTO settings VALUES ('a', '1')")
        raise RuntimeError
    assert db.execute("SELECT COUNT(*) FROM settings WHERE key='a'").fetchone()[0] == 0
    with write_transaction(db):
        db.execute("INSERT INTO settings VALUES ('b', '1')")
        with pytest.raises(RuntimeError), write_transaction(db):
            db.execute("INSERT INTO settings VALUES ('c', '1')")
            raise RuntimeError
    keys = {r[0] for r in db.execute("SELECT key FROM settings")}
    assert "b" in keys and "c" not in keys


def test_a_second_connection_waits_for_the_writer(tmp_path):
    path = tmp_path / "a.sqlite3"
    a = open_database(path)
    b = connect(path)
    a.conn.execute("BEGIN IMMEDIATE")
    b.conn.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        b.conn.execute("BEGIN IMMEDIATE")
    a.conn.execute("COMMIT")
    b.conn.execute("BEGIN IMMEDIATE")
    b.conn.execute("COMMIT")


def test_m002_keeps_the_counter_history(tmp_path):
    """A shop that ran the counter keeps its members, visits and ledger through m002."""
    from loyalty_pos.services import Services
    from loyalty_pos.services.visits import VisitLine

    path = tmp_path / "shop.sqlite3"
    old = connect(path)
    database.migrate(old, stop_before="m002_checkout")
    old.conn.close()
    # Write history with the m001 schema by hand, the way the counter did.
    raw = sqlite3.connect(path)
    raw.executescript(
        """
        INSERT INTO members (id, name, marketing_consent, created_at)
            VALUES (1, 'Anna', 0, '2025-12-01T10:00:00.000000Z');
        INSERT INTO programs (id, name, stamps_needed, reward_text, reward_kind, created_at)
            VALUES (1, 'Coffee', 10, 'A coffee', 'free_item', '2025-12-01T10:00:00.000000Z');
        INSERT INTO visits (id, member_id, staff_id, created_at, request_id)
            VALUES (1, 1, 3, '2026-01-01T10:00:00.000000Z', 'r1');
        INSERT INTO ledger (member_id, program_id, visit_id, account, kind, delta, staff_id,
            created_at) VALUES (1, 1, 1, 'stamps', 'earn', 3, 3, '2026-01-01T10:00:00.000000Z');
        INSERT INTO balances VALUES (1, 1, 'stamps', 3);
        """
    )
    raw.commit()
    raw.close()
    services = Services.open(path)
    assert services.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert services.db.execute("PRAGMA foreign_key_check").fetchall() == []
    visit = services.db.execute("SELECT member_id, amount, charged, status FROM visits").fetchall()
    assert visit == [(1, 0, 0, "confirmed")]
    result = services.visits.record(1, [VisitLine(1, items=2)], "r2")
    assert result.member.cards[0].stamps == 5
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        services.db.execute("DELETE FROM ledger")
