"""Staff PINs: slow hashing, constant-time comparison, lock-out after wrong guesses.

A four-digit PIN has only ten thousand values, so the hash alone cannot protect it from
someone holding the database file; that person is the owner anyway (the admin command
line asks no PIN). What the hash does protect against is reading a PIN off a backup copy
at a glance and reusing it elsewhere; the lock-out is what stops guessing at the till.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import ERRORS, QT_TRANSLATE_NOOP, UserError

PIN_MIN, PIN_MAX = 4, 8
MAX_FAILED = 5
LOCK_MINUTES = 5
SALT_BYTES = 16
# scrypt cost: 2**14 rounds, block size 8 (16 MiB, about 50 ms): slow for a guesser,
# quick enough for a cashier switch.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def check_pin_format(pin: str) -> str:
    """A PIN is 4 to 8 digits; anything else is refused before it is hashed."""
    if not (pin.isascii() and pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX):
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "A PIN is {min} to {max} digits."), min=PIN_MIN, max=PIN_MAX
        )
    return pin


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
class Attempt:
    """What a PIN attempt leaves behind: failures so far and the lock, if any."""

    ok: bool
    failed: int
    locked_until: datetime | None


def after_attempt(ok: bool, failed_before: int, now: datetime) -> Attempt:
    """Count a wrong PIN; the fifth in a row locks the user for ``LOCK_MINUTES``.

    A right PIN resets the count. The lock starts a new count of five when it ends.
    """
    if ok:
        return Attempt(True, 0, None)
    failed = failed_before + 1
    if failed >= MAX_FAILED:
        return Attempt(False, 0, now + timedelta(minutes=LOCK_MINUTES))
    return Attempt(False, failed, None)
