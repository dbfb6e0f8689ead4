"""What the admin command line prints: JSON documents and short human-readable text.

Kept apart from ``cli.py`` so the parsing and the use cases stay readable, and so the
JSON shapes (which other people's scripts depend on) live in one place. Every function
here takes a service view and returns plain data or text; nothing here touches the
database.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .domain.cardnumber import qr_payload
from .domain.programs import StampProgram
from .domain.stamps import LineOutcome
from .i18n import translate
from .services.views import CardProgress, CheckReport, MemberView, VisitResult, VisitSummary

JsonDoc = dict[str, Any]


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
        "changes": [
            {
                "program": c.program,
                "stamps": c.stamps,
                "completed": c.completed,
                "redeemed": c.redeemed,
            }
            for c in visit.changes
        ],
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
