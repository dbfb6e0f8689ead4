"""Jobs that run once at start: the start-up check, the daily backup and the daily full
check of it, stamp, point and gift-card expiry, birthday coupons, tier reviews.

They run on a connection of their own so the counter can run them off the UI thread
(WAL lets both connections work), and their CPU does not grow with the shop: the check
reads what changed since its last clean run (``MaintenanceService.check``), the jobs
read through indexes only what is due (m008) and commit in small chunks, so the
counter's writes never wait long for the lock. SQLite's full ``integrity_check`` runs
once a day, on the newest backup copy; ``admin check`` still reads everything.

Damage found by any of these marks the shop read-only (``store/damage.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.clock import Clock, system_clock
from ..store import damage
from ..store.database import StoreError

FULL_CHECK_DAY = "integrity_checked_on"  # setting: the day the daily full check last ran


@dataclass(frozen=True)
class StartupReport:
    """What the start-up jobs found and did."""

    problems: list[str] = field(default_factory=list)
    backup: Path | None = None
    expired_stamps: int = 0
    birthday_coupons: int = 0
    error: str | None = None
    full_checked: Path | None = None  # the backup the daily full check read, if it ran

    @property
    def ok(self) -> bool:
        return not self.problems and self.error is None


def run_startup_jobs(
    db_path: Path, backup_dir: Path | None, clock: Clock = system_clock
) -> StartupReport:
    """The start-up check, then (if sound) the daily backup, its daily full check and
    the expiry jobs.

    Never raises: a failure is reported so the window can tell the owner.
    """
    from . import SYSTEM_STAFF, Services

    try:
        services = Services.open(db_path, clock=clock, staff_id=SYSTEM_STAFF, backup_dir=backup_dir)
    except (StoreError, OSError) as exc:
        return StartupReport(error=str(exc))
    try:
        services.maintenance.path = Path(db_path)
        report = services.maintenance.check(full=False)
        if not report.ok:
            # Don't rotate a sound backup away in favour of a damaged file.
            damage.mark(Path(db_path), report.problems[0], services.db)
            return StartupReport(problems=report.problems)
        marked = damage.why(Path(db_path))
        if marked is not None:  # an earlier check found damage: read-only until cleared
            return StartupReport(problems=[marked])
        backup = services.maintenance.daily_backup()
        checked, problems = daily_full_check(services, Path(db_path))
        if problems:
            return StartupReport(problems=problems, backup=backup, full_checked=checked)
        expired = services.visits.expire_all()
        birthday = services.coupons.issue_birthday()
        services.checkout.review_tiers()  # downgrades happen only here
        services.gift_cards.expire_all()
        return StartupReport(
            backup=backup, expired_stamps=expired, birthday_coupons=birthday, full_checked=checked
        )
    except Exception as exc:
        return StartupReport(error=f"{type(exc).__name__}: {exc}")
    finally:
        services.close()


def daily_full_check(services, db_path: Path) -> tuple[Path | None, list[str]]:
    """Once a day, SQLite's full ``integrity_check`` of the newest backup copy.

    A backup copies the live file's pages as they are, so damage in the live file (an
    index that disagrees with its table, which the start-up check cannot see) is in
    today's copy too; checking the copy costs the same CPU but never holds the live
    file. When the copy is damaged the live file is checked as well: if it is damaged
    too, the shop is marked read-only; if not, only the copy is bad and the owner is
    told which. The day is kept in the setting ``integrity_checked_on``; a day with a
    damaged live file is not recorded (the mark already stops the shop).

    Returns (the copy checked or None, problems).
    """
    today = services.clock().date().isoformat()
    if services.settings.get(FULL_CHECK_DAY) == today:
        return None, []
    newest = services.maintenance.newest_backup()
    if newest is None:
        return None, []
    problems = [f"{newest.name}: {p}" for p in services.maintenance.full_check_file(newest)]
    if problems:
        live = services.maintenance.full_check_file(db_path)
        if live:
            damage.mark(db_path, live[0], services.db)
            return newest, live
    services.settings.set(FULL_CHECK_DAY, today)
    return newest, problems
