"""SQL aggregates for the owner's reports: counts and sums only, no definitions.

What a figure *means* is in ``domain/metrics.py`` and ``docs/metrics.md``; here each
query counts the rows a definition names. Periods arrive as fixed-width UTC strings
(``clock.to_db``), half-open: ``start <= created_at < end``.

A visit *counts* when it has a member, is confirmed (not voided, not refunded) and was
not refunded in full. Sales take every member visit that is not voided, net of what was
refunded on it so far (``visits.refunded``): a refund lowers the sales of the period of
its visit, whenever it was made.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Hashable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .database import BUSY_TIMEOUT_MS


def counted(alias: str = "") -> str:
    """The condition for a visit that counts, on table alias ``alias``."""
    a = f"{alias}." if alias else ""
    return f"({a}status = 'confirmed' AND ({a}refunded = 0 OR {a}refunded < {a}charged))"


COUNTED = counted()
NOT_VOIDED = "status <> 'voided'"


class ReportStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # Running several figures at once ------------------------------------------------

    def _reader_path(self) -> str | None:
        """The file a second, read-only connection may read, or None to stay on this one.

        Only a file in WAL mode (readers run beside each other and beside a writer), and
        only outside a transaction: another connection would not see its rows yet."""
        conn = self.db.conn
        if conn.in_transaction:
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
                other = pool.submit(work, ReportStore(Database(reader)))
                work(self)  # a failure here stops the other thread after its query
                other.result()
        finally:
            reader.close()
        return results

    def _one(self, sql: str, params: dict[str, Any] | list[Any]) -> tuple:
        return self.db.execute(sql, params).fetchone()

    def totals(self, start: str, end: str) -> tuple[int, int]:
        """(counted member visits, sales) of [start, end): one scan of ``visits_report``."""
        row = self._one(
            f"""SELECT coalesce(sum({COUNTED}), 0), coalesce(sum(charged) - sum(refunded), 0)
                FROM visits WHERE member_id IS NOT NULL AND created_at >= ? AND created_at < ?
                      AND {NOT_VOIDED}""",
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
                        AND {counted("v")} LIMIT {most}))"""

        row = self._one(
            f"""WITH f AS MATERIALIZED (
                    SELECT {visits("p2", "p3", 2)} AS c, {visits("p1", "p2", 2)} AS b,
                           {visits("p0", "p1", 1)} AS a, m.created_at AS enrolled
                    FROM members m)
                SELECT coalesce(sum(c > 0), 0), coalesce(sum(c > 1), 0),
                       coalesce(sum(b > 0), 0), coalesce(sum(b > 1), 0),
                       coalesce(sum(b > 0 AND c > 0), 0), coalesce(sum(a AND b > 0), 0),
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
                      AND {COUNTED}""",
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
        row = self._one(
            """SELECT coalesce(sum(score >= 9), 0), coalesce(sum(score BETWEEN 7 AND 8), 0),
                      coalesce(sum(score <= 6), 0)
               FROM feedback WHERE created_at >= ? AND created_at < ?""",
            [start, end],
        )
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
                          AND {counted("v")}
                    GROUP BY v.member_id HAVING count(DISTINCT i.category) > 1
                )""",
            [start, end],
        )[0]

    def rewards(self, start: str, end: str) -> tuple[int, int, int]:
        """(punch-card rewards issued, rewards redeemed, members who completed a card)
        by ledger rows of [start, end) whose visit was not voided. Punch-card rewards
        only, so issued and redeemed count the same thing; points spent are not rewards."""
        row = self._one(
            """SELECT
                 coalesce(sum(CASE WHEN l.account = 'rewards' AND l.kind = 'complete'
                                   THEN l.delta END), 0),
                 coalesce(sum(CASE WHEN l.account = 'rewards' AND l.kind = 'redeem'
                                   THEN -l.delta END), 0),
                 count(DISTINCT CASE WHEN l.account = 'rewards' AND l.kind = 'complete'
                                     THEN l.member_id END)
               FROM ledger l LEFT JOIN visits v ON v.id = l.visit_id
               WHERE l.account = 'rewards' AND l.kind IN ('complete', 'redeem')
                     AND l.created_at >= ? AND l.created_at < ?
                     AND (v.id IS NULL OR v.status <> 'voided')""",
            [start, end],
        )
        return row[0], row[1], row[2]

    def series(self, start: str, end: str) -> tuple[int, int, int, int]:
        """One chart bucket: (visits, sales, active members, of them enrolled in it).

        Visits, sales and active members come from one scan of ``visits_report`` (sales
        over the rows not voided, the others over the counted ones: a voided visit never
        counts), the members enrolled in the bucket by a seek each."""
        visits, sales, active = self._one(
            f"""SELECT coalesce(sum({COUNTED}), 0),
                       coalesce(sum(CASE WHEN {NOT_VOIDED} THEN charged - refunded END), 0),
                       count(DISTINCT CASE WHEN {COUNTED} THEN member_id END)
                FROM visits WHERE member_id IS NOT NULL AND created_at >= ? AND created_at < ?""",
            [start, end],
        )
        new_active = self._one(
            """SELECT count(*) FROM members m
                WHERE m.created_at >= :s AND m.created_at < :e AND EXISTS (
                    SELECT 1 FROM visits v WHERE v.member_id = m.id
                      AND v.created_at >= :s AND v.created_at < :e
                      AND v.status = 'confirmed')""",
            {"s": start, "e": end},
        )[0]
        return visits, sales, active, new_active

    # Liability ----------------------------------------------------------------------

    def balances_by_program(self) -> list[dict[str, Any]]:
        """Outstanding positive balances per program and account, with the program."""
        return list(
            self.db.query(
                """SELECT p.id, p.name, p.kind, p.reward_kind, p.reward_value, p.price,
                          p.pass_uses, b.account, sum(b.value) AS total
                   FROM balances b JOIN programs p ON p.id = b.program_id
                   WHERE b.value > 0
                   GROUP BY b.program_id, b.account"""
            )
        )

    def reward_catalogue(self) -> list[tuple[int, int, int]]:
        """(program id, points cost, money value) of active rewards that have one."""
        rows = self.db.execute(
            """SELECT r.program_id, r.cost,
                      CASE r.kind WHEN 'fixed_discount' THEN r.value
                                  WHEN 'free_item' THEN i.price END
               FROM rewards r LEFT JOIN items i ON i.id = r.item_id
               WHERE r.active"""
        ).fetchall()
        return [(p, c, v) for p, c, v in rows if v]

    def gift_card_balance(self, today: str) -> int:
        return self._one(
            """SELECT coalesce(sum(balance), 0) FROM gift_cards
               WHERE status = 'active' AND (expires_on IS NULL OR expires_on >= ?)""",
            [today],
        )[0]

    # Lists --------------------------------------------------------------------------

    def top_members(self, start: str, end: str, limit: int = 20) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                f"""SELECT m.id, m.name, m.phone, m.email, t.visits, t.sales, t.last_visit
                    FROM (SELECT member_id, sum({COUNTED}) AS visits,
                                 sum(charged - refunded) AS sales, max(created_at) AS last_visit
                          FROM visits
                          WHERE member_id IS NOT NULL AND created_at >= ? AND created_at < ?
                                AND {NOT_VOIDED}
                          GROUP BY member_id) t
                    JOIN members m ON m.id = t.member_id
                    WHERE t.visits > 0
                    ORDER BY t.sales DESC, t.visits DESC, m.id LIMIT ?""",
                [start, end, limit],
            )
        )

    def lapsed_regulars(
        self, before: str, min_visits: int, limit: int = 100
    ) -> tuple[list[dict[str, Any]], int]:
        """Members with ``min_visits`` counted visits whose last one is before ``before``,
        newest first: those who consented to contact, and how many more did not."""
        rows = list(
            self.db.query(
                f"""SELECT m.id, m.name, m.phone, m.email, m.marketing_consent AS consent,
                           t.visits, t.last_visit
                    FROM (SELECT member_id, count(*) AS visits, max(created_at) AS last_visit
                          FROM visits WHERE member_id IS NOT NULL AND {COUNTED}
                          GROUP BY member_id
                          HAVING count(*) >= ? AND max(created_at) < ?) t
                    JOIN members m ON m.id = t.member_id
                    WHERE m.status = 'active'
                    ORDER BY t.last_visit DESC, m.id""",
                [min_visits, before],
            )
        )
        consenting = [r for r in rows if r["consent"]]
        return consenting[:limit], len(rows) - len(consenting)

    def cohorts(self, since: str, shift: str) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
        """Members enrolled since ``since`` by enrolment month, and how many of each
        month's cohort visited in each later month (months in local time: ``shift`` is
        the shop's UTC offset as an SQLite modifier, e.g. '+60 minutes')."""
        sizes = dict(
            self.db.execute(
                "SELECT strftime('%Y-%m', created_at, ?), count(*) FROM members "
                "WHERE created_at >= ? GROUP BY 1",
                [shift, since],
            ).fetchall()
        )
        cells = {
            (c, m): n
            for c, m, n in self.db.execute(
                """SELECT strftime('%Y-%m', m.created_at, :shift) AS cohort,
                          strftime('%Y-%m', v.created_at, :shift) AS month,
                          count(DISTINCT m.id)
                   FROM members m JOIN visits v ON v.member_id = m.id
                   WHERE m.created_at >= :since AND v.created_at >= :since
                         AND v.status = 'confirmed'
                   GROUP BY cohort, month""",
                {"shift": shift, "since": since},
            ).fetchall()
        }
        return sizes, cells

    def comments(self, start: str, end: str, limit: int = 200) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                """SELECT f.created_at, f.score, f.comment, f.visit_id, m.name AS member
                   FROM feedback f LEFT JOIN members m ON m.id = f.member_id
                   WHERE f.created_at >= ? AND f.created_at < ?
                   ORDER BY f.created_at DESC LIMIT ?""",
                [start, end, limit],
            )
        )

    def end_of_day(self, start: str, end: str) -> list[dict[str, Any]]:
        """Per cashier, sums for the drawer over [start, end) (``domain/drawer.py``).

        The day's visits (not voided, not imported: an imported visit was never rung
        up at this till) give what was rung up and how it was paid, by the cashier who
        rang it up; the day's refunds give what was paid back and where, by the cashier
        who paid it, whatever day its visit was. Points used as money are the discount
        rows of source ``points_reward`` without a catalogue reward. Every cashier with
        a visit or a refund that day is a row, by name. Aggregates only: a day of a
        busy shop is read through ``visits_created`` and ``refunds_created``.
        """
        return list(
            self.db.query(
                """WITH v AS (
                       SELECT id, staff_id, amount, discount, charged, paid_credit,
                              paid_gift, gift_sold, refunded
                       FROM visits WHERE created_at >= :s AND created_at < :e
                             AND status <> 'voided' AND imported = 0),
                   vs AS (
                       SELECT staff_id, count(*) AS visits, sum(amount) AS rung_up,
                              sum(discount) AS discount, sum(paid_credit) AS paid_credit,
                              sum(paid_gift) AS paid_gift,
                              sum(charged - paid_credit - paid_gift) AS cash_due,
                              sum(gift_sold) AS gift_cards_sold,
                              sum(charged - refunded) AS sales
                       FROM v GROUP BY staff_id),
                   pts AS (
                       SELECT v.staff_id, sum(d.amount) AS paid_points
                       FROM v JOIN visit_discounts d ON d.visit_id = v.id
                       WHERE d.source = 'points_reward' AND d.ref_id IS NULL
                       GROUP BY v.staff_id),
                   led AS (
                       SELECT v.staff_id,
                              sum(CASE WHEN l.account = 'stamps' AND l.kind = 'earn'
                                       THEN l.delta ELSE 0 END) AS stamps,
                              sum(CASE WHEN l.account = 'rewards' AND l.kind = 'redeem'
                                       THEN -l.delta ELSE 0 END) AS rewards_redeemed
                       FROM v JOIN ledger l ON l.visit_id = v.id
                       GROUP BY v.staff_id),
                   rf AS (
                       SELECT staff_id, count(*) AS refunds, sum(amount) AS refunded,
                              sum(cash_back) AS refund_cash, sum(credit_back) AS refund_credit,
                              sum(CASE WHEN gift_as_cash THEN 0 ELSE gift_back END)
                                  AS refund_gift
                       FROM refunds WHERE created_at >= :s AND created_at < :e
                       GROUP BY staff_id),
                   who AS (SELECT staff_id FROM vs UNION SELECT staff_id FROM rf)
                   SELECT s.id AS staff_id, s.name AS staff,
                          coalesce(vs.visits, 0) AS visits,
                          coalesce(vs.rung_up, 0) AS rung_up,
                          coalesce(vs.discount, 0) - coalesce(pts.paid_points, 0) AS discounts,
                          coalesce(pts.paid_points, 0) AS paid_points,
                          coalesce(vs.paid_credit, 0) AS paid_credit,
                          coalesce(vs.paid_gift, 0) AS paid_gift,
                          coalesce(vs.cash_due, 0) AS cash_due,
                          coalesce(vs.gift_cards_sold, 0) AS gift_cards_sold,
                          coalesce(rf.refunds, 0) AS refunds,
                          coalesce(rf.refunded, 0) AS refunded,
                          coalesce(rf.refund_cash, 0) AS refund_cash,
                          coalesce(rf.refund_credit, 0) AS refund_credit,
                          coalesce(rf.refund_gift, 0) AS refund_gift,
                          coalesce(led.stamps, 0) AS stamps,
                          coalesce(led.rewards_redeemed, 0) AS rewards_redeemed,
                          coalesce(vs.sales, 0) AS sales
                   FROM who JOIN staff s ON s.id = who.staff_id
                   LEFT JOIN vs ON vs.staff_id = who.staff_id
                   LEFT JOIN pts ON pts.staff_id = who.staff_id
                   LEFT JOIN led ON led.staff_id = who.staff_id
                   LEFT JOIN rf ON rf.staff_id = who.staff_id
                   ORDER BY s.name, s.id""",
                {"s": start, "e": end},
            )
        )
