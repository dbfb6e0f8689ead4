"""What the admin command line prints: JSON documents, short text, exit statuses.

Kept apart from the command modules so the parsing and the use cases stay readable,
and so the JSON shapes and exit statuses (which other people's scripts depend on) live
in one place. Every function here takes a service view and returns plain data or text;
nothing here touches the database.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TextIO

from ..domain.cardnumber import qr_payload
from ..domain.programs import RewardKind, StampProgram
from ..domain.stamps import LineOutcome
from ..l10n import translate
from ..services.views import (
    CardProgress,
    CheckReport,
    MemberView,
    VisitChange,
    VisitResult,
    VisitSummary,
)

Money = Callable[[int], str]

JsonDoc = dict[str, Any]

# Exit statuses: the contract in docs/cli.md. Scripts test these, not the text.
DONE = 0
PROBLEM_FOUND = 1  # only ``check`` (and the check after a restore, a dry-run import)
REFUSED = 2  # bad input, a refused action, an unusable database: nothing changed
UNEXPECTED = 3  # a bug: one line on stderr, the traceback in the log file
INTERRUPTED = 130


@dataclass(frozen=True)
class Outcome:
    """What a command prints: ``data`` with ``--json``, ``text`` without."""

    data: Any
    text: str
    status: int = DONE


def say(stream: TextIO, text: str) -> None:
    """Print, replacing what the console's encoding cannot show instead of crashing."""
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(text.encode(encoding, "replace").decode(encoding), file=stream)


# What a message may not carry raw: control characters (an escape sequence would drive
# the terminal), lone surrogates (undecodable bytes of an argument), line separators.
_HIDDEN = frozenset({"Cc", "Cs", "Zl", "Zp"})
SHOWN_MAX = 40
"""Characters of a user's value that a message repeats (a pasted page is not echoed)."""


def one_line(text: str) -> str:
    """``text`` as one printable line: runs of whitespace become one space, any other
    control character or undecodable byte its escape (``\\x1b``, ``\\udcff``).

    Scripts read the last line of stderr, and a value the user typed (a ``--reason``
    with a newline, a pasted escape sequence) must not break the one-line promise.
    """
    words = " ".join(text.split())
    return "".join(ascii(ch)[1:-1] if unicodedata.category(ch) in _HIDDEN else ch for ch in words)


def shown(value: str) -> str:
    """A user's value as a message repeats it: one line, at most ``SHOWN_MAX`` characters."""
    line = one_line(value)
    return line if len(line) <= SHOWN_MAX else line[: SHOWN_MAX - 1] + "…"


def fail(text: str, status: int = REFUSED) -> int:
    """A refusal: one line on stderr, nothing on stdout; the status to exit with."""
    say(sys.stderr, one_line(text))
    return status


def emit(outcome: Outcome, *, as_json: bool) -> int:
    """Print the outcome (exactly one JSON document with ``--json``); its status."""
    try:
        say(sys.stdout, json.dumps(outcome.data, indent=2) if as_json else outcome.text)
        sys.stdout.flush()
    except BrokenPipeError:  # `... | head`: the reader left; the work is done and stays
        _silence_stdout()
    return outcome.status


def _silence_stdout() -> None:
    """Point stdout at the null device so Python's exit flush does not fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def plain(value: Any) -> Any:
    """A stored scheme's field as JSON: sets sorted, dates ISO, enums by value."""
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, RewardKind):
        return value.value
    return value


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 with its offset (as stored: UTC), so a script never guesses the zone."""
    return moment.isoformat() if moment is not None else None


def local_time(moment: datetime | None) -> str:
    """A moment in the machine's zone, to the minute, for a person reading the terminal."""
    if moment is None:
        return translate("Cli", "never")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# JSON ---------------------------------------------------------------------------------


def card_json(card: CardProgress) -> JsonDoc:
    return {
        "program": card.program,
        "program_id": card.program_id,
        "stamps": card.stamps,
        "stamps_needed": card.stamps_needed,
        "rewards_ready": card.rewards_ready,
        "reward_text": card.reward_text,
        "active": card.active,
    }


def visit_summary_json(visit: VisitSummary) -> JsonDoc:
    return {
        "id": visit.id,
        "at": iso(visit.at),
        "staff": visit.staff,
        "voided": visit.voided,
        "void_reason": visit.void_reason,
        "changes": [change_json(c) for c in visit.changes],
    }


def change_json(change: VisitChange) -> JsonDoc:
    """What a visit did on one program, each figure under the balance it moved.

    ``account`` names the program's balance that ``earned`` and ``used`` move (stamps,
    points, credit in minor units, passes); ``completed`` and ``redeemed`` move a punch
    card's ready rewards. ``stamps`` stays for scripts written before: stamps earned on
    a punch card, 0 on any other program (it used to hold points and credit too).
    """
    return {
        "program": change.program,
        "program_id": change.program_id,
        "account": change.account,
        "stamps": change.stamps if change.account == "stamps" else 0,
        "earned": change.stamps,
        "used": change.used,
        "completed": change.completed,
        "redeemed": change.redeemed,
    }


