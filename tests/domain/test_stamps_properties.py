"""Property tests: random histories of stamps, redemptions and voids on one card."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import Refused
from loyalty_pos.domain.ledger import Account, Kind, apply
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.stamps import CardState, plan_line, void_entries

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
    program = StampProgram(1, "Card", needed, "Free", stamps_per_item=per_item, per_day_limit=limit)
    balances: dict = {}
    ledger: list[tuple[int, int, object]] = []  # (row id, visit id, entry)
    visits: dict[int, dict] = {}  # id -> {"day": int, "voided": bool}
    day = 0
    next_row = 1

    def earned_on(d: int) -> int:
        return sum(
            e.delta
            for _, vid, e in ledger
            if e.kind is Kind.EARN and visits[vid]["day"] == d and not visits[vid]["voided"]
        )

    for op, arg in history:
        stamps = balances.get((1, Account.STAMPS), 0)
        ready = balances.get((1, Account.REWARDS), 0)
        if op == "next_day":
            day += 1
            continue
        if op in ("earn", "redeem"):
            items, redeem = (arg, 0) if op == "earn" else (0, arg)
            state = CardState(stamps, ready, earned_on(day))
            try:
                out = plan_line(program, state, items, redeem)
            except Refused:
                assert redeem > ready  # only an unaffordable reward is refused
                continue
            if not out.entries:
                continue
            vid = len(visits) + 1
            visits[vid] = {"day": day, "voided": False}
            for e in out.entries:
                ledger.append((next_row, vid, e))
                next_row += 1
            balances = apply(balances, out.entries)
            assert balances.get((1, Account.STAMPS), 0) == out.stamps_after
            assert balances.get((1, Account.REWARDS), 0) == out.rewards_after
            if limit is not None:
                assert earned_on(day) <= limit
        else:
            live = [v for v, info in visits.items() if not info["voided"]]
            if not live:
                continue
            vid = live[arg % len(live)]
            rows = [(rid, e) for rid, v, e in ledger if v == vid and e.kind is not Kind.VOID]
            try:
                comp = void_entries(rows, balances, {1: needed})
            except Refused:
                # Refused only when undoing would go below zero.
                naive = apply(
                    balances, [type(e)(e.program_id, e.account, e.kind, -e.delta) for _, e in rows]
                )
                assert min(naive.values()) < 0
                continue
            visits[vid]["voided"] = True
            for e in comp:
                ledger.append((next_row, vid, e))
                next_row += 1
            balances = apply(balances, comp)

        stamps = balances.get((1, Account.STAMPS), 0)
        ready = balances.get((1, Account.REWARDS), 0)
        # Never negative, and a card never holds a full set of stamps.
        assert stamps >= 0 and ready >= 0
        assert stamps < needed
        # Conservation: stamps that still count = stamps held + needed x rewards made.
        earned = sum(
            e.delta for _, v, e in ledger if e.kind is Kind.EARN and not visits[v]["voided"]
        )
        redeemed = -sum(
            e.delta for _, v, e in ledger if e.kind is Kind.REDEEM and not visits[v]["voided"]
        )
        assert earned == stamps + needed * (ready + redeemed)


@given(st.integers(0, 9), st.integers(0, 30), st.integers(2, 12))
def test_plan_line_is_deterministic(stamps, items, needed):
    program = StampProgram(1, "Card", needed, "Free")
    state = CardState(stamps % needed, 0, 0)
    assert plan_line(program, state, items, 0) == plan_line(program, state, items, 0)
