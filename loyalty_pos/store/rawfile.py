"""Reading a few raw bytes of a shop file without breaking SQLite's locks.

POSIX advisory locks belong to the process, not to the descriptor: closing *any*
descriptor of a file drops every lock this process holds on it, SQLite's included. A
plain ``open(path).read(16)`` of a live shop file, closed a moment later, therefore
silently unlocks the counter's own connection; the next ``loyalty-pos admin`` then
believes it is alone, checkpoints and deletes the ``-wal`` and ``-shm`` files under the
counter, which stops seeing any other writer (and could lose data). SQLite's own VFS
never closes a descriptor while the file is locked; this module does the same: one
descriptor per file (per inode), opened once and kept for the life of the process.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_descriptors: dict[tuple[int, int], int] = {}
_lock = threading.Lock()


def _descriptor(path: Path) -> int:
    """The process's one descriptor of ``path``'s file, opened on first use; under ``_lock``."""
    info = os.stat(path)
    key = (info.st_dev, info.st_ino)
    fd = _descriptors.get(key)
    if fd is None:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        _descriptors[key] = fd  # kept open on purpose: see the module's docstring
    return fd


def read_prefix(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of ``path`` (fewer if it is shorter). Raises OSError."""
    return read_at(path, 0, size)


def read_at(path: Path, offset: int, size: int) -> bytes:
    """``size`` bytes of ``path`` from ``offset`` (fewer at its end), through the kept
    descriptor (a backup reads the live file's pages this way too)."""
    with _lock:
        fd = _descriptor(path)
        if not hasattr(os, "pread"):  # Windows: seek and read under the lock
            os.lseek(fd, offset, os.SEEK_SET)
            return os.read(fd, size)
    return os.pread(fd, size, offset)