def member_json(member: MemberView) -> JsonDoc:
    """The one member shape every command uses (show, add, find, visit, void)."""
    return {
        "id": member.id,
        "card_number": member.card_number,
        "qr_payload": qr_payload(member.card_number) if member.card_number else None,
        "name": member.name,
        "phone": member.phone,
        "email": member.email,
        "birthday": member.birthday,
        "marketing_consent": member.marketing_consent,
        "notes": member.notes,
        "blocked": member.blocked,
        "member_since": iso(member.member_since),
        "visit_count": member.visit_count,
        "last_visit": iso(member.last_visit),
        "rewards_ready": member.rewards_ready,
        "cards": [card_json(c) for c in member.cards],
        "recent_visits": [visit_summary_json(v) for v in member.recent_visits],
    }


def coupon_json(coupon: Any) -> JsonDoc:
    """A code the member holds (a ``services.coupons.MemberCoupon``)."""
    return {
        "code": coupon.code,
        "offer": coupon.offer.name,
        "offer_id": coupon.offer.id,
        "kind": str(coupon.offer.kind),
        "value": coupon.offer.value,
        "valid_to": coupon.valid_to.isoformat() if coupon.valid_to else None,
    }


def member_show_json(
    member: MemberView, balances: dict[str, Any], coupons: Sequence[Any]
) -> JsonDoc:
    """``members show``: the member document, then every balance the member holds.

    ``balances`` is the checkout's ``balances_summary`` (the same keys ``visit`` and
    ``refund`` print); the punch cards are the document's ``cards``. Gift cards belong
    to no member and are not here (``gift-cards show``).
    """
    return {**member_json(member), **balances, "coupons": [coupon_json(c) for c in coupons]}


def program_json(program: StampProgram) -> JsonDoc:
    return {
        "id": program.id,
        "name": program.name,
        "kind": "stamp_card",
        "stamps_needed": program.stamps_needed,
        "reward_text": program.reward_text,
        "reward_kind": str(program.reward_kind),
        "reward_value": program.reward_value,
        "stamps_per_item": program.stamps_per_item,
        "expiry_days": program.expiry_days,
        "per_day_limit": program.per_day_limit,
        "active": program.active,
    }


def line_json(line: LineOutcome) -> JsonDoc:
    return {
        "program": line.program.name,
        "program_id": line.program.id,
        "stamps_requested": line.stamps_requested,
        "stamps_added": line.stamps_added,
        "cards_completed": line.cards_completed,
        "redeemed": line.redeemed,
        "capped": line.capped,
        "stamps_after": line.stamps_after,
        "rewards_after": line.rewards_after,
    }


def visit_json(result: VisitResult, request_id: str) -> JsonDoc:
    """``lines`` is empty when ``duplicate``: the earlier call already did the work."""
    return {
        "visit_id": result.visit_id,
        "request_id": request_id,
        "duplicate": result.duplicate,
        "lines": [line_json(line) for line in result.lines],
        "member": member_json(result.member),
    }


def check_json(report: CheckReport) -> JsonDoc:
    return {"ok": report.ok, "problems": list(report.problems)}


# Text ---------------------------------------------------------------------------------


def card_text(card: CardProgress) -> str:
    text = translate("Cli", "{program}: {stamps} of {needed} stamps").format(
        program=card.program, stamps=card.stamps, needed=card.stamps_needed
    )
    if card.rewards_ready:
        text += translate("Cli", ", rewards ready: {n} ({reward})").format(
            n=card.rewards_ready, reward=card.reward_text
        )
    if not card.active:
        text += translate("Cli", " (program switched off)")
    return text


def member_text(member: MemberView) -> str:
    lines = [
        translate("Cli", "{name}  card {card}  (member {id})").format(
            name=member.name, card=member.card_number or "—", id=member.id
        )
    ]
    if member.blocked:
        lines.append("  " + translate("Cli", "BLOCKED"))
    contact = [
        translate("Cli", "phone {phone}").format(phone=member.phone) if member.phone else "",
        translate("Cli", "e-mail {email}").format(email=member.email) if member.email else "",
    ]
    if any(contact):
        lines.append("  " + "  ".join(c for c in contact if c))
    lines.append(
        "  "
        + translate("Cli", "visits: {count}, last: {last}").format(
            count=member.visit_count, last=local_time(member.last_visit)
        )
    )
    lines.extend("  " + card_text(c) for c in member.cards)
    return "\n".join(lines)


