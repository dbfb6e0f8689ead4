"""The dashboard's summary rows (``store/schema_report_totals.py``) stay exact.

Random histories go through the services (checkouts that stamp, complete and redeem
punch cards, refunds in part and in full, voids, adjustments, the expiry job, days
passing across month ends and clock changes, for two members); afterwards the summary
rows equal a recomputation from the visits and ledger, ``admin check`` finds nothing,
and the dashboard read from the summaries equals the dashboard counted from the raw
rows alone (``ReportStore(summaries=False)``, the code path before the summaries) for
the owner's presets and random periods.
"""

from __future__ import annotations

import contextlib
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import Refused, UserError
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.services.reports import ReportService
from loyalty_pos.store import report_totals as rt
from loyalty_pos.store.reports import ReportStore
from loyalty_pos.store.schema_report_totals import differences, fill
from tests.conftest import FakeClock

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

TZ = ZoneInfo("Europe/Budapest")
START = datetime(2026, 3, 20, 23, 30, tzinfo=TZ)  # a week before summer time starts


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("totals") / "template.sqlite3"
    s = Services.open(path, clock=FakeClock(START), staff_id=OWNER_STAFF)
    s.programs.add(StampProgram(0, "Coffee", 3, "Free coffee"))
    s.members.enroll(MemberInput("Kovács Anna"))
    s.members.enroll(MemberInput("Nguyễn Đức"))
    s.close()
    return path


def raw_reports(s: Services) -> ReportService:
    """The same reports counted from the raw rows only: the old path, as reference."""
    service = ReportService(s.db, s.clock)
    service.store = ReportStore(s.db, summaries=False)
    return service


def summary_rows(s: Services) -> tuple[list, list]:
    return (
        s.db.execute("SELECT * FROM report_days WHERE visits OR sales OR issued OR redeemed "
                     "ORDER BY day").fetchall(),
        s.db.execute("SELECT * FROM report_member_months WHERE visits OR completed "
                     "ORDER BY member_id, month").fetchall(),
    )  # fmt: skip


op = st.one_of(
    st.tuples(
        st.just("visit"),
        st.tuples(st.integers(0, 1), st.integers(0, 5_000), st.integers(0, 4), st.integers(0, 1)),
    ),
    st.tuples(st.just("refund"), st.tuples(st.integers(0, 30), st.integers(0, 100))),
    st.tuples(st.just("void"), st.integers(0, 30)),
    st.tuples(st.just("hours"), st.integers(1, 24 * 45)),
    st.tuples(st.just("expire"), st.just(0)),
    st.tuples(st.just("adjust"), st.tuples(st.integers(0, 1), st.integers(-3, 3))),
)


