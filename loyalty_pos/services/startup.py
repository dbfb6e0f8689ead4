"""Jobs that run once at start: the start-up check, the daily backup and the daily full
check of it, stamp, point and gift-card expiry, birthday coupons, tier reviews.

They run on a connection of their own so the counter can run them off the UI thread
(WAL lets both connections work), and their CPU does not grow with the shop: the check
reads what changed since its last clean run (``MaintenanceService.check``), the jobs
read through indexes only what is due (m008) and commit in small chunks, so the
counter's writes never wait long for the lock. SQLite's full ``integrity_check`` runs
once a day, on the state the day's backup keeps; ``admin check`` still reads everything.

Damage found by any of these marks the shop read-only (``store/damage.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.clock import Clock, system_clock
from ..store import damage
from ..store.database import StoreError
from ..store.dialect import is_url
from ..store.page_backup import CopyDamaged

if TYPE_CHECKING:
    from . import Services

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


def _server_jobs(services: Services) -> StartupReport:
    """The start-up on a server: the check of what changed, then the expiry jobs. Every
    till runs them; they are idempotent and one write transaction at a time, so the
    second till finds nothing left to do."""
    report = services.maintenance.check(full=False)
    if not report.ok:
        return StartupReport(problems=report.problems)
    expired = services.visits.expire_all()
    birthday = services.coupons.issue_birthday()
    services.checkout.review_tiers()
    services.gift_cards.expire_all()
    return StartupReport(expired_stamps=expired, birthday_coupons=birthday)


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
        if is_url(db_path):  # a server keeps its own pages; backups are pg_dump's
            return _server_jobs(services)
        services.maintenance.path = Path(db_path)
        report = services.maintenance.check(full=False)
        if not report.ok:
            # Don't rotate a sound backup away in favour of a damaged file.
            damage.mark(Path(db_path), report.problems[0], services.db)
            return StartupReport(problems=report.problems)
        marked = damage.why(Path(db_path))
        if marked is not None:  # an earlier check found damage: read-only until cleared
            return StartupReport(problems=[marked])
        try:
            backup = services.maintenance.daily_backup()
        except CopyDamaged as exc:  # the check of the state it would keep found damage
            damage.mark(Path(db_path), exc.problems[0], services.db)
            return StartupReport(problems=exc.problems, full_checked=Path(db_path))
        if backup is not None:  # its check was SQLite's full integrity check of the file
            services.settings.set(FULL_CHECK_DAY, services.clock().date().isoformat())
        checked, problems = daily_full_check(services, Path(db_path))
        if problems:
            return StartupReport(problems=problems, full_checked=checked)
        checked = checked or backup
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
    """Once a day, SQLite's full ``integrity_check`` of the live file.

    Damage the start-up check cannot see (an index that disagrees with its table) is
    found here. The day's backup already ran it on the very state it keeps (a pack of
    the file's pages carries such damage, so it is checked before it is written, see
    ``store/page_backup.py``) and recorded the day; this runs only on a day with no
    backup (nothing changed since the newest one). It is a read: under WAL the till
    keeps writing while it runs on the start-up jobs' low-priority thread. Damage marks
    the shop read-only. The day is kept in the setting ``integrity_checked_on``; a day
    with damage is not recorded (the mark already stops the shop).

    Returns (the file checked or None, problems).
    """
    today = services.clock().date().isoformat()
    if services.settings.get(FULL_CHECK_DAY) == today:
        return None, []
    problems = services.maintenance.full_check_file(db_path)
    if problems:
        damage.mark(db_path, problems[0], services.db)
        return db_path, problems
    services.settings.set(FULL_CHECK_DAY, today)
    return db_path, []
