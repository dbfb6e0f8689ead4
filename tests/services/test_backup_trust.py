"""Backups that can be trusted (issue findings 3, 4, 5, 10): a file with a backup's
name is always a checked one; failures leave nothing; rotation keeps generations;
restore refuses what would weaken the shop."""

from __future__ import annotations

import errno
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from loyalty_pos.domain.errors import Refused, UserError
from loyalty_pos.l10n import message
from loyalty_pos.services import Services, VisitLine, backup_jobs
from loyalty_pos.store import (
    backup_rotation,
    backup_write,
    damage,
    database,
    pack_chain,
    page_backup,
    page_pack,
)
from loyalty_pos.store import backups as store
from loyalty_pos.store.guards import GUARDS
from tests.services.test_backups import corrupt_an_index, dump

DAY1 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def shop(services: Services, coffee, member) -> Services:
    services.visits.record(member.id, [VisitLine(coffee.id, items=3)], "v1")
    return services


def folder_names(services: Services) -> list[str]:
    folder = services.backups.folder
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_shop_with_a_damaged_index_is_not_backed_up_and_the_good_one_stays(shop):
    good = backup_jobs.daily_backup(shop.db, shop.backups.folder, now=DAY1)
    assert good is not None and store.describe(good).verified
    shop.members.update_notes(1, "changed")  # so the day's backup is not skipped
    shop.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corrupt_an_index(shop.path)  # a bad disk: the quick check at start would miss it
    before = folder_names(shop)
    with pytest.raises(page_backup.CopyDamaged):  # the state it would keep is checked
        backup_jobs.daily_backup(shop.db, shop.backups.folder, now=DAY1 + timedelta(days=1))
    assert folder_names(shop) == before  # nothing taken, nothing rotated away
    assert shop.backups.last_good().path == good


def test_a_damaged_backup_is_refused_and_changes_nothing(shop, tmp_path):
    made = database.snapshot(shop.db, tmp_path / "elsewhere", reason="manual")
    corrupt_an_index(made)
    before, names = dump(shop), folder_names(shop)
    with pytest.raises(UserError) as caught:
        shop.backups.restore(made)
    assert isinstance(caught.value, Refused)  # exit 2 on the command line
    assert "is damaged" in message(caught.value) and made.name in message(caught.value)
    assert dump(shop) == before and folder_names(shop) == names


def test_a_backup_without_its_guard_triggers_is_refused(shop, tmp_path):
    made = database.snapshot(shop.db, tmp_path / "elsewhere", reason="manual")
    with sqlite3.connect(made) as conn:
        for name in ("ledger_no_update", "ledger_no_delete", "ledger_no_replace"):
            conn.execute(f"DROP TRIGGER {name}")
    conn.close()
    with pytest.raises(UserError) as caught:
        shop.backups.restore(made)
    assert isinstance(caught.value, Refused) and "ledger_no_" in message(caught.value)
    triggers = {
        r[0] for r in shop.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    assert set(GUARDS) <= triggers  # the live shop kept every guard


def _fail_after(real, failure):
    def fill_the_disk(*args, **kwargs):
        real(*args, **kwargs)  # the file is (partly) written, then the disk is full
        raise failure

    return fill_the_disk


@pytest.mark.parametrize(
    "failure",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        sqlite3.OperationalError("database or disk is full"),
    ],
)
@pytest.mark.parametrize("step", ["write_pack", "write_hashes"])
def test_a_full_disk_leaves_no_file(shop, monkeypatch, failure, step):
    real = getattr(page_pack, step)
    monkeypatch.setattr(page_pack, step, _fail_after(real, failure))
    with pytest.raises(UserError):
        shop.backups.back_up_now()
    with pytest.raises(type(failure)):
        backup_jobs.daily_backup(shop.db, shop.backups.folder, now=DAY1)
    assert folder_names(shop) == []  # no 0-byte file, nothing half-written
    monkeypatch.setattr(page_pack, step, real)
    assert backup_jobs.daily_backup(shop.db, shop.backups.folder, now=DAY1) is not None


def test_a_backup_stopped_half_way_leaves_nothing(shop, monkeypatch):
    token = backup_write.CancelToken()
    real = page_pack.write_pack

    def close_the_app(*args, **kwargs):
        token.request()  # the owner closes the window during the copy
        return real(*args, **kwargs)

    monkeypatch.setattr(page_pack, "write_pack", close_the_app)
    with pytest.raises(backup_write.Cancelled):
        backup_jobs.daily_backup(shop.db, shop.backups.folder, now=DAY1, cancel=token)
    assert folder_names(shop) == []
    assert shop.backups.last_good() is None and shop.backups.stale(DAY1)


def test_what_a_power_cut_left_is_removed_and_never_counted(shop):
    folder = shop.backups.folder
    folder.mkdir(parents=True, exist_ok=True)
    leftover = folder / ".partial-loyalty-20260301-070000-000000-auto.sqlite3.xz"
    leftover.write_bytes(b"\xfd7zXZ\x00half")
    assert shop.backups.list() == []  # never listed, never counted
    made = backup_jobs.daily_backup(shop.db, folder, now=DAY1)
    assert made is not None and not leftover.exists()
    assert backup_jobs.daily_backup(shop.db, folder, now=DAY1 + timedelta(hours=2)) is None


