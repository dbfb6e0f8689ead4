"""``init``, ``demo`` and ``check``: creating the database and checking it.

Only ``init`` and ``demo`` may create the file (``creates=True``): any other command
refuses a path with no database, so a mistyped ``--db`` does not start an empty shop.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP
from ..l10n import translate
from ..paths import known_shops_file, resolve_db
from ..services import Services, shop_identity
from ..services.views import CheckReport
from ..services.wiring import backup_dir
from ..store import damage
from ..store.database import full_check, quick_check, summary, torn
from . import output as out
from .args import CLI, CliError
from .output import DONE, PROBLEM_FOUND, Outcome
from .registry import Registry


def register(r: Registry) -> None:
    init = r.command(
        "init",
        cmd_init,
        translate(CLI, "create or migrate the database"),
        creates=True,
        check=_no_lost_shop,
    )
    init.add_argument(
        "--force",
        action="store_true",
        help=translate(
            CLI, "start a new shop where one was lost (the file found there is kept aside)"
        ),
    )
    r.command(
        "demo",
        cmd_demo,
        translate(CLI, "fill an empty database with the demo"),
        creates=True,
        check=_no_lost_shop,
    )
    r.command("check", cmd_check, translate(CLI, "integrity and ledger check"))


def _no_lost_shop(args: argparse.Namespace) -> None:
    """``init`` and ``demo`` create a shop only where none was (finding 1): a missing,
    empty or foreign file at a remembered place is refused, naming the newest backup,
    before anything is created. ``init --force`` moves that file aside (kept) and
    starts afresh, the first step of the restore the refusal names."""
    path = resolve_db(args.db)
    if not isinstance(path, Path):  # a server shop: no file to lose
        return
    memory = known_shops_file()
    lost = shop_identity.inspect(path, memory, backup_dir(path))
    if lost is None:
        return
    if not getattr(args, "force", False):
        raise lost.refusal()
    if lost.problem != "missing" and path.stat().st_size > 0:
        shop_identity.put_aside(path)
    else:
        path.unlink(missing_ok=True)  # 0 bytes: nothing to keep
    shop_identity.forget(path, memory)


def cmd_init(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """Opening the file already created or migrated it; say where it is."""
    data = {"db": str(path), "created": args.created}
    text = (
        translate(CLI, "Created {path}.") if args.created else translate(CLI, "{path} is ready.")
    ).format(path=path)
    return Outcome(data, text)


def cmd_demo(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """The demo service itself refuses a database that is not empty (exit 2)."""
    try:
        from ..services.demo import populate_demo  # optional module: imported when used
    except ImportError:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "The demo shop is not part of this build.")) from None
    populate_demo(services)
    members = services.members.members.count()
    programs = services.programs.list()
    data = {"db": str(path), "members": members, "programs": [p.name for p in programs]}
    text = translate(CLI, "Demo shop written to {path}: {members} members, {programs} programs.")
    return Outcome(data, text.format(path=path, members=members, programs=len(programs)))


def cmd_check(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """Exit 1 with a report for every damage the check can describe, never 2: SQLite
    answering "malformed" half-way is itself a finding. Whatever it finds marks the shop
    damaged (``store/damage.py``): read-only until a good backup is restored."""
    reason = damage.refusal(services.db)
    if reason is None:
        try:
            report = services.maintenance.check()
        except sqlite3.DatabaseError as exc:
            if damage.not_damage(exc):  # busy or interrupted: no finding, no mark
                raise
            reason = str(exc)
        else:
            if not report.ok and (quick_check(services.db) or torn(path)):
                # SQLite's own damage; a chain or ledger finding alone keeps its own
                # refusals (tests/cli/test_cli_tamper.py) and is not marked here
                damage.mark(path, summary(report.problems), services.db)
            return _check_outcome(report)
    report = CheckReport(_damage_findings(services, path, reason))
    damage.mark(path, summary(report.problems), services.db)
    return _check_outcome(report)


def _damage_findings(services: Services, path: Path, reason: str) -> list[str]:
    """What can be said of a damaged file without writing to it: why it is damaged,
    a torn last page, then SQLite's full check as far as it gets."""
    found = [translate(CLI, "The file is damaged: {reason}").format(reason=reason)]
    cut = torn(path)
    if cut is not None and cut not in reason:
        found.append(cut)
    try:
        found.extend(full_check(services.db))
    except sqlite3.DatabaseError as exc:
        found.append(translate(CLI, "SQLite cannot read the file: {error}").format(error=exc))
    return found


def _check_outcome(report: CheckReport) -> Outcome:
    return Outcome(
        out.check_json(report), out.check_text(report), DONE if report.ok else PROBLEM_FOUND
    )
