"""A full pack and the difference packs after it: read back as one file, and folded
together when rotation removes one in the middle.

Each difference pack names the pack before it (its base) and the digest of that pack's
whole state; a restore walks back to the full pack, applies it and then every
difference in order, checks at each step that the pack applied is the one the next was
made against, and finally hashes every page of the result against the digest the
chosen pack ends with. A folded pack (``fold``) holds the same state as before, so its
digest does not change.
"""

from __future__ import annotations

import contextlib
import os
import struct
from pathlib import Path

import zstandard

from . import page_pack
from .page_pack import Header, PackError

MAX_LINKS = 400  # a chain longer than this is not one this app wrote


def chain(pack: Path, folder: Path | None = None) -> list[tuple[Path, Header]]:
    """The packs to apply for ``pack``, the full one first. Raises ``PackError``
    naming a missing or unreadable link."""
    where = folder or pack.parent
    links: list[tuple[Path, Header]] = []
    current = pack
    while True:
        header = page_pack.read_header(current)
        if header is None:
            raise PackError(f"{current.name} is not a readable pack of pages")
        links.append((current, header))
        if header.full:
            return links[::-1]
        if len(links) > MAX_LINKS:
            raise PackError(f"{pack.name} has no full backup before it")
        current = where / str(header.base)
        if not current.is_file():
            raise PackError(f"its base backup {header.base} is missing")


def unpack(pack: Path, target: Path, folder: Path | None = None) -> Header:
    """Write the file ``pack`` was made from to ``target`` (a new plain SQLite file in
    rollback-journal mode) and prove it (see the module). Raises ``PackError``."""
    links = chain(pack, folder)
    last = links[-1][1]
    try:
        with open(target, "wb") as out:
            end = ""
            for path, header in links:
                if header.base_digest is not None and header.base_digest != end:
                    raise PackError(f"{path.name} was not made after the backup it names")
                end = page_pack.place(path, out)
            out.truncate(last.page_count * last.page_size)
            out.flush()
            os.fsync(out.fileno())
        pages = page_pack.read_pages_plain(target, last.page_size, last.page_count)
        if page_pack.digest(page_pack.hash_list(pages)) != end:
            raise PackError("the unpacked file is not the one that was backed up")
        page_pack.set_rollback_mode(target)
    except (OSError, zstandard.ZstdError, struct.error) as exc:
        if isinstance(exc, PackError):
            raise
        raise PackError(str(exc)) from exc
    return last


def fold(older: Path, newer: Path) -> None:
    """Make ``newer`` (a difference whose base is ``older``) stand on ``older``'s base
    instead: ``older``'s pages that ``newer`` does not replace are added to it. Written
    beside it and renamed over it only when whole; ``older`` itself is left for the
    caller to delete."""
    old = page_pack.read_header(older)
    new = page_pack.read_header(newer)
    if old is None or new is None or new.base != older.name or old.full:
        raise PackError(f"{newer.name} cannot be folded onto {older.name}")
    replaced = {number for _, number, _ in page_pack.records(newer) if number}
    temp = newer.with_name(".partial-" + newer.name)
    writer = page_pack.Writer(
        temp, Header(new.page_size, new.page_count, old.base, old.base_digest)
    )
    try:
        end = ""
        for _, number, data in page_pack.records(newer):
            if number == 0:
                end = data.hex()
            else:
                writer.page(number, data)
        for _, number, data in page_pack.records(older):
            if number and number not in replaced and number <= new.page_count:
                writer.page(number, data)
        writer.close(end)
        os.replace(temp, newer)
    except BaseException:
        writer.abandon()
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
