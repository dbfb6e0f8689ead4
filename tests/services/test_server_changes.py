"""Other tills' writes on a server, heard as precise ``Changes`` (issue 18, part 4).

Two ``Services`` on one PostgreSQL database: A listens (``ChangeTracker.start``), B
writes. A hears what B committed (``from_elsewhere``), by member, visit, setting and
kind; never its own writes, never what B rolled back.
"""

from __future__ import annotations

import time

import pytest

from loyalty_pos.domain.changes import FROM_OUTSIDE, NOTHING, Changes
from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from loyalty_pos.services.changes import parse_notes
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.store.pg import listen


@pytest.fixture
def tills(tills):
    """A and B (``tests/services/conftest.py``), A listening."""
    tills[0].changes.start()
    return tills


def heard(services: Services, until_setting: str) -> Changes:
    """Everything A hears up to B's marker setting ``until_setting`` (B writes it last;
    notes arrive in commit order), within 5 s."""
    got = NOTHING
    deadline = time.monotonic() + 5
    while until_setting not in got.settings and time.monotonic() < deadline:
        got = got | services.changes.from_elsewhere()
        time.sleep(0.02)
    assert until_setting in got.settings, "the marker write was never heard"
    return got


def test_another_tills_checkout_names_its_member_and_visit(tills):
    a, b = tills
    anna = b.members.enroll(MemberInput("Kiss Anna"))
    other = b.members.enroll(MemberInput("Nagy Péter"))
    b.settings.set("shop_name", "marker")
    assert heard(a, "shop_name").members == {anna.id, other.id}  # the enrolments
    sale = b.checkout.confirm(anna.id, CheckoutRequest(amount=5000), "r1")
    b.settings.set("receipt_footer", "marker")
    got = heard(a, "receipt_footer")
    assert got.external and not got.everything
    assert got.members == {anna.id}
    assert sale.visit_id in got.visits
    assert got.touches_member(anna.id) and not got.touches_member(other.id)
    assert not got.programs and not got.gift_cards and not got.staff
    assert a.changes.from_elsewhere() == NOTHING  # told once


def test_programs_and_staff_are_told_as_kinds(tills):
    a, b = tills
    b.programs.add(StampProgram(0, "Tea", 8, "Free tea"))
    b.settings.set("receipt_footer", "marker")
    got = heard(a, "receipt_footer")
    assert got.programs and not got.members and not got.staff


def test_own_writes_and_rolled_back_ones_are_not_heard(tills):
    a, b = tills
    mine = a.members.enroll(MemberInput("Kovács Éva"))
    a.checkout.confirm(mine.id, CheckoutRequest(amount=1000), "a1")
    with pytest.raises(UserError):
        b.checkout.confirm(mine.id, CheckoutRequest(amount=-5), "bad")
    b.settings.set("receipt_footer", "marker")
    got = heard(a, "receipt_footer")
    assert got.settings == {"receipt_footer"}
    assert not got.members and not got.visits


def test_a_flood_of_notes_is_everything(tills, monkeypatch):
    a, b = tills
    monkeypatch.setattr(listen, "MOST", 3)
    for n in range(5):
        b.members.enroll(MemberInput(f"Member {n}"))
    deadline = time.monotonic() + 5
    got = NOTHING
    while not got and time.monotonic() < deadline:
        got = a.changes.from_elsewhere()
        time.sleep(0.02)
    assert got == FROM_OUTSIDE


def test_written_elsewhere_still_answers_yes_or_no_on_a_server(tills):
    a, b = tills
    assert not a.changes.written_elsewhere()
    b.settings.set("shop_name", "Other")
    deadline = time.monotonic() + 5
    seen = False
    while not seen and time.monotonic() < deadline:
        seen = a.changes.written_elsewhere()
        time.sleep(0.02)
    assert seen


def test_server_notes_are_parsed_as_changes_reads_them():
    notes = [("member", "12"), ("member", ""), ("visit", "7"), ("setting", "currency"),
             ("coupons", "0"), ("setting", ""), ("", "")]  # fmt: skip
    assert parse_notes(notes) == [
        ("member", 12), ("visit", 7), ("setting", "currency"), ("coupons", "0")
    ]  # fmt: skip


def test_a_lost_connection_is_quiet_and_once_made_again_tells_everything(tills):
    """The server went away under A (its connection broke): A's polls say nothing and
    never raise, so the counter keeps watching; once A's next use case made the
    connection again, A listens again, hears ``FROM_OUTSIDE`` once (what B wrote
    meanwhile was never heard), then B's writes precisely again."""
    a, b = tills
    a.db.conn.raw.close()  # as a broken connection looks to A
    anna = b.members.enroll(MemberInput("Kiss Anna"))  # written while A could not hear
    assert a.changes.from_elsewhere() == NOTHING
    assert a.changes.from_elsewhere() == NOTHING
    assert a.members.search("kiss anna")[0].id == anna.id  # A's next use case reconnects
    assert a.changes.from_elsewhere() == FROM_OUTSIDE
    assert a.changes.from_elsewhere() == NOTHING
    péter = b.members.enroll(MemberInput("Nagy Péter"))
    b.settings.set("shop_name", "marker")
    assert heard(a, "shop_name").members == {péter.id}
