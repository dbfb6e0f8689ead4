"""Ledger entries: the only way a balance changes.

A balance (stamps on a card, rewards ready) is the sum of its ledger rows. Rows are
appended, never changed; a void appends the opposite rows. The kinds are fixed strings
because they are stored and reported on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Account(StrEnum):
    """Which balance of a member's program a row moves."""

    STAMPS = "stamps"
    REWARDS = "rewards"  # completed cards whose reward is ready to redeem
    POINTS = "points"  # whole points of a points program
    CREDIT = "credit"  # store credit, in minor units of the shop currency
    PASSES = "passes"  # uses left on a prepaid pass


class Kind(StrEnum):
    """Why a row was written."""

    EARN = "earn"  # stamps for qualifying items
    COMPLETE = "complete"  # a full card turns stamps into a ready reward (pair of rows)
    REDEEM = "redeem"  # a ready reward given to the member
    EXPIRE = "expire"  # stamps that lapsed
    VOID = "void"  # the opposite of a row of a voided visit
    ADJUST = "adjust"  # a manual correction with a reason
    REFUND = "refund"  # the share of a visit's rows taken back or restored by a refund
    BONUS = "bonus"  # a referral bonus
    PURCHASE = "purchase"  # uses bought on a prepaid pass


@dataclass(frozen=True)
class Entry:
    """One ledger row before it is stored."""

    program_id: int
    account: Account
    kind: Kind
    delta: int
    reverses_id: int | None = None
    pays: bool = False  # points used as money: a tender, handed back in proportion
    lots: tuple[tuple[int, int], ...] = ()  # (lot, qty) an expiry takes, oldest first


def apply(balances: dict[tuple[int, Account], int], entries: list[Entry]) -> dict:
    """The balances after ``entries``; a pure helper for tests and checks."""
    out = dict(balances)
    for e in entries:
        key = (e.program_id, e.account)
        out[key] = out.get(key, 0) + e.delta
    return out
