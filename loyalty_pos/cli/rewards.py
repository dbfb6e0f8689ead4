"""Gift card and coupon commands of the admin command line.

``gift-cards issue|show|print|void`` and ``coupons add|list|issue``. Amounts are
integers of the currency's minor unit, as everywhere on the command line. Every rule is
the services'.

``--pdf PATH`` prints what was sold or issued as cards in the shop's design. The PDF is
written inside the sale's transaction, which the service holds (``issue_and_print``): if
the file cannot be written, nothing is sold or issued, so no code exists that nobody
holds.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.coupons import CP_PREFIX, CouponOffer
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.giftcards import GC_PREFIX, GiftCard, GiftCardEntry
from ..domain.money import plain
from ..domain.programs import RewardKind
from ..l10n import translate
from ..printing.layouts import LayoutKind
from ..services import Services
from . import args as arg
from . import lookup
from .args import CLI, CliError, pdf_path
from .output import Outcome, iso
from .print_cards import write_cards
from .registry import Registry

KINDS = {
    "fixed": RewardKind.FIXED_DISCOUNT,
    "percent": RewardKind.PERCENT_DISCOUNT,
    "free-item": RewardKind.FREE_ITEM,
}
TRIGGERS = {"birthday": "birthday", "next-visit": "next_visit"}


def register(r: Registry) -> None:
    """Add the ``gift-cards`` and ``coupons`` command groups."""
    r.group("gift-cards", translate(CLI, "sell and look up gift cards"))
    issue = r.command("gift-cards issue", cmd_gift_issue, translate(CLI, "sell a new gift card"))
    issue.add_argument("--amount", type=arg.count, required=True, metavar="MINOR_UNITS")
    issue.add_argument("--expires", type=arg.day, metavar="YYYY-MM-DD")
    _pdf_options(issue)
    reprint = r.command(
        "gift-cards print", cmd_gift_print, translate(CLI, "print gift cards to a PDF")
    )
    reprint.add_argument("codes", nargs="+", metavar="CODE")
    _pdf_options(reprint, required=True)
    show = r.command("gift-cards show", cmd_gift_show, translate(CLI, "balance and history"))
    show.add_argument("code", metavar="CODE")
    void = r.command("gift-cards void", cmd_gift_void, translate(CLI, "switch a gift card off"))
    void.add_argument("code", metavar="CODE")
    void.add_argument("--reason", required=True, metavar="TEXT")

    r.group("coupons", translate(CLI, "coupon offers and codes"))
    add = r.command("coupons add", cmd_coupons_add, translate(CLI, "add a coupon offer"))
    add.add_argument("--name", required=True)
    add.add_argument("--kind", choices=list(KINDS), required=True)
    add.add_argument(
        "--value",
        type=arg.count,
        default=0,
        metavar="V",
        help=translate(CLI, "minor units (fixed) or percent (percent); none for free-item"),
    )
    add.add_argument("--max-discount", type=arg.count, metavar="MINOR_UNITS")
    add.add_argument("--min-spend", type=arg.count, default=0, metavar="MINOR_UNITS")
    add.add_argument("--from", dest="valid_from", type=arg.day, metavar="YYYY-MM-DD")
    add.add_argument("--to", dest="valid_to", type=arg.day, metavar="YYYY-MM-DD")
    add.add_argument(
        "--valid-days",
        type=arg.count,
        metavar="N",
        help=translate(CLI, "each issued code is valid N days, counting the day of issue"),
    )
    add.add_argument("--per-member", type=arg.count, metavar="N")
    add.add_argument("--code", metavar="WORD", help=translate(CLI, "a multi-use code"))
    add.add_argument("--trigger", choices=list(TRIGGERS))
    add.add_argument("--trigger-spend", type=arg.count, metavar="MINOR_UNITS")
    r.command("coupons list", cmd_coupons_list, translate(CLI, "list the coupon offers"))
    give = r.command("coupons issue", cmd_coupons_issue, translate(CLI, "issue a single-use code"))
    give.add_argument("offer", metavar="OFFER_NAME")
    give.add_argument("--member", metavar="CODE", help=translate(CLI, "the member's card"))
    give.add_argument(
        "--count", type=arg.count, default=1, metavar="N", help=translate(CLI, "issue N codes")
    )
    _pdf_options(give)


def _pdf_options(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--pdf",
        required=required,
        metavar="PATH",
        help=translate(CLI, "print them as cards to this PDF"),
    )
    parser.add_argument("--layout", choices=[k.value for k in LayoutKind], default="cr80")


def _print_faces(services: Services, args: argparse.Namespace, faces: list) -> dict[str, Any]:
    """Write ``faces`` to ``args.pdf`` (inside the service's transaction); the JSON keys."""
    path = pdf_path(args.pdf)
    count = write_cards(path, args.layout, services, faces)
    return {"path": str(path), "layout": args.layout, "cards": count}


# Gift cards ---------------------------------------------------------------------------


def gift_json(card: GiftCard, history: list[GiftCardEntry] | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "code": card.code,
        "qr_payload": GC_PREFIX + card.code,
        "initial_value": card.initial_value,
        "balance": card.balance,
        "expires_on": card.expires_on.isoformat() if card.expires_on else None,
        "status": card.status,
        "created_at": iso(card.created_at),
    }
    if history is not None:
        doc["history"] = [
            {
                "kind": e.kind,
                "delta": e.delta,
                "at": iso(e.at),
                "staff": e.staff,
                "visit_id": e.visit_id,
                "note": e.note,
            }
            for e in history
        ]
    return doc


def gift_text(card: GiftCard, currency: str) -> str:
    text = translate(CLI, "Gift card {code}: {balance} of {initial} left").format(
        code=card.code,
        balance=plain(card.balance, currency),
        initial=plain(card.initial_value, currency),
    )
    if card.expires_on:
        text += translate(CLI, ", expires {date}").format(date=card.expires_on.isoformat())
    if card.status == "void":
        text += translate(CLI, " (VOID)")
    return text


def cmd_gift_issue(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    currency = services.shop.all()["currency"]
    if args.pdf is not None:
        pdf_path(args.pdf)  # a bad folder is refused before anything is sold
    printed: dict[str, Any] | None = None
    if args.pdf is None:
        card = services.gift_cards.issue(args.amount, expires_on=args.expires)
    else:
        card, printed = services.gift_cards.issue_and_print(
            args.amount,
            lambda sold: _print_faces(services, args, [gift_face(sold, currency)]),
            expires_on=args.expires,
        )
    text = translate(CLI, "Sold:") + " " + gift_text(card, currency)
    if printed:
        text += "\n" + translate(CLI, "Printed to {path}.").format(path=printed["path"])
    return Outcome({**gift_json(card), "pdf": printed}, text)


def cmd_gift_print(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """Reprint gift cards: an active card prints what it holds now; a void one is refused."""
    currency = services.shop.all()["currency"]
    cards = [services.gift_cards.show(code) for code in args.codes]
    for card in cards:
        if card.status != "active":
            raise CliError(
                QT_TRANSLATE_NOOP(CLI, "Gift card {code} is void: it is not printed again."),
                code=card.code,
            )
    printed = _print_faces(services, args, [gift_face(c, currency) for c in cards])
    text = translate(CLI, "{count} gift cards printed to {path}.").format(
        count=printed["cards"], path=printed["path"]
    )
    return Outcome({**printed, "codes": [c.code for c in cards]}, text)


def cmd_gift_show(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    card = services.gift_cards.show(args.code)
    history = services.gift_cards.history(card.code)
    currency = services.shop.all()["currency"]
    lines = [gift_text(card, currency)]
    for e in history:
        sign = "+" if e.delta >= 0 else "-"
        line = f"  {e.at.astimezone():%Y-%m-%d %H:%M}  {e.kind:<7} {sign}"
        line += f"{plain(abs(e.delta), currency)}  ({e.staff})"
        if e.note:
            line += f"  {e.note}"
        lines.append(line)
    return Outcome(gift_json(card, history), "\n".join(lines))


def cmd_gift_void(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    card = services.gift_cards.void(args.code, args.reason)
    currency = services.shop.all()["currency"]
    return Outcome(gift_json(card), translate(CLI, "Voided:") + " " + gift_text(card, currency))


# Coupons ------------------------------------------------------------------------------


def offer_json(o: CouponOffer) -> dict[str, Any]:
    return {
        "id": o.id,
        "name": o.name,
        "kind": str(o.kind),
        "value": o.value,
        "max_discount": o.max_discount,
        "item_id": o.item_id,
        "min_spend": o.min_spend,
        "valid_from": o.valid_from.isoformat() if o.valid_from else None,
        "valid_to": o.valid_to.isoformat() if o.valid_to else None,
        "valid_days": o.valid_days,
        "per_member_limit": o.per_member_limit,
        "code": o.code,
        "trigger": o.trigger,
        "trigger_spend": o.trigger_spend,
        "active": o.active,
    }


def offer_text(o: CouponOffer, currency: str) -> str:
    if o.kind is RewardKind.FIXED_DISCOUNT:
        what = translate(CLI, "{amount} off").format(amount=plain(o.value, currency))
    elif o.kind is RewardKind.PERCENT_DISCOUNT:
        what = translate(CLI, "{percent}% off").format(percent=o.value)
        if o.max_discount is not None:
            what += translate(CLI, " (at most {amount})").format(
                amount=plain(o.max_discount, currency)
            )
    else:
        what = translate(CLI, "free item")
    extras = []
    if o.code:
        extras.append(translate(CLI, "code {code}").format(code=o.code))
    if o.min_spend:
        extras.append(translate(CLI, "from {amount}").format(amount=plain(o.min_spend, currency)))
    if o.valid_from or o.valid_to:
        extras.append(
            f"{o.valid_from.isoformat() if o.valid_from else '…'}–"
            f"{o.valid_to.isoformat() if o.valid_to else '…'}"
        )
    if o.valid_days:
        extras.append(translate(CLI, "codes valid {n} days").format(n=o.valid_days))
    if o.per_member_limit:
        extras.append(translate(CLI, "{n} per member").format(n=o.per_member_limit))
    if o.trigger == "birthday":
        extras.append(translate(CLI, "issued in the birthday month"))
    elif o.trigger == "next_visit":
        extras.append(
            translate(CLI, "issued after a visit of {amount}").format(
                amount=plain(o.trigger_spend or 0, currency)
            )
        )
    if not o.active:
        extras.append(translate(CLI, "switched off"))
    text = f"{o.id}  {o.name}: {what}"
    return text + (" (" + ", ".join(extras) + ")" if extras else "")


def cmd_coupons_add(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    offer = services.coupons.add_offer(
        CouponOffer(
            id=0,
            name=args.name,
            kind=KINDS[args.kind],
            value=args.value,
            max_discount=args.max_discount,
            min_spend=args.min_spend,
            valid_from=args.valid_from,
            valid_to=args.valid_to,
            valid_days=args.valid_days,
            per_member_limit=args.per_member,
            code=args.code,
            trigger=TRIGGERS[args.trigger] if args.trigger else None,
            trigger_spend=args.trigger_spend,
        )
    )
    currency = services.shop.all()["currency"]
    text = translate(CLI, "Coupon offer added:") + "\n" + offer_text(offer, currency)
    return Outcome(offer_json(offer), text)


def cmd_coupons_list(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    offers = services.coupons.list_offers()
    currency = services.shop.all()["currency"]
    text = "\n".join(offer_text(o, currency) for o in offers)
    return Outcome([offer_json(o) for o in offers], text or translate(CLI, "No coupon offers."))


def cmd_coupons_issue(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    offer = services.coupons.offer_by_name(args.offer)
    member = lookup.member(services, args.member) if args.member is not None else None
    currency = services.shop.all()["currency"]
    if args.pdf is not None:
        pdf_path(args.pdf)  # a bad folder is refused before anything is issued
    member_id = member.id if member else None
    printed: dict[str, Any] | None = None
    if args.pdf is None:
        codes = services.coupons.issue_many(offer.id, args.count, member_id)
    else:
        codes, printed = services.coupons.issue_and_print(
            offer.id,
            args.count,
            lambda new: _print_faces(
                services, args, [coupon_face_of(services, code, currency) for code in new]
            ),
            member_id,
        )
    code = codes[0]
    issued = services.coupons.issued(code)
    data = {
        "code": code,
        "codes": codes,
        "pdf": printed,
        "qr_payload": CP_PREFIX + code,
        "offer": offer_json(offer),
        "member_id": issued.member_id,
        "valid_from": issued.valid_from.isoformat() if issued.valid_from else None,
        "valid_to": issued.valid_to.isoformat() if issued.valid_to else None,
    }
    if len(codes) > 1:
        text = translate(CLI, "{count} coupons issued: {offer}").format(
            count=len(codes), offer=offer.name
        )
    else:
        text = translate(CLI, "Coupon {code} issued: {offer}").format(code=code, offer=offer.name)
    if member is not None:
        text += translate(CLI, ", for {name}").format(name=member.name)
    if issued.valid_to:
        text += translate(CLI, ", valid until {date}").format(date=issued.valid_to.isoformat())
    if len(codes) > 1:
        text += "\n" + "\n".join(codes)
    if printed:
        text += "\n" + translate(CLI, "Printed to {path}.").format(path=printed["path"])
    return Outcome(data, text)


def gift_face(card: GiftCard, currency: str):
    from ..printing.faces import gift_card_face  # Qt's GUI module: loaded only to print

    return gift_card_face(card, currency)


def coupon_face_of(services: Services, code: str, currency: str):
    """The printed coupon of an issued code (its offer, last day, member, free item)."""
    from ..printing.faces import coupon_face  # Qt's GUI module: loaded only to print

    c = services.coupons.printable(code)
    return coupon_face(
        c.code,
        c.offer,
        currency,
        valid_to=c.valid_to,
        item_name=c.item_name,
        member_name=c.member_name,
    )
