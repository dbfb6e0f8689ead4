"""Staff PINs: slow hashing, constant-time comparison, escalating lock-outs.

A four-digit PIN has only ten thousand values, so the hash alone cannot protect it from
someone holding the database file; that person is the owner anyway (the admin command
line asks no PIN). What the hash does protect against is reading a PIN off a backup copy
at a glance and reusing it elsewhere; the lock-out is what stops guessing at the till.

A lock that simply ends lets a guesser try 60 PINs an hour, a 4-digit PIN in about
3.5 days. So each lock since the last right PIN is longer than the one before
(``LOCK_STEPS``: 5, 15, 60 minutes) and the one after those lasts until the owner
unlocks: at most ``MAX_FAILED * (len(LOCK_STEPS) + 1)`` = 20 guesses without a right
PIN in between, ever. Waiting does not lower the level, only a right PIN (or a new PIN,
or the owner's unlock) does. The owner's own PIN must have 6 digits when it is set,
because an owner PIN opens everything: a million values against twenty guesses.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import ERRORS, QT_TRANSLATE_NOOP, UserError

PIN_MIN, PIN_MAX = 4, 8
OWNER_PIN_MIN = 6  # for a PIN set from now on; an older, shorter owner PIN still works
MAX_FAILED = 5  # wrong PINs in a row that lock
LOCK_STEPS = (5, 15, 60)  # minutes of the 1st, 2nd, 3rd lock; the 4th is for good
LOCK_MINUTES = LOCK_STEPS[0]
SALT_BYTES = 16
# scrypt cost: 2**14 rounds, block size 8 (16 MiB, about 50 ms): slow for a guesser,
# quick enough for a cashier switch.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def check_pin_format(pin: str, *, owner: bool = False) -> str:
    """A PIN is 4 to 8 digits, an owner's new PIN 6 to 8; anything else is refused
    before it is hashed."""
    if owner and pin.isascii() and pin.isdigit() and len(pin) < OWNER_PIN_MIN:
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "The owner's PIN opens every owner screen, so it has {min} to {max} digits.",
            ),
            min=OWNER_PIN_MIN,
            max=PIN_MAX,
        )
    if not (pin.isascii() and pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX):
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "A PIN is {min} to {max} digits."), min=PIN_MIN, max=PIN_MAX
        )
    return pin


def pin_is_short(pin: str, *, owner: bool) -> bool:
    """An owner's PIN from before the 6-digit rule: it works, the owner is asked to
    lengthen it."""
    return owner and len(pin) < OWNER_PIN_MIN


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def hash_pin(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )


def pin_matches(pin: str, salt: bytes, expected: bytes) -> bool:
    """Constant-time comparison, so the time taken says nothing about the stored hash."""
    if not (pin.isascii() and pin.isdigit()):
        return False
    return hmac.compare_digest(hash_pin(pin, salt), expected)


@dataclass(frozen=True)
class PinState:
    """One person's lock-out state, as the staff row keeps it.

    ``failed``: wrong PINs in a row since the last lock ended (or the last right PIN);
    ``locks``: locks since the last right PIN; ``locked_until``: the end of the current
    timed lock. ``locks`` above ``len(LOCK_STEPS)`` is the lock for good.
    """

    failed: int = 0
    locks: int = 0
    locked_until: datetime | None = None

    @property
    def for_good(self) -> bool:
        return self.locks > len(LOCK_STEPS)

    def locked(self, now: datetime) -> bool:
        """A PIN typed now is not even checked (and not counted)."""
        return self.for_good or (self.locked_until is not None and now < self.locked_until)


@dataclass(frozen=True)
class Attempt:
    """What a PIN attempt leaves behind: failures so far and the lock, if any."""

    ok: bool
    failed: int
    locked_until: datetime | None
    locks: int = 0

    @property
    def for_good(self) -> bool:
        """Locked until the owner unlocks (or a new PIN is set)."""
        return self.locks > len(LOCK_STEPS)

    @property
    def state(self) -> PinState:
        return PinState(self.failed, self.locks, self.locked_until)


def after_attempt(ok: bool, failed_before: int, now: datetime, locks_before: int = 0) -> Attempt:
    """Count a PIN typed while not locked; the ``MAX_FAILED``-th wrong one in a row locks.

    The lock lasts ``LOCK_STEPS[locks_before]`` minutes, or for good once the steps are
    used up. A right PIN resets both counts; a lock that ends keeps its level, so the
    next five wrong PINs lock for longer.
    """
    if ok:
        return Attempt(True, 0, None, 0)
    failed = failed_before + 1
    if failed < MAX_FAILED:
        return Attempt(False, failed, None, locks_before)
    locks = locks_before + 1
    if locks > len(LOCK_STEPS):
        return Attempt(False, 0, None, locks)
    return Attempt(False, 0, now + timedelta(minutes=LOCK_STEPS[locks - 1]), locks)


def step(state: PinState, ok: bool, now: datetime) -> tuple[PinState, bool]:
    """The whole rule in one function: (state after a PIN typed at ``now``, counted).

    While locked a PIN is refused unchecked: nothing changes and it is not counted.
    """
    if state.locked(now):
        return state, False
    return after_attempt(ok, state.failed, now, state.locks).state, True
