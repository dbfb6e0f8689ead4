"""Backups as packs of pages: a full pack once, then only the pages that changed.

At 1,000,000 members (a 4.7 GiB file) a compact compressed copy a day cost about 300 s
of CPU and the 14 kept generations 2.6 times the database's size. A day at the counter
changes a few thousand of the file's 1.2 million pages, so a backup now keeps pages:

* **A full pack** holds every page of the file as it was at one moment (zstd level 3:
  a third of the file's size, 3 s of CPU per 600 MB). It is the *base* of later packs.
* **A difference pack** holds only the pages that differ from the backup before it (its
  *base*, named in its header: every page whose xxh3-128 hash differs, and the pages
  beyond the base's end). A restore applies the full pack and each difference after it
  in turn (``pack_chain.py``); rotation folds a difference it removes into the next one,
  so the chain never breaks and what is kept is the full pack plus the pages that
  changed over the kept span.
* The newest pack has a **hash list** beside it (``NAME.hashes``, 16 bytes a page), so
  the next difference is found by reading the live file once and hashing it (xxh3: 0.1 s
  of CPU per 600 MB), without unpacking anything.

Every pack ends with the xxh3-128 digest of the whole file's hash list: unpacking it
(``unpack``) recomputes the hash of every page written and compares, so a restore
proves it rebuilt exactly the file that was checked when the pack was made.

The pages are read straight from the live file (``frozen_pages``), never copied by
SQLite first: one read transaction that sees no WAL frames stops every checkpoint from
writing into the file (a checkpoint needs read-lock 0, which that reader holds), so the
file's bytes stay those of one consistent moment while they are read and checked.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import xxhash
import zstandard

from . import rawfile

SUFFIX = ".pack"
MAGIC = b"LOYALTY-POS PAGES 1\n"
LEVEL = 3  # zstd: measured against lzma -0 and zstd 1/6 in docs/performance.md
HASH = 16  # bytes of xxh3-128 per page
REBASE_SHARE = 0.5  # differences since the full pack past half its size: a full one again
_PGNO = struct.Struct(">I")
_END = 0  # page numbers start at 1; 0 ends the pages, followed by the digest


class PackError(OSError):
    """A pack that cannot be read back into the file it was made from (an ``OSError``:
    to whoever lists backups it is a file that cannot be read)."""


class TooManyPages(Exception):
    """A difference pack would hold more pages than its limit: write a full one."""


@dataclass(frozen=True)
class Header:
    """What a pack's first line says."""

    page_size: int
    page_count: int
    base: str | None  # the full pack this one differs from; None: a full pack
    base_digest: str | None

    @property
    def full(self) -> bool:
        return self.base is None


def is_pack(path: Path) -> bool:
    """By its first bytes: a zstd frame (a pack renamed by the owner still reads)."""
    try:
        return rawfile.read_prefix(path, 4) == b"\x28\xb5\x2f\xfd"
    except OSError:
        return path.name.endswith(SUFFIX)


def hashes_path(pack: Path) -> Path:
    return pack.with_name(pack.name + ".hashes")


def digest(hash_list: bytes) -> str:
    return xxhash.xxh3_128_hexdigest(hash_list)


# Reading the live file --------------------------------------------------------------


@contextlib.contextmanager
def frozen_pages(path: Path, attempts: int = 20) -> Iterator[sqlite3.Connection]:
    """A read transaction on ``path`` under which its file's bytes do not change.

    The WAL is checkpointed and truncated, then a read transaction starts; if the
    ``-wal`` file is still empty once it has started, the reader took read-lock 0 (it
    reads the file alone) and no checkpoint can write into the file until it ends.
    A writer that slipped in between makes it try again. Raises ``sqlite3.OperationalError``
    when the till keeps the WAL busy through every attempt (the caller retries later).
    """
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=5.0)
    try:
        wal = path.with_name(path.name + "-wal")
        for _ in range(attempts):
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                continue
            conn.execute("BEGIN")
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            if not wal.exists() or wal.stat().st_size == 0:
                try:
                    yield conn
                finally:
                    conn.execute("ROLLBACK")
                return
            conn.execute("ROLLBACK")
        raise sqlite3.OperationalError("the shop file stayed busy; the backup waits")
    finally:
        conn.close()


def geometry(conn: sqlite3.Connection) -> tuple[int, int]:
    """(page size, page count) as the connection's transaction sees the file."""
    size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    return size, count