def change_text(change: VisitChange, money: Money) -> str:
    """ "Points: +108 points, −10 points": what was added and spent, named by balance."""
    unit = {
        "stamps": translate("Cli", "{n} stamps"),
        "points": translate("Cli", "{n} points"),
        "passes": translate("Cli", "{n} pass uses"),
    }.get(change.account)

    def amount(n: int) -> str:
        return money(n) if unit is None else unit.format(n=n)

    parts = []
    if change.stamps:
        parts.append(("+" if change.stamps > 0 else "−") + amount(abs(change.stamps)))
    if change.used:
        parts.append("−" + amount(change.used))
    if change.completed:
        parts.append(translate("Cli", "cards completed: {n}").format(n=change.completed))
    if change.redeemed:
        parts.append(translate("Cli", "rewards redeemed: {n}").format(n=change.redeemed))
    return f"{change.program}: " + (", ".join(parts) or "—")


def member_show_text(
    member: MemberView, balances: dict[str, Any], coupons: Sequence[Any], money: Money
) -> str:
    """``members show``: the member, every balance, the coupons held, the last visits."""
    lines = [member_text(member)]
    for name, n in balances["points_by_program"].items():
        lines.append("  " + translate("Cli", "{program}: {n} points").format(program=name, n=n))
    for name, n in balances["credit_by_program"].items():
        lines.append(
            "  "
            + translate("Cli", "{program}: {amount} credit").format(program=name, amount=money(n))
        )
    for name, n in balances["passes"].items():
        lines.append(
            "  " + translate("Cli", "{program}: {n} pass uses left").format(program=name, n=n)
        )
    if balances["tier"]:
        lines.append("  " + translate("Cli", "tier: {tier}").format(tier=balances["tier"]))
    for c in coupons:
        until = c.valid_to.isoformat() if c.valid_to else translate("Cli", "no end date")
        lines.append(
            "  "
            + translate("Cli", "coupon {code}: {offer} (valid to {date})").format(
                code=c.code, offer=c.offer.name, date=until
            )
        )
    if member.recent_visits:
        lines.append("  " + translate("Cli", "recent visits:"))
    for v in member.recent_visits:
        head = f"    {v.id}  {local_time(v.at)}  {v.staff}"
        if v.voided:
            head += "  " + translate("Cli", "(voided)")
        elif v.refunded_in_full:
            head += "  " + translate("Cli", "(refunded)")
        lines.append(head)
        lines.extend("      " + change_text(c, money) for c in v.changes)
    return "\n".join(lines)


def hit_line(member: MemberView) -> str:
    """One line per member in a search result."""
    text = f"{member.card_number or '—'}  {member.name}"
    if member.phone:
        text += f"  {member.phone}"
    if member.blocked:
        text += "  " + translate("Cli", "BLOCKED")
    return text


def program_text(program: StampProgram) -> str:
    text = translate("Cli", "{id}  {name}: {needed} stamps for {reward}").format(
        id=program.id,
        name=program.name,
        needed=program.stamps_needed,
        reward=program.reward_text,
    )
    extras = []
    if program.stamps_per_item != 1:
        extras.append(translate("Cli", "{n} stamps per item").format(n=program.stamps_per_item))
    if program.per_day_limit is not None:
        extras.append(translate("Cli", "at most {n} a day").format(n=program.per_day_limit))
    if program.expiry_days is not None:
        extras.append(
            translate("Cli", "stamps expire after {n} days").format(n=program.expiry_days)
        )
    if not program.active:
        extras.append(translate("Cli", "switched off"))
    if extras:
        text += " (" + ", ".join(extras) + ")"
    return text


def visit_text(result: VisitResult) -> str:
    lines = [visit_head(result.visit_id, result.duplicate), *stamp_lines(result.lines)]
    lines.append(member_text(result.member))
    return "\n".join(lines)


def visit_head(visit_id: int, duplicate: bool) -> str:
    if duplicate:
        head = translate("Cli", "Visit {id} was already recorded; nothing new was written.")
    else:
        head = translate("Cli", "Visit {id} recorded.")
    return head.format(id=visit_id)


def stamp_lines(outcomes) -> list[str]:
    lines = []
    for line in outcomes:
        parts = []
        if line.redeemed:
            parts.append(translate("Cli", "redeemed {n}").format(n=line.redeemed))
        if line.stamps_requested:
            parts.append(translate("Cli", "+{n} stamps").format(n=line.stamps_added))
        if line.capped:
            parts.append(
                translate("Cli", "daily limit reached ({n} not given)").format(
                    n=line.stamps_requested - line.stamps_added
                )
            )
        if line.cards_completed:
            parts.append(translate("Cli", "cards completed: {n}").format(n=line.cards_completed))
        lines.append(f"  {line.program.name}: " + ", ".join(parts))
    return lines


def check_text(report: CheckReport) -> str:
    if report.ok:
        return translate("Cli", "OK: the database and the ledger are consistent.")
    lines = [translate("Cli", "Problems found: {n}").format(n=len(report.problems))]
    lines.extend(f"  {p}" for p in report.problems)
    return "\n".join(lines)