def test_an_unchanged_shop_is_not_copied_again(shop):
    folder = shop.backups.folder
    first = backup_jobs.daily_backup(shop.db, folder, now=DAY1)
    assert backup_jobs.daily_backup(shop.db, folder, now=DAY1 + timedelta(days=1)) is None
    shop.members.update_notes(1, "Likes oat milk")
    second = backup_jobs.daily_backup(shop.db, folder, now=DAY1 + timedelta(days=2))
    assert second is not None and second != first
    assert not shop.backups.stale(DAY1 + timedelta(days=2, hours=23))
    assert shop.backups.stale(DAY1 + timedelta(days=3, hours=1))


def fake_backup(folder: Path, at: datetime, kind: str = "auto", verified: bool = True) -> Path:
    name = f"loyalty-{at.strftime('%Y%m%d-%H%M%S-%f')}-{kind}.sqlite3"
    path = folder / (name + (".xz" if verified else ""))
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_7_daily_4_weekly_3_monthly_over_120_days(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    legacy = fake_backup(folder, DAY1 - timedelta(days=1), verified=False)
    for n in range(2):
        fake_backup(folder, DAY1 - timedelta(days=5, hours=n), "pre-migration", verified=False)
    fake_backup(folder, DAY1 - timedelta(days=9), "pre-migration", verified=False)
    manual = fake_backup(folder, DAY1 - timedelta(days=300), "manual")
    for day in range(120):
        fake_backup(folder, DAY1 + timedelta(days=day))
        backup_rotation.rotate(folder)
    kept = store.backup_files(folder)
    auto = [b.taken_at.date() for b in kept if b.kind == "auto"]
    last = (DAY1 + timedelta(days=119)).date()
    assert auto[:7] == [last - timedelta(days=n) for n in range(7)]  # the newest 7 days
    weeks = {d.isocalendar()[:2] for d in auto}
    months = {(d.year, d.month) for d in auto}
    assert len(weeks) >= 4 and len(months) == 3
    assert len(auto) <= 7 + 4 + 3
    assert not legacy.exists()  # unverified: removed once verified ones exist
    assert len([b for b in kept if b.kind == "pre-migration"]) == backup_rotation.PRE_MIGRATION_KEPT
    assert manual.exists()


def test_rotation_never_removes_the_newest_verified_backup(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    good = fake_backup(folder, DAY1)
    for day in range(1, 10):
        fake_backup(folder, DAY1 + timedelta(days=day), verified=False)
    backup_rotation.rotate(folder)
    assert good.exists()
    assert [b.path for b in store.backup_files(folder)] == [good]


def test_a_compressed_backup_restores_exactly(shop, coffee, member):
    taken = shop.backups.back_up_now()
    assert taken.verified and taken.path.name.endswith(".sqlite3.pack")
    with store.plain_file(taken.path) as plain, closing(sqlite3.connect(plain)) as copy:
        assert taken.size * 3 < plain.stat().st_size  # compressed
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
    expected = dump(shop)
    shop.visits.record(member.id, [VisitLine(coffee.id, items=2)], "later")
    shop.members.update_notes(member.id, "changed")
    shop.backups.restore(taken.path.name)
    assert dump(shop) == expected
    assert store.schema_names(shop.db)["index"] == store.reference_schema()["index"]


def test_a_restore_clears_the_damage_mark(shop):
    taken = shop.backups.back_up_now()
    damage.mark(shop.path, "an index is damaged", shop.db)
    shop.backups.restore(taken.path)
    assert damage.why(shop.path) is None
    shop.members.update_notes(1, "writes work again")


def test_a_restores_staging_folder_left_by_a_power_cut_is_removed(shop):
    folder = shop.backups.folder
    stale = folder / ".restoring-abc123"
    stale.mkdir(parents=True)
    (stale / "staged.sqlite3").write_bytes(b"half a file")
    backup_jobs.daily_backup(shop.db, folder, now=DAY1)
    assert not stale.exists()


def test_a_compressed_backup_on_a_stick_is_unpacked_on_the_shops_disk(
    shop, tmp_path, member, monkeypatch
):
    taken = shop.backups.back_up_now()
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = stick / "friday.backup"  # renamed by the owner: recognised by its content
    copy.write_bytes(taken.path.read_bytes())
    unpacked_in = []
    real = pack_chain.unpack

    def note_where(source, target, folder=None):
        unpacked_in.append(target.parent)
        return real(source, target, folder)

    monkeypatch.setattr(pack_chain, "unpack", note_where)
    shop.members.update_notes(member.id, "after the backup")
    shop.backups.restore(copy)
    assert shop.members.view(member.id).notes != "after the backup"
    assert unpacked_in == [shop.backups.folder]  # not on the (maybe read-only) stick
    assert sorted(p.name for p in stick.iterdir()) == ["friday.backup"]


def test_a_backup_with_a_trigger_of_its_own_is_refused_an_extra_index_is_not(shop, tmp_path):
    made = database.snapshot(shop.db, tmp_path / "elsewhere", reason="manual")
    with sqlite3.connect(made) as conn:
        conn.execute(
            "CREATE TRIGGER sneaky AFTER INSERT ON ledger "
            "BEGIN UPDATE balances SET value = value + 100; END"
        )
    conn.close()
    with pytest.raises(UserError) as caught:
        shop.backups.restore(made)
    assert isinstance(caught.value, Refused) and "sneaky" in message(caught.value)
    indexed = database.snapshot(shop.db, tmp_path / "elsewhere", reason="manual")
    with sqlite3.connect(indexed) as conn:
        conn.execute("CREATE INDEX support_made ON members (name)")
    conn.close()
    assert shop.backups.restore(indexed).problems == ()
