"""Gift card rules: amounts, usability and what a refund puts back."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from loyalty_pos.domain.errors import InvalidCode, Refused, UserError
from loyalty_pos.domain.giftcards import GiftCard, check_usable, to_restore, validate_amount
from loyalty_pos.domain.singlecode import parse_single

CARD = GiftCard("2900000000017", 5000, 3000, None, "active", datetime(2026, 1, 1, tzinfo=UTC))
TODAY = date(2026, 3, 10)


@pytest.mark.parametrize("amount", [0, -1, 100_000_001])
def test_amount_out_of_range(amount):
    with pytest.raises(UserError, match="more than zero"):
        validate_amount(amount)


def test_usable_refusals():
    from dataclasses import replace

    cases = [
        (replace(CARD, status="void"), 1, "was voided"),
        (replace(CARD, expires_on=date(2026, 3, 9)), 1, "expired on 2026-03-09"),
        (replace(CARD, balance=0), 0, "is used up"),
        (CARD, 3001, "holds only 3000 HUF"),
    ]
    for card, wanted, text in cases:
        with pytest.raises(Refused, match=text):
            check_usable(card, wanted, TODAY, balance_text=f"{card.balance} HUF")
    check_usable(replace(CARD, expires_on=TODAY), 3000, TODAY, balance_text="")


def test_restore_only_what_was_not_restored_before():
    assert to_restore([(1, -500), (2, -300)], {}) == [(1, 500), (2, 300)]
    assert to_restore([(1, -500), (2, -300)], {1: 500}) == [(2, 300)]
    assert to_restore([(1, -500)], {1: 500}) == []


def test_parse_single_accepts_prefix_spaces_and_refuses_check_digit():
    assert parse_single(" gc 2900-0000-00018 ", "GC") == "2900000000018"
    with pytest.raises(InvalidCode, match="check digit"):
        parse_single("2900000000017", "GC")
    with pytest.raises(InvalidCode, match="has 13 digits; “GC12345” is not one"):
        parse_single("GC12345", "GC")
    with pytest.raises(InvalidCode, match="Nothing was scanned"):
        parse_single("  ", "GC")
