"""``offline-allowance``: what a member may spend while a till cannot reach the server.

Without ``--member`` it shows or sets the shop's default (every member); with
``--member CODE_OR_ID`` it shows, sets or (``--clear``) clears one member's own amount;
``--list`` lists the members with an own amount. Combinations that make no sense are
refused before the shop is opened (exit 2, nothing changed).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP
from ..l10n import translate
from ..services import Services
from ..services import offline_allowance as allowances
from . import args as arg
from .args import CLI, CliError
from .output import Outcome
from .registry import Registry


def register(r: Registry) -> None:
    spec = r.command(
        "offline-allowance",
        cmd_allowance,
        translate(CLI, "show or set what a member may spend while the server is away"),
        check=check_allowance,
    )
    spec.add_argument("value", type=arg.money, nargs="?", metavar="MINOR_UNITS")
    spec.add_argument(
        "--member",
        metavar="CODE_OR_ID",
        help=translate(CLI, "one member (card code or member number) instead of the default"),
    )
    spec.add_argument(
        "--clear",
        action="store_true",
        help=translate(CLI, "with --member: back to the shop's default"),
    )
    spec.add_argument(
        "--list",
        action="store_true",
        help=translate(CLI, "list the members with an amount of their own"),
    )


def check_allowance(args: argparse.Namespace) -> None:
    """One thing at a time: the default, one member's amount, or the list."""
    if args.list and (args.member is not None or args.value is not None or args.clear):
        raise CliError(
            QT_TRANSLATE_NOOP(CLI, "--list takes no amount, --member or --clear."),
        )
    if args.clear and args.member is None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI, "--clear needs --member: the shop's default is set with an amount."
            )
        )
    if args.clear and args.value is not None:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "Give an amount or --clear, not both."))


def cmd_allowance(services: Services, args: argparse.Namespace, path: Path | str) -> Outcome:
    """The default per member, one member's own amount, or the list (minor units)."""
    if args.list:
        return _listing(services)
    if args.member is not None:
        return _member(services, args)
    if args.value is not None:
        allowances.set_default(services.settings, args.value)
    value = allowances.default(services.settings)
    text = translate(
        CLI,
        "While the server is away a member may spend up to {value} in credit and points "
        "per till (0: nothing). Tills learn it at their next sync.",
    ).format(value=value)
    return Outcome({"offline_allowance": value}, text)


def _member(services: Services, args: argparse.Namespace) -> Outcome:
    member_id = allowances.member_id_of(services, args.member)
    if args.clear:
        found = allowances.clear_for_member(services, member_id)
    elif args.value is not None:
        found = allowances.set_for_member(services, member_id, args.value)
    else:
        found = allowances.for_member(services, member_id)
    return Outcome(found.as_json(), _member_line(found))


def _member_line(found: allowances.MemberAllowance) -> str:
    if found.own is not None:
        text = translate(
            CLI,
            "{name} (#{id}, card {card}) may spend up to {value} offline: their own "
            "amount (the shop's default is {default}).",
        )
    else:
        text = translate(
            CLI,
            "{name} (#{id}, card {card}) may spend up to {value} offline: the shop's default.",
        )
    return text.format(
        name=found.name,
        id=found.member_id,
        card=found.card or "—",
        value=found.amount,
        default=found.default,
    )


def _listing(services: Services) -> Outcome:
    rows = allowances.listing(services)
    default = allowances.default(services.settings)
    data: dict[str, Any] = {
        "offline_allowance": default,
        "members": [row.as_json() for row in rows],
    }
    lines = [
        translate(CLI, "The shop's default: {value}. Members with an amount of their own: {n}.")
        .format(value=default, n=len(rows))
    ]  # fmt: skip
    lines += [f"  #{r.member_id} {r.name} ({r.card or '—'}): {r.amount}" for r in rows]
    return Outcome(data, "\n".join(lines))
