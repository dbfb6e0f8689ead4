"""The usual item: the rule on plain numbers (what the counter pre-fills after a scan)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.usual import MIN_VISITS, ItemTally, usual_item


def tally(item_id: int, visits: int, quantity: int | None = None, last: str = "2026-03-01"):
    return ItemTally(item_id, visits, quantity if quantity is not None else visits, last)


def test_the_item_bought_on_the_most_visits_wins():
    tallies = [tally(1, 3), tally(2, 7), tally(3, 5)]
    assert usual_item(tallies, {1, 2, 3}) == 2


def test_a_tray_bought_once_is_not_a_habit():
    # Ten croissants for the office once, a cappuccino on four visits.
    tallies = [tally(1, 1, quantity=10), tally(2, 4, quantity=4)]
    assert usual_item(tallies, {1, 2}) == 2


def test_one_visit_is_a_purchase_not_a_usual():
    assert usual_item([tally(1, 1)], {1}) is None
    assert usual_item([tally(1, MIN_VISITS)], {1}) == 1


def test_ties_go_to_the_larger_quantity_then_the_latest():
    assert usual_item([tally(1, 4, 4), tally(2, 4, 6)], {1, 2}) == 2
    later = [tally(1, 4, 4, "2026-03-02"), tally(2, 4, 4, "2026-03-05")]
    assert usual_item(later, {1, 2}) == 2
    same = [tally(5, 4, 4, "2026-03-05"), tally(2, 4, 4, "2026-03-05")]
    assert usual_item(same, {2, 5}) == 2  # a full tie: the older item, every time


def test_only_items_still_on_the_list():
    tallies = [tally(1, 9), tally(2, 3)]
    assert usual_item(tallies, {2}) == 2  # item 1 was switched off
    assert usual_item(tallies, set()) is None
    assert usual_item([], {1, 2}) is None


@given(
    st.lists(
        st.tuples(st.integers(1, 8), st.integers(1, 30), st.integers(0, 5)),
        unique_by=lambda t: t[0],
        max_size=8,
    ),
    st.sets(st.integers(1, 8)),
)
def test_the_usual_is_on_the_list_and_bought_at_least_as_often_as_any_other(rows, on_list):
    tallies = [ItemTally(i, v, v + extra, f"2026-03-{i:02d}") for i, v, extra in rows]
    got = usual_item(tallies, on_list)
    eligible = [t for t in tallies if t.item_id in on_list and t.visits >= MIN_VISITS]
    if not eligible:
        assert got is None
        return
    assert got in on_list
    chosen = next(t for t in tallies if t.item_id == got)
    assert all(chosen.visits >= t.visits for t in eligible)
