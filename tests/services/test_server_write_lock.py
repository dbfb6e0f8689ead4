"""The write lock on a server: ``BEGIN IMMEDIATE`` begins and takes the shop's advisory
lock in one round trip (``PgConnection._special``); a lock that could not be taken
leaves no transaction open behind it."""

from __future__ import annotations

import sqlite3

import pytest


def test_begin_immediate_takes_the_lock_in_one_round_trip(tills, monkeypatch):
    a, b = tills
    sent: list[str] = []
    raw = a.db.conn.raw
    execute = raw.execute

    def counted(query, *args, **kwargs):
        sent.append(str(query))
        return execute(query, *args, **kwargs)

    monkeypatch.setattr(raw, "execute", counted)
    a.db.conn.execute("BEGIN IMMEDIATE")
    try:
        assert len(sent) == 1 and "pg_advisory_xact_lock" in sent[0]
        assert a.db.conn.in_transaction
        held = b.db.conn.raw.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
        ).fetchone()[0]
        assert held == 1  # A holds the shop's write lock
    finally:
        a.db.conn.execute("ROLLBACK")


def test_a_lock_not_taken_leaves_no_transaction_open(tills):
    a, b = tills
    a.db.conn.execute("BEGIN IMMEDIATE")  # A writes; B waits for the lock…
    try:
        b.db.conn.raw.execute("SET lock_timeout = '100ms'")  # …and gives up
        with pytest.raises(sqlite3.OperationalError):
            b.db.conn.execute("BEGIN IMMEDIATE")
        assert not b.db.conn.in_transaction
        assert b.db.conn.execute("SELECT 1").fetchone() == (1,)  # B works on
    finally:
        a.db.conn.execute("ROLLBACK")
    b.db.conn.execute("BEGIN IMMEDIATE")  # and writes once A is done
    b.db.conn.execute("ROLLBACK")
