"""SQL and files for the shop's backups: list them, read one without changing it, and copy
one back into the live database.

A backup is a file ``loyalty-YYYYMMDD-HHMMSS-ffffff[-HEADS]-KIND.sqlite3[.pack|.xz]``
(UTC) in the backup folder, written by ``database.snapshot``; ``HEADS``
(``main.41523.1f3a…``) are the chain heads when it was taken (``domain/chain.py``),
absent in backups from before m007. ``.pack``: a pack of pages (``store/page_pack.py``),
full or the pages that differ from the pack before it (its *base*; rotation folds a
difference it removes into the next one, and keeps a full pack while any kept pack
stands on it), written only after the state it holds passed
the check, so the name says it is verified; a note ``NAME.json`` beside it says what it
holds. ``.xz``: an earlier version's verified backup (compressed without its indexes),
still read. Plain ``.sqlite3`` files are copies for a USB stick and earlier versions'
backups. Files starting ``.partial-`` are never listed (``backup_write.clean_partials``).
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

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.chain import Head, heads_from_text
from . import backup_write, damage, pack_chain, page_pack, rawfile
from .database import BUSY_TIMEOUT_MS, connect, migrate
from .guards import guard_problems
from .migrations import MIGRATIONS

_HEAD = r"[A-Za-z0-9_]{1,20}\.\d+\.[0-9a-f]{16}"
BACKUP_NAME = re.compile(
    rf"^loyalty-(\d{{8}}-\d{{6}}-\d{{6}})(?:-({_HEAD}(?:\+{_HEAD})*))?-([a-z][a-z-]*)\.sqlite3(\.xz|\.pack)?$"
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
    verified: bool = False  # compressed: written only after its copy passed the check


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
    return BackupFile(path, taken, match.group(3), size, heads, match.group(4) is not None)


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


def read_contents(path: Path, *, counts: bool = True) -> Contents:
    """This app's schema version and the number of members and visits in ``path``.

    A compressed backup is described by the note written beside it when it was taken
    (decompressing 4.7 GB to list it would take a minute); without one it is unpacked.
    ``counts=False`` leaves the two counts out (None): counting 6 million visits takes a
    third of a second, too long for every start, which only asks whether the file is
    this app's. Raises ``sqlite3.DatabaseError`` if the file is not an SQLite database.
    """
    if packed(path):
        noted = _read_note(path)
        if noted is not None:
            return noted
        with plain_file(path) as plain:
            return read_contents(plain, counts=counts)
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
        if not counts:
            return Contents(True, names, None, None, page_size)
        members = conn.execute("SELECT COUNT(*) FROM members").fetchone()[0]
        visits = conn.execute("SELECT COUNT(*) FROM visits").fetchone()[0]
        return Contents(True, names, int(members), int(visits), page_size)


def integrity_check_file(path: Path) -> list[str]:
    """SQLite's full integrity check of a plain file read-only (the quick check misses a
    damaged index); an empty list means it is sound."""
    try:
        with closing(open_read_only(path)) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        if damage.not_damage(exc):  # interrupted or busy: says nothing of the file
            raise
        if rawfile.read_prefix(path, 16) != b"SQLite format 3\x00":
            raise  # not a database at all
        return [str(exc)]  # a database SQLite gives up on: "malformed"
    return [] if rows == ["ok"] else rows


def quick_check_file(path: Path) -> list[str]:
    """SQLite's quick check of a file read-only; an empty list means it is sound."""
    with closing(open_read_only(path)) as conn:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def packed(path: Path) -> bool:
    """A backup that must be unpacked to be read: a pack of pages or an ``.xz``."""
    return page_pack.is_pack(path) or backup_write.is_compressed(path)


def base_of(path: Path) -> str | None:
    """The name of the full pack a difference pack needs (None for any other file):
    from its note, else from the pack's first line."""
    try:
        note = json.loads(note_path(path).read_text(encoding="utf-8"))
        if "base" in note:
            return note["base"] or None
    except (OSError, ValueError, AttributeError):
        pass
    if not path.name.endswith(page_pack.SUFFIX):
        return None
    header = page_pack.read_header(path)
    return None if header is None else header.base


@contextmanager
def plain_file(path: Path, into: Path | None = None) -> Iterator[Path]:
    """``path`` itself, or a compressed backup unpacked into a scratch file in ``into``
    (the backup folder: the shop's disk, not a read-only USB stick; by default beside
    it), deleted afterwards (or by ``clean_partials`` after a power cut)."""
    if not packed(path):
        yield path
        return
    folder = into or path.parent
    folder.mkdir(parents=True, exist_ok=True)
    plain_name = path.name.removesuffix(".xz").removesuffix(page_pack.SUFFIX)
    scratch = folder / (backup_write.PARTIAL + "read-" + plain_name)
    try:
        if page_pack.is_pack(path):  # its base is looked for beside it
            pack_chain.unpack(path, scratch, path.parent)
        else:
            backup_write.decompress(path, scratch)
        yield scratch
    finally:
        backup_write.remove(scratch)


