"""``loyalty-pos admin ...``: the owner's command line over the same services as the app.

Parse, call one service, print. Every rule (validation, limits, idempotency, one
transaction per use case) lives in the services, so a script gets exactly what the
counter gets. The command line acts as the Owner staff member and asks for no PIN: it
is meant for whoever can already read the database file on this machine, and a PIN
would protect nothing from them.

Exit status: 0 done, 1 ``check`` found a problem, 2 bad input or an unusable database
(one line on stderr, nothing changed). ``--json`` prints exactly one JSON document on
stdout for every successful command; the shapes are in ``cli_output``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO

from . import cli_output as out
from . import languages
from .domain.errors import QT_TRANSLATE_NOOP, UserError
from .domain.programs import RewardKind, StampProgram
from .domain.validation import MemberInput
from .i18n import message, translate
from .paths import backup_dir, resolve_db
from .services import OWNER_STAFF, Services
from .services.members import PossibleDuplicate, UnknownCard
from .services.visits import REQUEST_ID_MAX
from .store.database import StoreError

CLI = "Cli"
PROG = "loyalty-pos admin"


class CliError(UserError):
    """Bad input that only the command line can see (arguments, a missing file)."""

    context = CLI


@dataclass(frozen=True)
class Outcome:
    """What a command prints: ``data`` with ``--json``, ``text`` without."""

    data: Any
    text: str
    status: int = 0


Handler = Callable[[Services, argparse.Namespace, Path], Outcome]


# Arguments ----------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit 2), like every other error.

    Scripts read the last line of stderr; argparse's default prints the usage block too.
    """

    def error(self, message: str) -> NoReturn:
        _say(sys.stderr, f"{self.prog}: {message} (--help)")
        self.exit(2)


def _global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """``--db`` and ``--json``: before the command (the contract), and after it too.

    After the command they default to SUPPRESS so that they do not reset a value given
    before the command.
    """
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if defaults else argparse.SUPPRESS,
        help=translate(CLI, "database file (default: $LOYALTY_POS_DB, else the data dir)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if defaults else argparse.SUPPRESS,
        help=translate(CLI, "print one JSON document on stdout"),
    )


def _count(text: str) -> int:
    """An integer argument; the services judge the range, so the messages are theirs."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not a whole number").format(value=text)
        ) from None


def _day(text: str) -> date:
    """A date argument, YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not a date (use YYYY-MM-DD)").format(value=text)
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            CLI, "Admin commands over the shop's database. Acts as the Owner; asks no PIN."
        ),
    )
    _global_options(parser, defaults=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        group: argparse._SubParsersAction, name: str, handler: Handler, help_text: str
    ) -> argparse.ArgumentParser:
        sub = group.add_parser(name, help=help_text, description=help_text)
        _global_options(sub, defaults=False)
        sub.set_defaults(handler=handler)
        return sub

    command(commands, "init", cmd_init, translate(CLI, "create or migrate the database"))
    command(commands, "demo", cmd_demo, translate(CLI, "fill an empty database with the demo"))

    members = commands.add_parser("members", help=translate(CLI, "add, find and show members"))
    member_cmds = members.add_subparsers(dest="subcommand", metavar="COMMAND", required=True)
    add = command(member_cmds, "add", cmd_members_add, translate(CLI, "enroll a member"))
    add.add_argument("--name", required=True)
    add.add_argument("--phone")
    add.add_argument("--email")
    add.add_argument("--birthday", metavar="YYYY-MM-DD")
    add.add_argument("--card", metavar="CODE", help=translate(CLI, "a blank card to give"))
    add.add_argument("--consent", choices=["yes", "no"], default="no")
    add.add_argument("--notes", default="")
    add.add_argument("--allow-duplicate", action="store_true")
    find = command(
        member_cmds, "find", cmd_members_find, translate(CLI, "search by name, phone or card")
    )
    find.add_argument("text", metavar="TEXT")
    show = command(
        member_cmds, "show", cmd_members_show, translate(CLI, "one member, with balances")
    )
    show.add_argument("code", metavar="CODE")

    programs = commands.add_parser(
        "programs", help=translate(CLI, "punch cards and schemes: add, update, switch, list")
    )
    program_cmds = programs.add_subparsers(dest="subcommand", metavar="COMMAND", required=True)
    stamp = command(
        program_cmds, "add-stamp-card", cmd_programs_add, translate(CLI, "add a punch card")
    )
    stamp.add_argument("--name", required=True)
    stamp.add_argument("--stamps-needed", type=_count, required=True, metavar="N")
    stamp.add_argument("--reward", required=True, metavar="TEXT")
    stamp.add_argument("--per-day-limit", type=_count, metavar="N")
    stamp.add_argument("--expiry-days", type=_count, metavar="N")
    stamp.add_argument("--stamps-per-item", type=_count, default=1, metavar="N")
    stamp.add_argument(
        "--reward-kind", choices=[k.value for k in RewardKind], default=RewardKind.FREE_ITEM
    )
    stamp.add_argument("--reward-value", type=_count, default=0, metavar="N")
    command(program_cmds, "list", cmd_programs_list, translate(CLI, "list the programs"))

    from . import cli_checkout  # imported here: it builds on this module's Outcome

    visit = command(
        commands, "visit", cli_checkout.cmd_visit, translate(CLI, "check out: earn and redeem")
    )
    visit.add_argument("code", metavar="CODE", nargs="?")
    visit.add_argument("--program", metavar="NAME")
    visit.add_argument("--items", type=_count, metavar="N")
    visit.add_argument("--redeem", metavar="NAME", action="append")
    visit.add_argument("--request-id", metavar="ID", default=None)
    cli_checkout.add_visit_options(visit)

    void = command(commands, "void", cmd_void, translate(CLI, "undo a visit"))
    void.add_argument("visit_id", type=_count, metavar="VISIT_ID")
    void.add_argument("--reason", required=True, metavar="TEXT")

    command(commands, "check", cmd_check, translate(CLI, "integrity and ledger check"))

    from . import cli_shop  # imported here: it builds on this module's Outcome

    card_cmds = cli_shop.register(commands, member_cmds, command)
    from . import cli_print  # printing commands: a module of their own

    cli_print.register(commands, card_cmds, command)
    cli_checkout.register(commands, program_cmds, command)
    from . import cli_schemes  # programs update and switch

    cli_schemes.register(program_cmds, command)
    from . import cli_rewards

    cli_rewards.register(commands, command)
    from . import cli_owner  # report, feedback, staff

    cli_owner.register(commands, command)
    from . import cli_backup  # backup list|now|restore

    cli_backup.register(commands, command)

    from . import cli_data  # members import, export

    cli_data.register(commands, member_cmds, command)
    from . import cli_audit  # the audit trail

    cli_audit.register(commands, command)
    return parser


