"""Opening the shop's SQLite file: pragmas, migrations, backups, integrity.

WAL lets the admin command line read while the app writes. ``synchronous=FULL``
makes every commit durable: a confirmed visit survives a power cut (in WAL, the default
NORMAL may lose the last commits). The connection is in autocommit mode
(``isolation_level=None``) so that transactions are exactly the ones the code opens.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.chain import heads_text
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP
from ..l10n import translate
from . import backup_write, chain, damage, page_backup, page_pack, rawfile
from .migrations import MIGRATIONS
from .shop_db import ShopDatabase

BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The database file cannot be used (corrupt, not a database, newer schema)."""


class OpenProblem(StoreError):
    """One reason the shop's file could not be opened, in words that say which: a
    read-only folder must not read like damage, nor a full disk like a lost shop
    (issue finding 8). ``TEXT`` is the message's source, translated when raised."""

    TEXT = QT_TRANSLATE_NOOP(ERRORS, "{path} is not a usable database: {error}")

    def __init__(self, path: Path, error: object) -> None:
        self.path = path
        self.error = str(error)
        super().__init__(translate(ERRORS, self.TEXT).format(path=path, error=self.error))


class NotAShop(OpenProblem):
    """Not an SQLite file at all (a shopping list, a zeroed file)."""


class ShopDamaged(OpenProblem):
    """SQLite reads the file as damaged; the file is marked (``damage.mark``)."""

    TEXT = QT_TRANSLATE_NOOP(
        ERRORS,
        "{path} is damaged ({error}), so nothing can be saved in it. "
        "Restore the newest good backup.",
    )


class ShopReadOnly(OpenProblem):
    """The file or its folder takes no writes (permissions, a read-only medium)."""

    TEXT = QT_TRANSLATE_NOOP(
        ERRORS,
        "{path} cannot be written ({error}): the file or its folder is read-only. "
        "Nothing is wrong with the data; give this user write access to the folder.",
    )


class DiskFull(OpenProblem):
    """The disk holding the file is full."""

    TEXT = QT_TRANSLATE_NOOP(
        ERRORS,
        "The disk holding {path} is full ({error}). Nothing is wrong with the data; "
        "free some space, then start again.",
    )


class ShopLocked(OpenProblem):
    """Another connection held the write lock past the busy timeout."""

    TEXT = QT_TRANSLATE_NOOP(
        ERRORS,
        "{path} is busy: another program holds it ({error}). "
        "Close the other Loyalty POS window or admin command, then try again.",
    )


DAMAGE_WORDS = ("malformed", "disk image", "corrupt")


def is_damage(exc: BaseException) -> bool:
    """SQLite's own words for a damaged file (SQLITE_CORRUPT)."""
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    return code == sqlite3.SQLITE_CORRUPT or any(w in text for w in DAMAGE_WORDS)


def classify(path: Path, exc: BaseException) -> OpenProblem:
    """The open problem an exception at open means (see :class:`OpenProblem`)."""
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if is_damage(exc):
        return ShopDamaged(path, exc)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or _errno(exc) == errno.ENOSPC:
        return DiskFull(path, exc)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return ShopLocked(path, exc)
    if (
        isinstance(exc, PermissionError)
        or code == sqlite3.SQLITE_READONLY
        or "readonly" in text
        or "read-only" in text
        or _errno(exc) in (errno.EROFS, errno.EACCES, errno.EPERM)
        or ("unable to open" in text and not _writable(path))
    ):
        return ShopReadOnly(path, exc)
    return NotAShop(path, exc)


def _errno(exc: BaseException) -> int | None:
    return exc.errno if isinstance(exc, OSError) else None


def _writable(path: Path) -> bool:
    """Whether this user may write the file (if it exists) and create files beside it
    (SQLite's ``-wal`` and ``-shm``)."""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def torn(path: Path) -> str | None:
    """A cheap sign of damage SQLite itself does not report: a file that is not a
    whole number of pages (cut short by a failed copy or a full disk). None if whole."""
    try:
        header = rawfile.read_prefix(path, 100)  # never close a shop file's fd
        size = path.stat().st_size
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or size % page == 0:
        return None
    return f"the file is {size} bytes, not a whole number of {page}-byte pages"


