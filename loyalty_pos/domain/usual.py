"""A member's usual item: what the counter rings up when the cashier just presses Enter.

A regular orders the same thing most days ("the usual, please"). After a scan the
checkout pre-fills that item, so one key stamps it; anything else is still a digit away.
The rule is kept here, apart from the query that counts (``store/extras.py``), so it can
be tested on plain numbers and changed in one place.

What counts as the usual:

- only the member's recent visits (``USUAL_WINDOW``): habits change, and the count costs
  the same for a member with ten visits and one with ten thousand;
- the item bought on the most of those visits (a tray of ten croissants for the office
  once is not a habit), then the most in number, then the one bought most recently;
- bought on at least ``MIN_VISITS`` visits: once is a purchase, twice is a habit;
- still on the owner's list (an item switched off is not offered at the counter).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

USUAL_WINDOW = 50  # the member's last visits that are counted
MIN_VISITS = 2


@dataclass(frozen=True)
class ItemTally:
    """One item over a member's recent visits."""

    item_id: int
    visits: int  # visits that included it
    quantity: int  # how many in all
    last_at: str  # the latest of those visits (ISO 8601, as stored: sorts as text)


def usual_item(
    tallies: Iterable[ItemTally], on_list: Collection[int], *, min_visits: int = MIN_VISITS
) -> int | None:
    """The id of the member's usual item among ``on_list``, or None if they have none."""
    candidates = [t for t in tallies if t.item_id in on_list and t.visits >= min_visits]
    if not candidates:
        return None
    best = max(candidates, key=lambda t: (t.visits, t.quantity, t.last_at, -t.item_id))
    return best.item_id
