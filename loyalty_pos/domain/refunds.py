"""Refunds: what a full or partial refund of a visit takes back and gives back.

Rules (the ones other loyalty systems got wrong):

- What the visit *earned* (stamps, points, credit) is taken back in proportion to the
  money refunded. The share is computed on the running total refunded, so two partial
  refunds of half take back exactly what one full refund would, and nothing is ever
  taken twice; rounding never takes back more than was earned.
- What the visit *spent* (stamp rewards, points, credit, pass uses) is given back only
  when the visit is refunded in full: a partial refund keeps the discount it paid for.
- A referral bonus and pass uses bought are taken back on a full refund.
- Nothing goes below zero. What the member has already used elsewhere can't be taken
  back; the plan reports it as a shortfall, shown to the cashier and kept in the note.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .errors import ERRORS, QT_TRANSLATE_NOOP, Refused, UserError
from .ledger import Account, Entry, Kind

EARNED = (Account.STAMPS, Account.POINTS, Account.CREDIT)


@dataclass(frozen=True)
class RefundPlan:
    entries: tuple[Entry, ...]
    full: bool
    shortfall: Mapping[tuple[int, Account], int] = field(default_factory=dict)


def check_refund_amount(charged: int, refunded_before: int, amount: int | None) -> int:
    """The amount to refund (None = all that is left); refuses impossible amounts."""
    left = charged - refunded_before
    if amount is None:
        amount = left
    if amount < 0:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "A refund cannot be negative."))
    if amount > left:
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "At most {left} of this visit can still be refunded."),
            left=left,
        )
    if amount == 0 and left > 0:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Enter the amount to refund."))
    return amount


def share(earned: int, charged: int, refunded: int) -> int:
    """The part of ``earned`` that belongs to ``refunded`` of ``charged``, rounded down."""
    if charged <= 0:
        return earned
    return earned * refunded // charged


def plan_refund(
    rows: Sequence[tuple[int, Entry]],
    balances: Mapping[tuple[int, Account], int],
    stamps_needed: Mapping[int, int],
    *,
    charged: int,
    refunded_before: int,
    amount: int,
    earlier: Sequence[Entry] = (),
) -> RefundPlan:
    """Entries for refunding ``amount`` more of a visit whose own rows are ``rows``.

    ``rows`` are the visit's original rows (not earlier refunds or voids) with ids;
    ``earlier`` are the rows earlier partial refunds of the visit wrote. What they
    actually took back counts, so a take-back that fell short then (the member had
    spent the points) is made up now, and nothing is ever taken beyond the share due.
    """
    taken: dict[tuple[int, Account], int] = {}
    for e in earlier:
        if e.delta < 0:
            taken[(e.program_id, e.account)] = taken.get((e.program_id, e.account), 0) - e.delta
    after_total = refunded_before + amount
    full = after_total >= charged
    bal = dict(balances)
    out: list[Entry] = []
    shortfall: dict[tuple[int, Account], int] = {}

    def move(key: tuple[int, Account], delta: int, reverses: int | None) -> None:
        if delta == 0:
            return
        if delta < 0:
            held = bal.get(key, 0)
            if -delta > held:
                shortfall[key] = shortfall.get(key, 0) + (-delta - held)
                delta = -held
            if delta == 0:
                return
        bal[key] = bal.get(key, 0) + delta
        out.append(Entry(key[0], key[1], Kind.REFUND, delta, reverses_id=reverses))

    earned: dict[tuple[int, Account], tuple[int, int]] = {}  # key → (sum, first row id)
    for rid, e in rows:
        if e.kind is Kind.EARN and e.account in EARNED:
            total, first = earned.get((e.program_id, e.account), (0, rid))
            earned[(e.program_id, e.account)] = (total + e.delta, first)

    for key, (total, first) in sorted(earned.items()):
        due = total if full else share(total, charged, after_total)
        take = max(0, due - taken.get(key, 0))
        if key[1] is Account.STAMPS and full:
            continue  # a full refund undoes the card as a whole, below
        move(key, -take, first)

    if full:
        cards = {e.program_id for _, e in rows if e.account in (Account.STAMPS, Account.REWARDS)}
        for program_id in sorted(cards):
            lost = _undo_card(program_id, rows, earned, stamps_needed, taken, move, bal)
            if lost:
                key = (program_id, Account.REWARDS)
                shortfall[key] = shortfall.get(key, 0) + lost
        for rid, e in rows:
            if e.kind is Kind.REDEEM:
                if e.account is Account.REWARDS:
                    continue  # restored with the card
                move((e.program_id, e.account), -e.delta, rid)  # give back what was spent
            elif e.kind in (Kind.PURCHASE, Kind.BONUS):
                move((e.program_id, e.account), -e.delta, rid)
    return RefundPlan(tuple(out), full, shortfall)


def _undo_card(program_id, rows, earned, stamps_needed, taken, move, bal) -> int:
    """Undo one card's share of the visit: stamps earned, cards completed, rewards used.

    Returns how many rewards this visit completed that the member has already used.
    """
    stamps_key = (program_id, Account.STAMPS)
    rewards_key = (program_id, Account.REWARDS)
    total, first = earned.get(stamps_key, (0, None))
    taken_before = taken.get(stamps_key, 0)
    completed = sum(
        e.delta
        for _, e in rows
        if e.program_id == program_id and e.account is Account.REWARDS and e.kind is Kind.COMPLETE
    )
    redeemed = -sum(
        e.delta
        for _, e in rows
        if e.program_id == program_id and e.account is Account.REWARDS and e.kind is Kind.REDEEM
    )
    needed = stamps_needed.get(program_id, 1)
    # Rewards: give back those redeemed, take back those this visit completed. A
    # completed reward the member has already used stays completed (its stamps stay
    # used), so the card is not refilled for a reward that was given.
    wanted_back = completed - redeemed
    uncovered = max(0, wanted_back - bal.get(rewards_key, 0)) if wanted_back > 0 else 0
    move(rewards_key, redeemed - completed + uncovered, first)
    # Stamps: the un-completed cards' stamps come back, then this visit's stamps go.
    move(stamps_key, (completed - uncovered) * needed - (total - taken_before), first)
    again = bal.get(stamps_key, 0) // needed
    if again:
        move(stamps_key, -again * needed, first)
        move(rewards_key, again, first)
    return uncovered
