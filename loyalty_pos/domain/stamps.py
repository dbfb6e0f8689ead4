"""Punch-card rules: earning, completing, redeeming, expiring and voiding stamps.

Pure functions from (program, member's balances, request) to ledger entries, so the
rules can be tested exhaustively without a database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .errors import ERRORS, QT_TRANSLATE_NOOP, Refused, UserError
from .ledger import Account, Entry, Kind
from .programs import MAX_ITEMS_PER_VISIT, StampProgram


@dataclass(frozen=True)
class CardState:
    """A member's position on one program."""

    stamps: int = 0
    rewards_ready: int = 0
    earned_today: int = 0  # stamps earned today in visits that are not voided


@dataclass(frozen=True)
class LineOutcome:
    """What one program line of a visit does."""

    program: StampProgram
    entries: list[Entry] = field(default_factory=list)
    stamps_requested: int = 0
    stamps_added: int = 0
    cards_completed: int = 0
    redeemed: int = 0
    stamps_after: int = 0
    rewards_after: int = 0

    @property
    def capped(self) -> bool:
        """True when the daily limit cut the stamps given."""
        return self.stamps_added < self.stamps_requested


def plan_line(program: StampProgram, state: CardState, items: int, redeem: int) -> LineOutcome:
    """Entries for ``items`` qualifying items and ``redeem`` rewards on one card.

    Redemption uses rewards that were ready before this visit; a card completed by this
    visit's stamps is ready from the next visit on (the customer has already been
    served). The daily limit grants stamps up to the limit and no further; the caller
    tells the cashier when it did.

    A switched-off card gives no new stamps, but a reward already ready on it is the
    member's and can still be redeemed (``domain/schemes.py``).
    """
    if items < 0 or redeem < 0:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Counts cannot be negative."))
    if not program.active and items:
        raise Refused(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "The program “{name}” is switched off: it gives no new stamps. "
                "Rewards already ready on it can still be redeemed.",
            ),
            name=program.name,
        )
    if items > MAX_ITEMS_PER_VISIT:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "At most {max} items in one visit."),
            max=MAX_ITEMS_PER_VISIT,
        )
    if redeem > state.rewards_ready:
        raise Refused(
            QT_TRANSLATE_NOOP(
                ERRORS, "No reward is ready on “{name}” ({stamps} of {needed} stamps)."
            )
            if state.rewards_ready == 0
            else QT_TRANSLATE_NOOP(ERRORS, "Only {ready} rewards are ready on “{name}”."),
            name=program.name,
            stamps=state.stamps,
            needed=program.stamps_needed,
            ready=state.rewards_ready,
        )

    entries: list[Entry] = []
    rewards = state.rewards_ready
    if redeem:
        entries.append(Entry(program.id, Account.REWARDS, Kind.REDEEM, -redeem))
        rewards -= redeem

    requested = items * program.stamps_per_item
    added = requested
    if program.per_day_limit is not None:
        added = max(0, min(requested, program.per_day_limit - state.earned_today))
    stamps = state.stamps
    completed = 0
    if added:
        entries.append(Entry(program.id, Account.STAMPS, Kind.EARN, added))
        stamps += added
        completed, stamps = divmod(stamps, program.stamps_needed)
        if completed:
            entries.append(
                Entry(program.id, Account.STAMPS, Kind.COMPLETE, -completed * program.stamps_needed)
            )
            entries.append(Entry(program.id, Account.REWARDS, Kind.COMPLETE, completed))
            rewards += completed
    return LineOutcome(
        program=program,
        entries=entries,
        stamps_requested=requested,
        stamps_added=added,
        cards_completed=completed,
        redeemed=redeem,
        stamps_after=stamps,
        rewards_after=rewards,
    )


@dataclass(frozen=True)
class EarnedBatch:
    """Stamps earned at one time in a visit that still counts (not voided)."""

    earned_at: datetime
    stamps: int


def stamps_to_expire(
    held: int,
    batches: Sequence[EarnedBatch],
    now: datetime,
    expiry_days: int,
    counts_from: datetime | None = None,
) -> int:
    """How many of the ``held`` stamps are older than ``expiry_days``.

    Stamps are used oldest first (a completed card takes the oldest), so the stamps a
    member holds are the most recent ones earned. Walking the batches newest first, the
    held stamps that fall before the cut-off have expired. ``counts_from`` is when the
    current expiry rule was introduced or shortened: nothing is older than that moment,
    so until the full period has passed since then, nothing expires.
    """
    if held <= 0:
        return 0
    cutoff = now - timedelta(days=expiry_days)
    if counts_from is not None and counts_from >= cutoff:
        return 0
    remaining = held
    expired = 0
    for batch in sorted(batches, key=lambda b: b.earned_at, reverse=True):
        take = min(remaining, batch.stamps)
        if batch.earned_at < cutoff:
            expired += take
        remaining -= take
        if remaining == 0:
            break
    # Stamps not accounted for by any batch (e.g. added by adjustment) never expire here.
    return expired
