"""The report periods an owner picks, and whether a chart bucket is a whole one.

The trap this module exists for: "last 12 months" used to start on the first of the
month eleven months ago and end today, so its twelfth bar held ten days of March beside
eleven whole months, and read like a collapse in sales. The presets now take whole
months (and whole weeks, whole days) and add the current one *so far*, and every chart
bucket says whether it is whole, cut short by the period's edge, or not over yet, so the
screen can draw it lighter and say so.

Dates are local calendar days; periods are [start, end) with ``end`` exclusive.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from .metrics import add_months

YEAR_MONTHS = 12


class Cover(StrEnum):
    """How much of its day, week or month a chart bucket holds."""

    WHOLE = "whole"
    PART = "part"  # cut by the period's first or last day: fewer days than its unit
    SO_FAR = "so_far"  # today or later is inside: the figures can still grow


def presets(today: date) -> dict[str, tuple[date, date]]:
    """The owner's periods, [start, end), each ending with today (so far):

    - ``today``;
    - ``week``: from Monday;
    - ``month``: from the first;
    - ``year``: the twelve whole months before this one, and this month so far. Twelve
      whole months to compare, and the month under way beside them, marked as such.
    """
    tomorrow = today + timedelta(days=1)
    return {
        "today": (today, tomorrow),
        "week": (today - timedelta(days=today.weekday()), tomorrow),
        "month": (today.replace(day=1), tomorrow),
        "year": (add_months(today, -YEAR_MONTHS), tomorrow),
    }


def unit_bounds(unit: str, day: date) -> tuple[date, date]:
    """The whole day, week (from Monday) or month ``day`` falls in, [start, end)."""
    if unit == "day":
        return day, day + timedelta(days=1)
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=7)
    if unit == "month":
        return day.replace(day=1), add_months(day, 1)
    raise ValueError(f"unknown unit {unit!r}")


def cover(unit: str, start: date, end: date, today: date) -> Cover:
    """Whether the bucket [start, end) of ``unit`` is whole, cut short, or not over.

    Not over (``SO_FAR``) wins: a bucket that reaches today is partial whatever its
    length, since today's visits are still coming. A past bucket is ``PART`` when the
    period's edge cut it: a month that does not run from the first to the first, a week
    that does not run from Monday to Monday.
    """
    if end > today:
        return Cover.SO_FAR
    if (start, end) != unit_bounds(unit, start):
        return Cover.PART
    return Cover.WHOLE


def month_so_far(month: date, today: date) -> bool:
    """Whether the calendar month of ``month`` has not ended before ``today``."""
    return add_months(month, 1) > today
