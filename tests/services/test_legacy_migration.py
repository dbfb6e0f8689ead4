"""A shop written before the ledger of lots, opened with today's code.

``tests/data/legacy-shop.sqlite3.gz`` was written by the app at commit 71db6aa
(``tests/data/make_legacy_shop.py``): the demo shop and a month of checkouts that earn
and spend points, credit, passes and a gift card, with refunds made the old way (some
of them partial, still open), voids and expiry. The migration must leave every balance
as it was, derive lots that agree with a replay of each member's rows, and refunds made
now must work on that history too, the open partial refunds included.
"""

from __future__ import annotations

import gzip
import random
import sqlite3
from pathlib import Path

import pytest

from loyalty_pos.domain.errors import Refused, UserError
from loyalty_pos.services import Services
from tests.conftest import FakeClock

FIXTURE = Path(__file__).parents[1] / "data" / "legacy-shop.sqlite3.gz"


def read(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(sql).fetchall())
    finally:
        conn.close()


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    path = tmp_path / "legacy.sqlite3"
    path.write_bytes(gzip.decompress(FIXTURE.read_bytes()))
    return path


def test_the_migration_keeps_every_balance_and_derives_consistent_lots(legacy, clock):
    balances = read(legacy, "SELECT member_id, program_id, account, value FROM balances")
    cards = read(legacy, "SELECT code, balance FROM gift_cards")
    rows = read(legacy, "SELECT COUNT(*), SUM(delta) FROM ledger")
    assert "lots" not in {r[0] for r in read(legacy, "SELECT name FROM sqlite_master")}
    s = Services.open(legacy, clock=clock)
    try:
        report = s.maintenance.check(full=True)  # the lots against a replay of every member
        assert report.ok, report.problems
    finally:
        s.close()
    assert read(legacy, "SELECT member_id, program_id, account, value FROM balances") == balances
    assert read(legacy, "SELECT code, balance FROM gift_cards") == cards
    assert read(legacy, "SELECT COUNT(*), SUM(delta) FROM ledger") == rows  # nothing written
    lots = read(legacy, "SELECT COUNT(*), SUM(remaining) FROM lots")[0]
    assert lots[0] > 1000 and lots[1] == sum(v for *_, v in balances)
    assert read(legacy, "SELECT COUNT(*) FROM balances WHERE owed > 0") == [(0,)]


def test_refunds_made_now_on_the_old_history_stay_consistent(legacy, clock):
    clock.now = clock.now.replace(year=2026, month=7, day=5)
    s = Services.open(legacy, clock=FakeClock(clock.now))
    try:
        rng = random.Random(3)
        # The partial refunds made the old way, finished now: what the earnings gave
        # back in all is what they earned, never more (the old rows took their share).
        open_parts = [
            vid
            for (vid,) in s.db.execute(
                "SELECT id FROM visits WHERE status = 'confirmed' AND refunded > 0"
            )
        ]
        assert open_parts, "the fixture has partial refunds to finish"
        legacy_until = s.db.execute("SELECT value FROM lots_meta").fetchone()[0]
        for vid in open_parts:
            s.checkout.refund(vid, None, "finished after the move to lots")
            for lot_id, program, account, amount, live in s.db.execute(
                "SELECT id, program_id, account, amount, live FROM lots WHERE visit_id = ? "
                "AND kind = 'earn'",
                [vid],
            ).fetchall():
                old_rows = -s.db.execute(
                    "SELECT COALESCE(SUM(delta), 0) FROM ledger WHERE visit_id = ? "
                    "AND kind = 'refund' AND delta < 0 AND program_id = ? AND account = ? "
                    "AND id <= ?",
                    [vid, program, account, legacy_until],
                ).fetchone()[0]
                # The old rows took their share; the lot now gives up exactly the rest.
                assert live == min(amount, old_rows), (lot_id, amount, live, old_rows)
        assert s.maintenance.check(full=True).ok
        # Then any visits, fully or in part, voided or refunded, in a random order.
        visits = [v for (v,) in s.db.execute("SELECT id FROM visits WHERE status = 'confirmed'")]
        for vid in rng.sample(visits, 60):
            try:
                if rng.random() < 0.3:
                    s.visits.void(vid, "test")
                else:
                    s.checkout.refund(vid, rng.choice([None, 100]), "test")
            except (Refused, UserError):
                continue
        report = s.maintenance.check(full=True)
        assert report.ok, report.problems
        negative = s.db.execute("SELECT COUNT(*) FROM balances WHERE value < 0 OR owed < 0")
        assert negative.fetchone()[0] == 0
    finally:
        s.close()
