"""Backups the owner can see, take and restore, without IT staff.

Restoring is the one operation that replaces everything at once, so it is careful:

1. The chosen file is read, never written (a compressed one is unpacked into the backup
   folder first): it must be an SQLite database of this app, pass SQLite's full
   integrity check (the quick check misses a damaged index) and not come from a newer
   version. Otherwise it is refused with a plain message and nothing changes.
2. A copy of it is made beside the backups (its indexes rebuilt if it is compressed),
   migrated (an older backup may predate later migrations), compared with the schema
   this version makes (no table, index, guard trigger or migration missing, no trigger
   of its own) and put through the ledger and chain check. A copy that fails is refused
   too, so the shop never ends up with data it cannot use or without its guards.
3. The current data is saved as a backup of kind ``before-restore``: restoring that one
   undoes the restore.
4. SQLite's online backup API copies the checked copy into the live file, in place, while
   the app keeps it open. Then the migrations run on the live file and it is checked
   again. If the copy fails half-way, the saved current data is put back. A successful
   restore clears the damage mark (``store/damage.py``): the damaged data is gone.

Taking backups (verified, compressed, rotated) is ``services/backup_jobs.py``.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.clock import to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..store import backup_rotation, chain, damage
from ..store import backups as store
from ..store.audit import AuditStore
from ..store.backup_write import BackupFailed, Cancelled
from ..store.database import migrate, snapshot, write_transaction
from ..store.migrations import MIGRATIONS
from ..store.page_pack import PackError
from . import backup_jobs
from .actor import Actor
from .maintenance import MaintenanceService

KINDS = ("auto", "pre-migration", "manual", "before-restore")


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the owner's screen and ``admin backup list`` show it."""

    path: Path
    taken_at: datetime  # UTC
    kind: str  # one of KINDS (another word for a file named by hand)
    size: int  # bytes
    members: int | None  # None: the file cannot be read as this app's database
    visits: int | None
    older: bool = False  # made by an earlier version: restoring it updates it
    verified: bool = False  # its copy passed the check before it was given its name

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def usable(self) -> bool:
        return self.members is not None


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    restored: BackupInfo
    saved_as: Path  # the before-restore backup of the data that was replaced
    migrated: tuple[str, ...]  # migrations applied to bring the backup up to date
    members: int
    visits: int
    problems: tuple[str, ...] = ()  # the check after the restore (empty: all sound)


class BadBackup(Refused):
    """The chosen file cannot be restored; nothing was changed."""


