"""The dashboard's fast queries against a plain count of a random small history.

``store/reports.py`` takes its figures with index seeks, one scan per chart bucket and
two connections at once; here every figure is counted again in Python from the raw rows,
straight from the words of docs/metrics.md. Histories are random (seeded) over three
years before the test clock, with visits voided, refunded in part or in full, without a
member, exactly on a bucket's boundary, and with rewards ledger rows and feedback. Some
visits come before their member's enrolment (history imported from another system, or
back-dated): such a member is active in that period all the same.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from loyalty_pos.domain import metrics as m
from loyalty_pos.domain.clock import to_db

SHOP_TZ = ZoneInfo("Europe/Budapest")
CATEGORIES = ("drinks", "pastry", "beans")


def build_history(services, program: int, rng: random.Random) -> dict[str, list[tuple]]:
    """Random rows, inserted with plain SQL and returned as plain tuples."""
    db = services.db
    now = services.clock()
    first = now - timedelta(days=3 * 365)
    report = services.reports

    def moment() -> str:
        if rng.random() < 0.1:  # exactly a local midnight: the first instant of a bucket
            day = (first + timedelta(days=rng.randrange(3 * 365))).date()
            return report.bound(day)
        return to_db(first + timedelta(seconds=rng.randrange(3 * 365 * 86400)))

    db.execute(
        "INSERT INTO items (id, name, category, created_at) VALUES "
        + ", ".join(f"({i + 1}, 'Item {i}', '{c}', ?)" for i, c in enumerate(CATEGORIES)),
        [to_db(first)] * len(CATEGORIES),
    )
    members = []
    for i in range(rng.randrange(5, 40)):
        created = moment()
        cur = db.execute(
            "INSERT INTO members (name, marketing_consent, created_at) VALUES (?, 1, ?)",
            [f"Member {i}", created],
        )
        members.append((int(cur.lastrowid), created))
    visits, items, ledger, feedback = [], [], [], []
    for _ in range(rng.randrange(20, 400)):
        created = moment()
        enrolled = [mid for mid, since in members if since <= created]
        if rng.random() < 0.15:  # an imported visit: any member, enrolled later or not
            enrolled = [mid for mid, _ in members]
        member = rng.choice(enrolled) if enrolled and rng.random() < 0.9 else None
        status = rng.choices(("confirmed", "voided", "refunded"), (8, 1, 1))[0]
        charged = rng.choice((0, 300, 1250, 4000))
        refunded = {
            "confirmed": rng.choice((0, 0, 0, charged // 2, charged)),
            "voided": 0,
            "refunded": charged,
        }[status]
        cur = db.execute(
            "INSERT INTO visits (member_id, staff_id, created_at, status, amount, discount, "
            "charged, refunded) VALUES (?, 3, ?, ?, ?, 0, ?, ?)",
            [member, created, status, charged, charged, refunded],
        )
        vid = int(cur.lastrowid)
        visits.append((vid, member, created, status, charged, refunded))
        for item in rng.sample(range(1, len(CATEGORIES) + 1), rng.randrange(3)):
            db.execute(
                "INSERT INTO visit_items (visit_id, item_id, quantity) VALUES (?, ?, 1)",
                [vid, item],
            )
            items.append((vid, CATEGORIES[item - 1]))
        if member is not None and rng.random() < 0.4:
            account, kind, delta = rng.choice(
                (
                    ("rewards", "complete", 1),
                    ("rewards", "redeem", -1),
                    ("points", "redeem", -100),
                    ("stamps", "earn", 1),
                )
            )
            db.execute(
                "INSERT INTO ledger (member_id, program_id, visit_id, account, kind, delta, "
                "staff_id, created_at) VALUES (?, ?, ?, ?, ?, ?, 3, ?)",
                [member, program, vid, account, kind, delta, created],
            )
            ledger.append((member, vid, account, kind, delta, created))
        if rng.random() < 0.3:
            score = rng.randrange(11)
            db.execute(
                "INSERT INTO feedback (visit_id, member_id, score, staff_id, created_at) "
                "VALUES (?, ?, ?, 3, ?)",
                [vid, member, score, created],
            )
            feedback.append((score, created))
    return {
        "members": members,
        "visits": visits,
        "items": items,
        "ledger": ledger,
        "feedback": feedback,
    }


def counts_by_hand(h: dict[str, list[tuple]], lo: str, hi: str, before: str) -> m.PeriodCounts:
    """docs/metrics.md, row by row: [lo, hi) and the period [before, lo) before it."""
    status_of = {v[0]: v[3] for v in h["visits"]}

    def counted(v: tuple) -> bool:
        _, member, _, status, charged, refunded = v
        return member is not None and status == "confirmed" and (refunded < charged or not refunded)

    def visits_in(a: str, b: str) -> list[tuple]:
        return [v for v in h["visits"] if a <= v[2] < b and v[1] is not None]

    def active(a: str, b: str) -> set[int]:
        return {v[1] for v in visits_in(a, b) if counted(v)}

    now = visits_in(lo, hi)
    per_member: dict[int, int] = {}
    for v in now:
        if counted(v):
            per_member[v[1]] = per_member.get(v[1], 0) + 1
    categories: dict[int, set[str]] = {}
    counted_now = {v[0]: v[1] for v in now if counted(v)}
    for vid, category in h["items"]:
        if vid in counted_now:
            categories.setdefault(counted_now[vid], set()).add(category)
    rows = [r for r in h["ledger"] if lo <= r[5] < hi and status_of.get(r[1]) != "voided"]
    scores = [s for s, at in h["feedback"] if lo <= at < hi]
    return m.PeriodCounts(
        visits=sum(counted(v) for v in now),
        sales=sum(v[4] - v[5] for v in now if v[3] != "voided"),
        active_members=len(active(lo, hi)),
        repeat_members=sum(n >= 2 for n in per_member.values()),
        new_members=sum(lo <= c < hi for _, c in h["members"]),
        # The members there were: enrolled by the end, or active (imported visits) in it.
        enrolled_by_end=len({mid for mid, c in h["members"] if c < hi} | active(lo, hi)),
        previous_active=len(active(before, lo)),
        retained=len(active(lo, hi) & active(before, lo)),
        promoters=sum(s >= 9 for s in scores),
        passives=sum(7 <= s <= 8 for s in scores),
        detractors=sum(s <= 6 for s in scores),
        upsell_members=sum(len(c) > 1 for c in categories.values()),
        rewards_issued=sum(r[4] for r in rows if r[2:4] == ("rewards", "complete")),
        # Punch-card rewards only: points spent (the ("points", "redeem") rows) are not.
        rewards_redeemed=sum(-r[4] for r in rows if r[2:4] == ("rewards", "redeem")),
        completing_members=len({r[0] for r in rows if r[2:4] == ("rewards", "complete")}),
        days=1,
    )


def point_by_hand(h: dict[str, list[tuple]], lo: str, hi: str) -> tuple:
    c = counts_by_hand(h, lo, hi, lo)
    enrolled = {mid for mid, created in h["members"] if lo <= created < hi}
    new_active = {
        v[1] for v in h["visits"] if lo <= v[2] < hi and v[3] == "confirmed" and v[1] in enrolled
    }
    nps = m.nps(c.promoters, c.detractors, c.feedback)
    return c.visits, c.sales, c.active_members, len(new_active), nps


def presets(today: date) -> list[tuple[date, date]]:
    """The owner's four: today, this week, this month, the last 12 whole months and
    this one so far."""
    tomorrow = today + timedelta(days=1)
    return [
        (today, tomorrow),
        (today - timedelta(days=today.weekday()), tomorrow),
        (today.replace(day=1), tomorrow),
        (m.add_months(today, -12), tomorrow),
    ]


def periods(rng: random.Random, today: date) -> list[tuple[date, date]]:
    """The presets and a random period of days, weeks or months."""
    start = today - timedelta(days=rng.randrange(1, 700))
    return [*presets(today), (start, start + timedelta(days=rng.randrange(1, 400)))]


@pytest.mark.parametrize("seed", range(6))
def test_dashboard_equals_a_plain_count(services, coffee, seed):
    rng = random.Random(seed)
    h = build_history(services, coffee.id, rng)
    reports = services.reports
    assert reports.store._reader_path() is not None  # the two-connection path is the one tested
    for start, end in periods(rng, reports.today()):
        d = reports.dashboard(start, end)
        prev_start, _ = m.previous_period(start, end)
        prev2_start, _ = m.previous_period(prev_start, start)
        b = {x: reports.bound(x) for x in (prev2_start, prev_start, start, end)}
        days = (end - start).days
        cur = counts_by_hand(h, b[start], b[end], b[prev_start])
        old = counts_by_hand(h, b[prev_start], b[start], b[prev2_start])
        assert d.current == m.compute(m.PeriodCounts(**{**cur.__dict__, "days": days}))
        assert d.previous == m.compute(m.PeriodCounts(**{**old.__dict__, "days": days}))
        assert d.unit == m.buckets(start, end)[0]
        for p in d.series:
            got = (p.visits, p.sales, p.active, p.new_active, p.nps)
            assert got == point_by_hand(h, reports.bound(p.start), reports.bound(p.end))
        assert d.liability == reports.liability()
        assert reports.metrics(start, end) == d.current


def test_inside_a_transaction_the_dashboard_stays_on_its_own_connection(services, coffee):
    """Rows not yet committed are seen: a second connection would miss them."""
    h = build_history(services, coffee.id, random.Random(7))
    reports = services.reports
    start, end = presets(reports.today())[3]
    before = reports.dashboard(start, end)
    db = services.db
    db.execute("BEGIN")
    try:
        member = h["members"][0][0]
        at = to_db(datetime.combine(reports.today(), datetime.min.time(), SHOP_TZ))
        db.execute(
            "INSERT INTO visits (member_id, staff_id, created_at, status, amount, discount, "
            "charged, refunded) VALUES (?, 3, ?, 'confirmed', 777, 0, 777, 0)",
            [member, at],
        )
        assert reports.store._reader_path() is None
        inside = reports.dashboard(start, end)
    finally:
        db.execute("ROLLBACK")
    assert inside.current.visits == before.current.visits + 1
    assert inside.current.sales == before.current.sales + 777
    assert reports.dashboard(start, end) == before
