"""Running one admin command: build the parser from the registry, parse, open the
database, call the command's handler, print, return the exit status.

Parse, call one service, print. Every rule (validation, limits, idempotency, one
transaction per use case) lives in the services, so a script gets exactly what the
counter gets. The command line acts as the Owner staff member and asks for no PIN: it
is meant for whoever can already read the database file on this machine, and a PIN
would protect nothing from them.

Exit status (``output.py``): 0 done, 1 ``check`` found a problem, 2 bad input or an
unusable database (one line on stderr, nothing changed), 3 an unexpected error (a bug:
one line on stderr, the traceback in ``loyalty-pos.log`` beside the database, never on
the terminal). ``--json`` prints exactly one JSON document on stdout for every
successful command; on an error it prints nothing there, whatever the status.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from .. import errorlog
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..l10n import catalogue, kept, locale_for, message, resolve, translate, use_directly
from ..paths import ENV_DB, known_shops_file, resolve_db, state_dir
from ..services import OWNER_STAFF, Services, shop_identity, till_identity
from ..services.wiring import backup_dir
from ..store import damage
from ..store.check_notes import shallow_file_problems
from ..store.database import ShopDamaged, StoreError, open_read_only, quick_check, summary
from ..store.dialect import is_url
from ..store.pg.connection import ServerGone
from ..store.pg.server import (
    NoShopOnServer,
    ServerBehind,
    ServerUnreachable,
    hide_password,
)
from . import (
    audit,
    backup,
    checkout,
    data,
    day,
    liability,
    maintenance,
    member_data,
    members,
    migrate_to,
    owner,
    print_cards,
    programs,
    refund,
    rewards,
    schemes,
    shop,
    sync,
)
from .args import CLI, CliError, global_options, guard_text
from .damaged import refusal as damage_refusal
from .output import INTERRUPTED, UNEXPECTED, emit, fail, one_line
from .registry import Parser, Registry

PROG = "loyalty-pos admin"
QUICK_CHECK_MAX = 64 * 2**20  # bytes: the quick check of a bigger file is left to the app

# The command groups, in the order ``--help`` lists them. A group word (``members``,
# ``programs``, ``cards``) is declared by the first module here that uses it.
GROUPS: tuple[ModuleType, ...] = (
    maintenance,
    members,
    programs,
    checkout,
    refund,
    shop,
    print_cards,
    schemes,
    rewards,
    owner,
    liability,
    day,
    backup,
    data,
    member_data,
    audit,
    sync,
    migrate_to,
)


def registry() -> Registry:
    """Every command, registered now (so help texts are in the current language)."""
    r = Registry()
    for group in GROUPS:
        group.register(r)
    return r


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; every argument that takes a value must be valid text."""
    parser = Parser(
        prog=PROG,
        description=translate(
            CLI, "Admin commands over the shop's database. Acts as the Owner; asks no PIN."
        ),
        epilog=translate(
            CLI,
            "Exit status: 0 done; 1 check found a problem; 2 refused, nothing changed; "
            "3 unexpected error, details in loyalty-pos.log beside the database.",
        ),
    )
    global_options(parser, defaults=True)
    return guard_text(registry().build(parser))


def _open(path: Path, *, create: bool) -> Services:
    """Open (and migrate) the file; only ``init`` and ``demo`` may create it.

    A mistyped ``--db`` must not silently start an empty shop beside the real one, nor
    may a lost shop (a missing, empty or foreign file where a shop was) pass for a new
    place: that is refused, naming the newest backup (``services/shop_identity.py``;
    ``init`` and ``demo`` refuse it themselves unless ``--force``). A damaged file opens
    read-only: SQLite's quick check runs before any command on a file up to
    ``QUICK_CHECK_MAX`` (about 10,000 members: under half a second), so that a write
    never lands in a file with a damaged page elsewhere (it marks the file,
    ``store/damage``); on a bigger file it would cost 45 s per command at 1,000,000
    members, so the structure is checked cheaply there (``check_notes.shallow_file_problems``:
    the header, the schema, both ends of every b-tree) and the rest is left to the
    app's start-up check, the daily full check of the state each backup keeps, and
    ``admin check``, which reads everything. The check command then reports what it can
    read.
    """
    memory = known_shops_file()
    if not create:
        lost = shop_identity.inspect(path, memory, backup_dir(path))
        if lost is not None:
            raise lost.refusal()
    exists = path.exists() and (path.is_dir() or path.stat().st_size > 0)
    if not exists and not create:
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI, "There is no database at {path}. Create it with: loyalty-pos admin init"
            ),
            path=str(path),
        )
    try:
        services = Services.open(path, staff_id=OWNER_STAFF, backup_dir=backup_dir(path))
    except ShopDamaged as exc:  # marked already: lookups and the check read what they can
        db = open_read_only(path, exc.error)
        return Services.over(db, staff_id=OWNER_STAFF, backup_dir=backup_dir(path), path=path)
    if damage.refusal(services.db) is None:
        try:
            if path.stat().st_size <= QUICK_CHECK_MAX:
                problems = quick_check(services.db)
            else:
                problems = shallow_file_problems(services.db, path)
        except sqlite3.DatabaseError as exc:  # busy or interrupted: not checked, not damage
            problems = [] if damage.not_damage(exc) else [str(exc)]
        if problems:
            damage.mark(path, summary(problems), services.db)
        else:
            shop_identity.remember(path, services.db, memory)
    close = services.close

    def close_and_remember() -> None:
        """Remember the shop as the command leaves it: a restore changes what it is."""
        shop_identity.remember(path, services.db, memory)
        close()

    services.close = close_and_remember  # type: ignore[method-assign]
    return services


