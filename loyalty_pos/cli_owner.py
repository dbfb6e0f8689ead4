"""Admin commands for the owner's side: ``report``, ``feedback``, ``staff add|list``
(and ``liability``, from ``cli_liability``, and ``end-of-day``, from ``cli_day``).

Like every admin command they act as the Owner and ask no PIN: the command line is for
whoever can already read the database file.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path

from .cli import CLI, CliError, Outcome, _day
from .domain.errors import QT_TRANSLATE_NOOP
from .i18n import translate
from .services import Services
from .services.staff import ROLES

REPORT_KEYS = (
    "visits",
    "sales",
    "average_spend",
    "active_members",
    "new_members",
    "sales_per_customer",
    "repurchase_rate",
    "retention_rate",
    "churn_rate",
    "nps",
)


def _score(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not a whole number").format(value=text)
        ) from None


def register(commands: argparse._SubParsersAction, command) -> None:
    report = command(
        commands, "report", cmd_report, translate(CLI, "the dashboard's figures for a period")
    )
    report.add_argument("--from", dest="start", type=_day, required=True, metavar="YYYY-MM-DD")
    report.add_argument(
        "--to",
        dest="end",
        type=_day,
        required=True,
        metavar="YYYY-MM-DD",
        help=translate(CLI, "last day, inclusive"),
    )
    feedback = command(
        commands, "feedback", cmd_feedback, translate(CLI, "store a 0-10 score for a visit")
    )
    feedback.add_argument("visit_id", type=_score, metavar="VISIT_ID")
    feedback.add_argument("--score", type=_score, required=True, metavar="N")
    feedback.add_argument("--comment", default="", metavar="TEXT")

    staff = commands.add_parser("staff", help=translate(CLI, "staff members and PINs"))
    staff_cmds = staff.add_subparsers(dest="subcommand", metavar="COMMAND", required=True)
    add = command(staff_cmds, "add", cmd_staff_add, translate(CLI, "add a staff member"))
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=ROLES, default="cashier")
    add.add_argument("--pin", metavar="DIGITS")
    command(staff_cmds, "list", cmd_staff_list, translate(CLI, "list the staff"))

    from . import cli_day, cli_liability  # the liability statement, the end of the day

    cli_liability.register(commands, command)
    cli_day.register(commands, command)


def cmd_report(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """``--to`` is inclusive: the period is [from, to + 1 day)."""
    if args.end < args.start:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "--to is before --from."))
    metrics = services.reports.metrics(args.start, args.end + timedelta(days=1))
    data = {"from": args.start.isoformat(), "to": args.end.isoformat(), **asdict(metrics)}
    ordered = {k: data[k] for k in ("from", "to", *REPORT_KEYS)}
    ordered.update({k: v for k, v in data.items() if k not in ordered})
    width = max(len(k) for k in ordered)
    text = "\n".join(f"{k.ljust(width)}  {'—' if v is None else v}" for k, v in ordered.items())
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


def _staff_json(p) -> dict:
    return {"id": p.id, "name": p.name, "role": p.role, "active": p.active, "pin": p.has_pin}


def cmd_staff_add(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    person = services.staff.add(args.name, args.role, args.pin)
    text = translate(CLI, "Added {name} ({role}), number {id}.").format(
        name=person.name, role=person.role, id=person.id
    )
    return Outcome(_staff_json(person), text)


def cmd_staff_list(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    people = services.staff.list()
    lines = [
        f"{p.id:>3}  {p.name}  {p.role}"
        + ("  PIN" if p.has_pin else "")
        + ("" if p.active else "  (left)")
        for p in people
    ]
    return Outcome([_staff_json(p) for p in people], "\n".join(lines))
