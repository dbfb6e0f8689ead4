"""The usual item the counter pre-fills: counted by one indexed aggregate in ``store/``
over the member's recent visits still standing, chosen by ``domain/usual.py``."""

from __future__ import annotations

import re

import pytest

from loyalty_pos.domain.schemes import Item
from loyalty_pos.domain.usual import USUAL_WINDOW
from loyalty_pos.services import OWNER_STAFF
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.services.member_extras import member_extras
from loyalty_pos.store.extras import ITEM_TALLIES_SQL, ExtrasStore

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def menu(services, coffee):
    s = services.schemes
    return {
        name: s.add_item(Item(0, name, "coffee", price, frozenset({coffee.id})))
        for name, price in (("Espresso", 450), ("Cappuccino", 790), ("Latte", 890))
    }


def buy(services, clock, member, items: dict[int, int], request_id: str) -> int:
    clock.advance(hours=20)
    return services.checkout.confirm(
        member.id, CheckoutRequest(amount=0, items=items), request_id
    ).visit_id


def usual(services, clock, member) -> int | None:
    return member_extras(services.db, clock, member.id).usual_item_id


def test_the_item_on_the_most_visits_is_the_usual(services, clock, member, coffee):
    m = menu(services, coffee)
    buy(services, clock, member, {m["Latte"].id: 6}, "tray")  # once, for the office
    for i in range(3):
        buy(services, clock, member, {m["Cappuccino"].id: 1, m["Espresso"].id: i % 2}, f"c{i}")
    assert usual(services, clock, member) == m["Cappuccino"].id


def test_nobody_has_a_usual_before_buying_twice(services, clock, member, coffee):
    m = menu(services, coffee)
    assert usual(services, clock, member) is None
    buy(services, clock, member, {m["Latte"].id: 1}, "a")
    assert usual(services, clock, member) is None
    buy(services, clock, member, {m["Latte"].id: 1}, "b")
    assert usual(services, clock, member) == m["Latte"].id


def test_voided_and_fully_refunded_visits_do_not_count(services, clock, member, coffee):
    m = menu(services, coffee)
    for i in range(2):
        buy(services, clock, member, {m["Espresso"].id: 1}, f"e{i}")
    latte = [buy(services, clock, member, {m["Latte"].id: 1}, f"l{i}") for i in range(3)]
    assert usual(services, clock, member) == m["Latte"].id
    services.actor.staff_id = OWNER_STAFF  # a visit of an earlier day: the owner voids it
    services.visits.void(latte[0], "wrong customer")
    services.checkout.refund(latte[1], None, "returned")
    assert usual(services, clock, member) == m["Espresso"].id  # 2 espressos, 1 latte left


def test_an_item_taken_off_the_list_is_no_usual(services, clock, member, coffee):
    m = menu(services, coffee)
    for i in range(2):
        buy(services, clock, member, {m["Latte"].id: 1}, f"l{i}")
    services.schemes.switch("item", m["Latte"].id, False)
    assert usual(services, clock, member) is None


def test_only_the_recent_visits_count(services, clock, member, coffee):
    m = menu(services, coffee)
    for i in range(USUAL_WINDOW):
        buy(services, clock, member, {m["Latte"].id: 1}, f"old{i}")
    for i in range(USUAL_WINDOW // 2 + 1):  # the member has moved on to cappuccino
        buy(services, clock, member, {m["Cappuccino"].id: 1}, f"new{i}")
    tallies = ExtrasStore(services.db).item_tallies(member.id, USUAL_WINDOW)
    assert sum(t.visits for t in tallies) == USUAL_WINDOW
    assert usual(services, clock, member) == m["Cappuccino"].id


@pytest.mark.sqlite_only
def test_the_count_is_one_indexed_aggregate(services, member):
    """The plan walks the member's visits by index and their items by primary key: it
    never scans the visits or visit_items tables, whatever their size."""
    plan = " | ".join(
        row[-1]
        for row in services.db.execute(
            "EXPLAIN QUERY PLAN " + ITEM_TALLIES_SQL, [member.id, USUAL_WINDOW]
        ).fetchall()
    )
    # The member's visits through an index on member_id (the covering one when there is
    # one); "SCAN v" is the at most USUAL_WINDOW rows the subquery kept.
    assert re.search(r"SEARCH visits USING (COVERING )?INDEX \w+ \(member_id=\?\)", plan), plan
    assert "SEARCH vi USING PRIMARY KEY (visit_id=?)" in plan, plan
    assert "SCAN visits" not in plan and "SCAN vi " not in plan + " ", plan
