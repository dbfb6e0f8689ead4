"""Run the start-up jobs (check, daily backup, stamp expiry) without freezing the counter.

On a big shop the jobs take longer than the window takes to open; they run on a
thread with a connection of their own (``services.startup``), and the cashier can scan
meanwhile. The report comes back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..services import SYSTEM_STAFF, Services, backup_jobs
from ..services.startup import StartupReport, run_startup_jobs

log = logging.getLogger(__name__)
SHOWN = 3  # problems the banner names
RETRY_MS = 20 * 60 * 1000  # a failed daily backup is tried again this often while stale
NICE = 10  # the worker's priority below the counter's
PAINT_WAIT_MS = 500  # a shown window that is not painted by then (minimised): start anyway


def lower_priority() -> None:
    """Make the calling (worker) thread yield the CPU to the counter.

    Only on Linux, where ``os.nice`` in a thread was measured to change that thread
    alone (``/proc/self/task/TID/stat``: worker 10, GUI thread 0); on macOS and other
    systems nice is process-wide and would slow the counter too, so it is left alone.
    """
    if sys.platform.startswith("linux"):
        try:
            os.nice(NICE)
        except OSError:  # not allowed here: run at normal priority
            log.info("could not lower the start-up jobs' priority")


class _FirstPaint(QObject):
    """Calls ``then`` (on the next turn of the event loop) after ``widget``'s first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # after this frame is on screen
        return False


class StartupJobs(QObject):
    """Starts the jobs once; ``finished`` carries the StartupReport."""

    finished = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.thread: threading.Thread | None = None
        self.backup_stale = False  # no verified backup for 24 h: the counter warns
        self.retry = QTimer(self)  # the daily backup again, while there is no good one
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.retry_backup)
        self.finished.connect(self._maybe_retry)

    def start_after_paint(self, window: QWidget) -> None:
        """Start the jobs once ``window`` has painted its first frame.

        Started with the window, the jobs' thread (its imports, opening a second
        connection, the first checks) took the interpreter's lock while the window was
        still being laid out and painted, so the first frame came later on a big shop
        than on an empty one (issue 16). A window not shown (a test, a script) starts
        them at once; a shown one that is never painted, after ``PAINT_WAIT_MS``.
        """
        if not window.isVisible():
            QTimer.singleShot(0, self.start)
            return
        self._painted_watch = _FirstPaint(window, self.start)
        window.update()  # a window painted already paints again, and then they start
        QTimer.singleShot(PAINT_WAIT_MS, self.start)

    def start(self) -> None:
        if self.thread is not None:
            return
        backup_jobs.SHUTDOWN.reset()  # a window closed earlier in this process asked
        path = self.services.path
        if path is None:
            # Services built over a bare connection (scripts): run here, it is small.
            self.finished.emit(self._run_inline())
            return
        backup_dir = self.services.maintenance.backup_dir
        clock = self.services.clock
        self.thread = threading.Thread(
            target=self._run_thread,
            args=(lambda: run_startup_jobs(path, backup_dir, clock),),
            name="startup-jobs",
            daemon=True,
        )
        self.thread.start()

    def _run_thread(self, job: Callable[[], StartupReport]) -> None:
        lower_priority()  # this thread only; it ends with the jobs
        try:
            report = job()
        except Exception as exc:  # run_startup_jobs never raises; be sure anyway
            log.exception("start-up jobs failed")
            report = StartupReport(error=f"{type(exc).__name__}: {exc}")
        self.backup_stale = self._stale()
        try:
            self.finished.emit(report)
        except RuntimeError:  # the window closed meanwhile; nobody is left to tell
            log.info("start-up jobs finished after the window closed: %s", report)

    def _maybe_retry(self, report: StartupReport) -> None:
        """A failed or stopped daily backup is taken again later, not only at the next
        start: nothing of it was kept, so nothing says "done today"."""
        if self.backup_stale and not report.problems and self.services.path is not None:
            self.retry.start()

    def retry_backup(self) -> None:
        """The daily backup alone, on a worker thread with its own connection."""
        path = self.services.path
        if path is None or (self.thread is not None and self.thread.is_alive()):
            return
        backup_dir = self.services.maintenance.backup_dir
        clock = self.services.clock

        def job() -> StartupReport:
            services = Services.open(
                path, clock=clock, staff_id=SYSTEM_STAFF, backup_dir=backup_dir
            )
            try:
                return StartupReport(backup=services.maintenance.daily_backup())
            finally:
                services.close()

        self.thread = threading.Thread(
            target=self._run_thread, args=(job,), name="backup-retry", daemon=True
        )
        self.thread.start()

    def _stale(self) -> bool:
        """Read on the worker thread (a folder listing), after the day's backup ran."""
        folder = self.services.maintenance.backup_dir
        return folder is not None and backup_jobs.stale(folder, self.services.clock())

    def _run_inline(self) -> StartupReport:
        try:
            backup = self.services.maintenance.daily_backup()
            self.backup_stale = self._stale()
            expired = self.services.visits.expire_all()
            birthday = self.services.coupons.issue_birthday()
            self.services.checkout.review_tiers()  # downgrades happen only here
            self.services.gift_cards.expire_all()
        except Exception as exc:  # no thread: a failure is a report the window shows
            log.exception("start-up jobs failed")
            return StartupReport(error=f"{type(exc).__name__}: {exc}")
        return StartupReport(backup=backup, expired_stamps=expired, birthday_coupons=birthday)

    def wait(self, timeout: float | None = None) -> None:
        """Join the worker (tests and shutdown)."""
        if self.thread is not None:
            self.thread.join(timeout)

    def stop(self, timeout: float) -> None:
        """The window is closing: a backup in progress stops between its steps (its
        check is interrupted, its pages stop every 4,096) and removes its temporary
        files, rather than being killed half-written when the process exits; then join
        the worker."""
        self.retry.stop()
        backup_jobs.SHUTDOWN.request()
        self.wait(timeout)
        if self.thread is None or not self.thread.is_alive():
            backup_jobs.SHUTDOWN.reset()  # finished: later windows (tests) back up again


def describe_report(report: StartupReport, backup_stale: bool = False) -> tuple[bool, str]:
    """(failed, text) for the status bar: failures stay until the owner acts, and so
    does a shop without a verified backup for 24 hours (``backup_stale``)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("StartupJobs", text)

    stale = tr("No checked backup for more than 24 hours. Open Backups (owner) and take one now.")
    if report.error:
        text = tr("Start-up check failed: {error}").format(error=report.error)
        return True, f"{text} {stale}" if backup_stale else text
    if report.problems:
        # The first problems name the row or object; a rewritten history can break many.
        text = tr("The database check found problems: {problems}").format(
            problems="; ".join(report.problems[:SHOWN])
        )
        more = len(report.problems) - SHOWN
        if more > 0:
            text += " " + tr("({n} more: run loyalty-pos admin check.)").format(n=more)
        return True, text
    if backup_stale:
        return True, stale
    notes = []
    if report.backup is not None:
        notes.append(tr("Backup saved."))
    if report.expired_stamps:
        notes.append(
            QCoreApplication.translate(
                "StartupJobs", "%n old stamp(s) expired.", None, report.expired_stamps
            )
        )
    if report.birthday_coupons:
        notes.append(
            QCoreApplication.translate(
                "StartupJobs", "%n birthday coupon(s) issued.", None, report.birthday_coupons
            )
        )
    return False, " ".join(notes)
