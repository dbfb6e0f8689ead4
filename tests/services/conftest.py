"""Visits and refunds for the gift-card and coupon tests.

The checkout that writes money visits is built on another branch; these rows stand in
for what it writes, so the coupon and gift-card services can be tested on their own.
"""

from __future__ import annotations

import itertools

import pytest

from loyalty_pos.domain.clock import to_db
from loyalty_pos.services import Services

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
