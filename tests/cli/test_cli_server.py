"""The command line against a PostgreSQL server: what differs from a file.

A mistyped ``--db`` must not start an empty shop (on a server: an empty database is not
a shop until ``admin init``), an unreachable server is one line and exit 2, and a
password in the URL is never printed.
"""

from __future__ import annotations

import json
import socket

import pytest

from loyalty_pos import cli
from loyalty_pos.store.pg.connection import PgConnection, PgDatabase
from loyalty_pos.store.pg.schema import applied
from tests import pg_support


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def shop_in(url: str) -> list[str] | None:
    db = PgDatabase(PgConnection(url))
    try:
        return applied(db)
    finally:
        db.close()


@pytest.fixture
def empty():
    server = pg_support.server()
    url = server.empty()
    yield url
    server.drop(url)


def test_an_empty_server_database_is_no_shop_until_init(capsys, empty):
    code, out, err = run(capsys, "--db", empty, "--json", "members", "find", "Kovács")
    assert (code, out) == (2, "") and "There is no shop" in err and "admin init" in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert shop_in(empty) is None  # nothing made
    code, out, err = run(capsys, "--db", empty, "--json", "init")
    assert (code, err) == (0, "") and json.loads(out)["created"] is True
    assert shop_in(empty)
    code, out, err = run(capsys, "--db", empty, "--json", "init")
    assert (code, err) == (0, "") and json.loads(out)["created"] is False


def test_an_unreachable_server_is_one_line_and_exit_2_without_the_password(capsys):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://owner:s3cret-pw@127.0.0.1:{port}/shop"
    code, out, err = run(capsys, "--db", url, "--json", "members", "find", "Kovács")
    assert (code, out) == (2, "")
    assert "cannot be reached" in err and "s3cret-pw" not in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_the_environment_variable_names_a_server(capsys, monkeypatch, empty):
    monkeypatch.setenv("LOYALTY_POS_DB", empty)
    code, out, err = run(capsys, "--json", "init")
    assert (code, err) == (0, "") and json.loads(out)["created"] is True
    code, out, err = run(capsys, "--json", "members", "add", "--name", "Ødegård Kari")
    assert code == 0, err
    code, out, err = run(capsys, "--json", "members", "find", "odegard")
    assert code == 0 and [m["name"] for m in json.loads(out)] == ["Ødegård Kari"]
