"""Escalating PIN lock-outs (``domain.pins.step``): whatever the sequence of PINs and
waits, a guesser gets at most 5 + 5 + 5 + 5 wrong tries without a right PIN between."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.pins import (
    LOCK_STEPS,
    MAX_FAILED,
    PinState,
    check_pin_format,
    pin_is_short,
    step,
)

START = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
LIMIT = MAX_FAILED * (len(LOCK_STEPS) + 1)

# (right PIN?, seconds waited before typing it): waits up to two days
attempts = st.lists(
    st.tuples(st.booleans(), st.integers(min_value=0, max_value=2 * 24 * 3600)), max_size=120
)


@given(attempts)
def test_never_more_than_twenty_wrong_guesses_between_right_ones(seq):
    state, now, wrong_since_ok = PinState(), START, 0
    for ok, wait in seq:
        now += timedelta(seconds=wait)
        state, counted = step(state, ok, now)
        if counted and ok:
            wrong_since_ok = 0
            assert state == PinState()  # a right PIN resets everything
        elif counted:
            wrong_since_ok += 1
        assert wrong_since_ok <= LIMIT
        if wrong_since_ok == LIMIT:
            assert state.for_good and state.locked(now + timedelta(days=3650))


@given(attempts)
def test_a_lock_never_gets_shorter_while_failing(seq):
    state, now, last_lock = PinState(), START, timedelta(0)
    for ok, wait in seq:
        now += timedelta(seconds=wait)
        before = state
        state, counted = step(state, ok, now)
        if counted and ok:
            last_lock = timedelta(0)
        elif state.locks > before.locks:  # this wrong PIN locked
            length = timedelta.max if state.for_good else state.locked_until - now
            assert length > last_lock
            last_lock = length
        if not counted:
            assert state == before  # typed while locked: unchecked, nothing changes


def test_only_waiting_does_not_lower_the_level():
    state, now = PinState(), START
    for n, minutes in enumerate(LOCK_STEPS, start=1):
        for _ in range(MAX_FAILED):
            state, counted = step(state, False, now)
            assert counted
        assert state.locked_until == now + timedelta(minutes=minutes) and state.locks == n
        assert step(state, True, now + timedelta(minutes=minutes) - timedelta(seconds=1)) == (
            state,
            False,
        )  # even the right PIN is refused unchecked during the lock
        now += timedelta(days=30)  # a month later: the next lock is still longer
    for _ in range(MAX_FAILED):
        state, _ = step(state, False, now)
    assert state.for_good and state.locked(now + timedelta(days=3650))
    assert step(state, True, now + timedelta(days=3650)) == (state, False)


def test_owner_pins_need_six_digits_cashiers_four():
    assert check_pin_format("1234") == "1234"
    assert check_pin_format("123456", owner=True) == "123456"
    with pytest.raises(UserError, match="6 to 8"):
        check_pin_format("1234", owner=True)
    with pytest.raises(UserError, match="4 to 8"):
        check_pin_format("12a4", owner=True)
    assert pin_is_short("1234", owner=True) and not pin_is_short("1234", owner=False)
    assert not pin_is_short("123456", owner=True)
