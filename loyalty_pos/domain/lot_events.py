"""Reading a balance's ledger rows as the events of ``domain/lots.py``.

Each row plays one part when the history is replayed:

- a row that adds value makes a lot (earn, bonus, purchase, adjust, a reward made
  ready by a full card);
- a row that takes value is a spending drawn oldest first (redeem, adjust);
- an ``expire`` row takes what is left of the lots it expired;
- a ``complete`` pair (stamps out, reward in) is a card completion;
- a ``refund`` or ``void`` row is a *correction*: what a replay with new amounts gave
  that differed from what was stored. It is not an event of its own; replaying again
  recomputes it.

Rows written before lots existed (ids up to ``legacy_until``) are taken literally, so
a shop's balances stay exactly what they were when it moved to lots: their refunds and
voids are spendings and lots of their own, and their expiries draw a fixed amount.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .lots import Event, Fill, Gain, Lapse, Use

CORRECTION_KINDS = frozenset({"refund", "void"})


@dataclass(frozen=True)
class Row:
    """One ledger row as the replay needs it."""

    id: int
    account: str
    kind: str
    delta: int
    visit_id: int | None
    created_at: str
    pays: bool = False  # a tender (paying with points), handed back in proportion


def is_correction(row: Row, legacy_until: int) -> bool:
    return row.id > legacy_until and row.kind in CORRECTION_KINDS


def _pairs(rows: Sequence[Row], legacy_until: int) -> dict[int, Row]:
    """Each card completion's stamps row → the rewards row written right after it."""
    out: dict[int, Row] = {}
    for i, row in enumerate(rows):
        if row.kind == "complete" and row.account == "stamps" and row.delta < 0:
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            if (
                nxt is not None
                and nxt.kind == "complete"
                and nxt.account == "rewards"
                and nxt.delta > 0
                and not is_correction(row, legacy_until)
            ):
                out[row.id] = nxt
    return out


def events(
    rows: Sequence[Row],
    *,
    legacy_until: int,
    lives: Mapping[int, int] | None = None,
    cancelled: Mapping[int, int] | None = None,
    lapse_lots: Mapping[int, tuple[int, ...]] | None = None,
    expires_at: Callable[[Row], str | None] = lambda row: None,
) -> list[Event]:
    """The events of one balance's rows (ids ascending).

    ``lives``: what still counts of each lot (default: all of it); ``cancelled``: how
    much of each spending was handed back; ``lapse_lots``: the lots each expiry row
    took from; ``expires_at``: when a lot made by a row expires (None: never).
    """
    lives = lives or {}
    cancelled = cancelled or {}
    lapse_lots = lapse_lots or {}
    pairs = _pairs(rows, legacy_until)
    rewards_of_pair = {r.id for r in pairs.values()}
    out: list[Event] = []
    for row in rows:
        if row.id in rewards_of_pair or row.delta == 0 or is_correction(row, legacy_until):
            continue
        if row.id in pairs:
            reward = pairs[row.id]
            out.append(
                Fill(row.id, reward.id, reward.delta, -row.delta // reward.delta, row.created_at)
            )
        elif row.kind == "expire" and row.delta < 0:
            if row.id <= legacy_until:
                out.append(Lapse(row.id, row.account, fifo=-row.delta))
            else:
                out.append(Lapse(row.id, row.account, lapse_lots.get(row.id, ())))
        elif row.delta > 0:
            out.append(
                Gain(
                    row.id,
                    row.account,
                    row.created_at,
                    expires_at(row),
                    row.delta,
                    lives.get(row.id, row.delta),
                )
            )
        else:
            out.append(Use(row.id, row.account, -row.delta - cancelled.get(row.id, 0)))
    return out
