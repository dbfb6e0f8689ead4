"""Gift cards: sell, look up, pay with, refund, void and correct.

Every change of value is one append-only ``gift_card_ledger`` row with who and when;
the cached balance on ``gift_cards`` moves in the same transaction. ``redeem`` and
``restore_for_refund`` are meant to run inside the checkout's transaction
(``write_transaction`` nests as a savepoint), so a sale and its gift-card payment are
written together or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..domain.giftcards import (
    GC_PREFIX,
    MAX_GIFT_VALUE,
    GiftCard,
    GiftCardEntry,
    check_usable,
    clean_reason,
    to_restore,
    validate_amount,
)
from ..domain.singlecode import parse_single
from ..store.codes import code_in_use, new_unique_code
from ..store.database import write_transaction
from ..store.giftcards import GiftCardStore
from .actor import Actor
from .approvals import Approval, ApprovalService
from .shop import ShopService

Printed = TypeVar("Printed")

REQUEST_NOTE = "request {id}"

CHUNK = 200  # rows a start-up job writes per transaction: the counter never waits long


class GiftCardService:
    """Use cases of gift cards; each public method is one transaction at most."""

    def __init__(
        self,
        db,
        clock: Clock,
        actor: Actor,
        shop: ShopService,
        approvals: ApprovalService | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.shop = shop
        self.store = GiftCardStore(db)
        self.approvals = approvals

    @property
    def staff_id(self) -> int:
        return self.actor.staff_id

    def _money(self, minor: int) -> str:
        return self.shop.money_text(minor)

    # Selling ------------------------------------------------------------------------

    def check_sale(self, amount: int, expires_on: date | None = None) -> None:
        """Refuse (``UserError``) a value or expiry a card cannot be sold with, before
        the screen asks anyone to confirm it; ``issue`` checks the same again."""
        validate_amount(amount, self._money(MAX_GIFT_VALUE))
        today = self.clock().date()
        if expires_on is not None and expires_on <= today:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "A gift card must expire after today ({date})."),
                date=today.isoformat(),
            )

    def issue(
        self,
        amount: int,
        *,
        expires_on: date | None = None,
        visit_id: int | None = None,
        request_id: str | None = None,
        approval: Approval | None = None,
    ) -> GiftCard:
        """A new card worth ``amount``, with a fresh code from the shop's prefix.

        The same ``request_id`` twice (a double click, a retried script) returns the
        card the first call issued instead of selling a second one. A card above the
        owner's limit needs the owner (``services/approvals.py``): ``approval`` (their
        PIN just typed), an owner at the till or an owner session; without one it is
        refused and nothing is written.
        """
        self.check_sale(amount, expires_on)
        note = REQUEST_NOTE.format(id=request_id) if request_id else None
        with write_transaction(self.db):
            if note is not None:
                earlier = self.store.issued_for_request(note)
                if earlier is not None:
                    return self._get(earlier)
            need = self.approvals.gift_card_need(amount) if self.approvals else None
            approver = self.approvals.approver(need, approval) if self.approvals else None
            code = new_unique_code(self.db, self.shop.all()["card_prefix"])
            now = to_db(self.clock())
            self.store.insert(code, amount, expires_on, visit_id, self.staff_id, now)
            self.store.append(
                code, "issue", amount, staff_id=self.staff_id, created_at=now,
                visit_id=visit_id, note=note,
            )  # fmt: skip
            if self.approvals is not None:
                self.approvals.record(approver, need, f"gift_card:{code}", code=code)
        return self._get(code)

    def issue_and_print(
        self,
        amount: int,
        print_card: Callable[[GiftCard], Printed],
        *,
        expires_on: date | None = None,
    ) -> tuple[GiftCard, Printed]:
        """Sell a card and print it in one transaction: if printing fails nothing is
        sold, so no code exists that nobody holds. Returns the card and what
        ``print_card`` returned."""
        with write_transaction(self.db):
            card = self.issue(amount, expires_on=expires_on)
            return card, print_card(card)

    # Looking up ---------------------------------------------------------------------

    def show(self, code: str) -> GiftCard:
        """The card a scanned or typed code names (13 digits or ``GC`` + 13 digits)."""
        digits = parse_single(code, GC_PREFIX)
        card = self.store.get(digits)
        if card is not None:
            return card
        other = code_in_use(self.db, digits)
        if other == "card":
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "{code} is a member card, not a gift card."), code=digits
            )
        if other == "coupon":
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "{code} is a coupon, not a gift card."), code=digits
            )
        raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no gift card {code}."), code=digits)

    def history(self, code: str) -> list[GiftCardEntry]:
        """Every change of the card's value, oldest first."""
        return self.store.history(self.show(code).code)

    def usable(self, code: str, amount_wanted: int) -> GiftCard:
        """The card, if it can pay ``amount_wanted`` today; Refused says why not."""
        card = self.show(code)
        check_usable(
            card, amount_wanted, self.clock().date(), balance_text=self._money(card.balance)
        )
        return card

    # Paying and refunding -----------------------------------------------------------

    def redeem(self, code: str, amount: int, visit_id: int) -> int:
        """Take ``amount`` off the card for ``visit_id``; returns the new balance.

        Checked again inside the transaction, so two tills cannot spend the same value.
        """
        if amount <= 0:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Pay more than zero with the gift card."))
        with write_transaction(self.db):
            card = self.usable(code, amount)
            self.store.append(
                card.code, "redeem", -amount, staff_id=self.staff_id,
                created_at=to_db(self.clock()), visit_id=visit_id,
            )  # fmt: skip
            return card.balance - amount

    def restore_for_refund(self, visit_id: int, refund_id: int, amount: int | None = None) -> int:
        """Put ``amount`` (None: all that is left) back on the card(s) the visit paid with.

        ``amount`` is a refund's gift-card share (``services/refunding.py``); this never
        puts back more than the visit took from a card, whatever refunds came before, so
        a second full restore puts back nothing. Returns the amount put back.
        """
        total = 0
        with write_transaction(self.db):
            rows = self.store.visit_redemptions(visit_id)
            codes = {rid: code for rid, code, _ in rows}
            restored = self.store.restored_by_row(visit_id)
            now = to_db(self.clock())
            for row_id, left in to_restore([(r, d) for r, _, d in rows], restored):
                back = left if amount is None else min(left, amount - total)
                if back <= 0:
                    break
                self.store.append(
                    codes[row_id], "refund", back, staff_id=self.staff_id, created_at=now,
                    visit_id=visit_id, refund_id=refund_id, reverses_id=row_id,
                )  # fmt: skip
                total += back
        return total

    # The owner's corrections --------------------------------------------------------

    def void(self, code: str, reason: str) -> GiftCard:
        """Switch a card off for good; what it still held is written off as a 'void' row."""
        why = clean_reason(reason)
        with write_transaction(self.db):
            card = self.show(code)
            if card.status == "void":
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Gift card {code} is already voided."), code=card.code
                )
            self.store.append(
                card.code, "void", -card.balance, staff_id=self.staff_id,
                created_at=to_db(self.clock()), note=why,
            )  # fmt: skip
            self.store.set_status(card.code, "void")
        return self._get(card.code)

    def adjust(self, code: str, delta: int, reason: str) -> GiftCard:
        """Correct a card's value by ``delta`` (either sign), with a reason."""
        why = clean_reason(reason)
        if delta == 0 or abs(delta) > 100_000_000:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Say by how much to change the value."))
        with write_transaction(self.db):
            card = self.show(code)
            if card.status == "void":
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Gift card {code} was voided and cannot be used."),
                    code=card.code,
                )
            if card.balance + delta < 0:
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "The gift card holds only {balance}."),
                    balance=self._money(card.balance),
                )
            self.store.append(
                card.code, "adjust", delta, staff_id=self.staff_id,
                created_at=to_db(self.clock()), note=why,
            )  # fmt: skip
        return self._get(card.code)

    def expire_all(self) -> int:
        """The start-up job: cards past their expiry date give up what they still hold.

        Written as ``expire`` rows so the value leaves the outstanding liability; a card
        without an expiry date (the default) never expires. Returns how many cards.
        """
        today = self.clock().date().isoformat()
        codes = [code for code, _ in self.store.expired_with_value(today)]
        done = 0
        for start in range(0, len(codes), CHUNK):
            with write_transaction(self.db):  # short, so the counter never waits long
                # Read again inside: another till may have spent or expired it since.
                for code, balance in self.store.expired_with_value(
                    today, codes[start : start + CHUNK]
                ):
                    self.store.append(
                        code, "expire", -balance, staff_id=1, created_at=to_db(self.clock()),
                        note="expired",
                    )  # fmt: skip
                    done += 1
        return done

    def check(self) -> list[str]:
        """Cards whose cached balance differs from the sum of their ledger rows."""
        return [
            f"gift card {code}: balance {cached} but ledger sums to {total}"
            for code, cached, total in self.store.mismatches()
        ]

    def _get(self, code: str) -> GiftCard:
        card = self.store.get(code)
        assert card is not None
        return card
