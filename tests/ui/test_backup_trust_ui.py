"""The owner sees the last good backup; the counter warns after 24 hours without one;
closing the window stops a backup in progress and leaves nothing behind."""

from __future__ import annotations

import time
from datetime import timedelta

from PySide6.QtCore import Qt

from loyalty_pos.services import backup_jobs
from loyalty_pos.services.startup import StartupReport
from loyalty_pos.store import backups as store
from loyalty_pos.store import page_pack
from loyalty_pos.ui.startup_jobs import StartupJobs, describe_report
from tests.ui.test_backups_dialog import CTRL, close, open_backups_by_keyboard


def test_the_backups_screen_shows_the_last_good_backup(
    qtbot, window, services, member, cashier, owner_signed_in
):
    dialog = open_backups_by_keyboard(qtbot, window, cashier)
    assert "No checked backup yet" in dialog.good_label.text()
    assert dialog.good_label.property("stale") is True
    qtbot.keyClick(dialog.list, Qt.Key.Key_B, CTRL)  # back up now
    assert "Last good backup:" in dialog.good_label.text()
    assert dialog.good_label.property("stale") is False
    close(qtbot, dialog, window)


def test_the_counter_warns_after_24_hours_without_a_checked_backup():
    failed, text = describe_report(StartupReport(), backup_stale=True)
    assert failed and "No checked backup for more than 24 hours" in text
    assert describe_report(StartupReport(), backup_stale=False) == (False, "")
    failed, text = describe_report(StartupReport(error="OSError: disk full"), True)
    assert failed and "disk full" in text and "24 hours" in text


def test_stale_is_measured_from_the_newest_verified_backup(services, member):
    folder = services.backups.folder
    made = services.backups.back_up_now()
    assert not backup_jobs.stale(folder, made.taken_at + timedelta(hours=23))
    assert backup_jobs.stale(folder, made.taken_at + timedelta(hours=25))


def test_closing_the_window_stops_the_daily_backup_and_leaves_nothing(
    qtbot, services, member, monkeypatch
):
    real = page_pack.write_pack
    started = []

    def slow_pack(source, target, size, count, base, check_cancel, limit=None):
        started.append(True)
        deadline = time.monotonic() + 10
        while not backup_jobs.SHUTDOWN.requested and time.monotonic() < deadline:
            time.sleep(0.01)  # a 4.7 GB file takes a while here
        return real(source, target, size, count, base, check_cancel, limit)

    monkeypatch.setattr(page_pack, "write_pack", slow_pack)
    jobs = StartupJobs(services)
    with qtbot.waitSignal(jobs.finished, timeout=15000) as finished:
        jobs.start()
        qtbot.waitUntil(lambda: bool(started), timeout=10000)
        jobs.stop(10)  # what closeEvent does
    assert "Cancelled" in (finished.args[0].error or "")
    folder = services.backups.folder
    assert [p.name for p in folder.iterdir() if "auto" in p.name] == []  # nothing left
    assert [b for b in store.backup_files(folder) if b.kind == "auto"] == []
    assert not backup_jobs.SHUTDOWN.requested  # the next window backs up again


def test_a_failed_daily_backup_is_tried_again_without_a_restart(
    qtbot, services, member, monkeypatch
):
    real = page_pack.write_pack

    def disk_full(source, target, *args, **kwargs):
        target.write_bytes(b"")  # what a full disk leaves: a 0-byte file
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(page_pack, "write_pack", disk_full)
    monkeypatch.setattr(backup_jobs, "stale", lambda folder, now: not store.backup_files(folder))
    jobs = StartupJobs(services)
    with qtbot.waitSignal(jobs.finished, timeout=15000) as first:
        jobs.start()
    assert "No space left" in (first.args[0].error or "")
    assert jobs.backup_stale and jobs.retry.isActive()  # tried again later, not tomorrow
    assert list(services.backups.folder.iterdir()) == []  # no 0-byte file counted as today's
    monkeypatch.setattr(page_pack, "write_pack", real)  # space freed
    jobs.retry.stop()
    jobs.wait(10)  # the first run's thread has ended (the timer fires 20 minutes later)
    with qtbot.waitSignal(jobs.finished, timeout=15000) as second:
        jobs.retry_backup()
    assert second.args[0].backup is not None and second.args[0].backup.exists()
    assert not jobs.backup_stale and not jobs.retry.isActive()
    jobs.stop(10)
