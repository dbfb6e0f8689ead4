"""Never mistake a lost shop for a new one (issue finding 1).

An empty, missing or foreign file where the shop was looks, to SQLite, like a place to
start a new shop: the till would open the set-up wizard and write an empty shop over the
evidence, the command line would suggest ``init``. So the app remembers each shop file it
opened (``known-shops.json`` in the per-user data folder, keyed by the resolved path):
its size, its chain heads and its first chain link, which no other shop shares and every
backup of this one keeps. At a remembered place, a missing, empty, non-SQLite or foreign
file (not this app's tables, or another shop's first link) is refused, naming the newest
backup and how to restore it.

The memory is a help, never a gate of its own: a file that cannot be read or written is
ignored (a shop is refused only on what its file shows). The caller passes the memory
file (``paths.known_shops_file``) so that this module stays free of Qt.
"""

from __future__ import annotations

import json
import lzma
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.chain import heads_text
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused, UserError
from ..store import backups as backup_store
from ..store import chain, damage, rawfile
from ..store.database import torn

SQLITE_HEADER = b"SQLite format 3\x00"

PROBLEMS = {
    "missing": QT_TRANSLATE_NOOP(ERRORS, "The shop's file is missing"),
    "empty": QT_TRANSLATE_NOOP(ERRORS, "The shop's file is empty (0 bytes)"),
    "not-sqlite": QT_TRANSLATE_NOOP(ERRORS, "The shop's file is no longer a database"),
    "foreign": QT_TRANSLATE_NOOP(ERRORS, "The file is not a Loyalty POS shop"),
    "other-shop": QT_TRANSLATE_NOOP(ERRORS, "The file holds another shop"),
}


@dataclass(frozen=True)
class Remembered:
    """What the app saw the last time it opened a shop file."""

    size: int
    heads: str  # ``main.41523.1f3a…`` (``domain/chain.heads_text``), "" before any link
    first: str | None  # the first chain link's hash: the shop's identity
    seen: str  # ISO time, UTC


@dataclass(frozen=True)
class LostShop:
    """A remembered shop's file that is no longer that shop."""

    path: Path
    problem: str  # a key of PROBLEMS
    remembered: Remembered
    backup: Path | None  # the newest backup listed in the backup folder

    def refusal(self) -> ShopLost:
        return ShopLost(self)


class ShopLost(Refused):
    """The refusal for a lost shop: what is wrong, and the way back."""

    def __init__(self, lost: LostShop) -> None:
        self.lost = lost
        fields = {
            "problem": PROBLEMS[lost.problem],
            "path": str(lost.path),
            "size": lost.remembered.size,
        }
        if lost.backup is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "{problem}: {path} (it was {size} bytes). Nothing was written. "
                    "No backup was found beside it: look for a copy on a USB stick.",
                ),
                **fields,
            )
            return
        super().__init__(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "{problem}: {path} (it was {size} bytes). Nothing was written. "
                "Newest backup: {backup}. Restore it with: loyalty-pos admin --db "
                '"{path}" init --force, then: loyalty-pos admin --db "{path}" '
                "backup restore {backup}",
            ),
            backup=lost.backup.name,
            **fields,
        )


def _key(path: Path) -> str:
    return str(path.expanduser().resolve())


def _load(memory: Path) -> dict[str, dict]:
    try:
        data = json.loads(memory.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(memory: Path, data: dict[str, dict]) -> None:
    """Written atomically (a power cut leaves the old memory or the new one)."""
    try:
        memory.parent.mkdir(parents=True, exist_ok=True)
        temporary = memory.with_name(memory.name + ".tmp")
        temporary.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temporary, memory)
    except OSError:
        pass  # the memory is a help: a folder that takes no file costs only the help


def recall(path: Path, memory: Path) -> Remembered | None:
    """What the app remembers of the shop at ``path``, or None."""
    entry = _load(memory).get(_key(path))
    if not isinstance(entry, dict):
        return None
    try:
        return Remembered(
            int(entry["size"]), str(entry.get("heads", "")), entry.get("first"), str(entry["seen"])
        )
    except (KeyError, TypeError, ValueError):
        return None


def first_link(conn: sqlite3.Connection | Database) -> str | None:
    """The hash of the shop's first chain link (None before any link, or no chain)."""
    try:
        row = conn.execute("SELECT hash FROM chain WHERE seq = 1").fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else bytes(row[0]).hex()


def remember(path: Path, db: Database, memory: Path) -> None:
    """Note the shop now at ``path`` (after it opened sound); a damaged shop is not
    noted, so the memory keeps what the good file was."""
    if damage.refusal(db) is not None:
        return
    try:
        heads = heads_text(chain.heads(db)) if chain.installed(db) else ""
        entry = {
            "size": path.stat().st_size,
            "heads": heads,
            "first": first_link(db),
            "seen": datetime.now(UTC).isoformat(timespec="seconds"),
        }
    except (OSError, sqlite3.Error):
        return
    data = _load(memory)
    data[_key(path)] = entry
    _save(memory, data)


