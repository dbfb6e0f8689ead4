"""SQL aggregates for the owner's reports: counts and sums only, no definitions.

What a figure *means* is in ``domain/metrics.py`` and ``docs/metrics.md``; here each
query counts the rows a definition names. Periods arrive as fixed-width UTC strings
(``clock.to_db``), half-open: ``start <= created_at < end``.

A visit *counts* when it has a member, is confirmed (not voided, not refunded) and was
not refunded in full. Sales take every member visit that is not voided, net of what was
refunded on it so far (``visits.refunded``): a refund lowers the sales of the period of
its visit, whenever it was made.

The dashboard's heavy figures (each period's visits, sales and rewards, a chart month's
active members) read the summary rows the database keeps (``schema_report_totals``,
read for a local period by ``report_totals``); each has a ``raw_`` twin counting the
rows themselves, for short periods, the slivers, and the tests' second opinion. The
lists (top members, lapsed regulars, cohorts, end of day) are in ``report_lists``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Hashable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from . import report_totals as rt
from .database import BUSY_TIMEOUT_MS
from .dialect import is_server
from .report_lists import ReportLists
from .report_sql import COUNTED, NOT_VOIDED, at_tills, counted

__all__ = ["COUNTED", "NOT_VOIDED", "ReportStore", "counted"]

# One row per counted row, for ``report_totals.members``: the members a sliver adds.
_ACTIVE_IN = f"""SELECT member_id FROM visits WHERE member_id IS NOT NULL
                 AND created_at >= :lo AND created_at < :hi AND {COUNTED}"""
_COMPLETING_IN = """SELECT l.member_id FROM ledger l LEFT JOIN visits v ON v.id = l.visit_id
                    WHERE l.account = 'rewards' AND l.kind = 'complete'
                          AND l.created_at >= :lo AND l.created_at < :hi
                          AND (v.id IS NULL OR v.status <> 'voided')"""


class ReportStore(ReportLists):
    """``summaries``: read the summary rows where a period allows (False: only the raw
    rows, as the tests' second opinion).

    ``tills``: count only the rows written at these tills (a branch, or one till of a
    shop on a server); None counts the whole shop. The summary rows are for the whole
    shop, so a store for some tills reads the raw rows (``visits_till`` finds a till's
    visits of a period). Members and the liability belong to the whole shop: they are
    never filtered."""

    def __init__(
        self, db: Database, *, summaries: bool = True, tills: tuple[str, ...] | None = None
    ) -> None:
        self.db = db
        self.tills = tills
        self.summaries = summaries and tills is None

    def at(self, alias: str = "") -> str:
        """The filter by till of this store's rows on ``alias`` ("" for the whole shop)."""
        return at_tills(self.tills, alias)

    # Running several figures at once ------------------------------------------------

    def _reader_path(self) -> str | None:
        """The file a second, read-only connection may read, or None to stay on this one.

        Only a file in WAL mode (readers run beside each other and beside a writer), and
        only outside a transaction: another connection would not see its rows yet."""
        conn = self.db.conn
        if conn.in_transaction or is_server(self.db):  # a server: one connection, in turn
            return None
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            return None
        for _, name, file in conn.execute("PRAGMA database_list").fetchall():
            if name == "main":
                return file or None
        return None

    def gather(self, calls: dict[Hashable, tuple[str, tuple]]) -> dict[Hashable, Any]:
        """Run ``{key: (method name, args)}`` of this store; ``{key: result}``.

        The figures of a dashboard are independent read-only queries, so they run on
        this connection and, in a second thread, on a read-only connection of the same
        file (``sqlite3`` lets go of the GIL while SQLite works): the wall time is about
        half the sum on two cores. Each thread takes the next call in order, so list
        the heaviest first. Every query sees the last commit when it starts; a commit
        landing while the report runs may show in some figures and not yet in others,
        as it would between two clicks.
        """
        keys = list(calls)
        results: dict[Hashable, Any] = {}
        path = self._reader_path() if len(keys) > 1 else None
        if path is None:
            for key in keys:
                name, args = calls[key]
                results[key] = getattr(self, name)(*args)
            return results
        lock = threading.Lock()
        queue = iter(keys)
        failed = threading.Event()

        def work(store: ReportStore) -> None:
            while not failed.is_set():
                with lock:
                    key = next(queue, None)
                if key is None:
                    return
                name, args = calls[key]
                try:
                    results[key] = getattr(store, name)(*args)
                except BaseException:
                    failed.set()
                    raise

        reader = sqlite3.connect(
            f"{Path(path).as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
        try:
            with ThreadPoolExecutor(1) as pool:
                reader_store = ReportStore(
                    Database(reader), summaries=self.summaries, tills=self.tills
                )
                other = pool.submit(work, reader_store)
                work(self)  # a failure here stops the other thread after its query
                other.result()
        finally:
            reader.close()
        return results

    def _one(self, sql: str, params: dict[str, Any] | list[Any]) -> tuple:
        return self.db.execute(sql, params).fetchone()

    def _months(self, start: str, end: str) -> rt.Split | None:
        """How to count members of [start, end) from the summary months, or None: from
        the raw rows. A period under 28 days (this month so far, a week) takes the
        summary only if its slivers hold fewer visits than it does (a sliver in the
        future holds none); both counts are index ranges of ``visits_created``."""
        part = rt.split(start, end, "month") if self.summaries else None
        if part is None or not rt.short(start, end):
            return part

        def rows(lo: str, hi: str) -> int:
            sql = "SELECT count(*) FROM visits WHERE created_at >= ? AND created_at < ?"
            return self._one(sql, [lo, hi])[0]

        outside = sum(rows(lo, hi) for lo, hi, _ in part.slivers)
        return part if outside < rows(start, end) else None

    def totals(self, start: str, end: str) -> tuple[int, int]:
        """(counted member visits, sales) of [start, end): the summary days and the
        slivers at either end (``report_totals``), or the raw rows."""
        part = rt.split(start, end, "day") if self.summaries else None
        if part is None:
            return self.raw_totals(start, end)
        visits, sales, _, _ = rt.day_sums(self.db, part)
        for lo, hi, sign in part.slivers:
            v, s = self.raw_totals(lo, hi)
            visits, sales = visits + sign * v, sales + sign * s
        return visits, sales

    def raw_totals(self, start: str, end: str) -> tuple[int, int]:
        """(counted member visits, sales) of [start, end): one scan of ``visits_report``."""
        row = self._one(
            f"""SELECT coalesce(sum({COUNTED}), 0), coalesce(sum(charged) - sum(refunded), 0)
                FROM visits WHERE member_id IS NOT NULL AND created_at >= ? AND created_at < ?
                      AND {NOT_VOIDED}{self.at()}""",
            [start, end],
        )
        return row[0], row[1]

    def member_activity(self, p0: str, p1: str, p2: str, p3: str) -> dict[str, int]:
        """Who was active in three consecutive periods [p0, p1), [p1, p2), [p2, p3).

        A member with a counted visit in a period is active in it whenever they enrolled:
        a visit imported or back-dated to before the enrolment counts like any other, so
        every member is asked, not only those enrolled by the end. ``active_late`` and
        ``active_late_prev`` count the active members who enrolled after their period
        ended, so that the reach of a period (active ÷ members) can add them to the
        members enrolled by its end and stay a share.

        Asked member by member with one index seek a period (``visits_member_report``):
        how many counted visits they have there, counting no further than two (active,
        repeat). The cost grows with the number of members enrolled, not with the number
        of visits. The per-member counts are MATERIALIZED: otherwise SQLite flattens the
        subquery and runs a seek again for every outer expression naming it (``b AND c``):
        0.52 s with five EXISTS flattened, 0.33 s materialized, 0.29 s with three counts,
        over 100,000 members.
        """

        def visits(lo: str, hi: str, most: int) -> str:
            """The member's counted visits in [lo, hi), counted up to ``most``."""
            return f"""(SELECT count(*) FROM (SELECT 1 FROM visits v WHERE v.member_id = m.id
                        AND v.created_at >= :{lo} AND v.created_at < :{hi}
                        AND {counted("v")}{self.at("v")} LIMIT {most}))"""

        row = self._one(
            f"""WITH f AS MATERIALIZED (
                    SELECT {visits("p2", "p3", 2)} AS c, {visits("p1", "p2", 2)} AS b,
                           {visits("p0", "p1", 1)} AS a, m.created_at AS enrolled
                    FROM members m)
                SELECT coalesce(sum(c > 0), 0), coalesce(sum(c > 1), 0),
                       coalesce(sum(b > 0), 0), coalesce(sum(b > 1), 0),
                       coalesce(sum(b > 0 AND c > 0), 0), coalesce(sum(a > 0 AND b > 0), 0),
                       coalesce(sum(a), 0), coalesce(sum(c > 0 AND enrolled >= :p3), 0),
                       coalesce(sum(b > 0 AND enrolled >= :p2), 0)
                FROM f""",
            {"p0": p0, "p1": p1, "p2": p2, "p3": p3},
        )
        keys = (
            "active",
            "repeat",
            "active_prev",
            "repeat_prev",
            "retained",
            "retained_prev",
            "active_prev2",
            "active_late",
            "active_late_prev",
        )
        return dict(zip(keys, row, strict=True))

    def active_members(self, start: str, end: str) -> int:
        return self._one(
            f"""SELECT count(DISTINCT member_id) FROM visits
                WHERE member_id IS NOT NULL AND created_at >= ? AND created_at < ?
                      AND {COUNTED}{self.at()}""",
            [start, end],
        )[0]

    def members_enrolled(self, start: str, end: str) -> int:
        return self._one(
            "SELECT count(*) FROM members WHERE created_at >= ? AND created_at < ?", [start, end]
        )[0]

    def members_before(self, end: str) -> int:
        return self._one("SELECT count(*) FROM members WHERE created_at < ?", [end])[0]

    def feedback_counts(self, start: str, end: str) -> tuple[int, int, int]:
        """(promoters 9–10, passives 7–8, detractors 0–6) given in [start, end)."""
        if self.tills is not None:  # a score belongs to its visit's till
            sql = f"""SELECT coalesce(sum(f.score >= 9), 0),
                             coalesce(sum(f.score BETWEEN 7 AND 8), 0),
                             coalesce(sum(f.score <= 6), 0)
                      FROM feedback f JOIN visits v ON v.id = f.visit_id
                      WHERE f.created_at >= ? AND f.created_at < ?{self.at("v")}"""
        else:
            sql = """SELECT coalesce(sum(score >= 9), 0), coalesce(sum(score BETWEEN 7 AND 8), 0),
                            coalesce(sum(score <= 6), 0)
                     FROM feedback WHERE created_at >= ? AND created_at < ?"""
        row = self._one(sql, [start, end])
        return row[0], row[1], row[2]

    def upsell_members(self, start: str, end: str) -> int:
        """Members whose counted visits in [start, end) hold items of 2+ categories."""
        if not self._one("SELECT EXISTS (SELECT 1 FROM visit_items)", [])[0]:
            return 0
        return self._one(
            f"""SELECT count(*) FROM (
                    SELECT v.member_id FROM visits v
                    JOIN visit_items vi ON vi.visit_id = v.id
                    JOIN items i ON i.id = vi.item_id
                    WHERE v.member_id IS NOT NULL AND v.created_at >= ? AND v.created_at < ?
                          AND {counted("v")}{self.at("v")}
                    GROUP BY v.member_id HAVING count(DISTINCT i.category) > 1
                )""",
            [start, end],
        )[0]

    def rewards(self, start: str, end: str) -> tuple[int, int, int]:
        """``raw_rewards`` from the summary days and member months where the period
        allows, the slivers at either end from the raw rows."""
        days = rt.split(start, end, "day") if self.summaries else None
        months = self._months(start, end)
        if days is None or months is None:
            return self.raw_rewards(start, end)
        _, _, issued, redeemed = rt.day_sums(self.db, days)
        for lo, hi, sign in days.slivers:
            i, r, _ = self.raw_rewards(lo, hi, completing=False)
            issued, redeemed = issued + sign * i, redeemed + sign * r
        completing = rt.members(self.db, "completed", months, _COMPLETING_IN)
        return issued, redeemed, completing

    def raw_rewards(self, start: str, end: str, *, completing: bool = True) -> tuple[int, int, int]:
        """(punch-card rewards issued, rewards redeemed, members who completed a card)
        by ledger rows of [start, end) whose visit was not voided. Punch-card rewards
        only, so issued and redeemed count the same thing; points spent are not rewards."""
        members = (
            "count(DISTINCT CASE WHEN l.account = 'rewards' AND l.kind = 'complete' "
            "THEN l.member_id END)"
            if completing
            else "0"
        )
        row = self._one(
            f"""SELECT
                 coalesce(sum(CASE WHEN l.account = 'rewards' AND l.kind = 'complete'
                                   THEN l.delta END), 0),
                 coalesce(sum(CASE WHEN l.account = 'rewards' AND l.kind = 'redeem'
                                   THEN -l.delta END), 0),
                 {members}
               FROM ledger l LEFT JOIN visits v ON v.id = l.visit_id
               WHERE l.account = 'rewards' AND l.kind IN ('complete', 'redeem')
                     AND l.created_at >= ? AND l.created_at < ?
                     AND (v.id IS NULL OR v.status <> 'voided'){self.at("l")}""",
            [start, end],
        )
        return row[0], row[1], row[2]

    def series(self, start: str, end: str) -> tuple[int, int, int, int]:
        """``raw_series`` with visits, sales and active members from the summary rows
        where the bucket allows (a month: 12 chart points in a few ms each)."""
        months = self._months(start, end)
        if months is None:
            return self.raw_series(start, end)
        visits, sales = self.totals(start, end)
        active = rt.members(self.db, "visits", months, _ACTIVE_IN)
        return visits, sales, active, self.new_active(start, end)

    def raw_series(self, start: str, end: str) -> tuple[int, int, int, int]:
        """One chart bucket: (visits, sales, active members, of them enrolled in it).

        Visits, sales and active members come from one scan of ``visits_report`` (sales
        over the rows not voided, the others over the counted ones: a voided visit never
        counts), the members enrolled in the bucket by a seek each."""
        visits, sales, active = self._one(
            f"""SELECT coalesce(sum({COUNTED}), 0),
                       coalesce(sum(CASE WHEN {NOT_VOIDED} THEN charged - refunded END), 0),
                       count(DISTINCT CASE WHEN {COUNTED} THEN member_id END)
                FROM visits WHERE member_id IS NOT NULL AND created_at >= ? AND created_at < ?
                      {self.at()}""",
            [start, end],
        )
        return visits, sales, active, self.new_active(start, end)

    def new_active(self, start: str, end: str) -> int:
        """Members enrolled in [start, end) with a confirmed visit in it: a seek each."""
        return self._one(
            f"""SELECT count(*) FROM members m
                WHERE m.created_at >= :s AND m.created_at < :e AND EXISTS (
                    SELECT 1 FROM visits v WHERE v.member_id = m.id
                      AND v.created_at >= :s AND v.created_at < :e
                      AND v.status = 'confirmed'{self.at("v")})""",
            {"s": start, "e": end},
        )[0]

    # Liability ----------------------------------------------------------------------

    def balances_by_program(self) -> list[dict[str, Any]]:
        """Outstanding positive balances per program and account, with the program."""
        return list(
            self.db.query(
                """SELECT p.id, p.name, p.kind, p.reward_kind, p.reward_value, p.price,
                          p.pass_uses, b.account, sum(b.value) AS total
                   FROM balances b JOIN programs p ON p.id = b.program_id
                   WHERE b.value > 0
                   GROUP BY p.id, b.account
                   ORDER BY p.id, b.account"""
            )
        )

    def reward_catalogue(self) -> list[tuple[int, int, int]]:
        """(program id, points cost, money value) of active rewards that have one."""
        rows = self.db.execute(
            """SELECT r.program_id, r.cost,
                      CASE r.kind WHEN 'fixed_discount' THEN r.value
                                  WHEN 'free_item' THEN i.price END
               FROM rewards r LEFT JOIN items i ON i.id = r.item_id
               WHERE r.active <> 0"""
        ).fetchall()
        return [(p, c, v) for p, c, v in rows if v]

    def gift_card_balance(self, today: str) -> int:
        return self._one(
            """SELECT coalesce(sum(balance), 0) FROM gift_cards
               WHERE status = 'active' AND (expires_on IS NULL OR expires_on >= ?)""",
            [today],
        )[0]
