"""Moving a one-till shop from its file to a PostgreSQL server (``admin migrate-to``).

The owner runs this once, when a second till or a second branch arrives
(``docs/several-tills.md``). It must be safe to run on the real shop:

- the file is only read (a read-only connection of its own, one snapshot), and a
  damaged file is refused rather than copied: a server must not start life with a
  broken page's rows;
- the server's database must be empty (no table at all): the command never merges into
  or overwrites a shop, and a second run into the same database is refused;
- the copy is one transaction (``store/pg/copy.py``): it lands whole or not at all;
- after the commit, the server is checked as the owner would check it and both sides
  are compared figure by figure, so "it worked" is shown, not assumed: rows per table,
  cached balances and ledger sums per account, the full check on the server (every
  balance against its ledger, every link of every chain, every member's lots), the
  chains' heads, gift cards one by one, and the dashboard over the whole history.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg

from ..domain.clock import from_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused
from ..store import damage
from ..store.pg import figures
from ..store.pg.connection import PgConnection, PgDatabase
from ..store.pg.copy import (
    Copied,
    copy_shop,
    file_problems,
    open_read_only,
    server_tables,
    table_counts,
)
from ..store.pg.server import ServerUnreachable, hide_password
from ..store.schema_tills import TILLED
from .reports import MAX_DAYS

if TYPE_CHECKING:
    from . import Services


class MigrationRefused(Refused):
    """The copy cannot start (or did not land): nothing was written to the server."""


NOT_EMPTY = QT_TRANSLATE_NOOP(
    ERRORS,
    "The database {url} is not empty ({count} tables, such as {first}). Moving a shop "
    "needs a new, empty database. Nothing was written.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    ERRORS, "The shop's file is damaged ({reason}). Restore a backup before moving it."
)
FAILED = QT_TRANSLATE_NOOP(
    ERRORS, "The copy to {url} failed ({error}). Nothing was written to the server."
)
ON_SERVER = QT_TRANSLATE_NOOP(
    ERRORS, "This shop is already on a server. Give --db the shop's file to move it."
)


@dataclass(frozen=True)
class Compared:
    """One figure read on both sides."""

    what: str
    file: Any
    server: Any

    @property
    def ok(self) -> bool:
        return bool(self.file == self.server)


@dataclass(frozen=True)
class Migration:
    """What was copied and what was checked."""

    url: str  # as shown: without its password
    till: str
    branch: str
    tables: dict[str, int]
    compared: list[Compared]
    server_problems: list[str]  # the full check on the server
    seconds: float  # the whole command: copy and checks
    copy_seconds: float

    @property
    def differences(self) -> list[Compared]:
        return [c for c in self.compared if not c.ok]

    @property
    def ok(self) -> bool:
        return not self.differences and not self.server_problems


def connect(url: str) -> PgDatabase:
    """The target database, or :class:`ServerUnreachable` (a bad URL included); the
    driver's message may quote the URL, so it is told without the password."""
    try:
        return PgDatabase(PgConnection(url))
    except psycopg.Error as exc:
        raise ServerUnreachable(without_password(str(exc), url)) from exc


def shown_url(url: str) -> str:
    """The URL as printed: no password, neither before the host nor as a parameter."""
    return _QUERY_PASSWORD.sub(r"\1***", hide_password(url))


_QUERY_PASSWORD = re.compile(r"((?:^|[?&\s])password=)[^&\s]*", re.IGNORECASE)


def without_password(text: str, url: str) -> str:
    """``text`` with the URL's password hidden wherever it appears."""
    text = text.replace(url, shown_url(url))
    head = url.partition("//")[2].partition("/")[0].rpartition("@")[0]
    secrets = [head.partition(":")[2]]
    secrets += [m.group(0).partition("=")[2] for m in _QUERY_PASSWORD.finditer(url)]
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return _QUERY_PASSWORD.sub(r"\1***", text)


