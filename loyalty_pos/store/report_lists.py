"""The owner's lists and the end of day: members by sales, lapsed regulars, cohorts,
comments, the drawer's sums. Part of ``ReportStore`` (``store/reports.py``), apart
because they read rows for a list rather than counts for the dashboard.

For some tills (``tills``, see ``ReportStore``) each list counts the visits and refunds
written there: a member's sales at a branch, the drawer of one till."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from .report_sql import COUNTED, NOT_VOIDED, at_tills


class ReportLists:
    db: Database
    tills: tuple[str, ...] | None

    def top_members(self, start: str, end: str, limit: int = 20) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                f"""SELECT m.id, m.name, m.phone, m.email, t.visits, t.sales, t.last_visit
                    FROM (SELECT member_id, sum({COUNTED}) AS visits,
                                 sum(charged - refunded) AS sales, max(created_at) AS last_visit
                          FROM visits
                          WHERE member_id IS NOT NULL AND created_at >= ? AND created_at < ?
                                AND {NOT_VOIDED}{at_tills(self.tills)}
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
                                {at_tills(self.tills)}
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
                f"""SELECT strftime('%Y-%m', m.created_at, :shift) AS cohort,
                          strftime('%Y-%m', v.created_at, :shift) AS month,
                          count(DISTINCT m.id)
                   FROM members m JOIN visits v ON v.member_id = m.id
                   WHERE m.created_at >= :since AND v.created_at >= :since
                         AND v.status = 'confirmed'{at_tills(self.tills, "v")}
                   GROUP BY cohort, month""",
                {"shift": shift, "since": since},
            ).fetchall()
        }
        return sizes, cells

    def comments(self, start: str, end: str, limit: int = 200) -> list[dict[str, Any]]:
        at = "" if self.tills is None else at_tills(self.tills, "v")
        visit = "" if self.tills is None else "JOIN visits v ON v.id = f.visit_id"
        return list(
            self.db.query(
                f"""SELECT f.created_at, f.score, f.comment, f.visit_id, m.name AS member
                   FROM feedback f LEFT JOIN members m ON m.id = f.member_id {visit}
                   WHERE f.created_at >= ? AND f.created_at < ?{at}
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
                f"""WITH v AS (
                       SELECT id, staff_id, amount, discount, charged, paid_credit,
                              paid_gift, gift_sold, refunded
                       FROM visits WHERE created_at >= :s AND created_at < :e
                             AND status <> 'voided' AND imported = 0{at_tills(self.tills)}),
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
                              sum(CASE WHEN gift_as_cash <> 0 THEN 0 ELSE gift_back END)
                                  AS refund_gift
                       FROM refunds WHERE created_at >= :s AND created_at < :e
                             {at_tills(self.tills)}
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

    def till_branches(self) -> dict[str, str]:
        """{till name: branch} of the tills listed in ``tills`` (m017), by name."""
        rows = self.db.execute("SELECT name, branch FROM tills ORDER BY name").fetchall()
        return {name: branch for name, branch in rows}
