"""``admin audit``: the owner's audit trail on the command line.

    loyalty-pos admin audit [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--person NAME]
                            [--limit N] [--offset N] [--json]

Newest first, one page at a time (``--limit``, default 100, at most 1000; ``--offset``
skips entries), so a script can page through years of visits without loading them all.
Days are the shop's, ``--to`` inclusive. Bad input (a date that does not exist, ``--to``
before ``--from``, a person nobody is called) exits 2 with one line, like every command.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..l10n import translate
from ..services import Services
from ..services.audit import PAGE, AuditEntry
from . import args as arg
from .args import CLI
from .output import Outcome, iso, local_time
from .registry import Registry


def register(r: Registry) -> None:
    audit = r.command("audit", cmd_audit, translate(CLI, "who did what, when: the audit trail"))
    arg.period_options(audit, required=False)
    audit.add_argument("--person", metavar="NAME", help=translate(CLI, "only what they did"))
    audit.add_argument("--limit", type=arg.count, default=PAGE, metavar="N")
    audit.add_argument("--offset", type=arg.count, default=0, metavar="N")


def entry_json(e: AuditEntry) -> dict:
    return {
        "at": iso(e.at),
        "staff_id": e.staff_id,
        "person": e.person,
        "action": e.action,
        "subject": e.subject,
        "details": e.details,
    }


def entry_text(e: AuditEntry) -> str:
    parts = [local_time(e.at), e.person, e.action_text, e.subject, e.details]
    return "  ".join(p for p in parts if p)


def cmd_audit(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    arg.check_period(args)
    person = services.audit.person_named(args.person) if args.person is not None else None
    entries = services.audit.entries(
        staff_id=person.id if person is not None else None,
        start=args.start,
        end=args.end,
        limit=args.limit,
        offset=args.offset,
    )
    text = "\n".join(entry_text(e) for e in entries) or translate(CLI, "Nothing recorded.")
    return Outcome([entry_json(e) for e in entries], text)
