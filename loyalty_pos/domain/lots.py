"""The ledger of lots: what each earning left, and what used it, oldest first.

Every earning (points, store credit, stamps on a card, pass uses, a reward made ready
by a full card) is a *lot* with its own date. Every spending draws on the lots of its
balance oldest first (FIFO); an expiry takes what is left of the lots that are due; a
full card turns stamps (oldest first) into a reward lot.

A refund or a void never edits that history. It changes how much of a visit counts:
its lots *live* on with only the share not refunded, and its spendings are handed back
(all of them on a full refund, a tender's share on a partial one). The member's history
of that balance is then replayed with the new amounts, and whatever the replay gives
that differs from what is stored is written as compensating rows. Because the replay
only looks at how much of each visit counts in the end, refunding every visit, in any
order, ends where the history started.

A spending the replay can no longer cover (its points came from a lot that was refunded)
becomes a *debt*: later lots pay it first, oldest debt first. A debt is what a refund
could not take back because the member had already used it; it is the shortfall shown.

This module is pure: events in, state out. ``store/lots.py`` reads the events and
writes the differences; ``domain/refunds.py`` decides the new amounts.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

CAUSES = ("draw", "expire", "complete", "shrink")
STAMPS = "stamps"
REWARDS = "rewards"


@dataclass(frozen=True)
class Gain:
    """A lot is made: ``amount`` as written, ``live`` what still counts after refunds."""

    key: int
    account: str
    earned_at: str
    expires_at: str | None
    amount: int
    live: int


@dataclass(frozen=True)
class Use:
    """A spending of ``amount`` (what still counts of it), drawn oldest lot first."""

    key: int
    account: str
    amount: int


@dataclass(frozen=True)
class Lapse:
    """An expiry. ``lots``: take what is left of each; ``fifo``: an old-style expiry row
    of a fixed size, drawn oldest first (rows written before lots existed)."""

    key: int
    account: str
    lots: tuple[int, ...] = ()
    fifo: int = 0


@dataclass(frozen=True)
class Fill:
    """A card completion: ``cards`` rewards of ``needed`` stamps each, as written.

    Replayed, it completes only as many cards as the stamps then held allow; the reward
    lot (key ``reward_key``) lives on with that many.
    """

    key: int
    reward_key: int
    cards: int
    needed: int
    earned_at: str


Event = Gain | Use | Lapse | Fill


@dataclass
class Lot:
    key: int
    account: str
    earned_at: str
    expires_at: str | None
    amount: int
    live: int
    draw: int = 0
    expire: int = 0
    complete: int = 0

    @property
    def remaining(self) -> int:
        return self.live - self.draw - self.expire - self.complete

    @property
    def shrink(self) -> int:
        return self.amount - self.live

    def used(self, cause: str) -> int:
        """How much of the lot left it for ``cause`` (one of ``CAUSES``)."""
        return self.shrink if cause == "shrink" else getattr(self, cause)


@dataclass(frozen=True)
class Move:
    """``qty`` taken out of lot ``lot`` (negative: put back) by row ``row`` for ``cause``."""

    lot: int
    row: int
    cause: str
    qty: int


@dataclass
class Replay:
    """The state of one balance (or a card's stamps and rewards) after its events."""

    lots: dict[int, Lot] = field(default_factory=dict)
    moves: list[Move] = field(default_factory=list)
    satisfied: dict[int, int] = field(default_factory=dict)  # spending key → drawn
    debts: dict[str, deque[list[int]]] = field(default_factory=dict)
    fills: dict[int, int] = field(default_factory=dict)  # completion key → cards done
    _open: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    _held: dict[str, int] = field(default_factory=dict)

    # Reading ---------------------------------------------------------------------------

    def held(self, account: str) -> int:
        return self._held.get(account, 0)

    def owed(self, account: str) -> int:
        return sum(q for _, q in self.debts.get(account, ()))

    def accounts(self) -> set[str]:
        return {lot.account for lot in self.lots.values()} | set(self.debts)

    # Events ----------------------------------------------------------------------------

    def apply(self, event: Event) -> None:
        if isinstance(event, Gain):
            self._gain(event)
        elif isinstance(event, Use):
            self._use(event)
        elif isinstance(event, Lapse):
            self._lapse(event)
        else:
            self._fill(event)

    def _gain(self, g: Gain) -> None:
        lot = Lot(g.key, g.account, g.earned_at, g.expires_at, g.amount, g.live)
        self.lots[g.key] = lot
        self._held[g.account] = self._held.get(g.account, 0) + lot.live
        if lot.remaining > 0:
            bisect.insort(self._open.setdefault(g.account, []), (g.earned_at, g.key))
        self._pay_debts(lot)

    def _pay_debts(self, lot: Lot) -> None:
        queue = self.debts.get(lot.account)
        while queue and lot.remaining > 0:
            debt = queue[0]
            pay = min(debt[1], lot.remaining)
            self._take(lot, debt[0], "draw", pay)
            self.satisfied[debt[0]] = self.satisfied.get(debt[0], 0) + pay
            debt[1] -= pay
            if debt[1] == 0:
                queue.popleft()

    def _use(self, u: Use) -> None:
        drawn = self._draw(u.account, u.amount, u.key, "draw")
        self.satisfied[u.key] = self.satisfied.get(u.key, 0) + drawn
        if drawn < u.amount:
            self.debts.setdefault(u.account, deque()).append([u.key, u.amount - drawn])

    def _lapse(self, e: Lapse) -> None:
        for key in e.lots:
            lot = self.lots.get(key)
            if lot is not None and lot.remaining > 0:
                self._take(lot, e.key, "expire", lot.remaining)
        if e.fifo:
            self._draw(e.account, e.fifo, e.key, "expire")

    def _fill(self, f: Fill) -> None:
        cards = min(f.cards, self.held(STAMPS) // f.needed) if f.needed > 0 else 0
        if cards:
            self._draw(STAMPS, cards * f.needed, f.key, "complete")
        self.fills[f.key] = cards
        self._gain(Gain(f.reward_key, REWARDS, f.earned_at, None, f.cards, cards))

    # Drawing ---------------------------------------------------------------------------

    def _take(self, lot: Lot, row: int, cause: str, qty: int) -> None:
        if qty <= 0:
            return
        setattr(lot, cause, getattr(lot, cause) + qty)
        self._held[lot.account] -= qty
        self.moves.append(Move(lot.key, row, cause, qty))

    def _draw(self, account: str, qty: int, row: int, cause: str) -> int:
        """Take up to ``qty`` from the account's lots, oldest first; returns how much."""
        queue = self._open.get(account, [])
        drawn = 0
        i = 0
        while drawn < qty and i < len(queue):
            lot = self.lots[queue[i][1]]
            take = min(qty - drawn, lot.remaining)
            self._take(lot, row, cause, take)
            drawn += take
            if lot.remaining == 0:
                queue.pop(i)
            else:
                i += 1
        return drawn

    # The end of the history --------------------------------------------------------------

    def due(self, now: str, accounts: Iterable[str]) -> list[tuple[str, tuple[int, ...]]]:
        """(account, lots) whose expiry has come and that still hold something."""
        wanted = set(accounts)
        out: dict[str, list[int]] = {}
        for lot in sorted(self.lots.values(), key=lambda x: (x.earned_at, x.key)):
            if (
                lot.account in wanted
                and lot.remaining > 0
                and lot.expires_at is not None
                and lot.expires_at <= now
            ):
                out.setdefault(lot.account, []).append(lot.key)
        return [(acc, tuple(keys)) for acc, keys in sorted(out.items())]


def replay(events: Iterable[Event]) -> Replay:
    """The state after ``events``, applied in order (the order the rows were written)."""
    state = Replay()
    for event in events:
        state.apply(event)
    return state


def catch_up(
    state: Replay,
    now: str,
    expiring: Iterable[str],
    needed: int | None,
    next_key: int = -1,
) -> list[Event]:
    """The events the present adds to a replayed history, applied to ``state``.

    First what has expired by ``now`` (in ``expiring`` accounts), then, on a punch card
    that holds ``needed`` stamps or more (a refund took back a completion that later
    stamps now make up), the cards it completes. New rows get keys counting down from
    ``next_key`` until the caller writes them.
    """
    out: list[Event] = []
    for account, keys in state.due(now, expiring):
        event = Lapse(next_key, account, keys)
        next_key -= 1
        state.apply(event)
        out.append(event)
    if needed and state.held(STAMPS) >= needed:
        cards = state.held(STAMPS) // needed
        fill = Fill(next_key, next_key - 1, cards, needed, now)
        state.apply(fill)
        out.append(fill)
    return out
