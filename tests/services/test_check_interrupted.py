"""A check stopped on purpose is not damage: closing the app while the daily backup's
integrity check runs (150 s at a million members) once marked the shop damaged with the
reason "interrupted", and every later checkout was refused."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from loyalty_pos.services import Services, VisitLine, backup_jobs
from loyalty_pos.store import backup_write, check_notes, damage, page_backup

DAY1 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def shop(services: Services, coffee, member) -> Services:
    services.visits.record(member.id, [VisitLine(coffee.id, items=3)], "v1")
    return services


def test_closing_the_app_during_the_backups_check_cancels_and_marks_nothing(shop, monkeypatch):
    token = backup_write.CancelToken()
    real = backup_write.verify_connection

    def close_during_the_check(conn: sqlite3.Connection, **kwargs):
        calls = []

        def owner_closes_the_window() -> int:
            calls.append(1)
            if len(calls) == 3:
                token.request()  # interrupts the integrity check running on conn
            return 0

        conn.set_progress_handler(owner_closes_the_window, 50)
        try:
            return real(conn, **kwargs)
        finally:
            conn.set_progress_handler(None, 0)

    monkeypatch.setattr(page_backup.backup_write, "verify_connection", close_during_the_check)
    with pytest.raises(backup_write.Cancelled):
        backup_jobs.daily_backup(shop.db, shop.backups.folder, now=DAY1, cancel=token)
    assert damage.why(shop.path) is None  # not marked: the next start backs up again
    assert shop.backups.last_good() is None
    monkeypatch.undo()
    token.reset()
    assert backup_jobs.daily_backup(shop.db, shop.backups.folder, now=DAY1) is not None


def test_an_interrupted_full_check_is_raised_not_reported_as_damage(shop):
    conn = sqlite3.connect(shop.path)
    conn.set_progress_handler(lambda: 1, 10)  # every statement stopped at once
    with pytest.raises(sqlite3.OperationalError) as stopped:
        conn.execute("PRAGMA integrity_check").fetchall()
    conn.close()
    assert damage.not_damage(stopped.value)
    with pytest.raises(sqlite3.OperationalError):
        backup_write.verify_connection(_stopping(shop.path))
    assert check_notes.full_file_problems(shop.path) == []  # the same file, not stopped


def test_malformed_is_still_damage():
    exc = sqlite3.DatabaseError("database disk image is malformed")
    exc.sqlite_errorcode = sqlite3.SQLITE_CORRUPT  # type: ignore[attr-defined]
    assert not damage.not_damage(exc)
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    assert damage.not_damage(busy)


def _stopping(path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.set_progress_handler(lambda: 1, 10)
    return conn
