"""Reading the dashboard's summary rows (``schema_report_totals``) for a local period.

A report's period arrives as UTC bounds of local midnights; the summary rows are whole
UTC days and months. ``split`` rounds each bound to the nearest UTC boundary and names
the slivers between (at most half a day, or half a month, and usually the shop's UTC
offset: an hour or two): the period's figure is the summary rows' figure, plus what the
raw rows say for a sliver inside the period, minus it for a sliver outside. That is
exact for any zone and across clock changes, because both sides count the same rows by
the same conditions. A period shorter than one unit is counted from the raw rows.

Sums (visits, sales, rewards) add up directly. Members (how many were active, or
completed a card) do not: a member is counted once however many months they appear in,
and a sliver can make or unmake their presence. So the members of the summary part are
counted, and then only the few members the slivers touch are looked at one by one:
whether their own total, summary plus slivers, is still above zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlite_utils import Database

Unit = Literal["day", "month"]
_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # domain.clock.to_db, without the zone


@dataclass(frozen=True)
class Split:
    """Summary keys [lo, hi) (``2026-03-01`` or ``2026-03``) and the raw slivers
    ``(start, end, sign)`` to add (+1) or take away (-1)."""

    lo: str
    hi: str
    slivers: tuple[tuple[str, str, int], ...]


def _parse(bound: str) -> datetime:
    return datetime.fromisoformat(bound.replace("Z", "")).replace(tzinfo=None)


def _nearest(at: datetime, unit: Unit) -> datetime:
    if unit == "day":
        floor = at.replace(hour=0, minute=0, second=0, microsecond=0)
        ceil = floor + timedelta(days=1)
    else:
        floor = at.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        ceil = (floor + timedelta(days=32)).replace(day=1)
    return floor if at - floor <= ceil - at else ceil


def split(start: str, end: str, unit: Unit) -> Split | None:
    """How to read [start, end) from the summary rows of ``unit``; None: shorter than a
    day (days), or no whole month nearest its bounds (months). A period of months
    shorter than 28 days may have slivers holding more rows than itself: ``short``."""
    s, e = _parse(start), _parse(end)
    if unit == "day" and e - s < timedelta(days=1):
        return None
    b0, b1 = _nearest(s, unit), _nearest(e, unit)
    if b0 >= b1:
        return None
    lo, hi = b0.strftime(_FORMAT), b1.strftime(_FORMAT)
    slivers = []
    if start < lo:
        slivers.append((start, lo, 1))
    elif lo < start:
        slivers.append((lo, start, -1))
    if hi < end:
        slivers.append((hi, end, 1))
    elif end < hi:
        slivers.append((end, hi, -1))
    key = 10 if unit == "day" else 7
    return Split(lo[:key], hi[:key], tuple(slivers))


def short(start: str, end: str) -> bool:
    """Under 28 days: worth reading from the month summaries only if its slivers hold
    fewer rows than the period (``ReportStore._months``)."""
    return _parse(end) - _parse(start) < timedelta(days=28)


def day_sums(db: Database, part: Split) -> tuple[int, int, int, int]:
    """(visits, sales, rewards issued, rewards redeemed) of the summary days in ``part``."""
    row = db.execute(
        """SELECT coalesce(sum(visits), 0), coalesce(sum(sales), 0), coalesce(sum(issued), 0),
                  coalesce(sum(redeemed), 0)
           FROM report_days WHERE day >= ? AND day < ?""",
        [part.lo, part.hi],
    ).fetchone()
    return row[0], row[1], row[2], row[3]


def members(db: Database, column: str, part: Split, sliver_sql: str) -> int:
    """Members with ``column`` > 0 over ``part``: the summary months, corrected by the
    members that ``sliver_sql`` (``SELECT member_id … WHERE … >= :lo AND … < :hi``, one
    row per counted row) finds in the slivers."""
    one_month = part.hi == _next_month(part.lo)
    what = "count(*)" if one_month else "count(DISTINCT member_id)"
    found = db.execute(
        f"SELECT {what} FROM report_member_months WHERE month >= ? AND month < ? AND {column} > 0",
        [part.lo, part.hi],
    ).fetchone()[0]
    if not part.slivers:
        return found
    params: dict[str, object] = {"m0": part.lo, "m1": part.hi}
    pieces = []
    for i, (lo, hi, sign) in enumerate(part.slivers):
        params[f"lo{i}"], params[f"hi{i}"] = lo, hi
        query = sliver_sql.replace(":lo", f":lo{i}").replace(":hi", f":hi{i}")
        pieces.append(f"SELECT member_id, {sign} AS n FROM ({query})")
    correction = db.execute(
        f"""WITH e AS ({" UNION ALL ".join(pieces)}),
                d AS (SELECT member_id, sum(n) AS n FROM e GROUP BY member_id),
                b AS (SELECT d.n, coalesce((SELECT sum(r.{column}) FROM report_member_months r
                                            WHERE r.member_id = d.member_id
                                              AND r.month >= :m0 AND r.month < :m1), 0) AS base
                      FROM d)
            SELECT coalesce(sum((base + n > 0) - (base > 0)), 0) FROM b""",
        params,
    ).fetchone()[0]
    return found + correction


def _next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    return f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"
