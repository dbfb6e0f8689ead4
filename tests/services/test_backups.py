"""Listing, taking and restoring backups: exactly the old data comes back, the current
data is saved first, and a file that is not a sound backup of this app is refused with
nothing changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.l10n import message
from loyalty_pos.services import OWNER_STAFF, Services, VisitLine, backup_jobs
from loyalty_pos.store import backup_rotation, database
from loyalty_pos.store import backups as store
from loyalty_pos.store.migrations import MIGRATIONS

TABLES = {
    "members": "id",
    "cards": "code",
    "programs": "id",
    "visits": "id",
    "ledger": "id",
    "balances": "member_id, program_id, account",
    "staff": "id",
    "settings": "key",
}


def dump(services: Services) -> dict[str, list[tuple]]:
    """Every row of the tables a restore must bring back, in a stable order."""
    return {
        table: services.db.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        for table, order in TABLES.items()
    }


def balances(services: Services) -> list[tuple]:
    return services.db.execute(
        "SELECT member_id, program_id, account, SUM(delta) FROM ledger "
        "GROUP BY member_id, program_id, account ORDER BY 1, 2, 3"
    ).fetchall()


def backups_of(services: Services, kind: str) -> list[Path]:
    return [b.path for b in services.backups.list() if b.kind == kind]


@pytest.fixture
def shop(services: Services, coffee, member) -> Services:
    """A shop with two members and three visits on the coffee card."""
    other = services.members.enroll(MemberInput("Ødegård Kari", phone="+47 912 34 567"))
    services.visits.record(member.id, [VisitLine(coffee.id, items=3)], "v1")
    services.visits.record(other.id, [VisitLine(coffee.id, items=2)], "v2")
    services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "v3")
    return services


def change_everything(services: Services, coffee, member) -> None:
    """What happens at the counter after a backup: visits, a void, a new member."""
    services.visits.record(member.id, [VisitLine(coffee.id, items=4)], "later-1")
    services.visits.void(1, "wrong card")
    newcomer = services.members.enroll(MemberInput("Nguyễn Văn Đức"))
    services.visits.record(newcomer.id, [VisitLine(coffee.id, items=2)], "later-2")
    services.programs.add(StampProgram(0, "Cake", 5, "A slice"))


def test_restore_brings_back_exactly_the_old_data(shop, coffee, member):
    before = dump(shop)
    old_balances = balances(shop)
    taken = shop.backups.back_up_now()
    change_everything(shop, coffee, member)
    assert dump(shop) != before

    result = shop.backups.restore(taken.path)

    assert dump(shop) == before
    assert balances(shop) == old_balances
    assert (result.members, result.visits) == (2, 3)
    assert result.problems == () and result.migrated == ()
    assert shop.maintenance.check().ok
    assert shop.members.view(member.id).cards[0].stamps == 4
    assert [h.name for h in shop.members.search("duc")] == []  # the search index too


def test_the_before_restore_backup_undoes_the_restore(shop, coffee, member):
    taken = shop.backups.back_up_now()
    change_everything(shop, coffee, member)
    changed = dump(shop)

    result = shop.backups.restore(taken.path)

    assert backups_of(shop, "before-restore") == [result.saved_as]
    saved = next(b for b in shop.backups.list() if b.path == result.saved_as)
    assert (saved.members, saved.visits) == (3, 5)  # what was replaced
    shop.backups.restore(result.saved_as)
    assert dump(shop) == changed
    assert len(backups_of(shop, "before-restore")) == 2  # undoing saved the restored data


def test_the_app_keeps_its_file_open_and_other_connections_see_the_restore(
    shop, coffee, member, db_path
):
    taken = shop.backups.back_up_now()
    change_everything(shop, coffee, member)
    other = database.connect(db_path)  # the admin command line, or the start-up jobs
    assert other.execute("SELECT COUNT(*) FROM members").fetchone()[0] == 3
    shop.backups.restore(taken.path)
    assert other.execute("SELECT COUNT(*) FROM members").fetchone()[0] == 2
    assert shop.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other.conn.close()


# Refused, nothing changed -----------------------------------------------------------


def refused(services: Services, file: Path | str) -> str:
    """Restore ``file``; assert it is refused, changing nothing; return the message."""
    before = dump(services)
    folder = services.backups.folder
    files_before = sorted(folder.iterdir()) if folder.exists() else None
    with pytest.raises(UserError) as caught:
        services.backups.restore(file)
    assert dump(services) == before
    files_after = sorted(folder.iterdir()) if folder.exists() else None
    assert files_after == files_before  # no copy taken, none left over
    return message(caught.value)


def corrupt_an_index(path: Path) -> None:
    """Overwrite the ledger index's root page: the file opens, the quick check fails."""
    with sqlite3.connect(path) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ledger_member'"
        ).fetchone()[0]
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page
    data[start + 8 : start + page] = b"\xff" * (page - 8)
    path.write_bytes(bytes(data))


def plain_backup(services: Services):
    """An uncompressed backup (as earlier versions wrote them) that a test can tamper
    with in place; ``back_up_now`` now writes compressed files."""
    made = database.snapshot(services.db, services.backups.folder, reason="manual")
    return services.backups.info_of(made)