def migrate_to(services: Services, path: Path, url: str, *, branch: str) -> Migration:
    """Copy the shop at ``path`` (opened as ``services``) to the empty database at
    ``url`` and verify it (see the module)."""
    shown = shown_url(url)
    if services.path is None:
        raise MigrationRefused(ON_SERVER)
    reason = damage.refusal(services.db)
    source = open_read_only(path)
    try:
        problems = [reason] if reason else file_problems(source)
        if problems:
            raise MigrationRefused(DAMAGED, reason="; ".join(problems)[:200])
        started = time.monotonic()
        target = connect(url)
        try:
            try:
                found = server_tables(target)
                if found:
                    raise MigrationRefused(NOT_EMPTY, url=shown, count=len(found), first=found[0])
                copied = copy_shop(source, target, branch=branch)
                copy_seconds = round(time.monotonic() - started, 1)
            except sqlite3.Error as exc:
                raise MigrationRefused(FAILED, url=shown, error=str(exc)[:200]) from exc
            compared: list[Compared] = []
            server_problems = _verify(services, source, target, url, copied, compared)
        finally:
            target.close()
        return Migration(
            url=shown,
            till=copied.till,
            branch=branch,
            tables=copied.tables,
            compared=compared,
            server_problems=server_problems,
            seconds=round(time.monotonic() - started, 1),
            copy_seconds=copy_seconds,
        )
    finally:
        source.close()


def _verify(
    services: Services,
    source: sqlite3.Connection,
    target: PgDatabase,
    url: str,
    copied: Copied,
    compared: list[Compared],
) -> list[str]:
    """Both sides compared into ``compared``; the server's problems. The copy is in by
    now, so a check that cannot finish (the network dropped) is a problem to report
    (exit 1), not a refusal: something was written."""
    try:
        compared += _compare(source, target, list(copied.tables), copied.till)
        server_problems, reports = _server_side(services, url)
        compared.append(Compared("dashboard", _dashboard(services), reports))
    except (sqlite3.Error, ServerUnreachable) as exc:
        return [f"the check could not finish: {without_password(str(exc), url)}"]
    return server_problems


def _compare(
    source: sqlite3.Connection, target: PgDatabase, tables: list[str], till: str
) -> list[Compared]:
    """Rows and sums, file against server, in one snapshot of each side. The server
    has one row the file has not: its ``tills`` lists the file's till."""
    source.execute("BEGIN")
    target.execute("BEGIN DEFERRED")
    try:
        file_rows, server_rows = table_counts(source), figures.counts(target, tables)
        file_rows["tills"] = len(set(figures.till_names(source)) | {till})
        out = [Compared(f"rows {t}", file_rows.get(t), server_rows[t]) for t in tables]
        members = file_rows.get("members", 0)
        out.append(Compared("search rows", members, figures.search_rows(target)))
        for name, read in (
            ("balances", figures.balances),
            ("ledger", figures.ledger_sums),
            ("gift cards", figures.gift_cards),
            ("chains", figures.chain_heads),
        ):
            out.append(Compared(name, read(source), read(target)))
        out.append(Compared("no till", dict.fromkeys(TILLED, 0), figures.tills(target, TILLED)))
        return out
    finally:
        target.conn.rollback()
        source.rollback()


def _server_side(services: Services, url: str) -> tuple[list[str], Any]:
    """The full check and the dashboard, on the server as a till will open it."""
    from . import OWNER_STAFF, Services

    on_server = Services.open(url, clock=services.clock, staff_id=OWNER_STAFF)
    try:
        problems = on_server.maintenance.check(full=True).problems
        return list(problems), _dashboard(on_server)
    finally:
        on_server.close()


def history(services: Services) -> tuple[date, date]:
    """The whole history as a report period (at most the longest a report covers)."""
    end = services.clock().date() + timedelta(days=1)
    first = figures.first_visit(services.db)
    # a day early: the first visit's local day may be the day before its UTC date
    start = from_db(first).date() - timedelta(days=1) if first else end - timedelta(days=1)
    return max(start, end - timedelta(days=MAX_DAYS)), end


def _dashboard(services: Services) -> dict[str, Any]:
    """The dashboard's figures for the whole history, as plain data to compare."""
    start, end = history(services)
    board = services.reports.dashboard(start, end)
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "current": dataclasses.asdict(board.current),
        "series": [dataclasses.asdict(p) for p in board.series],
        # sorted: the server lists the lines in another order (the query has none)
        "liability": sorted(
            (dataclasses.asdict(line) for line in board.liability.lines),
            key=lambda line: (line["label"], line["what"]),
        ),
    }
