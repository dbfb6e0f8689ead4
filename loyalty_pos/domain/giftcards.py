"""Gift cards: a value sold at the counter, spent in parts, tied to no member.

The value lives on an append-only ledger of its own (``gift_card_ledger``); the card's
cached balance moves with each row. Pure rules only: what a valid amount is, which
card may pay, and how much a full refund puts back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from .errors import ERRORS, QT_TRANSLATE_NOOP, Refused, UserError

GC_PREFIX = "GC"
MAX_GIFT_VALUE = 100_000_000  # minor units: a million forints or euros is already a lot
REASON_MAX = 200


@dataclass(frozen=True)
class GiftCard:
    """A gift card as the counter shows it. ``status`` is 'active' or 'void'."""

    code: str
    initial_value: int
    balance: int
    expires_on: date | None
    status: str
    created_at: datetime


@dataclass(frozen=True)
class GiftCardEntry:
    """One row of a card's history."""

    id: int
    kind: str  # issue, redeem, refund, void, expire, adjust
    delta: int
    at: datetime
    staff: str
    visit_id: int | None
    note: str | None


def validate_amount(amount: int, max_text: str = str(MAX_GIFT_VALUE)) -> None:
    """A gift card is sold for more than zero and at most ``MAX_GIFT_VALUE`` (which the
    message shows as ``max_text``, formatted in the shop's currency)."""
    if not isinstance(amount, int) or not 0 < amount <= MAX_GIFT_VALUE:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "A gift card is worth more than zero and at most {max}."),
            max=max_text,
        )


def clean_reason(reason: str) -> str:
    text = " ".join((reason or "").split())
    if not text or len(text) > REASON_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "Give a reason of 1 to {max} characters."), max=REASON_MAX
        )
    return text


def check_usable(card: GiftCard, amount_wanted: int, today: date, *, balance_text: str) -> None:
    """Raise why ``card`` cannot pay ``amount_wanted`` today (0 asks only "is it usable?")."""
    if amount_wanted < 0:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "An amount cannot be negative."))
    if card.status == "void":
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "Gift card {code} was voided and cannot be used."),
            code=card.code,
        )
    if card.expires_on is not None and card.expires_on < today:
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "Gift card {code} expired on {date}."),
            code=card.code,
            date=card.expires_on.isoformat(),
        )
    if card.balance == 0:
        raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Gift card {code} is used up."), code=card.code)
    if amount_wanted > card.balance:
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "The gift card holds only {balance}."), balance=balance_text
        )


def to_restore(
    redemptions: Iterable[tuple[int, int]], restored: dict[int, int]
) -> list[tuple[int, int]]:
    """(redeem row id, amount to put back) for a full refund.

    ``redemptions`` are a visit's redeem rows as (id, delta < 0); ``restored`` what
    earlier refunds already put back per redeem row. Whatever was put back before is
    not put back again, so a second refund of the same visit restores nothing.
    """
    out = []
    for row_id, delta in redemptions:
        left = -delta - restored.get(row_id, 0)
        if left > 0:
            out.append((row_id, left))
    return out
