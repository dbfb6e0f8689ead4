"""Opening the shop's SQLite file: pragmas, migrations, backups, integrity.

WAL lets the admin command line read while the app writes. ``synchronous=FULL``
makes every commit durable: a confirmed visit survives a power cut (in WAL, the default
NORMAL may lose the last commits). The connection is in autocommit mode
(``isolation_level=None``) so that transactions are exactly the ones the code opens.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.chain import heads_text
from . import backup_write, chain, damage
from .migrations import MIGRATIONS

BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 7


class StoreError(Exception):
    """The database file cannot be used (corrupt, not a database, newer schema)."""


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
        db = Database(conn)
        chain.install(db)  # a file with chains: note this connection's inserts
    except BaseException:
        conn.close()
        raise
    return db


def open_database(path: str | Path, *, backup_dir: Path | None = None) -> Database:
    """Open the file, copy it aside if migrations are pending, then migrate.

    Raises StoreError if the file is not a usable SQLite database.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    db = None
    try:
        db = connect(path)
        pending = MIGRATIONS.pending(db)
    except sqlite3.DatabaseError as exc:
        if db is not None:
            db.conn.close()
        raise StoreError(f"{path} is not a usable database: {exc}") from exc
    if pending and existed:
        snapshot(db, (backup_dir or path.parent / "backups"), reason="pre-migration")
    migrate(db)
    return db


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
    """Copy the live database into ``folder``: a compact copy (``VACUUM INTO``) under a
    temporary name, checked (``verify``: SQLite's integrity check, guards, the chain
    since the last checkpoint), if ``compress``ed without its indexes (rebuilt at
    restore) and with ``lzma``, then renamed into place
    (``store/backup_write.py``). Raises ``backup_write.BackupFailed`` (or the
    ``OSError``/``sqlite3.Error`` of a full disk) and leaves nothing behind.

    ``VACUUM INTO`` reads one consistent state even while another connection writes,
    which a plain file copy of a WAL database does not, and its output is one
    self-contained rollback-journal file (copied to a USB stick, it needs no ``-wal``).
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
    if compress:
        target = target.with_name(target.name + backup_write.COMPRESSED)
    plain = backup_write.partial_name(folder / f"loyalty-{stamp}{marks}-{reason}.sqlite3")
    lean = plain.with_name(plain.name + "-lean")
    packed = backup_write.partial_name(target)
    try:
        backup_write.vacuum_into(db, plain, cancel)
        if verify:
            cancel.check()
            problems = backup_write.verify_copy(plain, chains=reason != "pre-migration")
            if problems:
                raise backup_write.BackupFailed(problems)
        if compress:  # without its indexes (rebuilt at restore), then compressed
            backup_write.strip_indexes(plain, lean, cancel)
            backup_write.remove(plain)
            backup_write.compress(lean, packed, cancel)
            backup_write.remove(lean)
            cancel.check()
            backup_write.put_in_place(packed, target)
        else:
            cancel.check()
            backup_write.put_in_place(plain, target)
    except BaseException:
        backup_write.remove(plain, lean, packed)
        raise
    return target


def rotate_backups(folder: Path, keep: int = BACKUPS_KEPT, reason: str = "auto") -> list[Path]:
    """Delete all but the newest ``keep`` backups of one kind; returns those deleted."""
    files = sorted(folder.glob(f"loyalty-*-{reason}.sqlite3"))
    doomed = files[:-keep] if keep else files
    for f in doomed:
        with contextlib.suppress(OSError):
            f.unlink()
    return doomed


def daily_backup(db: Database, folder: Path, keep: int = BACKUPS_KEPT) -> Path | None:
    """At most one automatic backup a day, the last ``keep`` kept.

    Run at start. Once a day bounds the start-up cost on a large file.
    """
    today = datetime.now(UTC).strftime("%Y%m%d")
    if any(folder.glob(f"loyalty-{today}-*-auto.sqlite3")):
        return None
    made = snapshot(db, folder, reason="auto")
    rotate_backups(folder, keep)
    return made


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
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


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