def read_pages(path: Path, page_size: int, count: int) -> Iterator[tuple[int, bytes]]:
    """(page number, bytes) of every page, in order, through the kept descriptor."""
    chunk = max(1, (4 * 1024 * 1024) // page_size)
    for first in range(1, count + 1, chunk):
        n = min(chunk, count - first + 1)
        block = rawfile.read_at(path, (first - 1) * page_size, n * page_size)
        if len(block) != n * page_size:
            raise PackError(f"the file ended at page {first + len(block) // page_size}")
        view = memoryview(block)
        for i in range(n):
            yield first + i, bytes(view[i * page_size : (i + 1) * page_size])


def hash_list(pages: Iterable[tuple[int, bytes]]) -> bytes:
    return b"".join(xxhash.xxh3_128_digest(page) for _, page in pages)


# Writing --------------------------------------------------------------------------


class Writer:
    """A pack being written: the header, then pages, then the end and the digest."""

    def __init__(self, target: Path, header: Header) -> None:
        self._file = open(target, "wb")  # noqa: SIM115 (closed in close())
        self._out = zstandard.ZstdCompressor(level=LEVEL, write_checksum=True).stream_writer(
            self._file, closefd=False
        )
        fields = {
            "page_size": header.page_size,
            "page_count": header.page_count,
            "base": header.base,
            "base_digest": header.base_digest,
        }
        self._out.write(MAGIC + json.dumps(fields).encode() + b"\n")
        self.pages = 0

    def page(self, number: int, data: bytes) -> None:
        self._out.write(_PGNO.pack(number) + data)
        self.pages += 1

    def close(self, whole_digest: str) -> None:
        self._out.write(_PGNO.pack(_END) + bytes.fromhex(whole_digest))
        self._out.flush(zstandard.FLUSH_FRAME)
        self._out.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()

    def abandon(self) -> None:
        with contextlib.suppress(Exception):
            self._out.close()
        with contextlib.suppress(Exception):
            self._file.close()


def write_pack(
    source: Path,
    target: Path,
    page_size: int,
    page_count: int,
    base: tuple[str, bytes] | None,
    check_cancel: Callable[[], None] = lambda: None,
    limit: int | None = None,
) -> bytes:
    """Write the pages of ``source`` (frozen by the caller) to ``target``: all of them,
    or those differing from ``base`` = (its name, its hash list). Returns the file's
    hash list (the one to keep beside a full pack)."""
    base_hashes = base[1] if base else b""
    header = Header(page_size, page_count, base[0] if base else None, None)
    if base:
        header = Header(page_size, page_count, base[0], digest(base_hashes))
    writer = Writer(target, header)
    hashes = bytearray()
    try:
        for number, page in read_pages(source, page_size, page_count):
            if number % 4096 == 0:
                check_cancel()
            h = xxhash.xxh3_128_digest(page)
            hashes += h
            at = (number - 1) * HASH
            if base is None or base_hashes[at : at + HASH] != h:
                writer.page(number, page)
                if limit is not None and writer.pages > limit:
                    raise TooManyPages()
        check_cancel()  # the app closing during a small file's last pages
        writer.close(digest(bytes(hashes)))
    except BaseException:
        writer.abandon()
        raise
    return bytes(hashes)


def write_hashes(pack: Path, hashes: bytes) -> None:
    temp = pack.with_name(".partial-" + hashes_path(pack).name)
    with open(temp, "wb") as f:
        f.write(hashes)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, hashes_path(pack))


def read_hashes(pack: Path) -> bytes | None:
    """A full pack's hash list, if it is beside it and whole."""
    try:
        data = hashes_path(pack).read_bytes()
    except OSError:
        return None
    header = read_header(pack)
    if header is None or len(data) != header.page_count * HASH:
        return None
    return data


# Reading a pack ---------------------------------------------------------------------


@contextlib.contextmanager
def _stream(pack: Path) -> Iterator[zstandard.ZstdDecompressionReader]:
    with open(pack, "rb") as f, zstandard.ZstdDecompressor().stream_reader(f) as reader:
        yield reader


def _exactly(reader, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        block = reader.read(size - len(data))
        if not block:
            raise PackError("the pack ends too early")
        data += block
    return bytes(data)


def _header_from(reader) -> Header:
    if _exactly(reader, len(MAGIC)) != MAGIC:
        raise PackError("not a pack of pages")
    line = bytearray()
    while not line.endswith(b"\n"):
        line += _exactly(reader, 1)
        if len(line) > 4096:
            raise PackError("the pack's header is too long")
    fields = json.loads(line)
    return Header(
        int(fields["page_size"]),
        int(fields["page_count"]),
        fields.get("base"),
        fields.get("base_digest"),
    )


def read_header(pack: Path) -> Header | None:
    """The pack's header; None if it is not a readable pack."""
    try:
        with _stream(pack) as reader:
            return _header_from(reader)
    except (OSError, PackError, ValueError, KeyError, TypeError, zstandard.ZstdError):
        return None


def records(pack: Path) -> Iterator[tuple[Header, int, bytes]]:
    """(header, page number, page) of every page in the pack; the last is (h, 0, digest)."""
    with _stream(pack) as reader:
        header = _header_from(reader)
        while True:
            (number,) = _PGNO.unpack(_exactly(reader, _PGNO.size))
            if number == _END:
                yield header, 0, _exactly(reader, HASH)
                return
            if number > header.page_count:
                raise PackError(f"page {number} is beyond the file's {header.page_count}")
            yield header, number, _exactly(reader, header.page_size)


def place(pack: Path, out) -> str:
    """Write a pack's pages at their places in ``out``; returns its final digest."""
    for header, number, data in records(pack):
        if number == 0:
            return data.hex()
        out.seek((number - 1) * header.page_size)
        out.write(data)
    raise PackError("the pack ends too early")


def read_pages_plain(path: Path, page_size: int, count: int) -> Iterator[tuple[int, bytes]]:
    """Like ``read_pages`` for a file that is not live (an unpacked copy)."""
    with open(path, "rb") as f:
        for number in range(1, count + 1):
            page = f.read(page_size)
            if len(page) != page_size:
                raise PackError(f"the file ended at page {number}")
            yield number, page


def set_rollback_mode(path: Path) -> None:
    """Header bytes 18-19 say "WAL" in a copy of a WAL file; the copy is one file on
    its own, so it says rollback journal (1, 1), as ``VACUUM INTO``'s copies did; set
    after the digest check (``pack_chain.unpack``), which hashes page 1 as the live file
    had it."""
    with open(path, "r+b") as f:
        f.seek(18)
        if f.read(2) == b"\x02\x02":
            f.seek(18)
            f.write(b"\x01\x01")