def note_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def write_note(backup: Path, db: Database, fingerprint: str = "") -> None:
    """What a compressed backup holds, beside it, so listing it needs no unpacking."""
    migrations = [
        r[0]
        for r in db.execute(
            f"SELECT name FROM {MIGRATIONS.migrations_table} WHERE migration_set = ? "
            "ORDER BY rowid",
            [MIGRATIONS.name],
        )
    ]
    members, visits = counts(db)
    note: dict[str, object] = {"migrations": migrations, "members": members, "visits": visits}
    note.update(page_size=page_size(db), fingerprint=fingerprint, base=base_of_pack(backup))
    temp = backup_write.partial_name(note_path(backup))
    temp.write_text(json.dumps(note), encoding="utf-8")
    os.replace(temp, note_path(backup))


def base_of_pack(path: Path) -> str | None:
    header = page_pack.read_header(path) if path.name.endswith(page_pack.SUFFIX) else None
    return None if header is None else header.base


def noted_fingerprint(path: Path) -> str | None:
    """The content fingerprint recorded when the backup was taken (daily skip)."""
    try:
        value = json.loads(note_path(path).read_text(encoding="utf-8")).get("fingerprint")
    except (OSError, ValueError, AttributeError):
        return None
    return value or None


def _read_note(path: Path) -> Contents | None:
    try:
        note = json.loads(note_path(path).read_text(encoding="utf-8"))
        return Contents(
            True,
            tuple(note["migrations"]),
            int(note["members"]),
            int(note["visits"]),
            int(note["page_size"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def delete(path: Path) -> None:
    """A backup, its note and (a full pack) its hash list."""
    backup_write.remove(path, note_path(path), page_pack.hashes_path(path))


@contextmanager
def staged_copy(source: Path, target: Path, page_size: int) -> Iterator[Database]:
    """A writable copy of ``source`` at ``target`` (a new file), open with the project's
    pragmas; closed and deleted afterwards.

    The copy can be migrated and checked without touching the backup or the live file.
    It is given ``page_size`` (the live file's): the backup API cannot copy into a WAL
    database whose page size differs.
    """
    with (
        plain_file(source) as plain,
        closing(open_read_only(plain)) as src,
        closing(sqlite3.connect(str(target))) as dst,
    ):
        src.backup(dst)
        backup_write.restore_indexes(dst)  # a compressed backup's, left out to save disk
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
    with plain_file(path) as plain, closing(open_read_only(plain)) as src:
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


# Schema --------------------------------------------------------------------------------


def schema_names(db: Database) -> dict[str, frozenset[str]]:
    """The tables, indexes and triggers in a database by name (SQLite's own excepted)."""
    found: dict[str, set[str]] = {"table": set(), "index": set(), "trigger": set()}
    for kind, name in db.execute(
        "SELECT type, name FROM sqlite_master "
        "WHERE type IN ('table', 'index', 'trigger') AND name NOT LIKE 'sqlite_%'"
    ):
        found[kind].add(name)
    return {kind: frozenset(names) for kind, names in found.items()}


def reference_schema() -> dict[str, frozenset[str]]:
    """What this version makes of an empty database: every migration applied."""
    db = connect(":memory:")
    try:
        migrate(db)
        return schema_names(db)
    finally:
        db.conn.close()


def schema_differences(db: Database) -> list[str]:
    """How a migrated copy's schema falls short of ``reference_schema`` (empty: it does
    not): a table, index or trigger this version makes that is missing, a trigger it
    does not make (a trigger can rewrite rows), a guard not as this version writes it,
    a migration not applied.

    An extra table or index is allowed: it cannot weaken the ledger, and shops carry
    some made outside the migrations (an index a support script added, measured on the
    20,000-member benchmark shop: ``lot_moves_row``); refusing them would refuse the
    shop's own backups.
    """
    have, want = schema_names(db), reference_schema()
    out = []
    for kind in ("table", "index", "trigger"):
        out += [f"{kind} {name} missing" for name in sorted(want[kind] - have[kind])]
    extra = sorted(have["trigger"] - want["trigger"])
    out += [f"trigger {name} not made by this version" for name in extra]
    out += [f"trigger {name} {how}" for name, how in guard_problems(db) if how != "missing"]
    applied = {
        r[0]
        for r in db.execute(
            f"SELECT name FROM {MIGRATIONS.migrations_table} WHERE migration_set = ?",
            [MIGRATIONS.name],
        )
    }
    out += [f"migration {name} not applied" for name in known_migrations() if name not in applied]
    return out