def main(argv: list[str] | None = None) -> int:
    """Run one admin command; returns the exit status (never raises for bad input).

    The command speaks the shop's language; the caller's locale and catalogue are put
    back afterwards, so a program that runs several commands (the tests) is unaffected."""
    with kept():
        return _run(argv)


def speak(setting: str | None) -> None:
    """Words, numbers and dates in the shop's language, read from its catalogue without
    Qt; amounts stay plain ("150000 HUF"), which scripts parse."""
    language = resolve(setting)
    use_directly([catalogue.load(language)], locale_for(language))


def _run(argv: list[str] | None) -> int:
    """One command, and the one place where a bug becomes exit 3 instead of a traceback:
    the promise to scripts is one line on stderr and a status they can test."""
    opened: list[Path] = []  # the database path once known: the log goes beside it
    try:
        return _command(argv, opened)
    except KeyboardInterrupt:
        return INTERRUPTED
    except Exception as exc:  # everything the cases in _command did not foresee: a bug
        return unexpected(exc, opened[-1] if opened else None)


def _command(argv: list[str] | None, opened: list[Path]) -> int:
    """Parse, open, run, print; every foreseen refusal is exit 2 here."""
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # usage error (2) or --help (0), already printed
        return exc.code if isinstance(exc.code, int) else 2
    try:
        if args.check_args is not None:
            args.check_args(args)
        target = args.db or os.environ.get(ENV_DB)
        if is_url(target):  # a shop on a PostgreSQL server (docs/several-tills.md)
            return _on_server(str(target), args)
        path = resolve_db(args.db)
        opened.append(path)
        args.created = not (path.exists() and path.stat().st_size > 0)
        services = _open(path, create=args.creates)
        speak(services.settings.get("language"))
        try:
            outcome = args.handler(services, args, path)
        finally:
            services.close()
    except UserError as err:
        return fail(message(err))
    except StoreError as exc:
        return fail(str(exc))
    except (sqlite3.Error, OverflowError) as exc:
        if (found := damage_refusal(exc, args.db)) is not None:
            return fail(message(found))  # a damaged page met mid-command: read-only
        # OverflowError: an id or amount beyond SQLite's 64-bit integers (``void 1e30``
        # written out); argparse took it as a whole number, SQLite cannot bind it.
        return fail(translate(CLI, "Database error: {error}").format(error=exc))
    except OSError as exc:
        return fail(translate(CLI, "Cannot use the database file: {error}").format(error=exc))
    except KeyboardInterrupt:
        return INTERRUPTED
    return emit(outcome, as_json=args.json)


def _on_server(url: str, args: argparse.Namespace) -> int:
    """One command on a server: the same handlers, no file checks (the server keeps its
    own pages; backups are ``pg_dump``'s). The URL is shown without its password.

    A server that cannot be reached, at the start or mid-command, sends the command to
    its offline form (``sync.py``: a visit that only earns is queued, lookups read the
    till's copy); a command without one says the server cannot be reached. Visits
    queued earlier are sent first, whenever the server answers."""
    shown = hide_password(url)
    till = till_identity.load(state_dir())
    try:
        services = Services.open(
            url, staff_id=OWNER_STAFF, till=till.name, branch=till.branch, create=args.creates
        )
    except ServerUnreachable as exc:
        return _offline(args, str(exc))
    except (NoShopOnServer, ServerBehind) as exc:
        return fail(str(exc))
    args.created = bool(getattr(services.db, "created", False))
    try:
        speak(services.settings.get("language"))
        if args.handler is not sync.cmd_sync:
            sync.replay_waiting(services)
        outcome = args.handler(services, args, shown)
    except ServerGone as exc:
        return _offline(args, str(ServerUnreachable(exc)))
    finally:
        with contextlib.suppress(sqlite3.Error):
            services.close()
    return emit(outcome, as_json=args.json)


def _offline(args: argparse.Namespace, why: str) -> int:
    """The command's offline form, or the reason it cannot run (exit 2)."""
    handler = sync.offline_handler(args)
    if handler is None:
        return fail(why)
    outbox = sync.open_outbox()
    try:
        outcome = handler(outbox, args)
    finally:
        outbox.close()
    return emit(outcome, as_json=args.json)


def unexpected(error: Exception, path: Path | None) -> int:
    """Exit 3: the traceback to the log beside the database (else the data folder,
    else the temporary folder), one line on stderr saying where it went."""
    log: Path | str = "?"
    for folder in _log_folders(path):
        try:
            log = errorlog.record(folder, "loyalty_pos.cli", error)
            break
        except (OSError, ValueError):  # a folder we cannot write: try the next
            continue
    what = one_line(f"{type(error).__name__}: {error}")
    if len(what) > ERROR_SHOWN:
        what = what[: ERROR_SHOWN - 1] + "…"
    return fail(
        translate(CLI, "Unexpected error: {error}. Details in {log}").format(error=what, log=log),
        UNEXPECTED,
    )


ERROR_SHOWN = 200
"""Characters of an unexpected error's own text on the terminal; the log has it all."""


def _log_folders(path: Path | None) -> list[Path]:
    """Where the log may go, best first: beside the shop's file, the data folder."""
    folders = [path.parent] if path is not None else []
    with contextlib.suppress(Exception):  # no data folder known: the temporary one will do
        folders.append(resolve_db(None).parent)
    folders.append(Path(tempfile.gettempdir()))
    return folders
