"""Visits and refunds for the gift-card and coupon tests; two tills on one server.

The checkout that writes money visits is built on another branch; these rows stand in
for what it writes, so the coupon and gift-card services can be tested on their own.
``tills`` is till A and till B on a fresh database of the session's PostgreSQL server
(``tests/pg_support.py``), for the tests of what one till sees of the other.
"""

from __future__ import annotations

import itertools

import pytest

from loyalty_pos.domain.clock import to_db
from loyalty_pos.services import Services
from tests import pg_support

_ids = itertools.count(1)


@pytest.fixture
def make_visit(services: Services):
    def make(member_id: int | None = None, amount: int = 0) -> int:
        cur = services.db.execute(
            "INSERT INTO visits (member_id, staff_id, created_at, amount, discount, charged) "
            "VALUES (?, ?, ?, ?, 0, ?)",
            [member_id, services.actor.staff_id, to_db(services.clock()), amount, amount],
        )
        return int(cur.lastrowid)

    return make


@pytest.fixture
def make_refund(services: Services):
    def make(visit_id: int, amount: int = 0) -> int:
        cur = services.db.execute(
            "INSERT INTO refunds (visit_id, amount, full, reason, request_id, staff_id, "
            "created_at) VALUES (?, ?, 1, 'test', ?, ?, ?)",
            [visit_id, amount, f"r{next(_ids)}", services.actor.staff_id, to_db(services.clock())],
        )
        return int(cur.lastrowid)

    return make


@pytest.fixture
def server_url():
    """A fresh database on the session's server, dropped after the test."""
    server = pg_support.server()
    url = server.fresh()
    yield url
    server.drop(url)


@pytest.fixture
def tills(server_url, clock):
    """Till A and till B of branch "main", each with its own connection."""
    a = Services.open(server_url, clock=clock, till="A", branch="main")
    b = Services.open(server_url, clock=clock, till="B", branch="main")
    yield a, b
    b.close()
    a.close()