def run(s: Services, clock: FakeClock, ops: list) -> None:
    members = [r[0] for r in s.db.execute("SELECT id FROM members ORDER BY id")]
    card = s.db.execute("SELECT id FROM programs").fetchone()[0]
    visits: list[int] = []
    for n, (kind, arg) in enumerate(ops):
        with contextlib.suppress(Refused, UserError):
            if kind == "visit":
                who, amount, stamps, redeem = arg
                req = Req(
                    amount=amount,
                    stamp_items={card: stamps} if stamps else {},
                    redeem_stamps={card: redeem} if redeem else {},
                )
                visits.append(s.checkout.confirm(members[who], req, f"r{n}").visit_id)
            elif kind == "hours":
                clock.advance(hours=arg)
            elif kind == "expire":
                s.visits.expire_all()
            elif kind == "adjust":
                who, delta = arg
                if delta:
                    s.adjustments.adjust(members[who], card, Account.STAMPS, delta, "test")
            elif visits and kind == "void":
                s.visits.void(visits[arg % len(visits)], "test")
            elif visits:
                index, pct = arg
                vid = visits[index % len(visits)]
                left = s.db.execute(
                    "SELECT charged - refunded FROM visits WHERE id = ?", [vid]
                ).fetchone()[0]
                s.checkout.refund(vid, None if pct == 0 else max(1, left * pct // 100), "test")


def periods(today: date, first: date, draw) -> list[tuple[date, date]]:
    tomorrow = today + timedelta(days=1)
    out = [
        (today.replace(day=1), tomorrow),
        (today.replace(day=1) - timedelta(days=365), tomorrow),
        (first.replace(day=1), (today.replace(day=1) + timedelta(days=32)).replace(day=1)),
    ]
    span = max(1, (tomorrow - first).days)
    for _ in range(3):
        start = first + timedelta(days=draw(st.integers(0, span)))
        out.append((start, start + timedelta(days=draw(st.integers(1, 400)))))
    return out


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(op, max_size=25), st.data())
def test_random_histories_keep_the_summaries_and_the_dashboard_exact(
    template, tmp_path_factory, ops, data
):
    path = tmp_path_factory.mktemp("example") / "shop.sqlite3"
    shutil.copy(template, path)
    clock = FakeClock(START)
    s = Services.open(path, clock=clock)
    try:
        run(s, clock, ops)
        assert differences(s.db, None, 10) == []
        kept = summary_rows(s)
        report = s.maintenance.check(full=True)
        assert report.ok, report.problems
        fast, raw = s.reports, raw_reports(s)
        for start, end in periods(fast.today(), START.date(), data.draw):
            assert fast.dashboard(start, end) == raw.dashboard(start, end)
            assert fast.counts(start, end) == raw.counts(start, end)
        # The migration's bulk fill gives what the triggers kept, row for row.
        with s.db.conn:
            fill(s.db)
        assert summary_rows(s) == kept
    finally:
        s.close()


def test_a_tampered_summary_row_is_named_and_read(template, tmp_path):
    """``admin check`` names the day and the member's month; the dashboard reads them
    (so the summaries, not the raw rows, gave its figures)."""
    path = tmp_path / "shop.sqlite3"
    shutil.copy(template, path)
    clock = FakeClock(START)
    s = Services.open(path, clock=clock)
    try:
        run(s, clock, [("visit", (0, 1000, 1, 0)), ("hours", 24 * 40), ("visit", (1, 500, 0, 0))])
        start, end = s.reports.presets()["year"]
        before = s.reports.dashboard(start, end)
        assert s.maintenance.check(full=True).ok
        member = s.db.execute("SELECT min(id) FROM members").fetchone()[0]
        with s.db.conn:
            s.db.execute("UPDATE report_days SET sales = sales + 7 WHERE day = '2026-03-20'")
            s.db.execute(
                "UPDATE report_member_months SET visits = 0 WHERE member_id = ? "
                "AND month = '2026-03'",
                [member],
            )
            # April so far (the last chart point, under 28 days) reads its month too.
            s.db.execute(
                "UPDATE report_member_months SET visits = 0 WHERE member_id = ? "
                "AND month = '2026-04'",
                [member + 1],
            )
        after = s.reports.dashboard(start, end)
        assert before.series[-1].start == date(2026, 4, 1)
        assert after.series[-1].active == before.series[-1].active - 1 == 0
        assert after.current.sales == before.current.sales + 7
        march = [i for i, p in enumerate(before.series) if p.start == date(2026, 3, 1)]
        assert (
            [after.series[i].active for i in march]
            == [before.series[i].active - 1 for i in march]
            != []
        )
        problems = s.maintenance.check(full=True).problems
        assert any("2026-03-20" in p and "dashboard" in p for p in problems)
        assert any(f"member {member}" in p and "2026-03" in p for p in problems)
        # The start-up check compares the days since yesterday (UTC) began.
        today = datetime.now(UTC).date().isoformat()
        with s.db.conn:
            s.db.execute("INSERT INTO report_days (day, visits) VALUES (?, 1)", [today])
        quick = s.maintenance.check(full=False).problems
        assert any(today in p and "dashboard" in p for p in quick)
        assert not any("2026-03-20" in p for p in quick)
    finally:
        s.close()


@pytest.mark.parametrize(
    ("start", "end", "unit", "want"),
    [
        # Budapest's March: from 23:00 UTC the day before to 22:00 UTC on the 31st.
        (
            "2026-02-28T23:00:00.000000Z",
            "2026-03-31T22:00:00.000000Z",
            "month",
            rt.Split(
                "2026-03",
                "2026-04",
                (
                    ("2026-02-28T23:00:00.000000Z", "2026-03-01T00:00:00.000000Z", 1),
                    ("2026-03-31T22:00:00.000000Z", "2026-04-01T00:00:00.000000Z", -1),
                ),
            ),
        ),
        ("2026-03-29T22:00:00.000000Z", "2026-03-30T22:00:00.000000Z", "month", None),
        (
            "2026-03-29T22:00:00.000000Z",
            "2026-03-30T22:00:00.000000Z",
            "day",
            rt.Split(
                "2026-03-30",
                "2026-03-31",
                (
                    ("2026-03-29T22:00:00.000000Z", "2026-03-30T00:00:00.000000Z", 1),
                    ("2026-03-30T22:00:00.000000Z", "2026-03-31T00:00:00.000000Z", -1),
                ),
            ),
        ),
        ("2026-12-01T00:00:00.000000Z", "2027-01-01T00:00:00.000000Z", "month",
         rt.Split("2026-12", "2027-01", ())),
    ],
)  # fmt: skip
def test_a_local_period_is_whole_utc_buckets_and_slivers(start, end, unit, want):
    assert rt.split(start, end, unit) == want
