"""``admin backup list|now|copy FOLDER|restore FILE``: the owner's backups from the command line.

The same ``BackupService`` as the owner's screen: a restore checks the file, saves the
current data as a ``before-restore`` backup first, and refuses (exit 2, nothing
changed) a file that is not a sound backup of this app.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..l10n import translate
from ..services import Services
from ..services.backups import BackupInfo, RestoreResult
from .args import CLI
from .output import Outcome, iso, local_time
from .registry import Registry


def register(r: Registry) -> None:
    r.group("backup", translate(CLI, "list, take and restore backups"))
    r.command("backup list", cmd_backup_list, translate(CLI, "the backups, newest first"))
    r.command("backup now", cmd_backup_now, translate(CLI, "take a backup now"))
    copy = r.command(
        "backup copy",
        cmd_backup_copy,
        translate(CLI, "save a copy of the data in another folder (a USB stick)"),
    )
    copy.add_argument("folder", metavar="FOLDER")
    restore = r.command(
        "backup restore",
        cmd_backup_restore,
        translate(CLI, "replace the data with a backup's (the current data is saved first)"),
    )
    restore.add_argument(
        "file",
        metavar="FILE",
        help=translate(CLI, "a file name from 'backup list', or the path of a backup"),
    )


def backup_json(b: BackupInfo) -> dict:
    return {
        "file": b.name,
        "path": str(b.path),
        "taken_at": iso(b.taken_at),
        "kind": b.kind,
        "size": b.size,
        "members": b.members,
        "visits": b.visits,
        "usable": b.usable,
        "older_version": b.older,
        "verified": b.verified,  # its copy passed the check before it got its name
    }


def restore_json(r: RestoreResult) -> dict:
    return {
        "restored": backup_json(r.restored),
        "saved_as": str(r.saved_as),
        "migrated": list(r.migrated),
        "members": r.members,
        "visits": r.visits,
        "problems": list(r.problems),
    }


def size_text(size: int) -> str:
    """Bytes for a person: 312 KB, 4.2 MB."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def backup_line(b: BackupInfo) -> str:
    if b.usable:
        held = translate(CLI, "{members} members, {visits} visits").format(
            members=b.members, visits=b.visits
        )
        if b.older:
            held += " " + translate(CLI, "(older version)")
    else:
        held = translate(CLI, "cannot be read")
    return f"{local_time(b.taken_at)}  {b.kind:<14}  {size_text(b.size):>8}  {held}  {b.name}"


def cmd_backup_list(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    found = services.backups.list()
    text = "\n".join(backup_line(b) for b in found) or translate(CLI, "No backups yet.")
    return Outcome([backup_json(b) for b in found], text)


def cmd_backup_now(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    made = services.backups.back_up_now()
    text = translate(CLI, "Backup taken: {path}").format(path=made.path)
    return Outcome(backup_json(made), text + "\n" + backup_line(made))


def cmd_backup_copy(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    made = services.backups.copy_to(args.folder)
    text = translate(CLI, "Copy saved: {path}").format(path=made.path)
    return Outcome(backup_json(made), text)


def cmd_backup_restore(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """Exit 1 (like ``check``) if the restored data does not pass the check afterwards."""
    result = services.backups.restore(args.file)
    lines = [
        translate(CLI, "Restored {file}: {members} members, {visits} visits.").format(
            file=result.restored.name, members=result.members, visits=result.visits
        ),
        translate(CLI, "The data it replaced was saved as {saved} (restore it to undo).").format(
            saved=result.saved_as.name
        ),
    ]
    if result.migrated:
        lines.append(
            translate(CLI, "Updated to this version: {names}.").format(
                names=", ".join(result.migrated)
            )
        )
    lines += result.problems
    return Outcome(restore_json(result), "\n".join(lines), 1 if result.problems else 0)
