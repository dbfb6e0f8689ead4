"""Round ticks for the reports' value axes: examples an owner would read, and the
promises every axis keeps (round, covering the data, a readable count)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.axis_ticks import (
    LEAST,
    MOST,
    Ticks,
    is_round,
    money_labels,
    nice_ticks,
    round_steps,
)


def test_the_reported_axis_becomes_round():
    # The issue: visits up to 898 drew 0/247/494/741/988 (the maximum × 1.1, split in 4).
    assert nice_ticks(0, 898).values == (0, 200, 400, 600, 800, 1000)
    # Sales of 1 154 813 Ft: 0, 0.5, 1 and 1.5 million, not 1154813 × 1.1 / 4 steps.
    assert nice_ticks(0, 1_154_813).values == (0, 500_000, 1_000_000, 1_500_000)


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (0, 0, (0, 1, 2)),  # a chart of nothing still has an axis
        (0, 1, (0, 1, 2)),
        (0, 5, (0, 1, 2, 3, 4, 5)),
        (0, 7, (0, 2, 4, 6, 8)),
        (0, 11, (0, 5, 10, 15)),
        (0, 100, (0, 20, 40, 60, 80, 100)),
        (0, 101, (0, 50, 100, 150)),
        (-100, 100, (-100, -50, 0, 50, 100)),  # NPS
        (-7, 3, (-10, -5, 0, 5)),
        (250, 260, (250, 252, 254, 256, 258, 260)),
    ],
)
def test_examples(low, high, expected):
    assert nice_ticks(low, high).values == expected


def test_the_count_can_be_asked_for_and_is_bounded():
    assert nice_ticks(0, 898, most=4).values == (0, 500, 1000)
    assert len(nice_ticks(0, 898, most=7).values) <= 7
    for most in (LEAST - 1, MOST + 1):
        with pytest.raises(ValueError):
            nice_ticks(0, 10, most=most)


def test_round_steps_and_roundness():
    steps = round_steps()
    assert [next(steps) for _ in range(7)] == [1, 2, 5, 10, 20, 50, 100]
    assert next(round_steps(30)) == 50
    assert [s for s in range(1, 1001) if is_round(s)] == [
        1, 2, 5, 10, 20, 50, 100, 200, 500, 1000
    ]  # fmt: skip
    assert not is_round(0) and not is_round(-5) and not is_round(25)


@given(
    st.integers(-(10**12), 10**12),
    st.integers(0, 10**12),
    st.integers(LEAST, MOST),
)
def test_every_axis_is_round_covers_the_data_and_reads(low, span, most):
    high = low + span
    t = nice_ticks(low, high, most=most)
    assert is_round(t.step)
    assert all(v % t.step == 0 for v in t.values)  # every tick is a multiple of the step
    assert all(b - a == t.step for a, b in zip(t.values, t.values[1:], strict=False))
    assert t.low <= low and t.high >= high  # covers the data
    assert LEAST <= len(t.values) <= most <= MOST
    # A nice maximum, not a generous one: the top tick is the first step at or above
    # the data, unless the axis had to grow to show three ticks at all.
    assert t.high - t.step < high or len(t.values) == LEAST
    assert t.low + t.step > low or len(t.values) == LEAST
    # The finest round grid that fits: the next smaller round step would need more.
    smaller = max((s for s in (t.step // 2, t.step * 2 // 5) if is_round(s)), default=None)
    if smaller is not None and smaller < t.step:
        assert (-(-high // smaller) - low // smaller) + 1 > most


@given(st.integers(0, 10**13))
def test_bars_from_zero_start_at_zero(high):
    t = nice_ticks(0, high)
    assert t.low == 0 and t.values[1] == t.step


def test_money_labels_write_millions_short_and_keep_the_decimals_the_step_needs():
    huf = money_labels(nice_ticks(0, 1_154_813), 0)
    assert (huf.scale, huf.decimals) == (6, 1)  # 0.5 M steps: one decimal
    assert huf.value(1_500_000, 0) == Decimal("1.5")
    small = money_labels(nice_ticks(0, 70_752), 0)
    assert (small.scale, small.decimals) == (0, 0)  # 20 000 Ft steps: written in full
    nok = money_labels(nice_ticks(0, 1_234_500), 2)  # 12 345.00 kr in øre
    assert (nok.scale, nok.decimals) == (0, 0)  # 5 000 kr steps, no øre shown
    assert nok.value(500_000, 2) == Decimal(5000)
    tiny = money_labels(nice_ticks(0, 30), 2)  # 0.30 kr: the øre are the information
    assert tiny.decimals == 2
    vnd = money_labels(nice_ticks(0, 2_300_000_000), 0)
    assert (vnd.scale, vnd.decimals) == (9, 1)  # 0.5 billion đồng steps
    assert money_labels(Ticks(2_000_000, (0, 2_000_000, 4_000_000)), 0).decimals == 0


@given(st.integers(1, 10**13), st.sampled_from([0, 2]))
def test_money_labels_tell_every_tick_apart(high, digits):
    t = nice_ticks(0, high)
    labels = money_labels(t, digits)
    written = [round(labels.value(v, digits), labels.decimals) for v in t.values]
    assert written == [labels.value(v, digits) for v in t.values]  # nothing rounded away
    assert len(set(written)) == len(written)
