"""The exact-ledger property test on a PostgreSQL server: random histories of visits,
refunds, voids and expiry, then every visit refunded in a random order, end where they
started (``test_ledger_properties.play``). The same stores run there through the SQL
translation (``store/pg/sql.py``); what differs — integer sums as ``numeric``, NULL
ordering, upserts in PL/pgSQL triggers — is where a mistake would show as a balance
off by one. Fewer examples than on a file: each one is a ``CREATE DATABASE``."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import pg_support
from tests.services.test_ledger_properties import Shop, build_template, op, play


@pytest.fixture(scope="module")
def server_template() -> str:
    server = pg_support.server()
    url = server.empty()
    build_template(url)
    return url


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(op, max_size=18), st.data())
def test_random_histories_on_a_server_end_where_they_started(server_template, ops, data):
    server = pg_support.server()
    url = server.copy(server_template)
    shop = Shop(url)
    try:
        play(shop, ops, data)
    finally:
        shop.s.close()
        server.drop(url)
