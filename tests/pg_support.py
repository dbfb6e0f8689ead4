"""A PostgreSQL server for the tests of the server backend (issue 18).

One server per test session (``loyalty_pos/store/pg/local_server.py`` starts the
machine's PostgreSQL in a temporary folder); each test gets its own database, copied
from a template that already holds the shop's schema, so a test costs a
``CREATE DATABASE``, not a schema build.

Without PostgreSQL on the machine the server tests are skipped with one line that says
why — except under CI (``CI=true``), where a missing server fails the run.
"""

from __future__ import annotations

import itertools
import os

import pytest

from loyalty_pos.store.pg import local_server
from loyalty_pos.store.pg.connection import PgConnection, PgDatabase
from loyalty_pos.store.pg.schema import install

TEMPLATE = "shop_template"
_names = itertools.count(1)


class Server:
    def __init__(self) -> None:
        self.local = local_server.start()
        self._admin(f"CREATE DATABASE {TEMPLATE}")
        shop = PgDatabase(PgConnection(self.local.url(TEMPLATE)))
        install(shop)
        shop.close()

    def _admin(self, statement: str) -> None:
        admin = PgConnection(self.local.url())
        try:
            admin.raw.execute(statement)
        finally:
            admin.close()

    def _create(self, kind: str, template: str | None = None) -> str:
        name = f"{kind}_{os.getpid()}_{next(_names)}"
        self._admin(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return self.local.url(name)

    def drop(self, url: str) -> None:
        """Remove a test's database (each is about 8 MB: a session makes hundreds)."""
        self._admin(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")

    def fresh(self) -> str:
        """A new database holding an empty shop; its URL."""
        return self._create("shop", TEMPLATE)

    def copy(self, url: str) -> str:
        """A new database copied from the one at ``url`` (nobody may be connected)."""
        return self._create("copy", url.rsplit("/", 1)[1])

    def empty(self) -> str:
        """A new empty database (no shop yet); its URL."""
        return self._create("empty")


_server: Server | None = None
_failure: str | None = None


def server() -> Server:
    """The session's server, started on first use; skips (fails under CI) without one."""
    global _server, _failure
    if _server is None and _failure is None:
        try:
            _server = Server()
        except local_server.NoServer as exc:
            _failure = str(exc)
    if _server is None:
        message = f"PostgreSQL server tests need PostgreSQL: {_failure}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return _server


def stop() -> None:
    global _server
    if _server is not None:
        _server.local.remove()
        _server = None


def dump(db) -> list:
    """Everything the shop holds, to compare before and after a refused change: SQLite's
    own dump of a file; on a server, every row of every table, in a fixed order."""
    if getattr(db, "dialect", "sqlite") != "postgresql":
        return list(db.conn.iterdump())
    out: list = []
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    )]  # fmt: skip
    for table in tables:
        rows = db.execute(f'SELECT * FROM "{table}"').fetchall()
        out.append((table, sorted(rows, key=repr)))
    return out


def statements_sent(monkeypatch) -> list[str]:
    """Every statement that reaches a server from now on (any connection), its words
    joined by single spaces: what a test counts round trips by."""
    from loyalty_pos.store.pg.connection import PgConnection

    sent: list[str] = []
    run = PgConnection._run

    def counted(self, sql, params=None):
        sent.append(" ".join(sql.split()))
        return run(self, sql, params)

    monkeypatch.setattr(PgConnection, "_run", counted)
    return sent
