"""Taking a backup as a pack of pages (``page_pack``): check the live file once, keep
only what changed.

One read transaction freezes the live file's bytes (``page_pack.frozen_pages``); inside
it, if asked, SQLite's full ``integrity_check``, the guard triggers and the chain are
checked on that very state (the daily full check is this: it reads the moment the
backup keeps, so a backup is never of a file with damage the check can see), then the
pages are read once, hashed and written: all of them (a full pack) or those that differ
from the newest pack in the folder (a difference pack). When the differences since the
full pack together pass ``page_pack.REBASE_SHARE`` of its size, or one difference passes
that share of its pages, a full pack is written instead, which bounds what a restore
reads.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import backup_write, pack_chain, page_pack


class CopyDamaged(backup_write.BackupFailed):
    """The check of the live file's state failed: the shop itself is damaged."""


def live_path(conn: sqlite3.Connection) -> Path | None:
    """The file behind a connection's main database; None for one in memory."""
    for _, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def newest_head(folder: Path, page_size: int) -> tuple[Path, bytes] | None:
    """The pack the next difference is made against: the newest pack with this page
    size whose hash list is beside it, if its chain has not grown past
    ``page_pack.REBASE_SHARE`` of its full pack (then a full one is due)."""
    packs = sorted(folder.glob("loyalty-*" + page_pack.SUFFIX), key=lambda p: p.name, reverse=True)
    for pack in packs:
        header = page_pack.read_header(pack)
        if header is None or header.page_size != page_size:
            continue
        hashes = page_pack.read_hashes(pack)
        if hashes is None:
            continue
        try:
            links = pack_chain.chain(pack, folder)
        except page_pack.PackError:
            return None
        full = links[0][0].stat().st_size
        grown = sum(path.stat().st_size for path, _ in links[1:])
        return None if grown > page_pack.REBASE_SHARE * full else (pack, hashes)
    return None


def take(
    db_conn: sqlite3.Connection,
    target: Path,
    *,
    verify: bool,
    chains: bool,
    full: bool,
    cancel: backup_write.CancelToken,
) -> page_pack.Header:
    """Write the pack ``target`` (its final name; written as ``.partial-…`` first and
    renamed only when whole). Raises ``CopyDamaged`` when the check finds damage,
    ``Cancelled``, or the ``OSError``/``sqlite3.Error`` of a full disk or a busy file,
    and leaves nothing behind."""
    source = live_path(db_conn)
    if source is None:
        raise backup_write.BackupFailed(["the shop is not a file"])
    partial = backup_write.partial_name(target)
    with page_pack.frozen_pages(source) as conn:
        if verify:
            cancel.check()
            try:
                with cancel.watching(conn):
                    problems = backup_write.verify_connection(conn, chains=chains)
            except sqlite3.OperationalError:
                cancel.check()  # the app closing interrupted the check: Cancelled
                raise
            if problems:
                raise CopyDamaged(problems)
        cancel.check()
        size, count = page_pack.geometry(conn)
        base = None if full else newest_head(target.parent, size)
        try:
            header, hashes = _write(source, partial, size, count, base, cancel)
            page_pack.write_hashes(target, hashes)  # first: a pack without it is no head
            backup_write.put_in_place(partial, target)
        except BaseException:
            backup_write.remove(partial, page_pack.hashes_path(target))
            raise
    for older in target.parent.glob("*" + page_pack.SUFFIX + ".hashes"):
        if older != page_pack.hashes_path(target):  # only the newest pack's: 19 MB at 1M
            backup_write.remove(older)
    return header


def _write(
    source: Path,
    partial: Path,
    size: int,
    count: int,
    base: tuple[Path, bytes] | None,
    cancel: backup_write.CancelToken,
) -> tuple[page_pack.Header, bytes]:
    """(the header written, the file's hash list)."""
    if base is not None:
        limit = int(page_pack.REBASE_SHARE * (len(base[1]) // page_pack.HASH))
        try:
            hashes = page_pack.write_pack(
                source, partial, size, count, (base[0].name, base[1]), cancel.check, limit
            )
            return page_pack.Header(size, count, base[0].name, page_pack.digest(base[1])), hashes
        except page_pack.TooManyPages:
            backup_write.remove(partial)
    hashes = page_pack.write_pack(source, partial, size, count, None, cancel.check)
    return page_pack.Header(size, count, None, None), hashes
