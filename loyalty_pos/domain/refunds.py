"""Refunds and voids: how much of a visit still counts, and what that changes.

Rules (the ones other loyalty systems got wrong):

- What a visit *earned* counts in proportion to the money not refunded. The share is
  computed on the running total refunded, so two refunds of half take back exactly
  what one full refund would, and rounding never takes back more than was earned.
- A referral bonus and pass uses bought count until the visit is refunded in full.
- What a visit *spent* as a reward (a stamp card's reward, a catalogue reward) comes
  back only on a full refund: a partial refund keeps the discount it paid for.
- What a visit *paid* with (store credit, a gift card, points used as money, pass
  uses) is a tender: it goes back where it came from in proportion to the refund, and
  only the cash part is handed back as cash.
- The balances then follow from replaying each balance's history with the new amounts
  (``domain/lots.py``): a refund of an earning whose points were spent since leaves a
  debt that later earnings pay; a refund of the spending gives back to the lot it came
  from, which settles that debt instead of crediting the member twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .errors import ERRORS, QT_TRANSLATE_NOOP, Refused, UserError
from .lots import CAUSES, Event, Fill, Lapse, Replay, catch_up, replay

TENDER_ACCOUNTS = frozenset({"credit", "passes"})
WHOLE_VISIT_KINDS = frozenset({"bonus", "purchase"})


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
    if charged <= 0 or refunded >= charged:
        return earned
    return earned * refunded // charged


@dataclass(frozen=True)
class Counted:
    """How much of a visit counts: ``refunded`` of ``charged``, or nothing at all."""

    charged: int
    refunded: int = 0
    gone: bool = False  # refunded in full or voided

    @property
    def taken(self) -> int:
        return self.charged if self.gone else min(self.refunded, self.charged)


def lot_live(kind: str, amount: int, counted: Counted, taken_before: int = 0) -> int:
    """What still counts of a lot the visit made.

    ``taken_before`` is what refunds written before lots existed already took back
    from this balance (those rows stay as they were; only the rest is taken now).
    """
    if kind in WHOLE_VISIT_KINDS:
        return 0 if counted.gone else amount
    due = amount if counted.gone else share(amount, counted.charged, counted.taken)
    return amount - max(0, due - taken_before)


def is_tender(account: str, pays: bool) -> bool:
    return pays or account in TENDER_ACCOUNTS


def spend_live(account: str, pays: bool, amount: int, counted: Counted) -> int:
    """What still counts of a spending the visit made (the rest is handed back)."""
    if counted.gone:
        return 0
    if is_tender(account, pays):
        return amount - share(amount, counted.charged, counted.taken)
    return amount


TENDER_ORDER = ("gift", "credit", "cash")  # who gets a unit of rounding first


def split_tenders(
    paid: Mapping[str, int], given: Mapping[str, int], charged: int, refunded_after: int
) -> dict[str, int]:
    """How much of ``refunded_after`` (all refunds of the visit so far) each tender gets.

    ``paid`` is what each tender paid (gift card, store credit, cash; summing to
    ``charged``), ``given`` what earlier refunds already gave each. Each tender gets its
    share of the running total, rounded down, and the units the rounding leaves go to the
    largest remainders (the gift card, then credit, then cash on a tie). Earlier refunds
    are never taken back, and no tender gets more than it paid, so the last refund ends
    exactly at what each tender paid: a customer never gets cash for what goes back to
    a card, nor the card's value twice.
    """
    after = min(refunded_after, charged)
    tenders = [t for t in TENDER_ORDER if paid.get(t, 0) or given.get(t, 0)]
    low = {t: given.get(t, 0) for t in tenders}
    high = {t: max(paid.get(t, 0), low[t]) for t in tenders}
    if charged <= 0:
        return {t: high[t] for t in tenders}
    out = {t: min(high[t], max(low[t], paid.get(t, 0) * after // charged)) for t in tenders}
    rest = {t: paid.get(t, 0) * after % charged for t in tenders}
    left = after - sum(out.values())
    by_rest = sorted(tenders, key=lambda t: (-rest[t], TENDER_ORDER.index(t)))
    for bulk in (False, True):  # one unit of rounding each first, then whatever fits
        for t in by_rest:
            give = min(left, high[t] - out[t], left if bulk else 1)
            if give > 0:
                out[t] += give
                left -= give
    for t in reversed(by_rest):  # earlier refunds gave some tender more than its share
        take = min(-left, out[t] - low[t])
        if take > 0:
            out[t] -= take
            left += take
    return out


# Replaying one balance with new amounts -----------------------------------------------


@dataclass(frozen=True)
class NewLot:
    key: int
    account: str
    earned_at: str
    amount: int
    live: int


@dataclass
class Change:
    """What replaying one member's program with new amounts changes.

    ``catch_up`` are the events the present adds (expiries due, a card completed again)
    with keys counting down from -1; ``corrections`` the lot moves per account that the
    correction row of that account writes; ``catch_up_moves`` those of the new events.
    """

    catch_up: list[Event] = field(default_factory=list)
    corrections: dict[str, list[tuple[int, str, int]]] = field(default_factory=dict)
    catch_up_moves: dict[int, list[tuple[int, str, int]]] = field(default_factory=dict)
    new_lots: list[NewLot] = field(default_factory=list)
    lives: dict[int, int] = field(default_factory=dict)
    remaining: dict[int, int] = field(default_factory=dict)
    held_before: dict[str, int] = field(default_factory=dict)
    held_after: dict[str, int] = field(default_factory=dict)
    owed_before: dict[str, int] = field(default_factory=dict)
    owed_after: dict[str, int] = field(default_factory=dict)
    accounts_of_lots: dict[int, str] = field(default_factory=dict)

    def delta(self, account: str) -> int:
        return self.held_after.get(account, 0) - self.held_before.get(account, 0)

    def shortfall(self, account: str) -> int:
        return max(0, self.owed_after.get(account, 0) - self.owed_before.get(account, 0))

    def correction_delta(self, account: str) -> int:
        return -sum(q for _, _, q in self.corrections.get(account, ()))

    def accounts(self) -> set[str]:
        return set(self.held_before) | set(self.held_after) | set(self.owed_after)


def _held(state: Replay) -> dict[str, int]:
    return {acc: state.held(acc) for acc in state.accounts()}


def _owed(state: Replay) -> dict[str, int]:
    return {acc: state.owed(acc) for acc in state.accounts() if state.owed(acc)}


def plan_change(
    before: Iterable[Event],
    after: Iterable[Event],
    *,
    now: str,
    expiring: Iterable[str],
    needed: int | None,
) -> Change:
    """Replay a balance's events as they are stored and with new amounts, and say what
    must be written so that the stored state becomes the second replay (plus the
    expiries and card completions that are due now)."""
    old = replay(before)
    new = replay(after)
    added = catch_up(new, now, expiring, needed)
    out = Change(
        catch_up=added,
        held_before=_held(old),
        owed_before=_owed(old),
    )
    placeholder = {e.key for e in added} | {e.reward_key for e in added if isinstance(e, Fill)}
    by_new_row: dict[tuple[int, str], int] = {}
    for m in new.moves:
        if m.row in placeholder:
            out.catch_up_moves.setdefault(m.row, []).append((m.lot, m.cause, m.qty))
            by_new_row[(m.lot, m.cause)] = by_new_row.get((m.lot, m.cause), 0) + m.qty
    for key, lot in new.lots.items():
        out.accounts_of_lots[key] = lot.account
        was = old.lots.get(key)
        if key in placeholder:
            out.new_lots.append(NewLot(key, lot.account, lot.earned_at, lot.amount, lot.live))
        for cause in CAUSES:
            now_used = lot.used(cause) - by_new_row.get((key, cause), 0)
            if key in placeholder and cause == "shrink":
                now_used = 0  # a new lot is written at its live size
            before_used = was.used(cause) if was is not None else 0
            if now_used != before_used:
                out.corrections.setdefault(lot.account, []).append(
                    (key, cause, now_used - before_used)
                )
        if was is None or was.live != lot.live or was.remaining != lot.remaining:
            out.lives[key] = lot.live
            out.remaining[key] = lot.remaining
    out.held_after = _held(new)
    out.owed_after = _owed(new)
    return out


def lapse_and_fill_rows(change: Change) -> list[Event]:
    """The new events in the order they are written (expiries, then completions)."""
    lapses: list[Event] = [e for e in change.catch_up if isinstance(e, Lapse)]
    return lapses + [e for e in change.catch_up if isinstance(e, Fill)]


def net_by_account(changes: Mapping[object, Change]) -> dict[object, dict[str, int]]:
    """Per key (member and program), the balance change of each account."""
    return {
        key: {acc: c.delta(acc) for acc in sorted(c.accounts()) if c.delta(acc)}
        for key, c in changes.items()
    }
