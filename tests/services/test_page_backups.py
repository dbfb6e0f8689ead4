"""Backups as packs of pages (issue finding 10: kept backups no bigger than the shop, a
daily backup that reads the file once): a full pack, then only the pages that changed;
each restores exactly; rotation keeps a base while a kept pack needs it; a pack that
cannot be read back is refused and changes nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest

from loyalty_pos.domain.errors import Refused, UserError
from loyalty_pos.l10n import message
from loyalty_pos.services import Services, VisitLine, backup_jobs
from loyalty_pos.store import backups as store
from loyalty_pos.store import pack_chain, page_backup, page_pack
from tests.services.test_backups import dump

DAY1 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def shop(services: Services, coffee, member) -> Services:
    services.visits.record(member.id, [VisitLine(coffee.id, items=3)], "v1")
    return services


def header(path):
    found = page_pack.read_header(path)
    assert found is not None
    return found


def test_the_second_backup_keeps_only_the_pages_that_changed_and_restores_exactly(
    shop, coffee, member
):
    folder = shop.backups.folder
    first = backup_jobs.daily_backup(shop.db, folder, now=DAY1)
    assert first is not None and header(first).full
    assert page_pack.hashes_path(first).exists()  # what the next one compares with
    for n in range(20):
        shop.visits.record(member.id, [VisitLine(coffee.id, items=1)], f"day2-{n}")
    expected = dump(shop)
    second = backup_jobs.daily_backup(shop.db, folder, now=DAY1 + timedelta(days=1))
    assert second is not None and header(second).base == first.name
    assert second.stat().st_size < first.stat().st_size / 2
    assert store.describe(second).verified and store.base_of(second) == first.name
    shop.members.update_notes(member.id, "after the second backup")
    shop.visits.record(member.id, [VisitLine(coffee.id, items=2)], "later")
    shop.backups.restore(second.name)
    assert dump(shop) == expected


def test_the_pack_holds_the_moment_it_was_checked_even_while_the_till_writes(
    shop, coffee, member, monkeypatch
):
    """Another connection commits and checkpoints while the pages are read: the pack
    still holds the state from before, whole (the file's bytes are frozen)."""
    folder = shop.backups.folder
    expected = dump(shop)
    real = page_pack.write_pack

    def till_writes_meanwhile(*args, **kwargs):
        with sqlite3.connect(shop.path, isolation_level=None) as other:
            other.execute("UPDATE members SET notes = 'written during the backup'")
            _busy, log, done = other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            assert log > 0 and done == 0  # the checkpoint could not write into the file
        other.close()
        return real(*args, **kwargs)

    monkeypatch.setattr(page_pack, "write_pack", till_writes_meanwhile)
    made = backup_jobs.daily_backup(shop.db, folder, now=DAY1)
    monkeypatch.setattr(page_pack, "write_pack", real)
    notes = shop.db.execute("SELECT DISTINCT notes FROM members").fetchall()
    assert notes == [("written during the backup",)]
    shop.backups.restore(made.name)
    assert dump(shop) == expected


def test_a_difference_grown_past_its_share_of_the_base_is_written_full(shop, monkeypatch):
    folder = shop.backups.folder
    backup_jobs.daily_backup(shop.db, folder, now=DAY1)
    monkeypatch.setattr(page_pack, "REBASE_SHARE", 0.0)  # any change is too much
    shop.members.update_notes(1, "changed")
    again = backup_jobs.daily_backup(shop.db, folder, now=DAY1 + timedelta(days=1))
    assert again is not None and header(again).full


def test_a_difference_without_its_base_is_refused_and_changes_nothing(shop):
    folder = shop.backups.folder
    first = backup_jobs.daily_backup(shop.db, folder, now=DAY1)
    shop.members.update_notes(1, "changed")
    second = backup_jobs.daily_backup(shop.db, folder, now=DAY1 + timedelta(days=1))
    first.unlink()  # the owner tidied the folder by hand
    before = dump(shop)
    with pytest.raises(UserError) as caught:
        shop.backups.restore(second.name)
    assert isinstance(caught.value, Refused)  # exit 2 on the command line
    text = message(caught.value)
    assert first.name in text and "Nothing was changed" in text and "\n" not in text
    assert dump(shop) == before


def test_a_damaged_pack_is_refused_and_changes_nothing(shop):
    taken = shop.backups.back_up_now()
    data = bytearray(taken.path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # a bad sector in the middle of the pages
    taken.path.write_bytes(bytes(data))
    before = dump(shop)
    with pytest.raises(UserError) as caught:
        shop.backups.restore(taken.path)
    assert isinstance(caught.value, Refused) and "cannot be read back" in message(caught.value)
    assert dump(shop) == before
    assert not list(shop.backups.folder.glob(".partial-*"))  # the scratch copy is gone


def notes_in(pack) -> str:
    with store.plain_file(pack) as plain, closing(sqlite3.connect(plain)) as copy:
        return copy.execute("SELECT notes FROM members WHERE id = 1").fetchone()[0]


def generation_days(days: int) -> set[int]:
    """The days (from DAY1) whose backup rotation keeps, a backup a day for ``days``
    days: the last 7 days, the newest of the last 4 ISO weeks and of the last 3 months."""
    newest_first = [(DAY1 + timedelta(days=d), d) for d in reversed(range(days))]
    kept = {newest_first[0][1]}
    for key, count in (
        (lambda t: t.date(), 7),
        (lambda t: t.isocalendar()[:2], 4),
        (lambda t: (t.year, t.month), 3),
    ):
        seen: list[object] = []
        for taken, day in newest_first:
            if key(taken) not in seen:
                if len(seen) == count:
                    break
                seen.append(key(taken))
                kept.add(day)
    return kept


def test_120_days_of_rotation_fold_the_chain_and_every_kept_backup_restores_its_day(shop):
    folder = shop.backups.folder
    for day in range(120):
        shop.members.update_notes(1, f"day {day}")
        made = backup_jobs.daily_backup(shop.db, folder, now=DAY1 + timedelta(days=day))
        assert made is not None
    kept = [b for b in store.backup_files(folder) if b.kind == "auto"]
    roots = {pack_chain.chain(b.path)[0][0] for b in kept}  # each chain's full pack
    assert all(root.exists() for root in roots)  # every chain stands on a kept full pack
    by_day = {(b.taken_at - DAY1).days: b.path for b in kept}
    wanted = generation_days(120)
    assert 12 <= len(wanted) <= 7 + 4 + 3
    assert wanted <= by_day.keys()  # every generation of the 7 + 4 + 3 is kept
    beside = {path for day, path in by_day.items() if day not in wanted}
    assert beside <= roots  # beside them, only the full packs a kept difference needs
    for b in kept:  # each one, after all the folding, holds exactly its own day
        day = (b.taken_at - DAY1).days
        assert notes_in(b.path) == f"day {day}"
    hash_lists = list(folder.glob("*.hashes"))
    assert [h.name for h in hash_lists] == [kept[0].path.name + ".hashes"]  # the newest only


def test_a_difference_is_made_against_the_newest_backup(shop):
    folder = shop.backups.folder
    first = backup_jobs.daily_backup(shop.db, folder, now=DAY1)
    shop.members.update_notes(1, "two")
    second = backup_jobs.daily_backup(shop.db, folder, now=DAY1 + timedelta(days=1))
    shop.members.update_notes(1, "three")
    third = backup_jobs.daily_backup(shop.db, folder, now=DAY1 + timedelta(days=2))
    assert header(second).base == first.name and header(third).base == second.name
    assert [p for p, _ in pack_chain.chain(third)] == [first, second, third]
    assert notes_in(third) == "three" and notes_in(second) == "two"


def test_a_check_of_the_live_state_that_fails_keeps_nothing(shop, monkeypatch):
    monkeypatch.setattr(
        page_backup.backup_write, "verify_connection", lambda conn, chains: ["row 3 missing"]
    )
    with pytest.raises(page_backup.CopyDamaged):
        backup_jobs.daily_backup(shop.db, shop.backups.folder, now=DAY1)
    folder = shop.backups.folder
    assert not folder.exists() or [p.name for p in folder.iterdir()] == []
