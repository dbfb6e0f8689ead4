"""Coupons: the owner's offers, issuing single-use codes, and applying them at checkout.

``resolve`` is read-only and tells the checkout what a scanned code would take off;
``record_use`` and ``restore_uses`` write inside the checkout's and the refund's own
transaction (``write_transaction`` nests as a savepoint). A use is an append-only row
of ``coupon_uses`` (+1, and -1 when a refund gives the coupon back), so "already used"
and "limit reached" are sums, never flags that could drift.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from ..domain.clock import Clock, to_db
from ..domain.coupons import (
    CP_PREFIX,
    CouponOffer,
    UseState,
    check_use,
    issued_dates,
    normalise_word,
    unknown_coupon,
    validate_offer,
)
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, InvalidCode, NotFound, Refused, UserError
from ..domain.singlecode import looks_single, parse_single, shorten
from ..store.codes import code_in_use, new_unique_code
from ..store.coupons import CouponStore, IssuedCoupon
from ..store.database import write_transaction
from .actor import Actor
from .shop import ShopService

Printed = TypeVar("Printed")

_WORDISH = re.compile(r"^[A-Za-z0-9-]{3,20}$")
CHUNK = 200  # rows a start-up job writes per transaction: the counter never waits long
ISSUE_MAX = 1000  # codes in one batch: a flyer run, not a mailing list


@dataclass(frozen=True)
class CouponToApply:
    """A coupon that may be applied now, as ``resolve`` found it."""

    offer: CouponOffer
    code: str  # as entered, normalised (13 digits, or the offer's word in capitals)
    single_code: str | None  # the coupons.code of a single-use code
    member_id: int | None  # the member it was issued to, if any


@dataclass(frozen=True)
class MemberCoupon:
    """A code a member holds and can use today (for the member panel)."""

    code: str
    offer: CouponOffer
    valid_to: date | None


@dataclass(frozen=True)
class PrintableCoupon:
    """An issued code with what its printed coupon says: the offer, the last day, the
    member it was issued to and the free item's name."""

    code: str
    offer: CouponOffer
    valid_to: date | None
    member_name: str | None
    item_name: str | None
    status: str  # 'active', or 'void' once revoked


