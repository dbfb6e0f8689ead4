"""Jobs that run once at start: integrity check, daily backup, stamp expiry, birthday
coupons.

They run on a connection of their own so the counter can run them off the UI thread:
on a shop with 100,000 members the checks take longer than the window takes to open,
and the cashier can already scan meanwhile (WAL lets both connections work).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.clock import Clock, system_clock
from ..store.database import StoreError


@dataclass(frozen=True)
class StartupReport:
    """What the start-up jobs found and did."""

    problems: list[str] = field(default_factory=list)
    backup: Path | None = None
    expired_stamps: int = 0
    birthday_coupons: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.error is None


def run_startup_jobs(
    db_path: Path, backup_dir: Path | None, clock: Clock = system_clock
) -> StartupReport:
    """Quick integrity check, then (if sound) the daily backup and the expiry job.

    Never raises: a failure is reported so the window can tell the owner.
    """
    from . import SYSTEM_STAFF, Services

    try:
        services = Services.open(db_path, clock=clock, staff_id=SYSTEM_STAFF, backup_dir=backup_dir)
    except (StoreError, OSError) as exc:
        return StartupReport(error=str(exc))
    try:
        report = services.maintenance.check(full=False)
        if not report.ok:
            # Don't rotate a sound backup away in favour of a damaged file.
            return StartupReport(problems=report.problems)
        backup = services.maintenance.daily_backup()
        expired = services.visits.expire_all()
        birthday = services.coupons.issue_birthday()
        services.checkout.review_tiers()  # downgrades happen only here
        services.gift_cards.expire_all()
        return StartupReport(backup=backup, expired_stamps=expired, birthday_coupons=birthday)
    except Exception as exc:
        return StartupReport(error=f"{type(exc).__name__}: {exc}")
    finally:
        services.close()