def forget(path: Path, memory: Path) -> None:
    """A new shop is wanted at ``path`` (``init --force``): the old one is not missed."""
    data = _load(memory)
    if data.pop(_key(path), None) is not None:
        _save(memory, data)


def newest_backup(folder: Path | None) -> Path | None:
    """The newest verified backup in ``folder`` (checked as it was written), else the
    newest listed (an older, unchecked kind), or None. A restore checks the file again
    before it replaces anything."""
    files = [b for b in backup_store.backup_files(folder) if b.size > 0]
    good = next((b for b in files if b.verified), None)
    if good is not None:
        return good.path
    return files[0].path if files else None


def inspect(path: Path, memory: Path, backup_folder: Path | None) -> LostShop | None:
    """A :class:`LostShop` if ``path`` is a remembered place whose file is no longer
    that shop; None if the place is new, or the file is still the shop (damage inside
    it is the open path's business, ``store/database.py``)."""
    remembered = recall(path, memory)
    if remembered is None:
        return None
    problem = _problem(path, remembered)
    if problem is None:
        return None
    return LostShop(path, problem, remembered, newest_backup(backup_folder))


def _problem(path: Path, remembered: Remembered) -> str | None:
    try:
        if not path.exists():
            return "missing"
        if path.stat().st_size == 0:
            return "empty"
        if rawfile.read_prefix(path, len(SQLITE_HEADER)) != SQLITE_HEADER:
            return "not-sqlite"
        if not backup_store.read_contents(path, counts=False).is_app:
            return "foreign"
        if remembered.first is not None:
            with closing(backup_store.open_read_only(path)) as conn:
                first = first_link(conn)
            if first is not None and first != remembered.first:
                return "other-shop"
    except sqlite3.DatabaseError:
        return None  # readable as SQLite but damaged: the open path marks it
    except OSError:
        return None  # unreadable: the open path says why (permissions, …)
    return None


def restore_lost(path: Path, backup: Path, backup_folder: Path, memory: Path) -> Path | None:
    """Put ``backup`` where the lost (or unopenable) shop was, through the backups
    service's restore, which verifies the backup before it replaces anything; returns
    where the file found there was moved (kept, never deleted), or None if none was.

    The restore needs a live shop to copy into, so the file found there is moved aside
    and an empty shop made in its place first. A backup that fails a check is refused
    and everything is put back as it was: no empty shop is left to be taken, at the
    next start, for a new place (the set-up wizard over the real shop)."""
    try:  # a compressed backup is unpacked on the shop's disk to be looked at
        with backup_store.plain_file(backup, into=backup_folder) as plain:
            problems = backup_store.quick_check_file(plain)
            is_app = backup_store.read_contents(plain).is_app
            problems = problems or (["the file is cut short"] if torn(plain) else [])
    except (sqlite3.Error, OSError, EOFError, ValueError, lzma.LZMAError) as exc:
        problems, is_app = [str(exc)], False
    if problems or not is_app:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The backup {backup} cannot be used: {problem}"),
            backup=backup.name,
            problem=(problems or ["not a Loyalty POS shop"])[0],
        )
    from . import OWNER_STAFF, Services  # the package imports this module's callers

    marked = damage.why(path)
    aside = put_aside(path)
    damage.clear(path)  # the mark was the moved file's
    services = None
    try:
        services = Services.open(path, staff_id=OWNER_STAFF, backup_dir=backup_folder)
        result = services.backups.restore(backup)
        # the "before-restore" copy holds the empty shop made above: left, it would be
        # the newest backup the next refusal names
        result.saved_as.unlink(missing_ok=True)
        result.saved_as.with_name(result.saved_as.name + ".json").unlink(missing_ok=True)
        remember(path, services.db, memory)
    except BaseException:
        if services is not None:
            services.close()
            services = None
        _remove_with_companions(path)
        if aside is not None:
            _put_back(aside, path)
        if marked is not None:
            damage.mark(path, marked)
        raise
    finally:
        if services is not None:
            services.close()
    return aside


def _remove_with_companions(path: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)


def _put_back(aside: Path, path: Path) -> None:
    """Undo :func:`put_aside` (the same stamp on the file and its companions)."""
    stamp = aside.name.removeprefix(path.name)
    for extra in ("-wal", "-shm"):
        kept = path.with_name(f"{path.name}{extra}{stamp}")
        if kept.exists():
            os.replace(kept, path.with_name(path.name + extra))
    os.replace(aside, path)


def put_aside(path: Path) -> Path | None:
    """Move the file at ``path`` (and its ``-wal``/``-shm``, which must not be replayed
    into whatever comes next) to ``NAME.lost-STAMP`` beside it: kept, never deleted.
    Returns where it went, or None if there was no file."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    for extra in ("-wal", "-shm"):
        companion = path.with_name(path.name + extra)
        if companion.exists():
            os.replace(companion, companion.with_name(f"{companion.name}.lost-{stamp}"))
    if not path.exists():
        return None
    aside = path.with_name(f"{path.name}.lost-{stamp}")
    os.replace(path, aside)
    return aside
