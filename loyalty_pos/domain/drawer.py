"""The end of the day: what each cashier took, so the drawer can be counted.

A visit's amount rung up is paid in five parts, each a line of the end-of-day report:

    rung up = discounts + points + store credit + gift cards + cash or bank card

("points" is points used as money; a catalogue reward bought with points is a
discount). The app does not know whether the last part was cash or a bank card: that
is the till's business, so the report gives the sum and the owner compares it with the
cash counted plus the card terminal's total. Gift cards sold at the counter are taken
in cash or by card as well, and refunds pay cash back (``cash_back``, which includes a
voided or expired gift card's share), so:

    to collect = cash or bank card for sales + gift cards sold − refunds paid in cash

The figures are sums the store makes in SQL (``store/reports.py`` ``end_of_day``);
this module names them, derives the line to count and adds cashiers up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Takings:
    """One cashier's day, or the whole day's (``total``); money in minor units."""

    visits: int = 0  # not voided, with or without a member, gift-card sales included
    rung_up: int = 0  # amounts rung up (passes and paid tiers sold included)
    discounts: int = 0  # rewards, coupons, the tier's discount: not points paid
    paid_points: int = 0  # points used as money
    paid_credit: int = 0  # store credit
    paid_gift: int = 0  # gift cards
    cash_due: int = 0  # the rest of the sales: cash or a bank card
    gift_cards_sold: int = 0  # value of gift cards sold at the counter
    refunds: int = 0  # refunds made (count)
    refunded: int = 0  # their amount
    refund_cash: int = 0  # paid back in cash (or to the bank card)
    refund_credit: int = 0  # put back as store credit
    refund_gift: int = 0  # put back on gift cards
    stamps: int = 0  # stamps given
    rewards_redeemed: int = 0  # punch-card rewards given
    sales: int = 0  # charged less refunded, on the day's visits (as the dashboard)

    @property
    def to_collect(self) -> int:
        """What the drawer and the card terminal should hold from this day, together."""
        return self.cash_due + self.gift_cards_sold - self.refund_cash

    def __add__(self, other: Takings) -> Takings:
        return Takings(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in FIELDS})

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Takings:
        """The figures of a store row (other keys, like the cashier's name, ignored)."""
        return cls(**{f.name: int(row[f.name] or 0) for f in FIELDS})


FIELDS = fields(Takings)


@dataclass(frozen=True)
class CashierDay:
    staff_id: int
    name: str
    takings: Takings


@dataclass(frozen=True)
class EndOfDay:
    """Every cashier who rang up, sold or refunded anything that day, and the total."""

    cashiers: tuple[CashierDay, ...]

    @property
    def total(self) -> Takings:
        return sum((c.takings for c in self.cashiers), Takings())

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> EndOfDay:
        return cls(tuple(CashierDay(r["staff_id"], r["staff"], Takings.from_row(r)) for r in rows))
