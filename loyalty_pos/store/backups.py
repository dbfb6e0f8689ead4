"""SQL and files for the shop's backups: list them, read one without changing it, and copy
one back into the live database.

A backup is a file ``loyalty-YYYYMMDD-HHMMSS-ffffff[-HEADS]-KIND.sqlite3`` (UTC) in the
backup folder, written by ``database.snapshot``; ``HEADS`` (``main.41523.1f3a…``) are the
chain heads when it was taken (``domain/chain.py``), absent in backups from before m007.
Reading one never writes: the file is opened ``immutable`` (no locks, no
``-wal``/``-shm`` files created beside it, which a plain read-only open of a WAL file
would leave behind), unless it has a ``-wal`` file with content of its own, which only a
read-only open sees.

Restoring uses SQLite's online backup API in the other direction
(``backup_conn.backup(live_conn)``): it replaces the live file's pages inside one write
transaction on the live connection, so the app keeps its file open and every other
connection sees the restored data at its next read; if the copy fails, the live file is
left as it was.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.chain import Head, heads_from_text
from .database import BUSY_TIMEOUT_MS, connect
from .migrations import MIGRATIONS

_HEAD = r"[A-Za-z0-9_]{1,20}\.\d+\.[0-9a-f]{16}"
BACKUP_NAME = re.compile(
    rf"^loyalty-(\d{{8}}-\d{{6}}-\d{{6}})(?:-({_HEAD}(?:\+{_HEAD})*))?-([a-z][a-z-]*)\.sqlite3$"
)
APP_TABLES = ("members", "visits", "ledger", "balances", "settings", "staff")


@dataclass(frozen=True)
class BackupFile:
    """One file in the backup folder, as its name and size describe it."""

    path: Path
    taken_at: datetime  # UTC, from the name (the file's time may change when it is copied)
    kind: str  # 'auto', 'pre-migration', 'manual', 'before-restore'
    size: int
    heads: tuple[Head, ...] = ()  # the chain heads its name records


@dataclass(frozen=True)
class Contents:
    """What a database file holds, read without changing it."""

    is_app: bool  # has this app's migrations and tables
    migrations: tuple[str, ...]  # this app's migrations applied in the file
    members: int | None = None
    visits: int | None = None
    page_size: int = 0


def describe(path: Path) -> BackupFile:
    """A file by its name; one named otherwise (restored from elsewhere) is of kind
    'file', taken when it was last modified."""
    size = path.stat().st_size
    match = BACKUP_NAME.match(path.name)
    if match is None:
        return BackupFile(path, datetime.fromtimestamp(path.stat().st_mtime, UTC), "file", size)
    taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
    heads = tuple(heads_from_text(match.group(2)) or ()) if match.group(2) else ()
    return BackupFile(path, taken, match.group(3), size, heads)


def backup_files(folder: Path | None) -> list[BackupFile]:
    """The backups in ``folder``, newest first; other files there are ignored."""
    if folder is None or not folder.is_dir():
        return []
    found = [
        describe(path)
        for path in folder.iterdir()
        if BACKUP_NAME.match(path.name) is not None and path.is_file()
    ]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def known_migrations() -> list[str]:
    """The migrations this version of the app knows, in order."""
    return [m.name for m in MIGRATIONS._migrations]


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change ``path`` and writes nothing beside it."""
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    mode = "mode=ro" if has_wal else "immutable=1"
    uri = f"{path.resolve().as_uri()}?{mode}"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def read_contents(path: Path) -> Contents:
    """This app's schema version and the number of members and visits in ``path``.

    Raises ``sqlite3.DatabaseError`` if the file is not an SQLite database at all.
    """
    with closing(open_read_only(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        if MIGRATIONS.migrations_table not in tables or not set(APP_TABLES) <= tables:
            return Contents(is_app=False, migrations=(), page_size=page_size)
        names = tuple(
            r[0]
            for r in conn.execute(
                f"SELECT name FROM {MIGRATIONS.migrations_table} "
                "WHERE migration_set = ? ORDER BY rowid",
                [MIGRATIONS.name],
            )
        )
        if not names:
            return Contents(is_app=False, migrations=(), page_size=page_size)
        members = conn.execute("SELECT COUNT(*) FROM members").fetchone()[0]
        visits = conn.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
        return Contents(True, names, int(members), int(visits), page_size)


def quick_check_file(path: Path) -> list[str]:
    """SQLite's quick check of a file read-only; an empty list means it is sound."""
    with closing(open_read_only(path)) as conn:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


@contextmanager
def staged_copy(source: Path, target: Path, page_size: int) -> Iterator[Database]:
    """A writable copy of ``source`` at ``target`` (a new file), open with the project's
    pragmas; closed and deleted afterwards.

    The copy can be migrated and checked without touching the backup or the live file.
    It is given ``page_size`` (the live file's): the backup API cannot copy into a WAL
    database whose page size differs.
    """
    with closing(open_read_only(source)) as src, closing(sqlite3.connect(str(target))) as dst:
        src.backup(dst)
        if int(dst.execute("PRAGMA page_size").fetchone()[0]) != page_size:
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.execute(f"PRAGMA page_size = {int(page_size)}")
            dst.execute("VACUUM")
    db = connect(target)
    try:
        yield db
    finally:
        db.conn.close()
        for extra in ("", "-wal", "-shm", "-journal"):
            target.with_name(target.name + extra).unlink(missing_ok=True)


def page_size(db: Database) -> int:
    return int(db.execute("PRAGMA page_size").fetchone()[0])


def copy_into(source: Database, live: Database) -> None:
    """Replace the live database's content with ``source``'s, in place.

    One write transaction on the live connection: other connections wait (busy
    timeout) and then read the new content; on failure nothing changes.
    """
    if live.conn.in_transaction:
        raise sqlite3.OperationalError("the live database is inside a transaction")
    source.conn.backup(live.conn)


def copy_file_into(path: Path, live: Database) -> None:
    """``copy_into`` from a file on disk (putting a safety copy back)."""
    with closing(open_read_only(path)) as src:
        src.backup(live.conn)


def counts(db: Database) -> tuple[int, int]:
    """Members and visits in an open database."""
    members = db.execute("SELECT COUNT(*) FROM members").fetchone()[0]
    visits = db.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
    return int(members), int(visits)


def active_staff(db: Database, staff_id: int) -> bool:
    """Whether ``staff_id`` may work the till in this database."""
    row = db.execute(
        "SELECT 1 FROM staff WHERE id = ? AND active = 1 AND role <> 'system'", [staff_id]
    ).fetchone()
    return row is not None


def first_owner(db: Database) -> int | None:
    row = db.execute(
        "SELECT id FROM staff WHERE role = 'owner' AND active = 1 ORDER BY id LIMIT 1"
    ).fetchone()
    return int(row[0]) if row else None
