"""Owner commands of the admin command line: shop settings, blocking members and cards.

Kept apart from the visit and member commands so each module stays short. The
``cards`` group declared here also holds ``cards replace`` (``print_cards.py``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..l10n import translate
from ..services import Services, approvals, display, shop
from . import output as out
from .args import CLI
from .output import Outcome
from .registry import Registry


def register(r: Registry) -> None:
    """Add ``settings show|set``, ``cards block|unblock`` and ``members block|unblock``."""
    r.group("settings", translate(CLI, "the shop's settings"))
    r.command("settings show", cmd_settings_show, translate(CLI, "show the settings"))
    set_cmd = r.command(
        "settings set",
        cmd_settings_set,
        translate(
            CLI,
            "change one setting: shop_name, currency, card_prefix, "
            "language (system, en, hu, vi, nb), "
            "text_size (100, 125, 150), colours (standard, high_contrast), "
            "gift_card_owner_limit or void_owner_limit (minor units)",
        ),
    )
    set_cmd.add_argument("key", metavar="KEY")
    set_cmd.add_argument("value", metavar="VALUE")

    r.group("cards", translate(CLI, "block or unblock one card"))
    for name, handler, text in (
        ("block", cmd_card_block, translate(CLI, "block a lost or misused card")),
        ("unblock", cmd_card_unblock, translate(CLI, "let a blocked card work again")),
    ):
        r.command(f"cards {name}", handler, text).add_argument("code", metavar="CODE")

    for name, handler, text in (
        ("block", cmd_member_block, translate(CLI, "block a membership (all its cards)")),
        ("unblock", cmd_member_unblock, translate(CLI, "lift a membership's block")),
    ):
        r.command(f"members {name}", handler, text).add_argument("code", metavar="CODE")


def _all_settings(services: Services) -> dict[str, str]:
    """The shop's settings and how its screens look (text size, colours)."""
    return (
        services.shop.all()
        | {"language": services.setup.language()}
        | services.display.all()
        | {"till_name": services.shop.till_name()}
        | {key: str(value) for key, value in services.approvals.limits().items()}
    )


def cmd_settings_show(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    values = _all_settings(services)
    return Outcome(values, "\n".join(f"{k} = {v}" for k, v in values.items()))


def cmd_settings_set(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    if args.key == "language":
        services.setup.set_language(args.value)
    elif args.key in display.DEFAULTS:
        services.display.set(args.key, args.value)
    elif args.key == "till_name":
        services.shop.set_till_name(args.value)
    elif args.key in approvals.LIMIT_KEYS:
        services.approvals.set_limit(args.key, args.value)
    elif args.key in shop.DEFAULTS:
        services.shop.set(args.key, args.value)
    else:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "There is no setting “{key}”. Settings: {keys}."),
            key=args.key,
            keys=", ".join(
                [*shop.DEFAULTS, "language", *display.DEFAULTS, "till_name", *approvals.LIMIT_KEYS]
            ),
        )
    values = _all_settings(services)
    text = translate(CLI, "{key} is now {value}.").format(key=args.key, value=values[args.key])
    return Outcome(values, text)


def _card(services: Services, args: argparse.Namespace, blocked: bool) -> Outcome:
    services.members.block_card(args.code, blocked)
    member = services.members.view(services.members.member_id_for_card(args.code))
    text = (
        translate(CLI, "Card {code} is blocked.")
        if blocked
        else translate(CLI, "Card {code} works again.")
    ).format(code=args.code.strip())
    return Outcome(
        {"card": args.code.strip(), "blocked": blocked, "member": out.member_json(member)}, text
    )


def cmd_card_block(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    return _card(services, args, True)


def cmd_card_unblock(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    return _card(services, args, False)


def _member(services: Services, args: argparse.Namespace, blocked: bool) -> Outcome:
    member_id = services.members.member_id_for_card(args.code)
    member = services.members.set_blocked(member_id, blocked)
    text = (
        translate(CLI, "The membership of {name} is blocked.")
        if blocked
        else translate(CLI, "The membership of {name} is active again.")
    ).format(name=member.name)
    return Outcome(out.member_json(member), text)


def cmd_member_block(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    return _member(services, args, True)


def cmd_member_unblock(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    return _member(services, args, False)
