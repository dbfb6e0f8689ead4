"""The checkout reads its schemes again only when they may have changed
(``store/scheme_version.py``): a change on this connection, a commit by another one,
a table rebuilt. Whatever the route, a checkout never plans with stale programs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from loyalty_pos.domain.schemes import PointsProgram
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.store.database import write_transaction

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def shop(tmp_path):
    s = Services.open(tmp_path / "shop.sqlite3", staff_id=OWNER_STAFF)
    s.schemes.add_points(PointsProgram(0, "Beans", 1, 100))
    yield s
    s.close()


def reads_of_programs(s: Services, call) -> int:
    seen: list[str] = []
    s.db.conn.set_trace_callback(seen.append)
    try:
        call()
    finally:
        s.db.conn.set_trace_callback(None)
    return sum("FROM programs" in q for q in seen)


def test_unchanged_schemes_are_not_read_again(shop):
    first = shop.checkout.schemes()
    assert reads_of_programs(shop, shop.checkout.schemes) == 0
    assert shop.checkout.schemes() is first


def test_a_change_on_this_connection_is_seen(shop):
    before = shop.checkout.schemes()
    (beans,) = before.points.values()
    shop.schemes.update_points(replace(beans, name="Coffee beans"))
    after = shop.checkout.schemes()
    assert [p.name for p in after.points.values()] == ["Coffee beans"]
    shop.settings.set("discounts_per_visit", "3")
    assert shop.checkout.schemes().discounts_per_visit == 3


def test_a_commit_by_another_connection_is_seen(shop, tmp_path):
    shop.checkout.schemes()
    other = Services.open(tmp_path / "shop.sqlite3", staff_id=OWNER_STAFF)
    try:
        other.schemes.add_points(PointsProgram(0, "Stars", 1, 50))
    finally:
        other.close()
    assert sorted(p.name for p in shop.checkout.schemes().points.values()) == ["Beans", "Stars"]


def test_a_change_rolled_back_is_not_kept_and_a_later_one_is_seen(shop):
    with pytest.raises(RuntimeError), write_transaction(shop.db):
        shop.settings.set("discounts_per_visit", "5")
        assert shop.checkout.schemes().discounts_per_visit == 5
        raise RuntimeError("the owner cancelled")
    assert shop.checkout.schemes().discounts_per_visit != 5
    shop.settings.set("discounts_per_visit", "4")
    assert shop.checkout.schemes().discounts_per_visit == 4


def test_a_service_made_inside_a_transaction_reads_every_time(shop):
    with write_transaction(shop.db):
        inner = Services.over(shop.db, staff_id=OWNER_STAFF)
    assert reads_of_programs(inner, inner.checkout.schemes) > 0
    assert reads_of_programs(inner, inner.checkout.schemes) > 0
    shop.settings.set("discounts_per_visit", "2")
    assert inner.checkout.schemes().discounts_per_visit == 2
