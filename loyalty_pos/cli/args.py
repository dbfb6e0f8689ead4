"""Argument types and shared options of the admin command line.

Each type turns one argument into a value or an ``argparse.ArgumentTypeError``, which
the parser prints as one line on stderr with exit status 2: a malformed id, amount or
date never reaches a service and never prints a traceback. Ranges are the services'
to judge, so their messages are the same as at the counter; the types only keep out
what no service can judge without crashing: an id or count beyond SQLite's 64-bit
integers, a number of thousands of digits (Python refuses to read one above 4300), a
date whose next day does not exist, an amount beyond the money range, text with bytes
that are not UTF-8 (``guard_text`` puts that check on every argument).

The options several commands share (``--db``/``--json``, the ``--from``/``--to``
period) are defined once here, so they cannot drift apart.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from ..domain.checkout import MAX_AMOUNT
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.rates import parse_multiplier_pct, parse_rate_bp
from ..l10n import message, translate
from .output import shown

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


INT64_MAX = 2**63 - 1
"""SQLite's largest integer: an id or a count beyond it cannot even be looked up."""
MAX_DIGITS = 19
"""Digits of the largest 64-bit integer: longer is out of range before it is read."""


def _whole(text: str, what: str, low: int, high: int) -> int:
    """``text`` as an integer in [low, high]. More digits than any 64-bit integer is
    out of range before it is read: ``int()`` of thousands of digits is slow, and
    above 4300 digits Python 3.11 refuses it with a ValueError of its own."""
    digits = text.strip().lstrip("+-").lstrip("0").replace("_", "")
    try:
        value = int(text) if len(digits) <= MAX_DIGITS else None
    except ValueError:
        raise argparse.ArgumentTypeError(translate(CLI, what).format(value=shown(text))) from None
    if value is None:  # digits enough to be out of range, if a number at all
        if not digits.isdecimal():
            raise argparse.ArgumentTypeError(translate(CLI, what).format(value=shown(text)))
        value = low - 1 if text.strip().startswith("-") else high + 1
    return _within(value, text, low, high)


def _within(value: int, text: str, low: int, high: int) -> int:
    if value > high:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is too large (at most {max})").format(
                value=shown(text), max=high
            )
        )
    if value < low:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is too small (at least {min})").format(
                value=shown(text), min=low
            )
        )
    return value


WHOLE = QT_TRANSLATE_NOOP(CLI, "“{value}” is not a whole number")
MINOR_UNITS = QT_TRANSLATE_NOOP(CLI, "“{value}” is not a whole number of minor units")


def count(text: str) -> int:
    """An integer argument (a count, a score); the services judge the range, within
    SQLite's 64-bit integers."""
    return _whole(text, WHOLE, -INT64_MAX, INT64_MAX)


def ident(text: str) -> int:
    """A row's id (a visit): 1 to SQLite's largest integer."""
    return _whole(text, WHOLE, 1, INT64_MAX)


def between(low: int, high: int) -> Callable[[str], int]:
    """A whole number in [low, high], for a limit a command writes beside another
    change: refused here, before the first of its writes."""

    def bounded(text: str) -> int:
        return _whole(text, WHOLE, low, high)

    bounded.__name__ = "count"
    return bounded


def money(text: str) -> int:
    """A whole number of minor units, 0 up to the largest sale the till takes."""
    stripped = text.strip()
    if stripped.startswith("-") and stripped[1:].strip("0").isdecimal():  # "-5", not "-0"
        raise argparse.ArgumentTypeError(translate(CLI, "an amount cannot be negative"))
    return _whole(text, MINOR_UNITS, 0, MAX_AMOUNT)


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
        n = _whole(qty, WHOLE, -INT64_MAX, INT64_MAX)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(translate(CLI, "write --item NAME=N")) from None
    if n < 1:
        raise argparse.ArgumentTypeError(translate(CLI, "an item count is 1 or more"))
    return name.strip(), n


# Days and times -----------------------------------------------------------------------


FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
"""The days a command takes: wide enough for any shop's records and plans, and far
enough inside Python's dates (year 1 to 9999) that a service may add a day, a year or
a period's length (``report``'s previous period) without running off the calendar."""


def _in_years(value: date, text: str) -> None:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is outside {first} to {last}").format(
                value=shown(text), first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()
            )
        )


def day(text: str) -> date:
    """A date argument, YYYY-MM-DD, from 2000-01-01 to 2099-12-31."""
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not a date (use YYYY-MM-DD)").format(value=shown(text))
        ) from None
    _in_years(value, text)
    return value


def moment(text: str) -> datetime:
    """A local time, YYYY-MM-DDTHH:MM, on this machine's clock, within the days above."""
    try:
        value = datetime.strptime(text, "%Y-%m-%dT%H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not a time YYYY-MM-DDTHH:MM").format(value=shown(text))
        ) from None
    _in_years(value.date(), text)
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


# Text ---------------------------------------------------------------------------------


def text(value: str) -> str:
    """Any text argument: refused when it cannot be stored or shown as text.

    On POSIX an argument's bytes that are not UTF-8 reach ``sys.argv`` as lone
    surrogates (PEP 383); SQLite, JSON and the terminal cannot take them, and a NUL
    cannot be in a file name or a C string. Refused here, the message names the
    argument (argparse adds "argument --name:").
    """
    if any("\ud800" <= ch <= "\udfff" or ch == "\0" for ch in value):
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not valid text (bytes that are not UTF-8)").format(
                value=shown(value)
            )
        )
    return value


def _text_first(convert: Callable[[str], object]) -> Callable[[str], object]:
    """``convert``, after ``text`` has accepted the raw argument."""

    @functools.wraps(convert)
    def read(value: str) -> object:
        return convert(text(value))

    read.__dict__["text_checked"] = True
    return read


def guard_text(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Put ``text`` in front of the type of every argument that takes a value, in
    ``parser`` and all its sub-commands: one place, so no command module can forget it.

    argparse calls the type on each value (choices are compared after it), so an
    undecodable ``--reason`` or ``--db`` is refused before anything is opened.
    """
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                guard_text(sub)
            continue
        if action.nargs == 0 or getattr(action.type, "text_checked", False):
            continue
        convert = action.type if callable(action.type) else str
        action.type = _text_first(convert)
    return parser