def test_a_damaged_backup_is_refused(shop):
    taken = plain_backup(shop)
    corrupt_an_index(taken.path)
    text = refused(shop, taken.path)
    assert "is damaged" in text and "Nothing was changed" in text
    assert taken.path.name in text


def test_a_file_that_is_not_sqlite_is_refused(shop, tmp_path):
    notes = tmp_path / "shopping-list.sqlite3"
    notes.write_bytes(b"milk, eggs, flour\n" * 500)
    text = refused(shop, notes)
    assert "not an SQLite database" in text and "Nothing was changed" in text


def test_a_database_of_another_app_is_refused(shop, tmp_path):
    other = tmp_path / "recipes.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO members VALUES (1, 'Not a customer')")
    conn.close()
    assert "not one of Loyalty POS" in refused(shop, other)


def test_a_missing_file_and_the_live_file_are_refused(shop, db_path):
    assert "There is no backup file" in refused(shop, "loyalty-nothing-manual.sqlite3")
    assert "live database" in refused(shop, db_path)


def test_a_backup_from_a_newer_version_is_refused(shop):
    taken = plain_backup(shop)
    with sqlite3.connect(taken.path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('loyalty_pos', 'm999_future', '2030-01-01')"
        )
    conn.close()
    assert "newer version" in refused(shop, taken.path)


def test_a_backup_whose_ledger_does_not_add_up_is_refused(shop, member, coffee):
    taken = plain_backup(shop)
    with sqlite3.connect(taken.path) as conn:
        conn.execute(
            "UPDATE balances SET value = value + 5 WHERE member_id = ? AND program_id = ?",
            [member.id, coffee.id],
        )
    conn.close()
    text = refused(shop, taken.path)
    assert "does not pass the check" in text and "ledger sums to" in text


def test_a_failed_copy_puts_the_current_data_back(shop, coffee, member, monkeypatch):
    taken = shop.backups.back_up_now()
    change_everything(shop, coffee, member)
    current = dump(shop)
    real_copy = store.copy_into

    def copy_then_fail(source, live):
        real_copy(source, live)  # the old data is in ...
        raise sqlite3.OperationalError("disk I/O error")  # ... and then the disk fails

    monkeypatch.setattr(store, "copy_into", copy_then_fail)
    with pytest.raises(UserError, match="as it was before"):
        shop.backups.restore(taken.path)
    assert dump(shop) == current


# Older backups ------------------------------------------------------------------------


