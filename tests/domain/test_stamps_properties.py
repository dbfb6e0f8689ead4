"""Property tests: random histories of stamps, redemptions and voids on one card."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import Refused
from loyalty_pos.domain.ledger import Kind
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.stamps import CardState, plan_line
from tests.domain.lot_model import History

ops = st.lists(
    st.one_of(
        st.tuples(st.just("earn"), st.integers(0, 15)),
        st.tuples(st.just("redeem"), st.integers(1, 2)),
        st.tuples(st.just("void"), st.integers(0, 50)),
        st.tuples(st.just("next_day"), st.just(0)),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(
    ops,
    st.integers(2, 12),
    st.integers(1, 3),
    st.one_of(st.none(), st.integers(1, 8)),
)
def test_random_histories_keep_every_invariant(history, needed, per_item, limit):
    """Stamps, redemptions and voids on one card, replayed on lots as the services do."""
    program = StampProgram(1, "Card", needed, "Free", stamps_per_item=per_item, per_day_limit=limit)
    card = History(needed=needed)
    visits: dict[int, dict] = {}  # id -> {"day": int, "voided": bool, "entries": [...]}

    def earned_on(d: int) -> int:
        return sum(
            e.delta
            for info in visits.values()
            if info["day"] == d and not info["voided"]
            for e in info["entries"]
            if e.kind is Kind.EARN
        )

    for op, arg in history:
        stamps, ready = card.held("stamps"), card.held("rewards")
        if op == "next_day":
            card.day += 1
            continue
        if op in ("earn", "redeem"):
            items, redeem = (arg, 0) if op == "earn" else (0, arg)
            state = CardState(stamps, ready, earned_on(card.day))
            try:
                out = plan_line(program, state, items, redeem)
            except Refused:
                assert redeem > ready  # only an unaffordable reward is refused
                continue
            if not out.entries:
                continue
            vid = len(visits) + 1
            visits[vid] = {"day": card.day, "voided": False, "entries": out.entries}
            card.visit(vid, 0, out.entries)
            assert card.held("stamps") == out.stamps_after
            assert card.held("rewards") == out.rewards_after
            if limit is not None:
                assert earned_on(card.day) <= limit
        else:
            live = [v for v, info in visits.items() if not info["voided"]]
            if not live:
                continue
            vid = live[arg % len(live)]
            if card.void(vid) is None:
                # Refused only when a reward was redeemed (a debt would be left).
                assert any(
                    e.kind is Kind.REDEEM
                    for info in visits.values()
                    if not info["voided"]
                    for e in info["entries"]
                )
                continue
            visits[vid]["voided"] = True

        stamps, ready = card.held("stamps"), card.held("rewards")
        # Never negative, never a debt, and a card never holds a full set of stamps.
        assert stamps >= 0 and ready >= 0
        assert card.owed("stamps") == 0 and card.owed("rewards") == 0
        assert stamps < needed
        # Conservation: stamps that still count = stamps held + needed x rewards made.
        counted = [info for info in visits.values() if not info["voided"]]
        earned = sum(e.delta for info in counted for e in info["entries"] if e.kind is Kind.EARN)
        redeemed = -sum(
            e.delta for info in counted for e in info["entries"] if e.kind is Kind.REDEEM
        )
        assert earned == stamps + needed * (ready + redeemed)


@given(st.integers(0, 9), st.integers(0, 30), st.integers(2, 12))
def test_plan_line_is_deterministic(stamps, items, needed):
    program = StampProgram(1, "Card", needed, "Free")
    state = CardState(stamps % needed, 0, 0)
    assert plan_line(program, state, items, 0) == plan_line(program, state, items, 0)
