"""What a printed card says, for every kind of card: a member's, a gift card, a coupon.

``card.draw_code_card`` draws any ``PrintedFace`` in the owner's design, so a gift card
or a coupon looks like the shop's member cards and carries its code twice: as a barcode
(EAN-13 from the shop's prefix, the digits under it) and as a QR code whose two letters
(``GC``, ``CP``) tell the counter what was scanned. The words are built here, in the
shop's currency and date format, so the counter, the owner's screens and the command
line print the same card.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.cardnumber import qr_payload
from ..domain.coupons import CP_PREFIX, CouponOffer
from ..domain.giftcards import GC_PREFIX, GiftCard
from ..l10n import format_date, format_money, translate
from ..services.cards import CardFace
from ..services.wording import coupon_terms

CONTEXT = "PrintedCard"


def tr(text: str) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class PrintedFace:
    """One card to print: ``code`` goes in the barcode, ``qr_text`` in the QR code;
    ``headline`` is the big line (a name, "Gift card", a coupon's name) and ``value``
    the smaller one under it (what the card is worth, until when)."""

    code: str
    headline: str = ""
    value: str = ""
    qr_text: str | None = None


def member_face(face: CardFace) -> PrintedFace:
    """A member card (blank when it has no name): the number as barcode and QR."""
    return PrintedFace(face.card_number, face.name, "", qr_payload(face.card_number))


def as_printed(face: CardFace | PrintedFace) -> PrintedFace:
    return member_face(face) if isinstance(face, CardFace) else face


def gift_card_face(card: GiftCard, currency: str) -> PrintedFace:
    """ "Gift card 5 000 Ft" as the big line; a card already spent in part says what is
    left under it, so a reprint never promises more than the card holds."""
    headline = tr("Gift card {amount}").format(amount=format_money(card.initial_value, currency))
    parts = []
    if card.balance < card.initial_value:
        parts.append(tr("{balance} left").format(balance=format_money(card.balance, currency)))
    if card.expires_on is not None:
        parts.append(tr("valid until {date}").format(date=format_date(card.expires_on)))
    return PrintedFace(card.code, headline, " · ".join(parts), GC_PREFIX + card.code)


def coupon_face(
    code: str,
    offer: CouponOffer,
    currency: str,
    *,
    valid_to: date | None = None,
    item_name: str | None = None,
    member_name: str | None = None,
) -> PrintedFace:
    """A single-use coupon: its offer's name, the terms and the last day, and whose it
    is when it was issued to one member (the counter refuses it for anybody else)."""
    parts = [coupon_terms(offer, currency, item_name)]
    if offer.min_spend:
        parts.append(tr("from {amount}").format(amount=format_money(offer.min_spend, currency)))
    if valid_to is not None:
        parts.append(tr("until {date}").format(date=format_date(valid_to)))
    if member_name:
        parts.append(tr("for {name}").format(name=member_name))
    return PrintedFace(code, offer.name, " · ".join(parts), CP_PREFIX + code)
