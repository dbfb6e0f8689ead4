"""Staff, PINs, lock-out, switching, first-start setup and feedback."""

from __future__ import annotations

import pytest

from loyalty_pos.domain.errors import NotFound, Refused, UserError
from loyalty_pos.services.setup import SetupInput

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def test_pins_are_stored_hashed_with_a_salt_each(services):
    anna = services.staff.add("Anna", "cashier", "4321")
    bence = services.staff.add("Bence", "cashier", "4321")
    rows = services.db.execute(
        "SELECT pin_hash, pin_salt FROM staff WHERE id IN (?, ?)", [anna.id, bence.id]
    ).fetchall()
    assert rows[0][1] != rows[1][1] and rows[0][0] != rows[1][0]
    assert b"4321" not in rows[0][0]
    assert services.staff.verify(anna.id, "4321")
    assert not services.staff.verify(anna.id, "1234")


def test_five_wrong_pins_lock_out_for_a_while(services, clock):
    services.staff.set_pin(2, "123456")
    for _ in range(5):
        assert not services.staff.verify(2, "0000")
    with pytest.raises(Refused, match="locked out"):
        services.staff.verify(2, "123456")  # even the right PIN waits
    with pytest.raises(Refused):
        services.staff.open_owner_session(2, "123456")
    assert not services.staff.owner_session_open()
    clock.advance(minutes=5, seconds=1)
    assert services.staff.verify(2, "123456")


def test_a_right_pin_resets_the_count(services):
    services.staff.set_pin(2, "123456")
    for _ in range(4):
        services.staff.verify(2, "0000")
    assert services.staff.verify(2, "123456")
    for _ in range(4):
        assert not services.staff.verify(2, "0000")
    assert services.staff.verify(2, "123456")  # 4 + 4 wrong, but never five in a row


def test_owner_session_times_out_when_idle(services, clock):
    services.staff.set_pin(2, "123456")
    services.staff.open_owner_session(2, "123456")
    assert services.staff.owner_session_open()
    clock.advance(minutes=6)
    assert not services.staff.owner_session_open()


def test_a_cashier_cannot_open_an_owner_session(services):
    anna = services.staff.add("Anna", "cashier", "4321")
    with pytest.raises(Refused):
        services.staff.open_owner_session(anna.id, "4321")


def test_switching_cashier_records_visits_against_them(services, member, coffee):
    from loyalty_pos.services import VisitLine

    bence = services.staff.add("Bence", "cashier", "2222")
    with pytest.raises(Refused):
        services.staff.switch(bence.id, "9999")
    assert services.actor.staff_id == 3
    services.staff.switch(bence.id, "2222")
    result = services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "r1")
    row = services.db.execute(
        "SELECT staff_id FROM visits WHERE id = ?", [result.visit_id]
    ).fetchone()
    assert row[0] == bence.id


def test_staff_rules(services):
    with pytest.raises(UserError):
        services.staff.add("X", "cashier", "12")  # too short
    with pytest.raises(UserError):
        services.staff.add("X", "boss")
    services.staff.add("Anna", "cashier")
    with pytest.raises(Refused):
        services.staff.add("anna", "cashier")
    with pytest.raises(Refused):
        services.staff.update(2, "Owner", "cashier", True)  # the last owner


def test_setup_stores_everything_or_nothing(services):
    assert not services.setup.is_done()
    with pytest.raises(UserError):
        services.setup.complete(SetupInput("Kávé Sarok", "euro", "hu", "123456", "coffee"))
    assert not services.setup.is_done() and services.programs.list() == []
    services.setup.complete(SetupInput("Kávé Sarok", "eur", "hu", "123456", "wash"))
    assert services.setup.is_done()
    assert services.shop.all()["currency"] == "EUR"
    assert services.settings.get("language") == "hu"
    [program] = services.programs.list()
    assert (program.name, program.stamps_needed) == ("Car wash card", 6)
    assert services.staff.verify(2, "123456")


def test_an_old_shop_counts_as_set_up_but_has_no_owner_pin(tmp_path):
    from loyalty_pos.services import Services
    from loyalty_pos.store.database import connect, migrate

    db = connect(tmp_path / "old.sqlite3")
    migrate(db, stop_before="m003_owner")
    db.execute("INSERT INTO members (name, marketing_consent, created_at) VALUES ('X', 0, '2026')")
    db.conn.close()
    s = Services.open(tmp_path / "old.sqlite3")
    assert s.setup.is_done()
    assert s.staff.owner_pin_missing()
    s.close()


def test_feedback_is_stored_once_per_visit_with_its_member(services, member, coffee):
    from loyalty_pos.services import VisitLine

    visit = services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "r1").visit_id
    with pytest.raises(UserError):
        services.feedback.record(visit, 11)
    fb = services.feedback.record(visit, 9, "  Great   coffee ")
    assert (fb.member_id, fb.score, fb.comment) == (member.id, 9, "Great coffee")
    with pytest.raises(Refused):
        services.feedback.record(visit, 10)
    with pytest.raises(NotFound):
        services.feedback.record(9999, 5)