class BackupService:
    """List, take and restore backups of the database at ``path``."""

    def __init__(self, db: Database, path: Path | None, folder: Path | None, actor: Actor) -> None:
        self.db = db
        self.path = path
        self.folder = folder
        self.actor = actor

    # Reading ------------------------------------------------------------------------

    def list(self) -> list[BackupInfo]:
        """Every backup in the folder, newest first, with what it holds."""
        return [self._info(f) for f in store.backup_files(self.folder)]

    def current(self) -> tuple[int, int]:
        """Members and visits in the live data, to compare with a backup's."""
        return store.counts(self.db)

    def resolve(self, file: str | Path) -> Path:
        """A path as given, or the name of a file in the backup folder."""
        path = Path(file).expanduser()
        if not path.exists() and self.folder is not None and path.name == str(file):
            in_folder = self.folder / path.name
            if in_folder.exists():
                return in_folder
        return path

    # Taking -------------------------------------------------------------------------

    def back_up_now(self) -> BackupInfo:
        """A manual backup of the current data, verified and compressed; manual backups
        are never rotated away. A failure (a full disk, a damaged file) is refused with
        its reason and leaves no file behind."""
        folder = self._folder()
        try:
            made = backup_jobs.take(self.db, folder, "manual", cancel=backup_jobs.SHUTDOWN)
        except Cancelled:
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "The backup was stopped. Nothing was saved.")
            ) from None
        except BackupFailed as exc:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "The backup was not saved: its copy does not pass the check "
                    "({problem}). The older backups are kept.",
                ),
                problem=_first_problem(exc.problems),
            ) from None
        except (sqlite3.Error, OSError) as err:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    ERRORS, "The backup could not be saved ({error}). Nothing was left behind."
                ),
                error=str(err),
            ) from None
        return self._info(store.describe(made))

    def last_good(self) -> BackupInfo | None:
        """The newest backup that passed its check (the owner's "last good backup")."""
        good = backup_jobs.last_good(self.folder)
        return None if good is None else self._info(good)

    def stale(self, now: datetime) -> bool:
        """No verified backup for 24 hours: the counter warns the owner."""
        return backup_jobs.stale(self.folder, now)

    def copy_to(self, folder: str | Path) -> BackupInfo:
        """A copy of the current data into ``folder`` (a USB stick, a shared drive), so
        the shop survives the loss of this computer. One self-contained file; the
        backups folder and its rotation are not touched."""
        target = Path(folder).expanduser()
        if not target.is_dir():
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "{folder} is not a folder. Nothing was saved."),
                folder=str(target),
            )
        try:
            made = snapshot(self.db, target, reason="manual")
        except (sqlite3.Error, OSError, BackupFailed) as err:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Could not save a copy in {folder}: {error}"),
                folder=str(target),
                error=str(err),
            ) from None
        return self._info(store.describe(made))

    def info_of(self, file: str | Path) -> BackupInfo:
        """What a file picked by hand holds, as the list shows it (not checked yet: the
        restore checks it). NotFound when there is no such file."""
        path = self.resolve(file)
        if not path.is_file():
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "There is no file {file}. Nothing was changed."),
                file=str(path),
            )
        return self._info(store.describe(path))

    # Restoring ----------------------------------------------------------------------

    def restore(self, file: str | Path) -> RestoreResult:
        """Replace the current data with the backup's (see the module's docstring).

        Raises ``UserError`` (and changes nothing) for a file that cannot be restored.
        """
        path = self.resolve(file)
        if not path.is_file():
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "There is no backup file {file}."), file=path.name
            )
        chosen = store.describe(path)  # before rotation may remove an old before-restore
        try:
            with store.plain_file(path, self.folder) as plain:
                contents = self._check_file(path, plain)
                folder = self._folder()
                migrated, saved = self._stage_and_copy(path, plain, folder)
        except PackError as exc:  # a difference without its base, a damaged pack
            raise BadBackup(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "{file} cannot be read back ({problem}), so it was not restored. "
                    "Nothing was changed.",
                ),
                file=path.name,
                problem=str(exc),
            ) from None
        damage.clear(self.path, self.db)  # the data that was damaged is gone
        backup_rotation.rotate(folder)
        migrate(self.db)  # a no-op for the checked copy; keeps the live file current
        chain.clear_pending(self.db)  # notes of rows in the data that was replaced
        self._keep_actor()
        self._record_restore(chosen)
        after = MaintenanceService(self.db, None).check(full=False).problems
        members, visits = store.counts(self.db)
        info = BackupInfo(
            path,
            chosen.taken_at,
            chosen.kind,
            chosen.size,
            contents.members,
            contents.visits,
            bool(migrated),
        )
        return RestoreResult(info, saved, migrated, members, visits, tuple(after))

    # Helpers ------------------------------------------------------------------------

    def _folder(self) -> Path:
        if self.folder is None:
            raise Refused(QT_TRANSLATE_NOOP(ERRORS, "This database has no backup folder."))
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder

    def _info(self, f: store.BackupFile) -> BackupInfo:
        try:
            contents = store.read_contents(f.path)
        except (sqlite3.Error, OSError):
            contents = store.Contents(False, ())
        if not contents.is_app:
            return BackupInfo(f.path, f.taken_at, f.kind, f.size, None, None)
        older = bool(set(store.known_migrations()) - set(contents.migrations))
        return BackupInfo(
            f.path,
            f.taken_at,
            f.kind,
            f.size,
            contents.members,
            contents.visits,
            older,
            f.verified,
        )

    def _check_file(self, path: Path, plain: Path) -> store.Contents:
        """Step 1: refuse, changing nothing, a file that is not a sound backup of this
        app (``plain``: the file itself, or a compressed backup unpacked)."""
        name = path.name
        if self.path is not None and self.path.exists() and path.samefile(self.path):
            raise BadBackup(
                QT_TRANSLATE_NOOP(
                    ERRORS, "{file} is the shop's live database, not a backup of it."
                ),
                file=name,
            )
        try:
            broken = store.integrity_check_file(plain)  # first: damage can break reads
            contents = store.read_contents(plain) if not broken else store.Contents(True, ())
        except (sqlite3.Error, OSError):
            raise BadBackup(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "{file} is not an SQLite database (or is too damaged to open), so it "
                    "cannot be restored. Nothing was changed.",
                ),
                file=name,
            ) from None
        if not contents.is_app:
            raise BadBackup(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "{file} is a database, but not one of Loyalty POS, so it cannot be "
                    "restored. Nothing was changed.",
                ),
                file=name,
            )
        if broken:
            raise BadBackup(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "{file} is damaged (SQLite's check says: {problem}), so it cannot be "
                    "restored. Nothing was changed.",
                ),
                file=name,
                problem=_first_problem(broken),
            )
        if set(contents.migrations) - set(store.known_migrations()):
            raise BadBackup(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "{file} was made by a newer version of Loyalty POS. Update the app, "
                    "then restore it. Nothing was changed.",
                ),
                file=name,
            )
        return contents

    def _stage_and_copy(
        self, path: Path, plain: Path, folder: Path
    ) -> tuple[tuple[str, ...], Path]:
        """Steps 2 to 4 on a copy in a scratch folder beside the backups (same disk);
        returns the migrations applied and the before-restore backup.

        The migrated copy must have exactly the schema this version makes (tables,
        indexes, guard triggers, migrations): a backup whose guards were dropped would
        otherwise take the ledger's protection away from the live shop."""
        scratch = tempfile.TemporaryDirectory(
            dir=folder, prefix=".restoring-", ignore_cleanup_errors=True
        )
        target = Path(scratch.name) / "staged.sqlite3"
        with scratch, store.staged_copy(plain, target, store.page_size(self.db)) as staged:
            migrated = self._migrate_copy(staged, path)
            differences = store.schema_differences(staged)
            if differences:
                raise BadBackup(
                    QT_TRANSLATE_NOOP(
                        ERRORS,
                        "{file} does not have the tables and safeguards this version "
                        "makes ({problem}), so it was not restored. Nothing was changed.",
                    ),
                    file=path.name,
                    problem=_first_problem(differences),
                )
            problems = MaintenanceService(staged, None).check(full=False).problems
            if problems:
                raise BadBackup(
                    QT_TRANSLATE_NOOP(
                        ERRORS,
                        "{file} does not pass the check ({problem}), so it was not "
                        "restored. Nothing was changed.",
                    ),
                    file=path.name,
                    problem=_first_problem(problems),
                )
            # Not verified: the data being replaced may be the damaged data.
            saved = snapshot(self.db, folder, reason="before-restore", verify=False, compress=True)
            self._copy_in(staged, saved)
        return migrated, saved

    @staticmethod
    def _migrate_copy(staged: Database, path: Path) -> tuple[str, ...]:
        """Step 2: bring the copy up to this version's schema; the names applied."""
        pending = tuple(m.name for m in MIGRATIONS.pending(staged))
        try:
            migrate(staged)
        except (sqlite3.Error, ValueError) as exc:
            raise BadBackup(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "{file} could not be updated to this version ({error}). Nothing was changed.",
                ),
                file=path.name,
                error=str(exc),
            ) from None
        return pending

    def _copy_in(self, staged: Database, saved: Path) -> None:
        """Step 4; if the copy fails, put the saved current data back."""
        try:
            store.copy_into(staged, self.db)
        except (sqlite3.Error, OSError) as exc:
            try:
                store.copy_file_into(saved, self.db)
            except (sqlite3.Error, OSError):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        ERRORS,
                        "The restore failed ({error}) and the data could not be put back "
                        "by itself. Restore {saved} to get it back.",
                    ),
                    error=str(exc),
                    saved=saved.name,
                ) from exc
            raise UserError(
                QT_TRANSLATE_NOOP(
                    ERRORS, "The restore failed ({error}). The data is as it was before."
                ),
                error=str(exc),
            ) from exc

    def _record_restore(self, chosen: store.BackupFile) -> None:
        """An audit row for the restore: the owner sees it in the trail, and the check
        stops comparing the chain with backups taken after the restored one and before
        the restore (their history was deliberately left behind)."""
        with write_transaction(self.db):
            AuditStore(self.db).record(
                self.actor.by(),
                "restore",
                f"backup:{chosen.path.name}",
                {"file": chosen.path.name, "taken_at": to_db(chosen.taken_at)},
            )

    def _keep_actor(self) -> None:
        """The person at the till may not exist in the restored data: hand the till to
        its first owner (the person restoring is an owner) so writes have someone."""
        if not store.active_staff(self.db, self.actor.staff_id):
            owner = store.first_owner(self.db)
            if owner is not None:
                self.actor.staff_id = owner


def _first_problem(problems: list[str], limit: int = 120) -> str:
    """The first line that says something (SQLite's report starts with a heading)."""
    lines = [ln.strip() for p in problems for ln in p.splitlines()]
    first = next((ln for ln in lines if ln and not ln.startswith("***")), "?")
    return first if len(first) <= limit else first[: limit - 1] + "…"
