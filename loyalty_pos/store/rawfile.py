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


def read_prefix(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of ``path`` (fewer if it is shorter). Raises OSError."""
    info = os.stat(path)
    key = (info.st_dev, info.st_ino)
    with _lock:
        fd = _descriptors.get(key)
        if fd is None:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            _descriptors[key] = fd  # kept open on purpose: see the module's docstring
    return os.pread(fd, size, 0) if hasattr(os, "pread") else _read_at_start(fd, size)


def _read_at_start(fd: int, size: int) -> bytes:  # Windows: no pread, no POSIX locks
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, size)
