"""``init``, ``demo`` and ``check``: creating the database and checking it.

Only ``init`` and ``demo`` may create the file (``creates=True``): any other command
refuses a path with no database, so a mistyped ``--db`` does not start an empty shop.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP
from ..l10n import translate
from ..services import Services
from . import output as out
from .args import CLI, CliError
from .output import DONE, PROBLEM_FOUND, Outcome
from .registry import Registry


def register(r: Registry) -> None:
    r.command("init", cmd_init, translate(CLI, "create or migrate the database"), creates=True)
    r.command(
        "demo", cmd_demo, translate(CLI, "fill an empty database with the demo"), creates=True
    )
    r.command("check", cmd_check, translate(CLI, "integrity and ledger check"))


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
    report = services.maintenance.check()
    return Outcome(
        out.check_json(report), out.check_text(report), DONE if report.ok else PROBLEM_FOUND
    )