class CouponService:
    """Use cases of coupons; each public method is one transaction at most."""

    def __init__(self, db, clock: Clock, actor: Actor, shop: ShopService) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.shop = shop
        self.store = CouponStore(db)

    @property
    def staff_id(self) -> int:
        return self.actor.staff_id

    def _today(self) -> date:
        return self.clock().date()

    # Offers -------------------------------------------------------------------------

    def list_offers(self, *, active_only: bool = False) -> list[CouponOffer]:
        return self.store.offers(active_only=active_only)

    def offer(self, offer_id: int) -> CouponOffer:
        o = self.store.offer(offer_id)
        if o is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "There is no coupon offer number {id}."), id=offer_id
            )
        return o

    def offer_by_name(self, name: str) -> CouponOffer:
        o = self.store.offer_by_name(name)
        if o is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "There is no coupon offer “{name}”."), name=name.strip()
            )
        return o

    def add_offer(self, offer: CouponOffer) -> CouponOffer:
        """Add ``offer`` (its ``id`` is ignored); the multi-use code is kept in capitals."""
        offer = self._clean(offer)
        with write_transaction(self.db):
            self._refuse_clashes(offer, None)
            new_id = self.store.insert_offer(offer, to_db(self.clock()))
        return self.offer(new_id)

    def update_offer(self, offer: CouponOffer) -> CouponOffer:
        """Change an offer. Codes already issued keep the dates they were issued with."""
        offer = self._clean(offer)
        with write_transaction(self.db):
            self.offer(offer.id)
            self._refuse_clashes(offer, offer.id)
            self.store.update_offer(offer)
        return self.offer(offer.id)

    def _clean(self, offer: CouponOffer) -> CouponOffer:
        code = normalise_word(offer.code) if offer.code and offer.code.strip() else None
        offer = replace(offer, name=" ".join(offer.name.split()), code=code)
        validate_offer(offer)
        return offer

    def _refuse_clashes(self, offer: CouponOffer, own_id: int | None) -> None:
        same = self.store.offer_by_name(offer.name)
        if same is not None and same.id != own_id:
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "A coupon offer called “{name}” already exists."),
                name=offer.name,
            )
        if offer.code is not None:
            same = self.store.offer_by_code(offer.code)
            if same is not None and same.id != own_id:
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "The code {code} is already used by “{name}”."),
                    code=offer.code,
                    name=same.name,
                )
        if offer.item_id is not None and not self.store.item_exists(offer.item_id):
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "There is no item number {id}."), id=offer.item_id
            )

    # Issuing ------------------------------------------------------------------------

    def issue(
        self,
        offer_id: int,
        member_id: int | None = None,
        *,
        visit_id: int | None = None,
        issue_key: str | None = None,
    ) -> str:
        """A new single-use code of the offer, to ``member_id`` or to whoever holds it.

        With an ``issue_key``, issuing again returns the code issued the first time.
        """
        with write_transaction(self.db):
            offer = self.offer(offer_id)
            if not offer.active:
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "The coupon “{name}” is switched off."),
                    name=offer.name,
                )
            if member_id is not None and not self.store.member_exists(member_id):
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no member number {id}."), id=member_id
                )
            valid = issued_dates(offer, self._today())
            if valid[1] is not None and valid[1] < self._today():
                raise Refused(
                    QT_TRANSLATE_NOOP(
                        ERRORS, "The coupon “{name}” ended on {date}; change its dates first."
                    ),
                    name=offer.name,
                    date=valid[1].isoformat(),
                )
            if issue_key is not None:
                earlier = self.store.issued_with_key(offer_id, member_id, issue_key)
                if earlier is not None:
                    return earlier
            return self._insert(offer, member_id, visit_id, issue_key, valid)

    def issue_many(self, offer_id: int, count: int, member_id: int | None = None) -> list[str]:
        """``count`` new codes of the offer in one transaction, to print as a batch:
        all of them are issued, or (the offer switched off, a bad count) none."""
        if not isinstance(count, int) or not 1 <= count <= ISSUE_MAX:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Issue between 1 and {max} codes at a time."),
                max=ISSUE_MAX,
            )
        with write_transaction(self.db):
            return [self.issue(offer_id, member_id) for _ in range(count)]

    def issue_and_print(
        self,
        offer_id: int,
        count: int,
        print_codes: Callable[[list[str]], Printed],
        member_id: int | None = None,
    ) -> tuple[list[str], Printed]:
        """``issue_many`` and printing the codes in one transaction: if printing fails
        nothing is issued, so no code exists that nobody holds. ``print_codes`` runs
        inside the transaction, so it can read the new codes (``printable``)."""
        with write_transaction(self.db):
            codes = self.issue_many(offer_id, count, member_id)
            return codes, print_codes(codes)

    def printable(self, code: str) -> PrintableCoupon:
        """What the printed coupon of an issued code says. NotFound when there is none."""
        coupon = self.issued(code)
        offer = self.offer(coupon.offer_id)
        member = self.store.member_name(coupon.member_id) if coupon.member_id else None
        item = self.store.item_name(offer.item_id) if offer.item_id else None
        return PrintableCoupon(coupon.code, offer, coupon.valid_to, member, item, coupon.status)

    def _insert(self, offer, member_id, visit_id, issue_key, valid) -> str:
        code = new_unique_code(self.db, self.shop.all()["card_prefix"])
        self.store.insert_coupon(
            code, offer.id, member_id, visit_id=visit_id, issue_key=issue_key, valid=valid,
            staff_id=self.staff_id, created_at=to_db(self.clock()),
        )  # fmt: skip
        return code

    def issued(self, code: str) -> IssuedCoupon:
        """An issued single-use code as stored (its member and dates)."""
        coupon = self.store.coupon(parse_single(code, CP_PREFIX))
        if coupon is None:
            raise unknown_coupon(code.strip())
        return coupon

    def _running(self, trigger: str, today: date) -> list[CouponOffer]:
        """Active offers with ``trigger`` that have not ended by ``today``."""
        return [
            o for o in self.store.triggered(trigger) if o.valid_to is None or o.valid_to >= today
        ]

    def issue_next_visit(self, member_id: int, visit_id: int, charged: int) -> list[str]:
        """After a visit that charged enough: one code per next-visit offer (idempotent)."""
        due = [
            offer
            for offer in self._running("next_visit", self._today())
            if charged >= (offer.trigger_spend or 0)
        ]
        if not due:  # most visits: no savepoint to open and release (round trips)
            return []
        with write_transaction(self.db):
            return [
                self.issue(offer.id, member_id, visit_id=visit_id, issue_key=f"visit-{visit_id}")
                for offer in due
            ]

    def issue_birthday(self, today: date | None = None) -> int:
        """Start-up job: one code per birthday offer to each member born this month.

        Keyed by the year, so running it again (every start, every day of the month)
        issues nothing new, and next year's birthday month issues the next one.
        """
        today = today or self._today()
        key = f"birthday-{today.year}"
        issued = 0
        for offer in self._running("birthday", today):
            valid = issued_dates(offer, today)
            due = self.store.birthday_members_without(today.month, offer.id, key)
            for start in range(0, len(due), CHUNK):
                with write_transaction(self.db):  # short, so the counter never waits long
                    # Read again inside: another till's start may have issued some.
                    for member_id in self.store.birthday_members_without(
                        today.month, offer.id, key, due[start : start + CHUNK]
                    ):
                        self._insert(offer, member_id, None, key, valid)
                        issued += 1
        return issued

    def revoke_issued(self, visit_id: int) -> int:
        """A refunded visit takes back the unused codes it earned; returns how many."""
        with write_transaction(self.db):
            return self.store.void_unused_issued_by(visit_id)

    def member_coupons(self, member_id: int) -> list[MemberCoupon]:
        """Codes issued to the member that are active, unused and valid today."""
        offers: dict[int, CouponOffer] = {}
        out = []
        for coupon, offer_id in self.store.member_coupons(member_id, self._today()):
            if offer_id not in offers:
                offers[offer_id] = self.offer(offer_id)
            out.append(MemberCoupon(coupon.code, offers[offer_id], coupon.valid_to))
        return out

    # Applying -----------------------------------------------------------------------

    def resolve(self, code: str, member_id: int | None, amount: int) -> CouponToApply:
        """What a scanned or typed coupon code is, if it may be used now. Writes nothing."""
        raw = code.strip()
        if looks_single(raw, CP_PREFIX):
            return self._resolve_single(parse_single(raw, CP_PREFIX), member_id, amount)
        if not raw:
            raise InvalidCode(QT_TRANSLATE_NOOP(ERRORS, "Nothing was scanned."))
        if not _WORDISH.match(raw):
            raise InvalidCode(
                QT_TRANSLATE_NOOP(ERRORS, "“{code}” is not a coupon code."), code=shorten(raw)
            )
        word = normalise_word(raw)
        offer = self.store.offer_by_code(word)
        if offer is None:
            raise unknown_coupon(word)
        state = self._state(offer, member_id, amount, offer.valid_from, offer.valid_to)
        check_use(offer, state, code=word, currency_amount=self._money(offer.min_spend))
        return CouponToApply(offer, word, None, None)

    def _resolve_single(self, digits: str, member_id: int | None, amount: int) -> CouponToApply:
        coupon = self.store.coupon(digits)
        if coupon is None:
            other = code_in_use(self.db, digits)
            if other == "card":
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "{code} is a member card, not a coupon."),
                    code=digits,
                )
            if other == "gift_card":
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "{code} is a gift card, not a coupon."), code=digits
                )
            raise unknown_coupon(digits)
        offer = self.offer(coupon.offer_id)
        state = replace(
            self._state(offer, member_id, amount, coupon.valid_from, coupon.valid_to),
            single=True,
            void=coupon.status == "void",
            single_uses=self.store.code_uses(digits),
            issued_to=coupon.member_id,
        )
        check_use(offer, state, code=digits, currency_amount=self._money(offer.min_spend))
        return CouponToApply(offer, digits, digits, coupon.member_id)

    def _state(self, offer, member_id, amount, valid_from, valid_to) -> UseState:
        uses = 0
        if member_id is not None and offer.per_member_limit is not None:
            uses = self.store.member_uses(offer.id, member_id)
        return UseState(
            today=self._today(),
            amount=amount,
            member_id=member_id,
            valid_from=valid_from,
            valid_to=valid_to,
            single=False,
            member_uses=uses,
        )

    def _money(self, minor: int) -> str:
        return self.shop.money_text(minor)

    def record_use(
        self, c: CouponToApply, member_id: int | None, visit_id: int, discount: int
    ) -> None:
        """Write one use of ``c`` for ``visit_id``, checking once more that it is free."""
        with write_transaction(self.db):
            if c.single_code is not None and self.store.code_uses(c.single_code) >= 1:
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Coupon {code} was already used."),
                    code=c.single_code,
                )
            limit = c.offer.per_member_limit
            if limit is not None and member_id is not None:
                used = self.store.member_uses(c.offer.id, member_id)
                if used >= limit:
                    raise Refused(
                        QT_TRANSLATE_NOOP(
                            ERRORS,
                            "This member has already used “{name}” {count} times (the limit).",
                        ),
                        name=c.offer.name,
                        count=used,
                    )
            self.store.add_use(
                c.offer.id, c.single_code, member_id, visit_id, 1, max(discount, 0),
                to_db(self.clock()),
            )  # fmt: skip

    def restore_uses(self, visit_id: int, refund_id: int) -> int:
        """On a full refund, give back the coupons the visit used (a -1 row for each).

        Computed from the net uses of the visit, so a second refund gives back nothing.
        """
        count = 0
        with write_transaction(self.db):
            now = to_db(self.clock())
            for offer_id, code, member_id, net, discount in self.store.visit_uses(visit_id):
                for _ in range(max(net, 0)):
                    self.store.add_use(
                        offer_id, code, member_id, visit_id, -1, discount, now, refund_id
                    )
                    count += 1
        return count
