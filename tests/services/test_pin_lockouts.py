"""Escalating PIN lock-outs, wrong PINs in the audit trail, the owner's one-time notice
and the owner's 6-digit rule, on the services with a fake clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from loyalty_pos.domain.errors import Refused, UserError
from loyalty_pos.domain.pins import hash_pin, new_salt
from loyalty_pos.store.staff import StaffStore

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

OWNER = 2
OWNER_PIN = "246810"


def wrong(services, staff_id: int, times: int = 5, pin: str = "0000") -> None:
    for _ in range(times):
        assert not services.staff.verify(staff_id, pin)


def pin_rows(services) -> list[tuple]:
    return services.db.execute(
        "SELECT staff_id, subject, detail FROM audit WHERE action = 'pin' "
        "AND subject LIKE 'pin:%' ORDER BY id"
    ).fetchall()


@pytest.fixture
def anna(services):
    return services.staff.add("Anna", "cashier", "2580")


def test_locks_grow_5_15_60_then_for_good_until_the_owner_unlocks(services, clock, anna):
    for minutes in (5, 15, 60):
        wrong(services, anna.id)
        with pytest.raises(Refused, match=f"{minutes} more min"):
            services.staff.verify(anna.id, "2580")  # even the right PIN waits
        clock.advance(minutes=minutes - 1, seconds=59)
        with pytest.raises(Refused, match="1 more min"):
            services.staff.verify(anna.id, "2580")
        clock.advance(seconds=2)  # the lock is over; the level stays
    wrong(services, anna.id)
    with pytest.raises(Refused, match="until the owner unlocks"):
        services.staff.switch(anna.id, "2580")
    clock.advance(days=30)  # waiting does not help
    with pytest.raises(Refused, match="until the owner unlocks"):
        services.staff.verify(anna.id, "2580")
    assert services.staff.get(anna.id).locked_for_good
    services.staff.unlock(anna.id)
    assert services.staff.verify(anna.id, "2580")
    assert pin_rows(services)[-1][1:] == (f"pin:{anna.id}", pin_rows(services)[-1][2])
    assert '"event":"unlocked"' in pin_rows(services)[-1][2]


def test_a_right_pin_lowers_the_level_waiting_does_not(services, clock, anna):
    wrong(services, anna.id)
    clock.advance(minutes=5, seconds=1)
    wrong(services, anna.id)
    with pytest.raises(Refused, match="15 more min"):
        services.staff.verify(anna.id, "2580")
    clock.advance(minutes=15, seconds=1)
    assert services.staff.verify(anna.id, "2580")  # a right PIN: back to the first step
    wrong(services, anna.id)
    with pytest.raises(Refused, match="5 more min"):
        services.staff.verify(anna.id, "2580")


def test_the_guess_that_locks_says_so(services, clock, anna):
    wrong(services, anna.id, 3)
    with pytest.raises(Refused, match="Wrong PIN for Anna"):
        services.staff.switch(anna.id, "1111")  # the fourth
    with pytest.raises(Refused, match="locked out for 5 more min"):
        services.staff.switch(anna.id, "1111")  # the fifth
    services.staff.set_pin(anna.id, "2580")  # a new PIN lifts the lock and the count
    wrong(services, anna.id, 3)
    with pytest.raises(Refused, match="Wrong PIN for Anna"):
        services.staff.switch(anna.id, "1111")


def test_a_new_pin_lifts_a_lock_for_good(services, clock, anna):
    for _ in range(4):
        wrong(services, anna.id)
        clock.advance(hours=2)
    assert services.staff.get(anna.id).locked_for_good
    services.staff.set_pin(anna.id, "1357")
    assert not services.staff.get(anna.id).locked_for_good
    assert services.staff.verify(anna.id, "1357")


def test_the_owners_pin_locked_for_good_names_the_command_line(services, clock):
    services.staff.set_pin(OWNER, OWNER_PIN)
    for _ in range(4):
        wrong(services, OWNER)
        clock.advance(hours=2)
    with pytest.raises(Refused, match="admin staff unlock"):
        services.staff.open_owner_session(OWNER, OWNER_PIN)
    services.staff.unlock(OWNER)
    services.staff.open_owner_session(OWNER, OWNER_PIN)


def test_every_wrong_pin_is_an_audit_row_without_its_digits(services, clock, anna):
    services.staff.switch(3)  # the stock cashier is at the till
    wrong(services, anna.id, 3, "8642")
    services.staff.verify(anna.id, "2580")
    rows = pin_rows(services)
    assert [(by, subject) for by, subject, _ in rows] == [(3, f"pin:{anna.id}")] * 3
    assert all('"event":"wrong"' in d for _, _, d in rows)
    assert [f'"in_a_row":{n}' in d for n, (_, _, d) in enumerate(rows, 1)] == [True] * 3
    wrong(services, anna.id, 5, "8642")
    assert '"for_good":false' in pin_rows(services)[-1][2]
    assert '"until":"' in pin_rows(services)[-1][2]  # the lock it caused
    assert not any("8642" in d for _, _, d in pin_rows(services))  # no PIN typed kept
    trail = services.audit.entries(limit=20)
    shown = [(e.action, e.subject) for e in trail if e.action.startswith("pin_")]
    assert shown[0] == ("pin_wrong", "Anna") and len(shown) == 8


def test_the_owner_hears_of_wrong_pins_once(services, clock, anna):
    services.staff.set_pin(OWNER, OWNER_PIN)
    wrong(services, anna.id, 5)  # the fifth locks her for 5 minutes
    wrong(services, OWNER, 2)  # someone tried the owner's PIN
    first = services.staff.sign_in_owner(OWNER, OWNER_PIN)
    found = {t.name: t for t in first.troubles}
    assert found["Anna"].wrong == 5 and found["Anna"].locked_until is not None
    assert found["Anna"].locked_until == clock() + timedelta(minutes=5)
    assert found[services.staff.get(OWNER).name].wrong == 2
    assert not first.short_pin
    services.staff.close_owner_session()
    again = services.staff.sign_in_owner(OWNER, OWNER_PIN)
    assert again.troubles == ()  # once


def test_the_owners_own_typos_in_the_prompt_are_not_reported(services, clock):
    services.staff.set_pin(OWNER, OWNER_PIN)
    mark = services.staff.pin_mark()
    wrong(services, OWNER, 2)  # typed in the prompt that then opened
    assert services.staff.sign_in_owner(OWNER, OWNER_PIN, mark).troubles == ()


def test_new_owner_pins_have_six_digits_cashiers_four(services, anna):
    with pytest.raises(UserError, match="6 to 8 digits"):
        services.staff.set_pin(OWNER, "1234")
    with pytest.raises(UserError, match="6 to 8 digits"):
        services.staff.add("Bea", "owner", "12345")
    assert services.staff.add("Bea", "owner", "123456").has_pin
    services.staff.set_pin(anna.id, "1234")  # cashiers keep 4


def test_an_old_four_digit_owner_pin_still_signs_in_and_is_called_short(services):
    salt = new_salt()
    StaffStore(services.db).set_pin(OWNER, hash_pin("1234", salt), salt)  # from before
    signed = services.staff.sign_in_owner(OWNER, "1234")
    assert signed.short_pin and services.staff.owner_session_open()
