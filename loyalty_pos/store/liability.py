"""SQL for the liability statement: ledger sums per program, account and kind.

Everything is an aggregate: SQLite sums the rows, Python receives a few dozen numbers.
Periods arrive as UTC strings (``clock.to_db``), half-open: ``start <= created_at < end``.

The period's movements are read through ``ledger_created`` (the rows of the period and
nothing else). The opening balance is the sum of every row before the start, which is
the whole history for a recent period: on a shop with ten million rows that is a scan of
the table. So it is taken from whichever side is shorter (``opening_side``):

* **forward**: the rows before the start, summed;
* **backward**: today's cached balances (``balances``, kept equal to their ledger sums in
  the same transaction as every row, checked by ``admin check``) less every row from the
  start on.

Both give the same figures; a test runs both over random histories. The service reads
inside ``snapshot``, so every query sees the same moment even while a till is writing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Literal

from sqlite_utils import Database

from ..domain.liability import ProgramTerms
from .database import read_snapshot

Side = Literal["forward", "backward"]

# (program, account, kind or None, sum before the start, sum within the period)
SumRow = tuple[int, str, str | None, int, int]


class LiabilityStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction for the statement's few queries, so that the programs,
        the member balances and the gift cards show the same moment (WAL readers block
        no writer). Inside a transaction already open, that one is used."""
        with read_snapshot(self.db):
            yield

    def programs(self) -> list[ProgramTerms]:
        """Every program (a few rows), with what the statement needs to value it."""
        return [
            ProgramTerms(
                id=r[0],
                name=r[1],
                kind=r[2],
                active=bool(r[3]),
                position=r[4],
                point_value=r[5],
                price=r[6],
                pass_uses=r[7],
                reward_kind=r[8],
                reward_value=r[9],
            )
            for r in self.db.execute(
                "SELECT id, name, kind, active, position, point_value, price, pass_uses, "
                "reward_kind, reward_value FROM programs"
            ).fetchall()
        ]

    def opening_side(self, start: str, end: str) -> Side:
        """The side that sums fewer rows: backward reads the rows from ``start`` on,
        forward the rows before ``end``.

        Counted on ``ledger_created`` alone (no table rows read, a few per cent of the
        sum itself); rows are never deleted, so the highest id is the number of rows.
        """
        total, since, after = self.db.execute(
            """SELECT coalesce((SELECT max(id) FROM ledger), 0),
                      (SELECT count(*) FROM ledger WHERE created_at >= :s),
                      (SELECT count(*) FROM ledger WHERE created_at >= :e)""",
            {"s": start, "e": end},
        ).fetchone()
        return "backward" if since < total - after else "forward"

    def member_sums(self, start: str, end: str, side: Side | None = None) -> list[SumRow]:
        """Per program, account and kind: the sum of deltas before ``start`` and in
        [start, end). Rows with kind None carry only an opening part (the cached
        balances of the backward side)."""
        side = side or self.opening_side(start, end)
        params = {"s": start, "e": end}
        if side == "forward":
            sql = """SELECT program_id, account, kind,
                            coalesce(sum(CASE WHEN created_at < :s THEN delta END), 0),
                            coalesce(sum(CASE WHEN created_at >= :s THEN delta END), 0)
                     FROM ledger WHERE created_at < :e
                     GROUP BY program_id, account, kind"""
        else:
            sql = """SELECT program_id, account, NULL, sum(value), 0
                     FROM balances WHERE value > 0 GROUP BY program_id, account
                     UNION ALL
                     SELECT program_id, account, kind, -sum(delta),
                            coalesce(sum(CASE WHEN created_at < :e THEN delta END), 0)
                     FROM ledger WHERE created_at >= :s
                     GROUP BY program_id, account, kind"""
        return [tuple(r) for r in self.db.execute(sql, params).fetchall()]

    def gift_sums(self, start: str, end: str) -> list[tuple[str, int, int]]:
        """Per kind of gift-card row: the sum before ``start`` and in [start, end).

        Gift cards are few (a row when a card is sold, used, refunded): one pass over
        their ledger, which has no date index.
        """
        return [
            tuple(r)
            for r in self.db.execute(
                """SELECT kind, coalesce(sum(CASE WHEN created_at < :s THEN delta END), 0),
                          coalesce(sum(CASE WHEN created_at >= :s THEN delta END), 0)
                   FROM gift_card_ledger WHERE created_at < :e GROUP BY kind""",
                {"s": start, "e": end},
            ).fetchall()
        ]
