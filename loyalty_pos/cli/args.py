"""Argument types and shared options of the admin command line.

Each type turns one argument into a value or an ``argparse.ArgumentTypeError``, which
the parser prints as one line on stderr with exit status 2: a malformed id, amount or
date never reaches a service and never prints a traceback. Ranges are the services'
to judge, so their messages are the same as at the counter.

The options several commands share (``--db``/``--json``, the ``--from``/``--to``
period) are defined once here, so they cannot drift apart.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.rates import parse_multiplier_pct, parse_rate_bp
from ..l10n import message, translate

CLI = "Cli"
"""The translation context of every command-line string."""


class CliError(UserError):
    """Bad input that only the command line can see (arguments, a missing file)."""

    context = CLI


# Global options -----------------------------------------------------------------------


def global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
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


# Numbers ------------------------------------------------------------------------------


def count(text: str) -> int:
    """An integer argument (an id, a count); the services judge the range."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not a whole number").format(value=text)
        ) from None


def money(text: str) -> int:
    """A whole number of minor units, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not a whole number of minor units").format(value=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(translate(CLI, "an amount cannot be negative"))
    return value


# Rates are read exactly, as stored (domain/rates.py): more decimals than are kept are
# refused, never rounded. "." or "," is the decimal mark, whatever the shop's language:
# the command line is for scripts, and at most two decimals leave no room for confusion
# with a thousands separator.
MARKS = ".,"


def exact(parse: Callable[[str], int]) -> Callable[[str], int]:
    """An argparse type from a domain parser: its message becomes the usage error."""

    def read(text: str) -> int:
        try:
            return parse(text)
        except UserError as err:
            raise argparse.ArgumentTypeError(message(err)) from None

    return read


multiplier_pct = exact(lambda text: parse_multiplier_pct(text, MARKS))
"""A multiplier such as 2 or 1.5, in percent (200, 150)."""
rate_bp = exact(lambda text: parse_rate_bp(text, MARKS))
"""A cashback rate such as 5 or 2.5 (percent), in basis points."""
discount_bp = exact(lambda text: parse_rate_bp(text, MARKS, zero=True))
"""A tier's standing discount, 0 (none) to 100 percent, in basis points."""


def item(text: str) -> tuple[str, int]:
    """``NAME=N``: an item from the shop's list and how many."""
    name, sep, qty = text.rpartition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(translate(CLI, "write --item NAME=N"))
    try:
        n = int(qty)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(CLI, "write --item NAME=N")) from None
    if n < 1:
        raise argparse.ArgumentTypeError(translate(CLI, "an item count is 1 or more"))
    return name.strip(), n


# Days and times -----------------------------------------------------------------------


def day(text: str) -> date:
    """A date argument, YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not a date (use YYYY-MM-DD)").format(value=text)
        ) from None


def moment(text: str) -> datetime:
    """A local time, YYYY-MM-DDTHH:MM, on this machine's clock."""
    try:
        value = datetime.strptime(text, "%Y-%m-%dT%H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not a time YYYY-MM-DDTHH:MM").format(value=text)
        ) from None
    return value.astimezone()  # local time of this machine


def period_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """``--from`` and ``--to`` (inclusive) as ``args.start`` and ``args.end``.

    One definition for ``report``, ``liability`` and ``audit``: the same metavar, the
    same "inclusive" help, the same date type. ``check_period`` refuses a reversed one.
    """
    parser.add_argument("--from", dest="start", type=day, required=required, metavar="YYYY-MM-DD")
    parser.add_argument(
        "--to",
        dest="end",
        type=day,
        required=required,
        metavar="YYYY-MM-DD",
        help=translate(CLI, "last day, inclusive"),
    )


def check_period(args: argparse.Namespace) -> None:
    """``--to`` before ``--from`` is refused (exit 2); a missing end is allowed."""
    if args.start is not None and args.end is not None and args.end < args.start:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "--to is before --from."))


# Files --------------------------------------------------------------------------------


def pdf_path(text: str) -> Path:
    """A PDF to write: its folder must exist (checked before anything is written)."""
    path = Path(text).expanduser()
    if path.is_dir() or not path.parent.is_dir():
        raise CliError(
            QT_TRANSLATE_NOOP(CLI, "Cannot write {path}: no such folder, or it is a folder."),
            path=str(path),
        )
    return path
