"""Every dashboard figure against a small history built by hand.

The test clock stands at 2026-03-10 09:30 in Budapest. The period is the ten days
[2026-03-01, 2026-03-11); the previous period of the same length is [02-19, 03-01) and
the one before it [02-09, 02-19). Rows go in with plain SQL so that the history holds
exactly what the comments say (money on visits, refunds, non-member visits), whatever
the checkout writes today.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from loyalty_pos.domain.clock import to_db

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

TZ = ZoneInfo("Europe/Budapest")
START, END = date(2026, 3, 1), date(2026, 3, 11)


def at(day: str, hour: int = 12) -> str:
    y, m, d = map(int, day.split("-"))
    return to_db(datetime(y, m, d, hour, tzinfo=TZ))


class History:
    def __init__(self, db) -> None:
        self.db = db

    def member(self, name: str, enrolled: str, consent: int = 1) -> int:
        cur = self.db.execute(
            "INSERT INTO members (name, marketing_consent, created_at) VALUES (?, ?, ?)",
            [name, consent, at(enrolled, 8)],
        )
        return int(cur.lastrowid)

    def visit(
        self,
        member: int | None,
        day: str,
        charged: int,
        *,
        status: str = "confirmed",
        refunded: int = 0,
        staff: int = 3,
        discount: int = 0,
        hour: int = 12,
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO visits (member_id, staff_id, created_at, status, amount, discount, "
            "charged, refunded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [member, staff, at(day, hour), status, charged + discount, discount, charged, refunded],
        )
        return int(cur.lastrowid)

    def ledger(self, member: int, program: int, visit: int, account: str, kind: str, delta: int):
        self.db.execute(
            "INSERT INTO ledger (member_id, program_id, visit_id, account, kind, delta, staff_id,"
            " created_at) SELECT ?, ?, id, ?, ?, ?, staff_id, created_at FROM visits WHERE id = ?",
            [member, program, account, kind, delta, visit],
        )

    def feedback(self, visit: int, score: int, comment: str = "") -> None:
        self.db.execute(
            "INSERT INTO feedback (visit_id, member_id, score, comment, staff_id, created_at) "
            "SELECT id, member_id, ?, ?, staff_id, created_at FROM visits WHERE id = ?",
            [score, comment, visit],
        )


@pytest.fixture
def shop(services, coffee):
    """The hand-built history (ids kept for the assertions)."""
    h = History(services.db)
    db = services.db
    anna = services.staff.add("Anna", "cashier").id
    e = h.member("E", "2026-01-01")
    a = h.member("A", "2026-02-10")
    b = h.member("B", "2026-02-20")
    c = h.member("C", "2026-03-02")
    d = h.member("D", "2026-03-03")
    ids = {"A": a, "B": b, "C": c, "D": d, "E": e, "anna": anna}
    # The period before the previous one: A once.
    h.visit(a, "2026-02-12", 100)
    # The previous period: A, B and E once each -> 3 visits, sales 2000, 3 active.
    h.visit(a, "2026-02-20", 500)
    h.visit(b, "2026-02-25", 700)
    h.visit(e, "2026-02-22", 800)
    # This period.
    ids["A1"] = h.visit(a, "2026-03-02", 1000)  # counts; sales 1000
    ids["A2"] = h.visit(a, "2026-03-05", 2000, refunded=500, staff=anna)  # counts; sales 1500
    ids["Bv"] = h.visit(b, "2026-03-04", 3000, status="voided")  # neither counts nor sells
    ids["B2"] = h.visit(b, "2026-03-06", 400)  # counts; sales 400
    ids["C1"] = h.visit(c, "2026-03-03", 1500, status="refunded", refunded=1500)  # nothing
    ids["D1"] = h.visit(d, "2026-03-07", 1000, discount=200)  # counts; sales 1000 (after discount)
    ids["N1"] = h.visit(None, "2026-03-05", 9999, hour=14)  # no member: not a member visit
    # Items: A bought a drink and a pastry (two categories), D two drinks (one category).
    db.execute(
        "INSERT INTO items (id, name, category, created_at) VALUES "
        "(1, 'Coffee', 'drinks', ?), (2, 'Croissant', 'pastry', ?)",
        [at("2026-01-01"), at("2026-01-01")],
    )
    db.execute(
        "INSERT INTO visit_items (visit_id, item_id, quantity) VALUES (?, 1, 1), (?, 2, 1), "
        "(?, 1, 2)",
        [ids["A1"], ids["A2"], ids["D1"]],
    )
    # Rewards: A completes a card at A2 (stamps as well), D redeems one; the complete on
    # B's voided visit does not count.
    h.ledger(a, coffee.id, ids["A2"], "stamps", "earn", 2)
    h.ledger(a, coffee.id, ids["A2"], "stamps", "complete", -10)
    h.ledger(a, coffee.id, ids["A2"], "rewards", "complete", 1)
    h.ledger(d, coffee.id, ids["D1"], "rewards", "redeem", -1)
    h.ledger(b, coffee.id, ids["Bv"], "rewards", "complete", 1)
    # Feedback in the period: 10, 9, 9 (promoters), 7 (passive), 3 (detractor).
    for visit, score in (("A1", 10), ("A2", 9), ("B2", 9), ("D1", 7), ("N1", 3)):
        h.feedback(ids[visit], score, "Too slow" if score == 3 else "")
    return ids


def test_every_dashboard_figure_by_hand(services, shop):
    m = services.reports.metrics(START, END)
    assert m.visits == 4  # A1, A2, B2, D1
    assert m.sales == 3900  # 1000 + (2000 - 500) + 400 + 0 (C refunded in full) + 1000
    assert m.average_spend == 975  # 3900 / 4
    assert m.active_members == 3  # A, B, D (C's only visit was refunded in full)
    assert m.new_members == 2  # C and D enrolled in the period
    assert m.sales_per_customer == 1300  # 3900 / 3
    assert m.repurchase_rate == pytest.approx(1 / 3)  # only A came twice
    assert m.retention_rate == pytest.approx(2 / 3)  # of A, B, E (previous), A and B came back
    assert m.churn_rate == pytest.approx(1 / 3)
    assert m.nps == 40  # (3 promoters - 1 detractor) / 5 answers = 40 %
    assert m.feedback_count == 5
    assert m.upsell_rate == pytest.approx(1 / 3)  # A bought drinks and pastry
    # 1300 per 10-day period x 1 / (1/3) = 3 periods expected.
    assert m.clv == 3900
    # mean(reach 3 active / 5 enrolled = 0.6, repurchase 1/3, retention 2/3) = 0.5333 -> 53
    assert m.engagement == 53
    assert (m.rewards_issued, m.rewards_redeemed) == (1, 1)  # B's voided complete left out
    assert m.redemption_rate == 1.0
    assert m.completion_rate == pytest.approx(1 / 3)  # A of A, B, D


def test_previous_period_and_its_own_retention(services, shop):
    d = services.reports.dashboard(START, END)
    p = d.previous
    assert (p.visits, p.sales, p.active_members) == (3, 2000, 3)
    assert p.new_members == 1  # B enrolled 02-20
    assert p.retention_rate == 1.0  # A, the only member active before, came again
    assert p.nps is None  # no feedback then: not 0, unknown
    # The chart buckets (days) add up to the period's totals.
    assert d.unit == "day" and len(d.series) == 10
    assert sum(x.visits for x in d.series) == 4
    assert sum(x.sales for x in d.series) == 3900
    march_3 = d.series[2]
    assert (march_3.active, march_3.new_active) == (0, 0)  # C's refunded visit is no visit
    march_7 = d.series[6]
    assert (march_7.visits, march_7.new_active, march_7.returning) == (1, 0, 1)  # D enrolled 3rd


def test_end_of_day_by_cashier(services, shop):
    rows = {r["staff"]: r for r in services.reports.end_of_day(date(2026, 3, 5))}
    # Anna rang up A2: 2 stamps, 1500 after the refund. The counter's default cashier
    # took the visit without a member.
    assert (rows["Anna"]["visits"], rows["Anna"]["stamps"], rows["Anna"]["sales"]) == (1, 2, 1500)
    assert (rows["Cashier"]["visits"], rows["Cashier"]["sales"]) == (1, 9999)
    d7 = {r["staff"]: r for r in services.reports.end_of_day(date(2026, 3, 7))}
    assert d7["Cashier"]["rewards_redeemed"] == 1


def test_top_members_and_comments(services, shop):
    top = services.reports.top_members(START, END)
    assert [r["name"] for r in top] == ["A", "D", "B"]  # by sales: 2500, 1000, 400
    assert (top[0]["visits"], top[0]["sales"]) == (2, 2500)
    comments = services.reports.comments(START, END)
    assert len(comments) == 5
    assert [c["comment"] for c in comments if c["comment"]] == ["Too slow"]


def test_liability_in_money(services):
    """Points at the best reward's value per point, credit, passes, gift cards and
    fixed-amount ready rewards; a free item counts without a money value."""
    db = services.db
    h = History(db)
    m1, m2 = h.member("P", "2026-01-05"), h.member("Q", "2026-01-06")
    now = at("2026-01-01")
    db.execute(
        "INSERT INTO programs (id, name, kind, stamps_needed, reward_text, reward_kind, "
        "reward_value, rate_bp, pass_uses, price, created_at) VALUES "
        "(11, 'Coffee', 'stamp', 10, 'Free coffee', 'free_item', 0, NULL, NULL, NULL, ?),"
        "(12, 'Wash', 'stamp', 6, 'Wash', 'fixed_discount', 1500, NULL, NULL, NULL, ?),"
        "(13, 'Points', 'points', NULL, '', 'free_item', 0, NULL, NULL, NULL, ?),"
        "(14, 'Credit', 'credit', NULL, '', 'free_item', 0, 100, NULL, NULL, ?),"
        "(15, 'Ten washes', 'pass', NULL, '', 'free_item', 0, NULL, 10, 10000, ?)",
        [now] * 5,
    )
    db.execute(
        "INSERT INTO rewards (program_id, name, cost, kind, value, created_at) VALUES "
        "(13, '500 off', 100, 'fixed_discount', 500, ?), (13, '300 off', 50, "
        "'fixed_discount', 300, ?)",
        [now, now],
    )
    db.execute(
        "INSERT INTO balances (member_id, program_id, account, value) VALUES "
        "(?, 11, 'rewards', 2), (?, 11, 'stamps', 7), (?, 12, 'rewards', 1),"
        "(?, 13, 'points', 70), (?, 13, 'points', 50), (?, 14, 'credit', 2500),"
        "(?, 15, 'passes', 3)",
        [m1, m1, m1, m1, m2, m2, m2],
    )
    db.execute(
        "INSERT INTO gift_cards (code, initial_value, balance, expires_on, status, created_by,"
        " created_at) VALUES ('G1', 5000, 4000, NULL, 'active', 2, ?),"
        "('G2', 1000, 1000, '2026-01-01', 'active', 2, ?), ('G3', 900, 900, NULL, 'void', 2, ?)",
        [now, now, now],
    )
    liability = services.reports.liability()
    money = {(line.label, line.what): line.money for line in liability.lines}
    assert money[("Points", "points")] == 720  # 120 points x 6 (300 off for 50 points)
    assert money[("Credit", "credit")] == 2500
    assert money[("Ten washes", "passes")] == 3000  # 3 uses x 10000 / 10
    assert money[("Wash", "rewards")] == 1500
    assert money[("Coffee", "rewards")] is None  # a free coffee has no price here
    assert money[("Gift cards", "gift_cards")] == 4000  # G2 expired, G3 void
    assert ("Coffee", "stamps") not in money  # an unfinished card is not owed yet
    assert liability.total == 720 + 2500 + 3000 + 1500 + 4000


def test_lapsed_regulars_only_those_who_consented(services):
    h = History(services.db)
    f = h.member("Faithful", "2025-06-01", consent=1)
    g = h.member("Gone quiet", "2025-06-01", consent=0)
    k = h.member("Few visits", "2025-06-01", consent=1)
    r = h.member("Still here", "2025-06-01", consent=1)
    for day in ("2025-10-01", "2025-10-15", "2025-11-01", "2025-11-15", "2025-12-01"):
        h.visit(f, day, 100)
        h.visit(g, day, 100)
        h.visit(r, day, 100)
    for day in ("2025-10-01", "2025-10-15", "2025-11-01", "2025-11-15"):
        h.visit(k, day, 100)  # four visits: not a regular
    h.visit(r, "2026-03-01", 100)  # came back in time
    rows, hidden = services.reports.lapsed_regulars()
    assert [x["name"] for x in rows] == ["Faithful"]
    assert rows[0]["visits"] == 5
    assert hidden == 1  # Gone quiet did not consent to be contacted


def test_cohort_retention(services):
    h = History(services.db)
    j1, j2 = h.member("J1", "2026-01-05"), h.member("J2", "2026-01-20")
    f1 = h.member("F1", "2026-02-03")
    h.visit(j1, "2026-01-05", 100)
    h.visit(j2, "2026-01-20", 100)
    h.visit(j1, "2026-02-10", 100)  # one of January's two came back in February
    h.visit(f1, "2026-02-03", 100)
    h.visit(f1, "2026-03-02", 100)
    c = services.reports.cohorts(months=3)  # January to March 2026
    assert c.months == ["2026-01", "2026-02", "2026-03"]
    assert c.sizes == [2, 1, 0]
    assert c.cells[0] == [1.0, 0.5, 0.0]  # M0 both, M1 half, M2 none
    assert c.cells[1] == [1.0, 1.0]
    assert c.cells[2] == [None]  # nobody enrolled in March: no share


def test_a_period_must_be_sensible(services):
    from loyalty_pos.domain.errors import UserError

    with pytest.raises(UserError):
        services.reports.metrics(END, START)


def test_a_member_enrolled_today_is_active_in_the_month_of_their_imported_visits(services):
    """Finding 10: history imported for a member who enrolled today counts them as an
    active member of the months it falls in, not only as visits and sales."""
    from loyalty_pos.domain.validation import MemberInput
    from loyalty_pos.services.checkout import CheckoutRequest

    h = History(services.db)
    old = h.member("Old regular", "2026-01-05")
    h.visit(old, "2026-02-03", 600)
    h.visit(old, "2026-03-02", 600)
    new = services.members.enroll(MemberInput("Imported Ida"))  # enrolled today, 03-10
    for day, amount in (("2026-02-10", 1000), ("2026-02-20", 1400)):
        y, mo, d = map(int, day.split("-"))
        services.checkout.confirm(
            new.id,
            CheckoutRequest(amount=amount),
            f"import-{day}",
            at=datetime(y, mo, d, 12, tzinfo=TZ),
        )
    services.checkout.confirm(new.id, CheckoutRequest(amount=500), "today")
    feb = services.reports.metrics(date(2026, 2, 1), date(2026, 3, 1))
    assert (feb.visits, feb.sales) == (3, 3000)
    assert feb.active_members == 2  # was 1: Ida's visits counted, Ida did not
    assert feb.new_members == 0  # she enrolled in March
    assert feb.sales_per_customer == 1500  # 3000 / 2
    assert feb.repurchase_rate == pytest.approx(1 / 2)  # Ida came twice
    # Reach: 2 active of the 2 members there were (1 enrolled by the end, Ida active).
    # Retention is unknown (nobody active in January), so the index is the mean of two.
    assert feb.retention_rate is None
    assert feb.engagement == 75  # mean(reach 1, repurchase 1/2)
    march = services.reports.dashboard(date(2026, 3, 1), date(2026, 3, 11))
    assert march.current.active_members == 2
    # The ten days before March [02-19, 03-01): Ida alone was active, and came back.
    assert march.previous.active_members == 1
    assert march.current.retention_rate == 1.0
    point = services.reports.dashboard(date(2026, 2, 1), date(2026, 3, 1)).series
    feb_10 = next(p for p in point if p.start == date(2026, 2, 10))
    assert (feb_10.active, feb_10.new_active, feb_10.returning) == (1, 0, 1)
