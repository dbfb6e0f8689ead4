"""Which backups rotation keeps: generations of automatic ones, the newest verified one
always, a few pre-migration and before-restore copies, manual ones for ever; and a
difference pack removed is folded into the one after it (``pack_chain.fold``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from . import backup_write, pack_chain
from .backups import BackupFile, backup_files, base_of, delete, note_path

DAILY, WEEKLY, MONTHLY = 7, 4, 3  # generations of automatic backups kept
PRE_MIGRATION_KEPT = 2  # copies taken before an update; the newest two cover one bad update
BEFORE_RESTORE_KEPT = 7


def doomed(files: list[BackupFile]) -> list[BackupFile]:
    """The backups rotation removes; manual backups and files named by hand stay.

    Automatic backups: only verified (compressed) ones count. The newest backup of each
    of the last ``DAILY`` days that have one, of each of the last ``WEEKLY`` ISO weeks
    and of each of the last ``MONTHLY`` months is kept, and the newest verified backup
    always. An unverified automatic backup (from an earlier version, or a file that
    failed) is removed once a verified one exists, and never counted. Pre-migration and
    before-restore copies: the newest ``PRE_MIGRATION_KEPT`` / ``BEFORE_RESTORE_KEPT``.
    A full pack that a kept difference pack is made against stays with it.
    """
    newest_first = sorted(files, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    auto = [b for b in newest_first if b.kind == "auto"]
    good = [b for b in auto if b.verified]
    keep = {b.path for b in _generations(good)}
    out = [b for b in good if b.path not in keep]
    if good:
        out += [b for b in auto if not b.verified]
    for kind, kept in (
        ("pre-migration", PRE_MIGRATION_KEPT),
        ("before-restore", BEFORE_RESTORE_KEPT),
    ):
        out += [b for b in newest_first if b.kind == kind][kept:]
    return [b for b in out if b.path.name not in _roots_in_use(newest_first, out)]


def _roots_in_use(files: list[BackupFile], out: list[BackupFile]) -> set[str]:
    """The full packs that a kept difference pack stands on, through any differences
    rotation folds away."""
    by_name = {b.path.name: b for b in files}
    gone = {b.path for b in out}
    roots: set[str] = set()
    for b in files:
        if b.path in gone:
            continue
        name = base_of(b.path)
        for _ in range(len(files)):
            if name is None or name not in by_name:
                break
            parent = base_of(by_name[name].path)
            if parent is None:
                roots.add(name)
            name = parent
    return roots


def _generations(good: list[BackupFile]) -> list[BackupFile]:
    """Newest first in; the newest of each day, ISO week and month, as many as kept."""
    kept: list[BackupFile] = good[:1]
    for key, count in (
        (lambda b: b.taken_at.date(), DAILY),
        (lambda b: b.taken_at.isocalendar()[:2], WEEKLY),
        (lambda b: (b.taken_at.year, b.taken_at.month), MONTHLY),
    ):
        seen: list[object] = []
        for b in good:
            k = key(b)
            if k not in seen:
                if len(seen) == count:
                    break
                seen.append(k)
                kept.append(b)
    return kept


def rotate(folder: Path | None) -> list[Path]:
    """Apply ``doomed`` to the folder, oldest first; returns the files removed. A
    difference pack that a later pack stands on is folded into it first
    (``pack_chain.fold``); one that cannot be folded (a full disk) is kept, so no
    chain ever breaks."""
    files = backup_files(folder)
    gone = []
    for b in sorted(doomed(files), key=lambda f: (f.taken_at, f.path.name)):
        if base_of(b.path) is not None and not _fold_into_children(b.path, files):
            continue
        delete(b.path)
        gone.append(b.path)
    return gone


def _fold_into_children(path: Path, files: list[BackupFile]) -> bool:
    for child in [f.path for f in files if f.path.exists() and base_of(f.path) == path.name]:
        try:
            pack_chain.fold(path, child)
        except OSError:  # PackError included: keep both, the chain stays whole
            return False
        _note_base(child, base_of(path))
    return True


def _note_base(path: Path, base: str | None) -> None:
    """Record a folded pack's new base in its note."""
    try:
        note = json.loads(note_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return  # no note: ``base_of`` reads the pack's header
    note["base"] = base
    temp = backup_write.partial_name(note_path(path))
    temp.write_text(json.dumps(note), encoding="utf-8")
    os.replace(temp, note_path(path))
