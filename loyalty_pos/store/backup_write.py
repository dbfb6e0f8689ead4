"""Writing a backup so that a file with a backup's name is always a good one.

A backup is written under a temporary name (``.partial-…``) in the backup folder,
checked, flushed to disk, and only then renamed to its final name. A failure at any
step (a full disk, a damaged page, the app closing) removes the temporary files, so the
folder never holds a 0-byte or half-written file that rotation would count; a power cut
can still leave a ``.partial-`` file, which ``clean_partials`` removes at the next
start. The final name is therefore the proof: a pack (``.pack``, ``store/page_pack.py``)
exists only if the state it holds passed ``verify_connection``.

Also here: reading back an earlier version's backups (``.xz``: ``VACUUM INTO``, then
without its indexes, then lzma), and the plain ``VACUUM INTO`` copy for a USB stick.
"""

from __future__ import annotations

import contextlib
import lzma
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

from sqlite_utils import Database

from . import chain, damage, rawfile
from .guards import guard_problems

PARTIAL = ".partial-"
COMPRESSED = ".xz"
CHUNK = 4 * 1024 * 1024


class BackupFailed(Exception):
    """The copy could not be written or did not pass its check; nothing was kept."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems[:3]))
        self.problems = problems


class Cancelled(BackupFailed):
    """The backup was asked to stop (the app is closing); nothing was kept."""

    def __init__(self) -> None:
        super().__init__(["cancelled"])


class CancelToken:
    """Asks a backup in progress to stop, from another thread.

    Checked between the steps and between compressed chunks; ``request`` also
    interrupts a ``VACUUM INTO`` running on the connection being watched, so closing
    the app never waits for a 4.7 GB copy to finish.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def request(self) -> None:
        with self._lock:
            self._event.set()
            if self._conn is not None:
                self._conn.interrupt()

    def reset(self) -> None:
        self._event.clear()

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    @contextlib.contextmanager
    def watching(self, conn: sqlite3.Connection) -> Iterator[None]:
        with self._lock:
            self._conn = conn
        try:
            yield
        finally:
            with self._lock:
                self._conn = None


def partial_name(final: Path) -> Path:
    return final.with_name(PARTIAL + final.name)


def clean_partials(folder: Path | None) -> list[Path]:
    """Remove what an interrupted backup or restore left (a power cut, the process
    killed); returns what was removed. Only this app's temporary names are touched."""
    if folder is None or not folder.is_dir():
        return []
    gone = []
    for path in folder.glob(PARTIAL + "*"):
        with contextlib.suppress(OSError):
            path.unlink()
            gone.append(path)
    for scratch in folder.glob(".restoring-*"):  # a restore's staging folder
        if scratch.is_dir():
            shutil.rmtree(scratch, ignore_errors=True)
            gone.append(scratch)
    return gone


def vacuum_into(db: Database, target: Path, cancel: CancelToken) -> None:
    """A compact, consistent copy of the live database (one read transaction)."""
    cancel.check()
    target.unlink(missing_ok=True)
    try:
        with cancel.watching(db.conn):
            db.conn.execute("VACUUM INTO ?", [str(target)])
    except sqlite3.OperationalError:
        if cancel.requested:
            raise Cancelled() from None
        raise


def verify_copy(path: Path, *, chains: bool = True) -> list[str]:
    """What is wrong with the copy at ``path``; empty: it can be trusted."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return verify_connection(conn, chains=chains)


def verify_connection(conn: sqlite3.Connection, *, chains: bool = True) -> list[str]:
    """What is wrong with the database state ``conn`` reads; empty: it can be trusted.

    SQLite's full ``integrity_check`` (the quick check misses damaged indexes), then,
    if ``chains`` and the file has them, the guard triggers and the chain links added
    since the shop's last verified checkpoint plus each till's head (the start-up check
    verifies the older links in rolling slices of the live file).
    """
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:  # "malformed": SQLite gave up reading it
        if damage.not_damage(exc):  # interrupted (the app closing), busy: not damage
            raise
        return [str(exc)]
    if rows != ["ok"]:
        return rows
    db = Database(conn)
    if not chains or not chain.installed(db):
        return []
    problems = [f"guard trigger {name} {how}" for name, how in guard_problems(db)]
    _, verified_to, _ = chain.checkpoint(db)
    breaks = list(chain.verify_links(db, verified_to + 1))
    breaks += chain.verify_heads(db, every_till=False)
    breaks += chain.gone(db, 5, thorough=False)
    problems += [f"chain {b.kind} at {b.table or b.till} {b.row_id or b.seq}" for b in breaks]
    return problems


INDEXES = "_backup_indexes"  # the indexes a compressed backup leaves out, by SQL


def restore_indexes(conn: sqlite3.Connection) -> None:
    """Rebuild the indexes an earlier version's ``.xz`` backup left out (a no-op for
    other files)."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [INDEXES]
    ).fetchone()
    if found is None:
        return
    for (sql,) in conn.execute(f"SELECT sql FROM {INDEXES} ORDER BY rowid").fetchall():
        conn.execute(sql)
    conn.execute(f"DROP TABLE {INDEXES}")
    conn.commit()


def decompress(source: Path, target: Path) -> None:
    """A compressed backup written back out as a plain SQLite file."""
    with lzma.open(source, "rb") as src, open(target, "wb") as out:
        while block := src.read(CHUNK):
            out.write(block)


XZ_MAGIC = b"\xfd7zXZ\x00"


def is_compressed(path: Path) -> bool:
    """By its first bytes, not its name: a backup copied to a USB stick and renamed by
    the owner is still read back."""
    try:
        return rawfile.read_prefix(path, len(XZ_MAGIC)) == XZ_MAGIC
    except OSError:
        return path.name.endswith(COMPRESSED)


def put_in_place(temp: Path, final: Path) -> None:
    """Rename the checked file to its final name, durably (the folder too)."""
    _fsync(temp)
    os.replace(temp, final)
    with contextlib.suppress(OSError):  # not every OS lets a folder be opened
        fd = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove(*paths: Path) -> None:
    for path in paths:
        for extra in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                path.with_name(path.name + extra).unlink()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())
