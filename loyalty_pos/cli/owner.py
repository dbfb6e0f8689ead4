"""Admin commands for the owner's side: ``report``, ``feedback``,
``staff add|list|unlock|pin`` (``liability`` and ``end-of-day`` are in ``liability.py``
and ``day.py``).

Like every admin command they act as the Owner and ask no PIN: the command line is for
whoever can already read the database file. That makes it the owner's way back in
without IT staff: an owner PIN locked for good after wrong guesses (or forgotten) is
unlocked with ``staff unlock NAME`` (or replaced with ``staff pin NAME --pin``) on the
till's own computer, where sitting at the keyboard is the proof of being the owner.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.metrics import FIGURES
from ..l10n import translate
from ..services import Services
from ..services.staff import ROLES
from . import args as arg
from .args import CLI
from .day import scope_options, scope_text, scoped
from .output import Outcome
from .registry import Registry

# Every figure of the dashboard, in the order printed (one list, ``domain.metrics``).
REPORT_KEYS = FIGURES


def register(r: Registry) -> None:
    report = r.command("report", cmd_report, translate(CLI, "the dashboard's figures for a period"))
    arg.period_options(report, required=True)
    scope_options(report)
    feedback = r.command("feedback", cmd_feedback, translate(CLI, "store a 0-10 score for a visit"))
    feedback.add_argument("visit_id", type=arg.ident, metavar="VISIT_ID")
    feedback.add_argument("--score", type=arg.count, required=True, metavar="N")
    feedback.add_argument("--comment", default="", metavar="TEXT")

    r.group("staff", translate(CLI, "staff members and PINs"))
    add = r.command("staff add", cmd_staff_add, translate(CLI, "add a staff member"))
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=ROLES, default="cashier")
    add.add_argument("--pin", metavar="DIGITS")
    r.command("staff list", cmd_staff_list, translate(CLI, "list the staff"))
    unlock = r.command(
        "staff unlock", cmd_staff_unlock, translate(CLI, "let a person locked out by wrong PINs in")
    )
    unlock.add_argument("name", metavar="NAME")
    pin = r.command("staff pin", cmd_staff_pin, translate(CLI, "set a new PIN for a person"))
    pin.add_argument("name", metavar="NAME")
    pin.add_argument("--pin", required=True, metavar="DIGITS")


def cmd_report(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """``--to`` is inclusive: the period is [from, to + 1 day). ``--branch``/``--till``
    count the visits of those tills only (``filter`` in the JSON, a line in the text)."""
    arg.check_period(args)
    reports = scoped(services, args)
    metrics = reports.metrics(args.start, args.end + timedelta(days=1))
    data = {"from": args.start.isoformat(), "to": args.end.isoformat(), **asdict(metrics)}
    ordered = {k: data[k] for k in ("from", "to", *REPORT_KEYS)}
    ordered.update({k: v for k, v in data.items() if k not in ordered})
    ordered["filter"] = reports.scope.as_json()
    shown = {**ordered, "filter": scope_text(reports.scope)}
    width = max(len(k) for k in shown)
    text = "\n".join(f"{k.ljust(width)}  {'—' if v is None else v}" for k, v in shown.items())
    return Outcome(ordered, text)


def cmd_feedback(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    fb = services.feedback.record(args.visit_id, args.score, args.comment)
    data = {
        "id": fb.id,
        "visit_id": fb.visit_id,
        "member_id": fb.member_id,
        "score": fb.score,
        "comment": fb.comment,
    }
    text = translate(CLI, "Feedback {score} stored for visit {visit}.").format(
        score=fb.score, visit=fb.visit_id
    )
    return Outcome(data, text)


def _staff_json(p, now: datetime) -> dict:
    return {
        "id": p.id,
        "name": p.name,
        "role": p.role,
        "active": p.active,
        "pin": p.has_pin,
        "pin_locked": p.locked(now),
    }


def cmd_staff_add(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    person = services.staff.add(args.name, args.role, args.pin)
    text = translate(CLI, "Added {name} ({role}), number {id}.").format(
        name=person.name, role=person.role, id=person.id
    )
    return Outcome(_staff_json(person, services.clock()), text)


def cmd_staff_list(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    people = services.staff.list()
    now = services.clock()
    lines = [
        f"{p.id:>3}  {p.name}  {p.role}"
        + ("  PIN" if p.has_pin else "")
        + ("  " + translate(CLI, "(PIN locked)") if p.has_pin and p.locked(now) else "")
        + ("" if p.active else "  (left)")
        for p in people
    ]
    return Outcome([_staff_json(p, services.clock()) for p in people], "\n".join(lines))


def cmd_staff_unlock(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    person = services.staff.unlock(services.staff.named(args.name).id)
    text = translate(CLI, "{name} can type their PIN again.").format(name=person.name)
    return Outcome(_staff_json(person, services.clock()), text)


def cmd_staff_pin(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """The same rules as the staff screen: 6 digits at least for an owner."""
    person = services.staff.set_pin(services.staff.named(args.name).id, args.pin)
    text = translate(CLI, "New PIN set for {name}.").format(name=person.name)
    return Outcome(_staff_json(person, services.clock()), text)
