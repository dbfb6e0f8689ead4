"""The counter's side of the till's copy of the members (``services/offline_copy_refresh``):
what decides whether a till without its server can open the offline counter."""

from __future__ import annotations

import socket

import pytest

from loyalty_pos.services.offline_copy_refresh import (
    CURRENCY,
    copy_meta,
    outbox_of,
    server_answers,
    server_gone,
    server_till,
    sounds_on,
)
from loyalty_pos.services.outbox import Outbox, outbox_path
from loyalty_pos.store.pg.connection import ServerGone


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_till_that_never_synced_has_no_copy_and_nothing_is_made(tmp_path):
    assert outbox_of(tmp_path, "A") is None
    assert not outbox_path(tmp_path, "A").exists()
    Outbox(outbox_path(tmp_path, "A"), "A").close()  # an outbox, but never synced
    assert outbox_of(tmp_path, "A") is None


def test_a_synced_copy_is_found_with_what_the_counter_kept(tmp_path):
    outbox = Outbox(outbox_path(tmp_path, "A"), "A")
    outbox.store.replace_copy(iter([]), [], "2026-12-05T22:10:00.000000Z")
    outbox.store.set_meta(CURRENCY, "NOK")
    outbox.close()
    found = outbox_of(tmp_path, "A")
    assert found is not None
    try:
        assert found.synced_at() == "2026-12-05T22:10:00.000000Z"
        assert copy_meta(found, CURRENCY) == "NOK"
        assert copy_meta(found, "shop_name") == ""  # a copy made by `admin sync` alone
        assert sounds_on(found)  # not known: on
    finally:
        found.close()


def test_a_server_that_does_not_answer_is_said_so_at_once():
    assert server_answers(f"postgresql://nobody@127.0.0.1:{free_port()}/shop", timeout=2) is False


def test_only_a_broken_connection_is_the_server_gone():
    assert server_gone(ServerGone("the connection to the server was lost"))
    assert not server_gone(ValueError("a bad amount"))


@pytest.mark.sqlite_only
def test_a_shop_in_a_file_keeps_no_copy(services):
    assert server_till(services) is None
