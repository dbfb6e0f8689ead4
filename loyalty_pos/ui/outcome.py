"""The banner text after a confirmed visit: what was earned, and what to hand over.

The service returns numbers (stamps added, cards completed, rewards redeemed); this
module only words them. The most urgent line decides the colour: something to give
the customer beats a capped stamp count, which beats plain progress.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..domain.stamps import LineOutcome
from ..services.views import CardProgress, MemberView, VisitResult
from .formatting import reward_description, stamps_of
from .theme import Tone

CONTEXT = "Outcome"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class BannerText:
    tone: Tone
    text: str


def describe(result: VisitResult, currency: str) -> BannerText:
    """Banner lines for one confirmed visit."""
    if result.duplicate:
        return BannerText(
            Tone.INFO, tr("This visit was already confirmed. Nothing was added again.")
        )
    give, warn, done = stamp_lines(result.lines, result.member, currency)
    return combine(give, warn, done)


def stamp_lines(
    lines: Sequence[LineOutcome], member: MemberView | None, currency: str
) -> tuple[list[str], list[str], list[str]]:
    """(what to give, warnings, progress) for the punch-card lines of a visit."""
    give: list[str] = []
    warn: list[str] = []
    done: list[str] = []
    for line in lines:
        p = line.program
        card = (member.card_for(p.name) if member else None) or _card_of(line.program)
        reward = reward_description(card, currency)
        if line.redeemed:
            text = tr("GIVE: {reward}").format(reward=reward)
            if line.redeemed > 1:
                text += f" × {line.redeemed}"
            give.append(text)
        if line.capped:
            warn.append(
                tr("Daily limit: only {added} of {requested} stamps given · {program}").format(
                    added=line.stamps_added, requested=line.stamps_requested, program=p.name
                )
            )
        elif line.stamps_added:
            pattern = (
                tr("+1 stamp · {program} {progress}")
                if line.stamps_added == 1
                else (tr("+{n} stamps · {program} {progress}"))
            )
            done.append(
                pattern.format(
                    n=line.stamps_added,
                    program=p.name,
                    progress=stamps_of(line.stamps_after, p.stamps_needed),
                )
            )
        if line.cards_completed:
            done.append(tr("Card complete! Reward ready: {reward}").format(reward=reward))
    return give, warn, done


def combine(give: list[str], warn: list[str], done: list[str]) -> BannerText:
    """The lines in order of urgency; the most urgent decides the colour."""
    lines = give + warn + done
    if give:
        tone = Tone.REWARD
    elif warn:
        tone = Tone.WARNING
    else:
        tone = Tone.SUCCESS
    return BannerText(tone, "\n".join(lines) or tr("Visit confirmed."))


def _card_of(program) -> CardProgress:
    """A stand-in card for a program the member view no longer lists (switched off)."""
    return CardProgress(
        program_id=program.id,
        program=program.name,
        stamps=0,
        stamps_needed=program.stamps_needed,
        rewards_ready=0,
        reward_text=program.reward_text,
        reward_kind=program.reward_kind,
        reward_value=program.reward_value,
        active=program.active,
    )
