"""The liability statement: per program and for gift cards, what the shop owed its
customers at the start of a period, what it issued, what was redeemed, expired,
refunded and adjusted, and what it owes at the end (``domain/liability.py``).

Periods are local dates [start, end), turned into UTC bounds with the reports' clock
rules; the command line's ``--to`` and the screen's last day are inclusive.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ..domain.clock import Clock
from ..domain.liability import LiabilityStatement, build_statement
from ..store.liability import LiabilityStore, Side
from .reports import ReportService, check_period


class LiabilityService:
    """Read-only: one read transaction, a handful of SQL aggregates."""

    def __init__(self, db, clock: Clock, reports: ReportService | None = None) -> None:
        self.db = db
        self.clock = clock
        self.reports = reports or ReportService(db, clock)
        self.store = LiabilityStore(db)

    def statement(self, start: date, end: date, *, side: Side | None = None) -> LiabilityStatement:
        """The statement of [start, end) (``end`` exclusive).

        ``side`` forces how the opening balance is read (tests compare the two); by
        default the store picks the one that reads fewer rows.
        """
        check_period(start, end)
        lo, hi = self.reports.bound(start), self.reports.bound(end)
        with self.store.snapshot():
            programs = self.store.programs()
            sums = self.store.member_sums(lo, hi, side)
            gift = self.store.gift_sums(lo, hi)
        opening: dict[tuple[int, str], int] = defaultdict(int)
        within: dict[tuple[int, str, str], int] = {}
        for pid, account, kind, before, inside in sums:
            opening[pid, account] += before
            if kind is not None and inside:
                within[pid, account, kind] = inside
        return build_statement(
            start,
            end,
            programs,
            opening,
            within,
            sum(before for _, before, _ in gift),
            {kind: inside for kind, _, inside in gift if inside},
        )
