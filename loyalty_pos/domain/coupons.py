"""Coupon offers, what a coupon takes off, and when a coupon may be used.

An *offer* is what the owner sets up ("10 % off, at most 2,000 Ft, from 5,000 Ft").
Customers hold either a *single-use code* issued from an offer (an EAN-13 number, to
one member or to nobody in particular) or the offer's *multi-use code*, a word the
owner chose ("SUMMER-10"). Everything here is pure: the service reads the counts and
dates and asks ``check_use`` whether the coupon may be applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .earning import percent_of
from .errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from .programs import RewardKind
from .singlecode import looks_single

CP_PREFIX = "CP"
MAX_AMOUNT = 100_000_000  # minor units: far above any till sale, far below SQLite's limit
NAME_MAX = 80
MAX_VALID_DAYS = 3650
MAX_PER_MEMBER = 1000
TRIGGERS = ("birthday", "next_visit")
_WORD = re.compile(r"^[A-Za-z0-9-]{3,20}$")


@dataclass(frozen=True)
class CouponOffer:
    """An offer as the owner defines it.

    ``value`` is minor units for a fixed discount and a percent (1-100) for a percent
    discount; a free-item coupon has none. ``valid_days`` makes each issued code valid
    for that many calendar days, counting the day of issue. ``trigger`` makes the shop
    issue codes by itself: on the member's birthday month, or after a visit that
    charged at least ``trigger_spend``.
    """

    id: int
    name: str
    kind: RewardKind
    value: int = 0
    max_discount: int | None = None
    item_id: int | None = None
    min_spend: int = 0
    valid_from: date | None = None
    valid_to: date | None = None
    valid_days: int | None = None
    per_member_limit: int | None = None
    code: str | None = None
    trigger: str | None = None
    trigger_spend: int | None = None
    active: bool = True


def normalise_word(code: str) -> str:
    """Multi-use codes are case-insensitive; they are kept and shown in capitals."""
    return code.strip().upper()


def is_word_code(text: str) -> bool:
    """Letters, digits and hyphens, 3-20 characters, with at least one letter.

    The letter keeps a word apart from the 13-digit single codes, and a word that looks
    like a printed code (``CP`` or ``GC`` + 13 digits) is not a word either.
    """
    t = text.strip()
    return (
        bool(_WORD.match(t))
        and any(c.isalpha() for c in t)
        and not looks_single(t, CP_PREFIX)
        and not looks_single(t, "GC")
        and not looks_single(t, "LP")
    )


def validate_offer(o: CouponOffer) -> None:
    """Refuse an offer the counter could not apply sensibly."""
    if not o.name.strip() or len(o.name.strip()) > NAME_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The coupon needs a name of 1 to {max} characters."),
            max=NAME_MAX,
        )
    if o.kind is RewardKind.PERCENT_DISCOUNT and not 1 <= o.value <= 100:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "A percent discount is between 1 and 100."))
    if o.kind is RewardKind.FIXED_DISCOUNT and not 1 <= o.value <= MAX_AMOUNT:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "A fixed discount must be more than zero."))
    if o.kind is RewardKind.FREE_ITEM and o.value != 0:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "A free-item coupon has no value; leave it 0."))
    if o.max_discount is not None:
        if o.kind is not RewardKind.PERCENT_DISCOUNT:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Only a percent discount can have a maximum.")
            )
        if not 1 <= o.max_discount <= MAX_AMOUNT:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "The maximum discount must be above zero."))
    if not 0 <= o.min_spend <= MAX_AMOUNT:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "The minimum spend cannot be negative."))
    if o.valid_from and o.valid_to and o.valid_from > o.valid_to:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "The coupon must start before it ends."))
    if o.valid_days is not None and not 1 <= o.valid_days <= MAX_VALID_DAYS:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "A coupon is valid for 1 to {max} days."),
            max=MAX_VALID_DAYS,
        )
    if o.per_member_limit is not None and not 1 <= o.per_member_limit <= MAX_PER_MEMBER:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The limit per member is between 1 and {max}."),
            max=MAX_PER_MEMBER,
        )
    if o.code is not None and not is_word_code(o.code):
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "“{code}” cannot be a coupon code: use 3 to 20 letters, digits or "
                "hyphens, with at least one letter.",
            ),
            code=o.code.strip(),
        )
    _validate_trigger(o)


def _validate_trigger(o: CouponOffer) -> None:
    if o.trigger is not None and o.trigger not in TRIGGERS:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "A coupon is issued on a birthday or after a visit.")
        )
    if o.trigger is not None and o.code is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS, "A coupon the shop issues by itself cannot also have a shared code."
            )
        )
    if o.trigger == "next_visit":
        if o.trigger_spend is None or not 1 <= o.trigger_spend <= MAX_AMOUNT:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Say how much a visit must charge to earn the coupon.")
            )
    elif o.trigger_spend is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "A spend to earn the coupon needs the next-visit trigger.")
        )


def coupon_discount(o: CouponOffer, amount: int, item_price: int | None = None) -> int:
    """What the coupon takes off ``amount``: never more than the amount, never negative.

    A percent is rounded down to a whole minor unit (the shop never gives away a part
    of a fillér), then capped by ``max_discount``. A free item is worth its price when
    the checkout knows it, else nothing comes off the amount (the item is handed over).
    """
    amount = max(amount, 0)
    if o.kind is RewardKind.FIXED_DISCOUNT:
        off = o.value
    elif o.kind is RewardKind.PERCENT_DISCOUNT:
        off = percent_of(amount, o.value)  # exact, rounded down once (earning.py)
        if o.max_discount is not None:
            off = min(off, o.max_discount)
    else:
        off = item_price or 0
    return max(0, min(off, amount))


def issued_dates(o: CouponOffer, today: date) -> tuple[date | None, date | None]:
    """The validity of a code issued today: the offer's dates, and ``valid_days`` days
    counting today (whichever ends first)."""
    valid_to = o.valid_to
    if o.valid_days is not None:
        own_end = today + timedelta(days=o.valid_days - 1)
        valid_to = own_end if valid_to is None else min(valid_to, own_end)
    return o.valid_from, valid_to


@dataclass(frozen=True)
class UseState:
    """What the database says about one coupon at the moment it is scanned."""

    today: date
    amount: int
    member_id: int | None
    valid_from: date | None
    valid_to: date | None
    single: bool
    void: bool = False
    single_uses: int = 0  # net uses of this single code
    issued_to: int | None = None
    member_uses: int = 0  # net uses of the offer by ``member_id``


def check_use(o: CouponOffer, s: UseState, *, code: str, currency_amount: str) -> None:
    """Raise the first reason the coupon may not be used now, in the order a cashier
    would want to hear it. ``currency_amount`` is the minimum spend, formatted."""
    if not o.active or s.void:
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "The coupon “{name}” is switched off."), name=o.name
        )
    if s.valid_from is not None and s.today < s.valid_from:
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "Coupon {code} is valid only from {date}."),
            code=code,
            date=s.valid_from.isoformat(),
        )
    if s.valid_to is not None and s.today > s.valid_to:
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "Coupon {code} expired on {date}."),
            code=code,
            date=s.valid_to.isoformat(),
        )
    if s.single and s.single_uses >= 1:
        raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Coupon {code} was already used."), code=code)
    if s.issued_to is not None and s.member_id is None:
        raise Refused(
            QT_TRANSLATE_NOOP(
                ERRORS, "Coupon {code} belongs to a member: open the member's card first."
            ),
            code=code,
        )
    if s.issued_to is not None and s.member_id != s.issued_to:
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "Coupon {code} was issued to another member."), code=code
        )
    if o.per_member_limit is not None:
        if s.member_id is None:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    ERRORS, "The coupon “{name}” needs a member: open the member's card first."
                ),
                name=o.name,
            )
        if s.member_uses >= o.per_member_limit:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    ERRORS, "This member has already used “{name}” {count} times (the limit)."
                ),
                name=o.name,
                count=s.member_uses,
            )
    if s.amount < o.min_spend:
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "Spend at least {min} for this coupon."),
            min=currency_amount,
        )


def unknown_coupon(code: str) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no coupon {code}."), code=code)
