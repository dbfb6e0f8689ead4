"""The command registry: each command group module registers its commands here, and the
parser is built from what was registered.

A command is a path of names (``("members", "add")``), a handler, a help line and the
arguments it takes. The arguments are recorded (``CommandSpec.add_argument`` has
argparse's signature) and only applied to a parser when ``Registry.build`` runs, so a
module describes its commands without holding the parser, and no module needs another
to add its commands under a shared group (``cards replace`` beside ``cards block``).

Registration runs each time a parser is built (``runner.build_parser``), not at
import: the help texts are translated into the shop's language of that moment.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from ..services import Services
from .args import global_options
from .output import REFUSED, Outcome, one_line, say

Handler = Callable[[Services, argparse.Namespace, Path], Outcome]
"""Runs one command on the open database: (services, arguments, database path)."""
Check = Callable[[argparse.Namespace], None]
"""Checks argument combinations argparse cannot express, before the file is opened."""

# The ``dest`` of the subcommand names at each depth, which handlers read.
DESTS = ("command", "subcommand")


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit 2), like every other error.

    Scripts read the last line of stderr; argparse's default prints the usage block too,
    and repeats unrecognised arguments as given, newlines and all (``one_line``).
    """

    def error(self, message: str) -> NoReturn:
        say(sys.stderr, one_line(f"{self.prog}: {message} (--help)"))
        self.exit(REFUSED)


@dataclass
class CommandSpec:
    """The arguments of one command (or of a mutually exclusive group), recorded."""

    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)
    groups: list[tuple[bool, CommandSpec]] = field(default_factory=list)

    def add_argument(self, *args: Any, **kwargs: Any) -> None:
        """As ``ArgumentParser.add_argument``; applied when the parser is built."""
        self.calls.append((args, kwargs))

    def add_mutually_exclusive_group(self, *, required: bool = False) -> CommandSpec:
        """As argparse's: the returned spec records the group's arguments."""
        group = CommandSpec()
        self.groups.append((required, group))
        return group

    def apply(self, parser: argparse.ArgumentParser | Any) -> None:
        for args, kwargs in self.calls:
            parser.add_argument(*args, **kwargs)
        for required, group in self.groups:
            group.apply(parser.add_mutually_exclusive_group(required=required))


@dataclass(frozen=True)
class Group:
    """A word that only groups commands (``members``, ``programs update``)."""

    path: tuple[str, ...]
    help: str
    description: str | None = None
    dest: str | None = None
    metavar: str = "COMMAND"


@dataclass(frozen=True)
class Command:
    """One runnable command: its path, what runs it, its help and arguments."""

    path: tuple[str, ...]
    handler: Handler
    help: str
    arguments: CommandSpec
    creates: bool = False  # only ``init`` and ``demo`` may create the database file
    check: Check | None = None


class Registry:
    """Groups and commands in the order they were registered (the order of ``--help``)."""

    def __init__(self) -> None:
        self.entries: list[Group | Command] = []

    def group(
        self,
        path: str,
        help: str,
        *,
        description: str | None = None,
        dest: str | None = None,
        metavar: str = "COMMAND",
    ) -> None:
        """Declare a group of commands; ``path`` is its words, space-separated."""
        self.entries.append(Group(tuple(path.split()), help, description, dest, metavar))

    def command(
        self,
        path: str,
        handler: Handler,
        help: str,
        *,
        creates: bool = False,
        check: Check | None = None,
    ) -> CommandSpec:
        """Register a command; add its arguments to the returned spec."""
        spec = CommandSpec()
        self.entries.append(Command(tuple(path.split()), handler, help, spec, creates, check))
        return spec

    def commands(self) -> list[Command]:
        return [e for e in self.entries if isinstance(e, Command)]

    def build(self, parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        """Add every group and command to ``parser`` (which has the global options)."""
        levels: dict[tuple[str, ...], Any] = {
            (): parser.add_subparsers(dest=DESTS[0], metavar="COMMAND", required=True)
        }
        for entry in self.entries:
            parent = levels.get(entry.path[:-1])
            if parent is None:
                raise LookupError(f"register the group {' '.join(entry.path[:-1])!r} first")
            name = entry.path[-1]
            if isinstance(entry, Group):
                kwargs = {"description": entry.description} if entry.description else {}
                sub = parent.add_parser(name, help=entry.help, **kwargs)
                dest = entry.dest or DESTS[min(len(entry.path), len(DESTS) - 1)]
                levels[entry.path] = sub.add_subparsers(
                    dest=dest, metavar=entry.metavar, required=True
                )
                continue
            sub = parent.add_parser(name, help=entry.help, description=entry.help)
            global_options(sub, defaults=False)
            sub.set_defaults(handler=entry.handler, creates=entry.creates, check_args=entry.check)
            entry.arguments.apply(sub)
        return parser