# Commands -----------------------------------------------------------------------------


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
        from .services.demo import populate_demo  # optional module: imported when used
    except ImportError:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "The demo shop is not part of this build.")) from None
    populate_demo(services)
    members = services.members.members.count()
    programs = services.programs.list()
    data = {"db": str(path), "members": members, "programs": [p.name for p in programs]}
    text = translate(CLI, "Demo shop written to {path}: {members} members, {programs} programs.")
    return Outcome(data, text.format(path=path, members=members, programs=len(programs)))


def cmd_members_add(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    data = MemberInput(
        name=args.name,
        phone=args.phone,
        email=args.email,
        birthday=args.birthday,
        marketing_consent=args.consent == "yes",
        notes=args.notes,
    )
    try:
        member = services.members.enroll(data, card=args.card, allow_duplicate=args.allow_duplicate)
    except PossibleDuplicate as err:
        first = err.matches[0]
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI,
                "{name} already has this phone number or e-mail (card {card}). "
                "Add --allow-duplicate to enroll anyway.",
            ),
            name=first.name,
            card=first.card_number or "—",
        ) from None
    text = translate(CLI, "Enrolled:") + "\n" + out.member_text(member)
    return Outcome(out.member_json(member), text)


def cmd_members_find(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """Full member documents, so a script finds and reads balances in one call."""
    members = [services.members.view(hit.id) for hit in services.members.search(args.text)]
    text = "\n".join(out.hit_line(m) for m in members) or translate(CLI, "No members found.")
    return Outcome([out.member_json(m) for m in members], text)


def cmd_members_show(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """The member document and every balance: points, credit, passes, tier, coupons."""
    member = _lookup(services, args.code)
    balances = services.checkout.balances_summary(member.id)
    coupons = services.coupons.member_coupons(member.id)
    return Outcome(
        out.member_show_json(member, balances, coupons),
        out.member_show_text(member, balances, coupons, services.shop.money_text),
    )


def cmd_programs_add(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    program = services.programs.add(
        StampProgram(
            id=0,
            name=args.name,
            stamps_needed=args.stamps_needed,
            reward_text=args.reward,
            reward_kind=RewardKind(args.reward_kind),
            reward_value=args.reward_value,
            stamps_per_item=args.stamps_per_item,
            expiry_days=args.expiry_days,
            per_day_limit=args.per_day_limit,
        )
    )
    text = translate(CLI, "Program added:") + "\n" + out.program_text(program)
    return Outcome(out.program_json(program), text)


def cmd_programs_list(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    programs = services.programs.list()
    text = "\n".join(out.program_text(p) for p in programs) or translate(CLI, "No programs yet.")
    return Outcome([out.program_json(p) for p in programs], text)


def cmd_void(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    member = services.visits.void(args.visit_id, args.reason)
    data = {
        "visit_id": args.visit_id,
        "voided": True,
        "reason": " ".join(args.reason.split()),
        "member": out.member_json(member),
    }
    text = translate(CLI, "Visit {id} voided.").format(id=args.visit_id)
    return Outcome(data, text + "\n" + out.member_text(member))


def cmd_check(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    report = services.maintenance.check()
    return Outcome(out.check_json(report), out.check_text(report), 0 if report.ok else 1)


def _lookup(services: Services, code: str):
    """The member a code names; an unknown card gets a hint that fits the command line."""
    try:
        return services.members.lookup(code)
    except UnknownCard as err:
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI,
                "Card {code} does not belong to a member yet "
                "(enroll with: members add --card {code}).",
            ),
            code=err.code,
        ) from None


# Running ------------------------------------------------------------------------------

CREATING = {"init", "demo"}


def _check_arguments(args: argparse.Namespace) -> None:
    """Combinations argparse cannot express; checked before the file is opened."""
    if args.command != "visit":
        return
    if args.program is not None and args.items is None:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "--program needs --items N."))
    if args.items is not None and args.program is None:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "--items needs --program NAME."))
    if args.code is None and not args.no_member:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "Give the member's CODE, or --no-member."))
    doing = (
        args.program,
        args.redeem,
        args.amount,
        args.item,
        args.coupon,
        args.gift_card,
        args.use_points,
        args.use_credit,
        args.use_pass,
        args.buy_pass,
    )
    if not any(doing):
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI,
                "Say what the visit does: --amount N, --item NAME=N, --program NAME --items N, "
                "--redeem NAME.",
            )
        )
    if args.request_id is None:
        args.request_id = uuid.uuid4().hex
    if not 1 <= len(args.request_id) <= REQUEST_ID_MAX:
        raise CliError(
            QT_TRANSLATE_NOOP(CLI, "--request-id must be 1 to {max} characters."),
            max=REQUEST_ID_MAX,
        )


