"""``admin --db SHOP.sqlite3 migrate-to postgresql://… [--branch NAME]``: move a shop to
a server.

The service (``services/migrate_to.py``) copies and verifies; this prints what was
checked, side by side. Exit 0 when every figure matches and the server's full check
passes; 1 when the copy landed but something differs (the differences are listed: the
owner keeps using the file and asks for help); 2 when nothing was written (the server
cannot be reached, the database is not empty, the file is damaged). The server's URL
is only ever shown without its password.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP
from ..l10n import translate
from ..services import Services
from ..services.migrate_to import Compared, Migration, MigrationRefused, migrate_to
from ..services.till_identity import clean
from ..store.dialect import is_url
from ..store.pg.server import ServerUnreachable
from .args import CLI, CliError
from .output import DONE, PROBLEM_FOUND, Outcome
from .registry import Registry


def register(r: Registry) -> None:
    cmd = r.command(
        "migrate-to",
        cmd_migrate_to,
        translate(CLI, "copy this shop to an empty PostgreSQL database and verify the copy"),
    )
    cmd.add_argument("url", metavar="URL", type=server_url)
    cmd.add_argument(
        "--branch",
        metavar="NAME",
        type=branch_name,
        default="main",
        help=translate(CLI, "the branch the file's till belongs to (default: main)"),
    )


def server_url(text: str) -> str:
    if not is_url(text):
        raise argparse.ArgumentTypeError(
            translate(CLI, "not a server address (postgresql://user@host/database)")
        )
    return text


def branch_name(text: str) -> str:
    name = clean(text)
    if not name:
        raise argparse.ArgumentTypeError(translate(CLI, "a branch needs a name"))
    return name


def cmd_migrate_to(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    if not isinstance(path, Path):  # ``--db`` named a server: there is no file to move
        raise CliError(QT_TRANSLATE_NOOP(CLI, "Give --db the shop's file to move it to a server."))
    try:
        done = migrate_to(services, path, args.url, branch=args.branch)
    except ServerUnreachable as exc:
        raise MigrationRefused(ServerUnreachable.TEXT, error=exc.error) from exc
    return Outcome(migration_json(done), migration_text(done, path), _status(done))


def _status(done: Migration) -> int:
    return DONE if done.ok else PROBLEM_FOUND


def shown(c: Compared, value: Any) -> str:
    """One side of a compared figure, short enough for a table cell."""
    if c.what == "no till":
        return str(sum(value.values()))
    if c.what.startswith("rows ") or c.what == "search rows":
        return str(value)
    if c.what in ("balances", "ledger"):
        return translate(CLI, "{rows} rows, {accounts} accounts").format(
            rows=sum(n for _, n, _ in value), accounts=len(value)
        )
    if c.what == "gift cards":
        return translate(CLI, "{cards} cards, {total} left").format(
            cards=len(value), total=sum(b for _, b, _ in value)
        )
    if c.what == "chains":
        return translate(CLI, "{chains} chains, {links} links").format(
            chains=len(value), links=sum(n for _, n, _ in value)
        )
    if c.what == "dashboard":
        return translate(CLI, "{visits} visits, {sales} sales").format(
            visits=value["current"]["visits"], sales=value["current"]["sales"]
        )
    return str(value)


def label(c: Compared) -> str:
    """What a line of the table checked, in the shop's language."""
    if c.what.startswith("rows "):
        return translate(CLI, "rows in {table}").format(table=c.what[5:])
    labels = {
        "search rows": translate(CLI, "member search rows"),
        "balances": translate(CLI, "cached balances"),
        "ledger": translate(CLI, "ledger sums"),
        "gift cards": translate(CLI, "gift card balances"),
        "chains": translate(CLI, "hash chain heads"),
        "dashboard": translate(CLI, "dashboard, whole history"),
        "no till": translate(CLI, "visits, refunds, ledger rows without a till"),
    }
    return labels.get(c.what, c.what)


def migration_json(done: Migration) -> dict:
    return {
        "url": done.url,
        "till": done.till,
        "branch": done.branch,
        "seconds": done.seconds,
        "copy_seconds": done.copy_seconds,
        "ok": done.ok,
        "tables": done.tables,
        "checks": [
            {
                "what": c.what,
                "file": shown(c, c.file),
                "server": shown(c, c.server),
                "same": c.ok,
            }
            for c in done.compared
        ],
        "server_check": {"ok": not done.server_problems, "problems": done.server_problems},
    }


def migration_text(done: Migration, path: Path) -> str:
    lines = [
        translate(CLI, "Copied {file} to {url} in {copy} s and checked it in {check} s "
                  "(till {till}, branch {branch}).")
        .format(file=path.name, url=done.url, copy=done.copy_seconds,
                check=round(done.seconds - done.copy_seconds, 1), till=done.till,
                branch=done.branch),
        "",
    ]  # fmt: skip
    rows = [(translate(CLI, "Checked"), translate(CLI, "File"), translate(CLI, "Server"), "")]
    for c in done.compared:
        mark = translate(CLI, "same") if c.ok else translate(CLI, "DIFFERENT")
        rows.append((label(c), shown(c, c.file), shown(c, c.server), mark))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        lines.append(
            f"{r[0]:<{widths[0]}}  {r[1]:>{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]}".rstrip()
        )
    lines.append("")
    if done.server_problems:
        lines.append(
            translate(CLI, "The full check on the server found {count} problems:").format(
                count=len(done.server_problems)
            )
        )
        lines += [f"  {p}" for p in done.server_problems[:20]]
    else:
        lines.append(
            translate(
                CLI,
                "The full check on the server passed: every balance equals its ledger, "
                "every chain link verifies.",
            )
        )
    if done.ok:
        lines.append(
            translate(CLI, "The server holds the same shop. Point the tills at it with --db.")
        )
    else:
        lines.append(
            translate(
                CLI,
                "The copy differs from the file. Keep using the file, and send this "
                "output when you ask for help.",
            )
        )
    return "\n".join(lines)
