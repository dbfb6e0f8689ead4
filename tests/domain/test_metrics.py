"""Metric formulas, PIN rules and the CSV neutralising, as pure functions."""

from __future__ import annotations

import csv
import io
import itertools
from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain import metrics as m
from loyalty_pos.domain.pins import LOCK_MINUTES, after_attempt, hash_pin, new_salt, pin_matches
from loyalty_pos.domain.report_table import Table, safe_cell, to_csv


def test_nps_rounds_halves_away_from_zero():
    assert m.nps(1, 0, 8) == 13  # 12.5 -> 13 (Python's round would give 12)
    assert m.nps(0, 1, 8) == -13
    assert m.nps(3, 1, 5) == 40
    assert m.nps(0, 0, 0) is None


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_nps_stays_between_minus_and_plus_100(p, passive, d):
    score = m.nps(p, d, p + passive + d)
    assert score is None or -100 <= score <= 100


def test_clv_is_value_per_period_over_churn_capped_at_five_years():
    assert m.clv(1300, 1 / 3, 10) == 3900
    assert m.clv(1000, 0.0, 365) == 5000  # no churn measured: 5 yearly periods
    assert m.clv(1000, 0.01, 30) == 60833  # 1/0.01 = 100 months, capped at 1825/30
    assert m.clv(None, 0.5, 30) is None


def test_engagement_leaves_out_what_is_unknown():
    assert m.engagement(0.6, 1 / 3, 2 / 3) == 53
    assert m.engagement(0.5, 0.5, None) == 50
    assert m.engagement(None, None, None) is None


def test_value_per_point_takes_the_most_generous_reward():
    assert m.value_per_point([(100, 500), (50, 300)]) == 6
    assert m.value_per_point([]) is None


def test_buckets_tile_the_period():
    unit, days = m.buckets(date(2026, 3, 1), date(2026, 3, 11))
    assert unit == "day" and len(days) == 10
    unit, weeks = m.buckets(date(2026, 1, 1), date(2026, 3, 1))
    assert unit == "week" and weeks[0] == (date(2026, 1, 1), date(2026, 1, 5))  # to Monday
    unit, months = m.buckets(date(2025, 12, 1), date(2026, 12, 1))
    assert unit == "month" and len(months) == 12 and months[1][0] == date(2026, 1, 1)
    for _, spans in (m.buckets(date(2026, 1, 1), date(2026, 3, 1)),):
        assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))


def test_previous_period_has_the_same_length():
    assert m.previous_period(date(2026, 3, 1), date(2026, 3, 11)) == (
        date(2026, 2, 19),
        date(2026, 3, 1),
    )


def test_csv_neutralises_formula_cells():
    for evil in ("=1+1", "+36 30 123", "-2", "@SUM(A1)", '=HYPERLINK("http://x")'):
        assert safe_cell(evil) == "'" + evil
    assert safe_cell("Kovács Éva") == "Kovács Éva"
    assert safe_cell(-3) == "-3"  # a number is data, not a formula
    text = to_csv(Table("t", ["Name", "Phone"], [["=cmd|' /C calc'!A0", "+36 1"], ["Ok", 5]]))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["'=cmd|' /C calc'!A0", "'+36 1"]
    assert rows[2] == ["Ok", "5"]


def test_pin_hash_has_its_own_salt_and_verifies():
    s1, s2 = new_salt(), new_salt()
    assert s1 != s2
    h1, h2 = hash_pin("1234", s1), hash_pin("1234", s2)
    assert h1 != h2  # the same PIN looks different for two people
    assert pin_matches("1234", s1, h1)
    assert not pin_matches("1235", s1, h1)
    assert not pin_matches("１２３４", s1, h1)  # full-width digits are not the PIN


def test_fifth_wrong_pin_locks():
    now = datetime(2026, 3, 10, tzinfo=UTC)
    failed = 0
    for _ in range(4):
        a = after_attempt(False, failed, now)
        assert a.locked_until is None
        failed = a.failed
    locked = after_attempt(False, failed, now)
    assert locked.locked_until == now + timedelta(minutes=LOCK_MINUTES)
    assert after_attempt(True, 3, now).failed == 0