def m001_backup(folder: Path) -> Path:
    """A backup made by the first version: schema m001 only, one member with 3 stamps."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "loyalty-20250101-100000-000000-manual.sqlite3"
    old = database.connect(path)
    database.migrate(old, stop_before="m002_checkout")
    old.executescript(
        """
        INSERT INTO members (id, name, marketing_consent, created_at)
            VALUES (1, 'Anna', 0, '2024-12-01T10:00:00.000000Z');
        INSERT INTO programs (id, name, stamps_needed, reward_text, reward_kind, created_at)
            VALUES (1, 'Coffee', 10, 'A coffee', 'free_item', '2024-12-01T10:00:00.000000Z');
        INSERT INTO visits (id, member_id, staff_id, created_at, request_id)
            VALUES (1, 1, 3, '2025-01-01T10:00:00.000000Z', 'r1');
        INSERT INTO ledger (member_id, program_id, visit_id, account, kind, delta, staff_id,
            created_at) VALUES (1, 1, 1, 'stamps', 'earn', 3, 3, '2025-01-01T10:00:00.000000Z');
        INSERT INTO balances VALUES (1, 1, 'stamps', 3);
        """
    )
    old.execute("PRAGMA journal_mode = DELETE")
    old.conn.close()
    return path


def schema(db) -> list[tuple[str, str]]:
    return sorted(
        (r[0], r[1] or "")
        for r in db.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "AND name != '_sqlite_migrations'"
        )
    )


def test_an_older_backup_is_migrated_when_restored(shop, tmp_path):
    path = m001_backup(shop.backups.folder)
    listed = next(b for b in shop.backups.list() if b.path == path)
    assert listed.older and (listed.members, listed.visits) == (1, 1)
    untouched = path.read_bytes()

    result = shop.backups.restore(path)

    later = tuple(m.name for m in MIGRATIONS._migrations if m.name != "m001_initial")
    assert result.migrated == later and "m002_checkout" in later
    assert MIGRATIONS.pending(shop.db) == []
    assert schema(shop.db) == schema(database.open_database(tmp_path / "fresh.sqlite3"))
    assert shop.members.view(1).cards[0].stamps == 3
    assert shop.maintenance.check().ok
    assert path.read_bytes() == untouched  # the backup itself was only read
    shop.visits.record(1, [VisitLine(1, items=2)], "after-restore")  # the counter works
    assert shop.members.view(1).cards[0].stamps == 5


def test_a_backup_with_another_page_size_is_restored(shop, tmp_path):
    shop.backups.folder.mkdir(parents=True, exist_ok=True)
    path = shop.backups.folder / "loyalty-20250101-100000-000000-manual.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA page_size = 1024")
    raw.execute("VACUUM")
    raw.close()
    db = database.connect(path)
    database.migrate(db)
    db.execute("PRAGMA journal_mode = DELETE")
    db.conn.close()
    assert store.read_contents(path).page_size == 1024
    result = shop.backups.restore(path)
    assert (result.members, result.visits) == (0, 0)
    assert shop.maintenance.check().ok


def test_the_person_at_the_till_is_kept_only_if_they_exist_in_the_restored_data(shop):
    taken = shop.backups.back_up_now()
    anna = shop.staff.add("Anna", "cashier")
    shop.staff.switch(anna.id)
    shop.backups.restore(taken.path)
    assert shop.actor.staff_id == OWNER_STAFF  # Anna was hired after the backup
    assert shop.staff.current().name == "Owner"


# Listing and taking -------------------------------------------------------------------


def test_the_list_shows_every_kind_newest_first_read_only(services, member, db_path):
    folder = services.backups.folder
    auto = backup_jobs.daily_backup(services.db, folder)
    manual = services.backups.back_up_now()
    (folder / "loyalty-20200101-000000-000000-manual.sqlite3").write_bytes(b"garbage" * 100)
    (folder / "notes.txt").write_text("not a backup")
    services.db.conn.close()
    pre = database.open_database(db_path, backup_dir=folder)  # nothing pending: no copy
    pre.conn.close()

    listed = Services.open(db_path, backup_dir=folder).backups.list()

    assert [b.path for b in listed][:2] == [manual.path, auto]
    assert [b.kind for b in listed] == ["manual", "auto", "manual"]
    assert [(b.members, b.visits) for b in listed] == [(1, 0), (1, 0), (None, None)]
    assert not listed[-1].usable and all(b.size > 0 for b in listed)
    assert listed[0].taken_at >= listed[1].taken_at > listed[2].taken_at
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert leftovers == []  # reading wrote nothing beside the backups
    with store.plain_file(manual.path) as plain, sqlite3.connect(plain) as conn:
        # a backup is one self-contained file
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_a_pre_migration_copy_is_listed_and_restorable(tmp_path):
    path = tmp_path / "shop.sqlite3"
    old = database.connect(path)
    database.migrate(old, stop_before="m003_owner")
    old.conn.close()
    services = Services.open(path)  # migrates, copying the file first
    copy = [b for b in services.backups.list() if b.kind == "pre-migration"]
    assert len(copy) == 1 and copy[0].older and copy[0].members == 0
    result = services.backups.restore(copy[0].path)
    names = [m.name for m in MIGRATIONS._migrations]
    assert result.migrated == tuple(names[names.index("m003_owner") :])
    services.close()


def test_before_restore_copies_are_rotated(shop):
    taken = shop.backups.back_up_now()
    for _ in range(backup_rotation.BEFORE_RESTORE_KEPT + 2):
        shop.backups.restore(taken.path)
    assert len(backups_of(shop, "before-restore")) == backup_rotation.BEFORE_RESTORE_KEPT
    assert taken.path.exists()  # manual backups are never rotated away


def test_a_file_named_by_the_owner_elsewhere_can_be_restored(shop, tmp_path, coffee, member):
    taken = shop.backups.back_up_now()
    usb = tmp_path / "usb" / "shop-friday.sqlite3"
    usb.parent.mkdir()
    usb.write_bytes(taken.path.read_bytes())
    change_everything(shop, coffee, member)
    result = shop.backups.restore(str(usb))
    assert result.restored.kind == "file" and result.members == 2
    assert shop.backups.resolve(taken.path.name) == taken.path  # a bare name: the folder


def test_a_copy_on_a_usb_stick_restores_on_a_new_computer(shop, coffee, member, tmp_path):
    """The shop's data outlives the computer: a copy saved elsewhere, a new empty shop,
    the copy restored into it, and every member, visit and balance is back."""
    stick = tmp_path / "usb"
    stick.mkdir()
    before = dump(shop)
    copy = shop.backups.copy_to(stick)
    members, visits = shop.backups.current()
    assert copy.path.parent == stick and copy.kind == "manual"
    assert (copy.members, copy.visits) == (members, visits)
    assert all(b.path != copy.path for b in shop.backups.list())  # not in the backups folder

    from loyalty_pos.services import Services

    fresh = Services.open(tmp_path / "new-computer" / "shop.sqlite3", clock=shop.clock)
    try:
        info = fresh.backups.info_of(copy.path)
        assert info.usable and (info.members, info.visits) == (copy.members, copy.visits)
        fresh.backups.restore(copy.path)
        assert dump(fresh) == before
        assert fresh.maintenance.check().ok
    finally:
        fresh.close()


def test_a_copy_to_a_missing_folder_or_an_unknown_file_is_refused(shop, tmp_path):
    with pytest.raises(UserError, match="is not a folder"):
        shop.backups.copy_to(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()
    with pytest.raises(UserError, match="There is no file"):
        shop.backups.info_of(tmp_path / "missing.sqlite3")
