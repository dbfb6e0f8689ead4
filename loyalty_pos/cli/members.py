"""``members add``, ``members find`` and ``members show``: enrolling and looking up.

(``members block|unblock`` are in ``shop.py``, ``members import`` in ``data.py``: each
module adds its commands to the ``members`` group declared here.)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.validation import MemberInput
from ..l10n import translate
from ..services import Services, offline_allowance
from ..services.members import PossibleDuplicate
from . import lookup
from . import output as out
from .args import CLI, CliError
from .output import Outcome
from .registry import Registry


def register(r: Registry) -> None:
    r.group("members", translate(CLI, "add, find and show members"))
    add = r.command("members add", cmd_members_add, translate(CLI, "enroll a member"))
    add.add_argument("--name", required=True)
    add.add_argument("--phone")
    add.add_argument("--email")
    add.add_argument("--birthday", metavar="YYYY-MM-DD")
    add.add_argument("--card", metavar="CODE", help=translate(CLI, "a blank card to give"))
    add.add_argument(
        "--consent",
        choices=["yes", "no"],
        help=translate(CLI, "the answer for e-mail and SMS (per channel: members consent)"),
    )
    add.add_argument("--notes", default="")
    add.add_argument("--allow-duplicate", action="store_true")
    find = r.command(
        "members find", cmd_members_find, translate(CLI, "search by name, phone or card")
    )
    find.add_argument("text", metavar="TEXT")
    show = r.command("members show", cmd_members_show, translate(CLI, "one member, with balances"))
    show.add_argument("code", metavar="CODE")


def cmd_members_add(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    data = MemberInput(
        name=args.name,
        phone=args.phone,
        email=args.email,
        birthday=args.birthday,
        marketing_consent=args.consent == "yes",
        notes=args.notes,
    )
    try:
        if args.consent is None:  # never asked: no answer is recorded (silence is not consent)
            member = services.members.enroll(
                data, card=args.card, allow_duplicate=args.allow_duplicate
            )
        else:
            yes = args.consent == "yes"
            member = services.consents.enroll(
                data,
                {"email": yes, "sms": yes},
                source="command_line",
                card=args.card,
                allow_duplicate=args.allow_duplicate,
            )
    except PossibleDuplicate as err:
        first = err.matches[0]
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI,
                "{name} already has this phone number or e-mail (card {card}). "
                "Add --allow-duplicate to enroll anyway.",
            ),
            name=first.name,
            card=first.card_number or "—",
        ) from None
    text = translate(CLI, "Enrolled:") + "\n" + out.member_text(member)
    return Outcome(out.member_json(member), text)


def cmd_members_find(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """Full member documents, so a script finds and reads balances in one call."""
    members = [services.members.view(hit.id) for hit in services.members.search(args.text)]
    text = "\n".join(out.hit_line(m) for m in members) or translate(CLI, "No members found.")
    return Outcome([out.member_json(m) for m in members], text)


def cmd_members_show(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """The member document and every balance: points, credit, passes, tier, coupons."""
    member = lookup.member(services, args.code)
    balances = services.checkout.balances_summary(member.id)
    coupons = services.coupons.member_coupons(member.id)
    data = out.member_show_json(member, balances, coupons)
    if offline_allowance.on_server(services):  # a file is never offline: nothing to show
        found = offline_allowance.for_member(services, member.id)
        data["offline_allowance"] = {"amount": found.amount, "own": found.own is not None}
    return Outcome(data, out.member_show_text(member, balances, coupons, services.shop.money_text))
