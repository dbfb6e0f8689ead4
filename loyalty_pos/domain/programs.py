"""Punch-card programs as the owner defines them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import ERRORS, QT_TRANSLATE_NOOP, UserError


class RewardKind(StrEnum):
    """What a completed card gives."""

    FREE_ITEM = "free_item"
    FIXED_DISCOUNT = "fixed_discount"  # reward_value in minor units of the shop currency
    PERCENT_DISCOUNT = "percent_discount"  # reward_value in percent, 1-100


@dataclass(frozen=True)
class StampProgram:
    """A punch card: ``stamps_needed`` stamps make one reward.

    ``stamps_per_item`` stamps are given for each qualifying item. ``expiry_days`` (if
    set) makes each stamp lapse that many days after it was earned; ``per_day_limit`` (if
    set) caps the stamps one member can earn on this card in one day.
    """

    id: int
    name: str
    stamps_needed: int
    reward_text: str
    reward_kind: RewardKind = RewardKind.FREE_ITEM
    reward_value: int = 0
    stamps_per_item: int = 1
    expiry_days: int | None = None
    per_day_limit: int | None = None
    active: bool = True


MAX_STAMPS_NEEDED = 100
MAX_ITEMS_PER_VISIT = 99


def validate_program(p: StampProgram) -> None:
    """Refuse a program the counter could not run sensibly."""
    if not p.name.strip():
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "The program needs a name."))
    if not 2 <= p.stamps_needed <= MAX_STAMPS_NEEDED:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "Stamps needed must be between 2 and {max}."),
            max=MAX_STAMPS_NEEDED,
        )
    if not p.reward_text.strip():
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Say what the reward is."))
    if not 1 <= p.stamps_per_item <= 10:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Stamps per item must be between 1 and 10."))
    if p.expiry_days is not None and not 1 <= p.expiry_days <= 3650:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Stamp expiry must be between 1 and 3650 days."))
    if p.per_day_limit is not None and not 1 <= p.per_day_limit <= 1000:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The daily stamp limit must be between 1 and 1000.")
        )
    if p.reward_kind is RewardKind.PERCENT_DISCOUNT and not 1 <= p.reward_value <= 100:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "A percent discount is between 1 and 100."))
    if p.reward_kind is RewardKind.FIXED_DISCOUNT and p.reward_value <= 0:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "A fixed discount must be more than zero."))