def connect(path: str | Path) -> Database:
    """Open (or create) the database file with the project's pragmas, without migrating."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(f"cannot switch {path} to WAL (journal mode is {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        db = ShopDatabase(conn)
        chain.install(db)  # a file with chains: note this connection's inserts
    except BaseException:
        conn.close()
        raise
    return db


def open_database(path: str | Path, *, backup_dir: Path | None = None) -> Database:
    """Open the file, copy it aside if migrations are pending, then migrate.

    Raises an :class:`OpenProblem` that says what is wrong: damaged (the file is then
    marked, ``damage.mark``), not a database, read-only, disk full, locked. A file
    already marked damaged, or found torn here, opens read-only: no migration, no
    copy, every write refused, lookups working.
    """
    path = Path(path)
    db = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists() and path.stat().st_size > 0
        db = connect(path)
        pending = MIGRATIONS.pending(db)
        reason = damage.why(path) or torn(path)
        if reason is not None:
            damage.mark(path, reason, db)  # read-only from here: nothing migrated
            return db
        if pending and existed:
            snapshot(
                db, (backup_dir or path.parent / "backups"), reason="pre-migration", compress=True
            )
        migrate(db)
    except (sqlite3.Error, OSError) as exc:
        if db is not None:
            db.conn.close()
        problem = classify(path, exc)
        if isinstance(problem, ShopDamaged):
            damage.mark(path, problem.error)
        raise problem from exc
    return db


def open_read_only(path: Path, reason: str) -> Database:
    """A damaged file opened for lookups only: no WAL switch, no migration, SQLite's
    read-only mode, and the damage refusal on the connection besides."""
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )  # fmt: skip
    db = ShopDatabase(conn)
    damage.refuse_writes(db, reason)
    return db


def file_of(db: Database) -> Path | None:
    """The file behind a connection (None for a memory database)."""
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def migrate(db: Database, *, stop_before: str | None = None) -> None:
    """Apply the pending migrations with foreign keys off, as SQLite asks for rebuilds.

    Rebuilding a table that others reference (SQLite's twelve-step ALTER) drops it for a
    moment; with foreign keys on, that would fail or cascade. Each migration checks the
    references itself before its transaction commits.
    """
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        MIGRATIONS.apply(db, stop_before=stop_before)
    finally:
        db.execute("PRAGMA foreign_keys = ON")
    chain.install(db)  # the chain tables may be new, or a table rebuilt


def snapshot(
    db: Database,
    folder: Path,
    *,
    reason: str = "auto",
    compress: bool = False,
    verify: bool = True,
    cancel: backup_write.CancelToken | None = None,
    now: datetime | None = None,
) -> Path:
    """Copy the live database into ``folder``, checked (``verify``: SQLite's integrity
    check, guards, the chain since the last checkpoint) and written under a temporary
    name, renamed into place only when whole (``store/backup_write.py``). Raises
    ``backup_write.BackupFailed`` (``page_backup.CopyDamaged`` when the check finds
    damage) or the ``OSError``/``sqlite3.Error`` of a full disk, and leaves nothing
    behind.

    ``compress``: a pack of pages (``store/page_pack.py``), full or only the pages that
    differ from the newest full pack in the folder; a manual backup is always full (it
    is never rotated away, so it should not keep a base alive). Otherwise a plain,
    self-contained copy (``VACUUM INTO``: one rollback-journal file) for a USB stick.
    A pre-migration copy is checked by SQLite only: its guards and chains are those of
    an older version.

    The name carries each till's chain head (``loyalty-STAMP-main.41523.1f3a…-auto``):
    a record outside the file of what the history was that day, which the check
    compares with the chain later. The heads are read before the copy, so they name a
    point the copy contains even if another connection writes in between.
    """
    folder.mkdir(parents=True, exist_ok=True)
    cancel = cancel or backup_write.CancelToken()
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")
    marks = ""
    if chain.installed(db):
        if not db.conn.in_transaction and chain.has_pending(db):
            with write_transaction(db):
                pass  # links what this connection wrote outside a transaction
        heads = chain.heads(db)
        marks = f"-{heads_text(heads)}" if heads else ""
    target = folder / f"loyalty-{stamp}{marks}-{reason}.sqlite3"
    chains = reason != "pre-migration"
    if compress:
        target = target.with_name(target.name + page_pack.SUFFIX)
        full = reason == "manual"
        page_backup.take(db.conn, target, verify=verify, chains=chains, full=full, cancel=cancel)
        return target
    plain = backup_write.partial_name(target)
    try:
        backup_write.vacuum_into(db, plain, cancel)
        if verify:
            cancel.check()
            problems = backup_write.verify_copy(plain, chains=chains)
            if problems:
                raise backup_write.BackupFailed(problems)
        cancel.check()
        backup_write.put_in_place(plain, target)
    except BaseException:
        backup_write.remove(plain)
        raise
    return target


def summary(problems: list[str], limit: int = 200) -> str:
    """One line for a damage mark or a message: SQLite's first finding (its report runs
    to many lines, one per bad cell), and how many more there are."""
    lines = [
        line.strip()
        for problem in problems
        for line in problem.splitlines()
        if line.strip() and not line.startswith("***")
    ]
    if not lines:
        return "damaged"
    more = f" (+{len(lines) - 1})" if len(lines) > 1 else ""
    return lines[0][:limit] + more


def quick_check(db: Database) -> list[str]:
    """SQLite's quick integrity check; an empty list means the file is sound."""
    rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def full_check(db: Database) -> list[str]:
    """SQLite's full integrity check and foreign key check."""
    problems = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if problems == ["ok"] else problems
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid}: missing {parent}")
    return problems


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """A write transaction taken with BEGIN IMMEDIATE.

    IMMEDIATE takes the write lock at the start, so a read-then-write use case never
    fails half-way because another process (the admin command line) wrote in between;
    the busy timeout makes it wait its turn instead. Inside an open transaction it
    becomes a savepoint, so bulk work (the demo shop, benchmark data) can wrap many use
    cases in one commit. The outermost one links the rows written (``store/chain.py``)
    just before it commits.
    """
    damage.check_writable(db)  # a damaged shop is read-only (store/damage.py)
    conn = db.conn
    if conn.in_transaction:
        conn.execute("SAVEPOINT use_case")
        try:
            yield db
        except BaseException:
            conn.execute("ROLLBACK TO SAVEPOINT use_case")
            conn.execute("RELEASE SAVEPOINT use_case")
            raise
        else:
            conn.execute("RELEASE SAVEPOINT use_case")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        chain.link_pending(db)  # the new rows' links, in the same transaction
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError) and is_damage(exc):
            _found_damaged(db, exc)  # SQLite met a damaged page: read-only from now
        raise
    else:
        conn.execute("COMMIT")


def _found_damaged(db: Database, exc: sqlite3.DatabaseError) -> None:
    """Mark the shop damaged and refuse the write in the damage's words."""
    reason = str(exc)
    damage.mark(file_of(db), reason, db)
    raise damage.DamagedShop(reason) from exc


@contextlib.contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """A read transaction: every query inside sees the same committed state (WAL), even
    while another connection commits. The checks need it: comparing a head with the
    last link, or balances with ledger sums, across two reads of two different moments
    would report a difference that never existed. Inside an open transaction it is a
    no-op (that transaction already reads one state)."""
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    conn.execute("BEGIN DEFERRED")
    try:
        yield db
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def copy_file(src: Path, dst: Path) -> None:
    """Plain copy, for files that are not open (restoring a backup before opening)."""
    shutil.copy2(src, dst)
