"""A member's data under their control: consent per channel, the consent register,
contact lists, a member's export, erasing and merging members.

``members consent CODE --channel email|sms|post --yes|--no``,
``consents export --csv PATH``,
``members contact-list --channel C --segment lapsed|birthdays|everyone --csv PATH``,
``members export CODE --out FILE.json``, ``members erase CODE --reason TEXT``,
``members merge KEEP OTHER --reason TEXT``.

A ``CODE`` names the card's own member here, even a blocked one (a blocked member may
still withdraw consent or ask for their data); an erased or merged-away member is
refused by the services with a message, exit 2, nothing changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..l10n import translate
from ..services import Services
from .args import CLI
from .output import Outcome
from .registry import Registry


def register(r: Registry) -> None:
    consent = r.command(
        "members consent",
        cmd_consent,
        translate(CLI, "record a member's answer on one channel (a new row in the register)"),
    )
    consent.add_argument("code", metavar="CODE")
    consent.add_argument("--channel", required=True, metavar="email|sms|post")
    answer = consent.add_mutually_exclusive_group(required=True)
    answer.add_argument("--yes", dest="answer", action="store_true", default=None)
    answer.add_argument("--no", dest="answer", action="store_false")
    r.group("consents", translate(CLI, "the consent register"))
    reg = r.command(
        "consents export", cmd_consents_export, translate(CLI, "write every consent event to CSV")
    )
    reg.add_argument("--csv", required=True, metavar="PATH")
    contact = r.command(
        "members contact-list",
        cmd_contact_list,
        translate(CLI, "members who consented on a channel, to CSV for a mail or SMS tool"),
    )
    contact.add_argument("--channel", required=True, metavar="email|sms|post")
    contact.add_argument("--segment", required=True, metavar="lapsed|birthdays|everyone")
    contact.add_argument("--month", type=int, metavar="1-12")
    contact.add_argument("--csv", required=True, metavar="PATH")
    export = r.command(
        "members export",
        cmd_member_export,
        translate(CLI, "everything held about one member: JSON and a CSV summary"),
    )
    export.add_argument("code", metavar="CODE")
    export.add_argument("--out", required=True, metavar="FILE.json")
    erase = r.command(
        "members erase",
        cmd_erase,
        translate(CLI, "erase a member's personal data for good (visits and sums stay)"),
    )
    erase.add_argument("code", metavar="CODE")
    erase.add_argument("--reason", required=True, metavar="TEXT")
    merge = r.command(
        "members merge",
        cmd_merge,
        translate(CLI, "merge a duplicate member (OTHER) into the member kept (KEEP)"),
    )
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("other", metavar="OTHER")
    merge.add_argument("--reason", required=True, metavar="TEXT")


def cmd_consent(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    member_id = services.members.member_id_for_card(args.code)
    done = services.consents.record(
        member_id, {args.channel: bool(args.answer)}, source="command_line"
    )
    answer = translate(CLI, "yes") if args.answer else translate(CLI, "no")
    text = translate(CLI, "Member #{id}, {channel}: {answer} (recorded).").format(
        id=member_id, channel=args.channel, answer=answer
    )
    return Outcome({"member": member_id, "consents": done.current}, text)


def cmd_consents_export(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    rows = services.consents.export(Path(args.csv))
    text = translate(CLI, "Written: {path} ({what}, rows: {rows}).").format(
        path=args.csv, what="consents", rows=rows
    )
    return Outcome({"export": "consents", "path": args.csv, "rows": rows}, text)


def cmd_contact_list(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    done = services.contact_lists.write(args.channel, args.segment, Path(args.csv), args.month)
    text = translate(CLI, "Written: {path} ({what}, rows: {rows}).").format(
        path=done.path, what=f"{done.segment}, {done.channel}", rows=done.rows
    )
    data = {"path": str(done.path), "channel": done.channel, "segment": done.segment}
    return Outcome({**data, "rows": done.rows}, text)


def cmd_member_export(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    member_id = services.members.member_id_for_card(args.code)
    done = services.member_export.export(member_id, Path(args.out))
    text = translate(CLI, "Written: {path} and {summary}.").format(
        path=done.path, summary=done.summary
    )
    data = {"path": str(done.path), "summary": str(done.summary), "counts": done.counts}
    return Outcome(data, text)


def cmd_erase(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    member_id = services.members.member_id_for_card(args.code)
    done = services.erase.erase(member_id, args.reason)
    text = translate(CLI, "Erased member #{id}: their personal data is gone from the file.")
    if not done.wal_emptied:
        text += " " + translate(
            CLI, "Another program is reading the shop: its WAL is emptied when it stops."
        )
    data = {"erased": member_id, "wal_emptied": done.wal_emptied}
    return Outcome(data, text.format(id=member_id))


def cmd_merge(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    keep = services.members.member_id_for_card(args.keep)
    other = services.members.member_id_for_card(args.other)
    done = services.merge.merge(keep, other, args.reason)
    text = translate(
        CLI, "Merged member #{other} into member #{keep}: {n} balance(s) moved."
    ).format(other=other, keep=keep, n=len(done.moved))
    moved = [{"program_id": p, "account": a, "amount": q} for p, a, q in done.moved]
    return Outcome({"keep": keep, "merged": other, "moved": moved, "coupons": done.coupons}, text)