def _open(path: Path, *, create: bool) -> Services:
    """Open (and migrate) the file; only ``init`` and ``demo`` may create it.

    A mistyped ``--db`` must not silently start an empty shop beside the real one.
    """
    exists = path.exists() and (path.is_dir() or path.stat().st_size > 0)
    if not exists and not create:
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI, "There is no database at {path}. Create it with: loyalty-pos admin init"
            ),
            path=str(path),
        )
    return Services.open(path, staff_id=OWNER_STAFF, backup_dir=backup_dir(path))


def _say(stream: TextIO, text: str) -> None:
    """Print, replacing what the console's encoding cannot show instead of crashing."""
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(text.encode(encoding, "replace").decode(encoding), file=stream)


def _fail(text: str) -> int:
    _say(sys.stderr, " ".join(text.split()))
    return 2


def main(argv: list[str] | None = None) -> int:
    """Run one admin command; returns the exit status (never raises for bad input).

    The command speaks the shop's language; the caller's locale and catalogue are put
    back afterwards, so a program that runs several commands (the tests) is unaffected."""
    from PySide6.QtCore import QLocale

    from . import i18n

    before = QLocale()
    try:
        return _run(argv)
    finally:
        QLocale.setDefault(before)
        i18n.use_directly([])


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # usage error (2) or --help (0), already printed
        return exc.code if isinstance(exc.code, int) else 2
    try:
        _check_arguments(args)
        path = resolve_db(args.db)
        args.created = not (path.exists() and path.stat().st_size > 0)
        services = _open(path, create=args.command in CREATING)
        languages.apply(services.settings.get("language"), install=False)
        try:
            outcome = args.handler(services, args, path)
        finally:
            services.close()
    except UserError as err:
        return _fail(message(err))
    except StoreError as exc:
        return _fail(str(exc))
    except sqlite3.Error as exc:
        return _fail(translate(CLI, "Database error: {error}").format(error=exc))
    except OSError as exc:
        return _fail(translate(CLI, "Cannot use the database file: {error}").format(error=exc))
    except KeyboardInterrupt:
        return 130
    try:
        _say(sys.stdout, json.dumps(outcome.data, indent=2) if args.json else outcome.text)
        sys.stdout.flush()
    except BrokenPipeError:  # `... | head`: the reader left; the work is done and stays
        _silence_stdout()
    return outcome.status


def _silence_stdout() -> None:
    """Point stdout at the null device so Python's exit flush does not fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
