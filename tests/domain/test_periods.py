"""The owner's periods end with whole units and the current one marked as so far; no
chart bucket passes a few days off as a whole month."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain import metrics as m
from loyalty_pos.domain.periods import Cover, cover, month_so_far, presets, unit_bounds

TODAY = date(2026, 3, 10)  # a Tuesday


def test_last_12_months_is_twelve_whole_months_and_this_one_so_far():
    start, end = presets(TODAY)["year"]
    assert (start, end) == (date(2025, 3, 1), date(2026, 3, 11))
    unit, spans = m.buckets(start, end)
    assert unit == "month" and len(spans) == 13
    covers = [cover(unit, lo, hi, TODAY) for lo, hi in spans]
    assert covers == [Cover.WHOLE] * 12 + [Cover.SO_FAR]
    assert spans[-1] == (date(2026, 3, 1), date(2026, 3, 11))


def test_the_other_presets_end_with_today_so_far():
    p = presets(TODAY)
    assert p["today"] == (TODAY, TODAY + timedelta(days=1))
    assert p["week"] == (date(2026, 3, 9), date(2026, 3, 11))
    assert p["month"] == (date(2026, 3, 1), date(2026, 3, 11))
    for key in ("today", "week", "month"):
        unit, spans = m.buckets(*p[key])
        covers = [cover(unit, lo, hi, TODAY) for lo, hi in spans]
        assert unit == "day"
        assert covers[-1] is Cover.SO_FAR and set(covers[:-1]) <= {Cover.WHOLE}


def test_a_custom_period_cut_mid_month_or_mid_week_is_marked_part():
    unit, spans = m.buckets(date(2025, 1, 15), date(2025, 7, 16))
    covers = [cover(unit, lo, hi, TODAY) for lo, hi in spans]
    assert unit == "month"
    assert covers[0] is Cover.PART and covers[-1] is Cover.PART  # 15–31 Jan, 1–15 Jul
    assert set(covers[1:-1]) == {Cover.WHOLE}
    unit, spans = m.buckets(date(2025, 9, 3), date(2025, 11, 20))  # Wednesday to Wednesday
    covers = [cover(unit, lo, hi, TODAY) for lo, hi in spans]
    assert unit == "week"
    assert covers[0] is Cover.PART and covers[-1] is Cover.PART
    assert set(covers[1:-1]) == {Cover.WHOLE}


def test_a_period_reaching_into_the_future_is_so_far_from_today():
    unit, spans = m.buckets(date(2025, 12, 1), date(2026, 6, 1))
    covers = [cover(unit, lo, hi, TODAY) for lo, hi in spans]
    assert covers == [Cover.WHOLE] * 3 + [Cover.SO_FAR] * 3  # March to May


def test_unit_bounds():
    assert unit_bounds("day", TODAY) == (TODAY, date(2026, 3, 11))
    assert unit_bounds("week", TODAY) == (date(2026, 3, 9), date(2026, 3, 16))
    assert unit_bounds("month", date(2025, 12, 31)) == (date(2025, 12, 1), date(2026, 1, 1))
    with pytest.raises(ValueError):
        unit_bounds("year", TODAY)


def test_month_so_far():
    assert month_so_far(date(2026, 3, 1), TODAY)
    assert month_so_far(date(2026, 4, 30), TODAY)
    assert not month_so_far(date(2026, 2, 28), TODAY)


@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)), st.sampled_from(list(presets(TODAY))))
def test_every_preset_has_one_bucket_so_far_the_last_and_the_rest_whole(today, key):
    start, end = presets(today)[key]
    unit, spans = m.buckets(start, end)
    covers = [cover(unit, lo, hi, today) for lo, hi in spans]
    assert covers[-1] is Cover.SO_FAR and today in range_of(spans[-1])
    assert all(c is Cover.WHOLE for c in covers[:-1])
    if key == "year":
        assert len(spans) == 13 and start.day == 1


def range_of(span: tuple[date, date]) -> list[date]:
    lo, hi = span
    return [lo + timedelta(days=i) for i in range((hi - lo).days)]
