"""How a reward, a punch card's progress and a coupon read in words, without Qt.

The counter's screens (through ``ui/formatting.py``), printed slips and coupons word
these the same way, so the words live here, below both, in the ``Formatting`` context
of the catalogue. Each function writes in the locale of the language in use, or in the
``locale`` given (the screens pass Qt's default, which they use everywhere else).
"""

from __future__ import annotations

from ..domain.programs import RewardKind
from ..l10n import format_money, format_number, translate
from .views import CardProgress

CONTEXT = "Formatting"


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def reward_description(card: CardProgress, currency: str, locale: str | None = None) -> str:
    """The reward as the cashier hands it over: "Free coffee", "Car wash (500 Ft off)"."""
    if card.reward_kind == RewardKind.FIXED_DISCOUNT:
        return tr("{reward} ({amount} off)").format(
            reward=card.reward_text, amount=format_money(card.reward_value, currency, locale)
        )
    if card.reward_kind == RewardKind.PERCENT_DISCOUNT:
        return tr("{reward} ({percent}% off)").format(
            reward=card.reward_text, percent=format_number(card.reward_value, locale=locale)
        )
    return card.reward_text


def stamps_of(stamps: int, needed: int, locale: str | None = None) -> str:
    """ "7 / 10" with the locale's digits."""
    return tr("{stamps} / {needed}").format(
        stamps=format_number(stamps, locale=locale), needed=format_number(needed, locale=locale)
    )


def coupon_terms(
    offer, currency: str, item_name: str | None = None, locale: str | None = None
) -> str:
    """What a coupon gives, in a few words: "10 % off (at most 2 000 Ft)", "Free latte".

    ``offer`` is a ``domain.coupons.CouponOffer``; printed coupons and the counter's
    Apply list word it the same way.
    """
    if offer.kind is RewardKind.FIXED_DISCOUNT:
        return tr("{amount} off").format(amount=format_money(offer.value, currency, locale))
    if offer.kind is RewardKind.PERCENT_DISCOUNT:
        text = tr("{percent} % off").format(percent=offer.value)
        if offer.max_discount is not None:
            text += " " + tr("(at most {amount})").format(
                amount=format_money(offer.max_discount, currency, locale)
            )
        return text
    if item_name:
        return tr("Free {item}").format(item=item_name)
    return tr("A free item")
