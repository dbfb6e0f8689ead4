"""What a use case changed comes from the rows it really wrote (``store/change_notes``)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from loyalty_pos.domain.changes import EVERYTHING, NOTHING, Changes
from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.checkout import CheckoutRequest

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def tracked(services):
    services.changes.start()
    return services


def test_a_checkout_touches_its_member_and_its_visit_only(tracked, member):
    other = tracked.members.enroll(MemberInput("Nagy Péter"))
    with tracked.changes.collect() as got:
        sale = tracked.checkout.confirm(member.id, CheckoutRequest(amount=5000), "c1")
    assert got.changes.members == {member.id}
    assert got.changes.visits == {sale.visit_id}
    assert got.changes.touches_member(member.id)
    assert not got.changes.touches_member(other.id)
    assert not got.changes.programs and not got.changes.settings


def test_settings_programs_and_staff_are_told_apart(tracked):
    with tracked.changes.collect() as got:
        tracked.settings.set("shop_name", "Kávé")
    assert got.changes.settings == {"shop_name"}
    assert got.changes.touches_settings("shop_name")
    assert not got.changes.touches_settings("currency")
    assert not got.changes.members
    with tracked.changes.collect() as got:
        tracked.programs.add(StampProgram(0, "Tea", 8, "Free tea"))
    assert got.changes.programs and not got.changes.settings


def test_a_refused_use_case_changes_nothing(tracked, member):
    with tracked.changes.collect() as got, pytest.raises(UserError):
        tracked.checkout.confirm(member.id, CheckoutRequest(amount=-5), "bad")
    assert got.changes == NOTHING
    assert not got.changes


def test_without_start_nothing_is_noted(services, member):
    with services.changes.collect() as got:
        services.checkout.confirm(member.id, CheckoutRequest(amount=1000), "c2")
    assert not got.changes


@pytest.mark.sqlite_only
def test_a_write_by_another_connection_is_seen_once(tracked, member, db_path):
    assert not tracked.changes.written_elsewhere()
    with closing(sqlite3.connect(db_path)) as other:
        other.execute("UPDATE settings SET value = 'Other' WHERE key = 'shop_name'")
        other.commit()
    assert tracked.changes.written_elsewhere()
    assert not tracked.changes.written_elsewhere()  # told once
    tracked.settings.set("shop_name", "Mine")  # our own commit is not "elsewhere"
    assert not tracked.changes.written_elsewhere()


def test_changes_combine_and_everything_touches_all():
    a = Changes(members=frozenset({1}))
    b = Changes(visits=frozenset({7}), programs=True)
    both = a | b
    assert both.members == {1} and both.visits == {7} and both.programs
    assert EVERYTHING.touches_member(99) and EVERYTHING.touches_settings("x")
    assert EVERYTHING.touches("gift_cards")
    assert not a.touches("gift_cards")
