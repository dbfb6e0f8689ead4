"""Taking backups that can be trusted: the daily one, the owner's, and what is kept.

Separate from ``services/backups.py`` (listing and restoring) because the start-up
jobs reach the daily backup through ``MaintenanceService.daily_backup``, and the restore
uses ``MaintenanceService`` to check a copy: one module for both would be an import
cycle.

A backup counts only once its copy passed the check (``store/backup_write.py``): the
day's automatic backup is "done" only when a verified one of today exists, so a failed
or interrupted one is simply taken again at the next start. It is skipped when the
shop has not changed since the newest verified backup (same chain heads and same
content fingerprint), which makes the daily cost at 1,000,000 members a few reads
instead of a 4.7 GB copy.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from ..domain.chain import heads_text
from ..store import backup_rotation, backup_write, chain
from ..store import backups as store
from ..store.database import snapshot

SHUTDOWN = backup_write.CancelToken()  # set when the app closes: a backup stops cleanly
STALE_AFTER = timedelta(hours=24)  # the counter warns after this long without a good one


def take(
    db: Database,
    folder: Path,
    kind: str,
    *,
    now: datetime | None = None,
    cancel: backup_write.CancelToken = SHUTDOWN,
    mark: str = "",
) -> Path:
    """A verified, compressed backup of ``kind`` in ``folder`` (what the previous run
    left half-written removed first), then the folder rotated. Raises
    ``BackupFailed``/``OSError``/``sqlite3.Error`` and leaves nothing behind."""
    backup_write.clean_partials(folder)
    made = snapshot(db, folder, reason=kind, compress=True, cancel=cancel, now=now)
    try:
        store.write_note(made, db, mark)
    except BaseException:
        store.delete(made)
        raise
    backup_rotation.rotate(folder)
    return made


def last_good(folder: Path | None) -> store.BackupFile | None:
    """The newest backup whose copy passed its check, of any kind."""
    return next((b for b in store.backup_files(folder) if b.verified), None)


def stale(folder: Path | None, now: datetime) -> bool:
    """True when the shop has had no verified backup for ``STALE_AFTER``."""
    good = last_good(folder)
    return good is None or now - good.taken_at > STALE_AFTER


def fingerprint(db: Database) -> str:
    """What changes whenever the shop's content does: the chain heads (every value,
    staff and settings change) and the last row id and row count of every table (members
    and other unchained rows). SQLite counts a table from its
    smallest index: well under a second at 1,000,000 members."""
    parts = [heads_text(chain.heads(db)) if chain.installed(db) else ""]
    for (table,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT IN ('chain_checkpoint') ORDER BY name"
    ).fetchall():
        try:
            row = db.execute(f'SELECT MAX(rowid), COUNT(*) FROM "{table}"').fetchone()
        except sqlite3.OperationalError:  # WITHOUT ROWID (small key tables)
            row = db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()
        parts.append(f"{table}:{tuple(row)}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def daily_backup(
    db: Database,
    folder: Path,
    *,
    now: datetime | None = None,
    cancel: backup_write.CancelToken = SHUTDOWN,
) -> Path | None:
    """Today's automatic backup unless a verified one of today exists or nothing has
    changed since the newest verified one; the path taken, or None."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    backup_write.clean_partials(folder)
    auto = [b for b in store.backup_files(folder) if b.kind == "auto" and b.verified]
    if auto and auto[0].taken_at.date() == now.date():
        return None
    mark = fingerprint(db)
    if auto and store.noted_fingerprint(auto[0].path) == mark:
        backup_rotation.rotate(folder)  # an earlier version's copies still go
        return None
    return take(db, folder, "auto", now=now, cancel=cancel, mark=mark)
