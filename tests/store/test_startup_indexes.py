"""The start-up jobs find what is due through an index (m008), and find the same rows
as the queries did before it: the old queries, kept here with ``NOT INDEXED`` (a full
scan, as on a file without the indexes), against the store's on random shops."""

import sqlite3
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_pos.store.coupons import CouponStore
from loyalty_pos.store.database import connect, migrate
from loyalty_pos.store.giftcards import GiftCardStore
from loyalty_pos.store.lots import LotStore
from loyalty_pos.store.schemes import SchemeStore


@pytest.fixture(scope="module")
def db():
    d = connect(":memory:")
    migrate(d)
    d.execute("PRAGMA foreign_keys = OFF")  # random rows, no programs or visits behind them
    for t in ("lots_no_delete", "lots_fixed"):  # random lots are deleted between examples
        d.execute(f"DROP TRIGGER IF EXISTS {t}")
    yield d
    d.conn.close()


def traced(db, call):
    """Run ``call`` and return the SQL it ran, values bound (``EXPLAIN``-able)."""
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        call()
    finally:
        db.conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def plan(db, sql: str) -> str:
    return " | ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {sql}"))


@pytest.mark.parametrize(
    "call, index",
    [
        (lambda d: LotStore(d).members_with_due(1, "stamps", "2026-01-01"), "lots_due"),
        (lambda d: GiftCardStore(d).expired_with_value("2026-01-01"), "gift_cards_expiring"),
        (lambda d: CouponStore(d).birthday_members_without(3, 1, "x"), "members_birth_month"),
        (lambda d: SchemeStore(d).members_due_for_tier_review("2026"), "members_tier_until"),
    ],
)
def test_each_job_reads_through_its_index(db, call, index):
    sqls = traced(db, lambda: call(db))
    assert sqls
    plans = [plan(db, s) for s in sqls]
    assert any(f"USING INDEX {index}" in p for p in plans), plans
    assert not any(
        p.startswith(("SCAN members", "SCAN gift_cards", "SCAN lots", "SCAN m ")) for p in plans
    )


DAYS = st.dates(date(2024, 1, 1), date(2026, 12, 31)).map(date.isoformat)
card = st.tuples(st.one_of(st.none(), DAYS), st.integers(0, 3), st.sampled_from(["active", "void"]))
person = st.tuples(
    st.one_of(st.none(), DAYS),  # birthday
    st.sampled_from(["active", "blocked"]),
    st.one_of(st.none(), st.integers(1, 2)),  # tier
    st.one_of(st.none(), DAYS),  # tier until
)
lot = st.tuples(
    st.integers(1, 2), st.sampled_from(["stamps", "points"]), DAYS, st.integers(0, 1),
    st.integers(0, 2),
)  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cards=st.lists(card, max_size=25),
    people=st.lists(person, max_size=25),
    lots=st.lists(lot, max_size=25),
    today=DAYS,
    month=st.integers(1, 12),
)
def test_the_indexed_jobs_find_what_the_old_scans_found(db, cards, people, lots, today, month):
    conn: sqlite3.Connection = db.conn
    for t in ("gift_cards", "members", "lots", "coupons"):
        conn.execute(f"DELETE FROM {t}")
    conn.executemany(
        "INSERT INTO gift_cards (code, initial_value, balance, expires_on, status, created_by, "
        "created_at) VALUES (?, 5, ?, ?, ?, 1, '2024-01-01')",
        [(f"G{i}", bal, exp, status) for i, (exp, bal, status) in enumerate(cards)],
    )
    conn.executemany(
        "INSERT INTO members (id, name, birthday, status, tier_id, tier_until, "
        "marketing_consent, created_at) VALUES (?, 'x', ?, ?, ?, ?, 0, '2024-01-01')",
        [(i + 1, *p) for i, p in enumerate(people)],
    )
    conn.executemany(
        "INSERT INTO lots (id, member_id, program_id, account, kind, earned_at, expires, "
        "amount, live, remaining) VALUES (?, ?, ?, ?, 'earn', ?, ?, 2, 2, ?)",
        [
            (i + 1, i % 5 + 1, pid, acc, at, exp, rem)
            for i, (pid, acc, at, exp, rem) in enumerate(lots)
        ],
    )

    old_cards = conn.execute(
        "SELECT code, balance FROM gift_cards NOT INDEXED WHERE expires_on IS NOT NULL "
        "AND expires_on < ? AND balance > 0 AND status = 'active'",
        [today],
    ).fetchall()
    assert sorted(GiftCardStore(db).expired_with_value(today)) == sorted(old_cards)

    old_birthdays = conn.execute(
        "SELECT m.id FROM members m NOT INDEXED WHERE m.status = 'active' "
        "AND m.birthday IS NOT NULL AND substr(m.birthday, 6, 2) = ? "
        "AND NOT EXISTS (SELECT 1 FROM coupons c WHERE c.offer_id = ? "
        "AND c.member_id = m.id AND c.issue_key = ?) ORDER BY m.id",
        [f"{month:02d}", 1, "k"],
    ).fetchall()
    assert CouponStore(db).birthday_members_without(month, 1, "k") == [r[0] for r in old_birthdays]

    old_tiers = conn.execute(
        "SELECT id FROM members NOT INDEXED WHERE tier_id IS NOT NULL "
        "AND tier_until IS NOT NULL AND tier_until <= ?",
        [today],
    ).fetchall()
    assert SchemeStore(db).members_due_for_tier_review(today) == sorted(r[0] for r in old_tiers)

    for pid in (1, 2):
        for acc in ("stamps", "points"):
            old_lots = conn.execute(
                "SELECT DISTINCT member_id FROM lots NOT INDEXED WHERE program_id = ? "
                "AND account = ? AND remaining > 0 AND expires = 1 AND earned_at < ?",
                [pid, acc, today],
            ).fetchall()
            found = LotStore(db).members_with_due(pid, acc, today)
            assert sorted(found) == sorted(r[0] for r in old_lots)
