"""The demo's bulk fill writes what its checkouts rung up one by one write (issue 16).

``populate_demo`` plans each checkout by the counter's rules and writes the rows in
batches (``services/demo_history.py``); ``bulk=False`` rings them up one by one through
``CheckoutService.confirm``, as it did before. Same seed, same day: the same rows in every
table the history touches, the same chain order, and the shop check passes on both.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from loyalty_pos.services import Services
from loyalty_pos.services.demo import populate_demo
from loyalty_pos.services.demo_history import BulkHistory, DemoHistoryError

TODAY = datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest"))
TABLES = (
    "visits", "visit_items", "visit_discounts", "ledger", "lots", "lot_moves", "balances",
    "tier_changes", "members", "cards", "feedback", "programs", "items",
)  # fmt: skip


def fill(path: Path, *, bulk: bool, seed: int, members: int) -> dict[str, list[tuple]]:
    s = Services.open(path, clock=lambda: TODAY)
    try:
        populate_demo(s, members=members, seed=seed, today=TODAY, bulk=bulk)
        report = s.maintenance.check()
        assert report.ok, report
        rows = {t: s.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall() for t in TABLES}
        # The chain's hashes start from the audit rows of opening the file, stamped with
        # the real time; the order of what it links is the fill's own.
        rows["chain"] = s.db.execute("SELECT seq, till, tbl, row_id FROM chain").fetchall()
        rows["cached"] = s.db.execute(
            "SELECT b.member_id, b.program_id, b.account, b.value, "
            "(SELECT SUM(delta) FROM ledger l WHERE l.member_id = b.member_id "
            " AND l.program_id = b.program_id AND l.account = b.account), "
            "(SELECT SUM(remaining) FROM lots o WHERE o.member_id = b.member_id "
            " AND o.program_id = b.program_id AND o.account = b.account) "
            "FROM balances b ORDER BY 1, 2, 3"
        ).fetchall()
        return rows
    finally:
        s.close()


@pytest.mark.parametrize(("seed", "members"), [(5, 40), (11, 60)])
def test_bulk_fill_equals_checkouts_one_by_one(tmp_path: Path, seed: int, members: int) -> None:
    bulk = fill(tmp_path / "bulk.sqlite3", bulk=True, seed=seed, members=members)
    each = fill(tmp_path / "each.sqlite3", bulk=False, seed=seed, members=members)
    for table, rows in each.items():
        assert bulk[table] == rows, table
    visits = each["visits"]
    assert len(visits) > 300
    assert sum(1 for v in visits if v[5] == "voided") == 3  # voids went through too
    assert each["tier_changes"] and each["visit_discounts"] and each["lot_moves"]
    assert any(row[6] == "redeem" for row in each["ledger"])  # kind
    for _member, _program, _account, value, ledger_sum, lots_left in bulk["cached"]:
        assert value == ledger_sum == (lots_left or 0)


def test_the_bulk_fill_refuses_a_history_longer_than_an_expiry(services: Services) -> None:
    """It writes no expiry, so a history in which a lot could lapse is refused."""
    from loyalty_pos.domain.programs import StampProgram

    services.programs.add(StampProgram(0, "Tea", 5, "Free tea", expiry_days=30))
    with pytest.raises(DemoHistoryError):
        BulkHistory(services.db, services.checkout.schemes(), days=124)
    BulkHistory(services.db, services.checkout.schemes(), days=29)


def test_the_pins_hashed_meanwhile_open_the_till(tmp_path: Path) -> None:
    """The PINs are hashed in threads during the fill and stored after it, audited."""
    from loyalty_pos.services import OWNER_STAFF
    from loyalty_pos.services.demo import DEMO_CASHIER_PIN, DEMO_OWNER_PIN

    s = Services.open(tmp_path / "pins.sqlite3", clock=lambda: TODAY)
    populate_demo(s, members=5, today=TODAY)
    bence = next(m for m in s.staff.list() if m.name == "Bence")
    pin_audits = s.db.execute(
        "SELECT subject FROM audit WHERE action = 'pin' ORDER BY id"
    ).fetchall()
    assert pin_audits == [(f"staff:{OWNER_STAFF}",), (f"staff:{bence.id}",)]
    assert s.staff.verify(OWNER_STAFF, DEMO_OWNER_PIN)
    assert s.staff.verify(bence.id, DEMO_CASHIER_PIN)
    assert not s.staff.verify(bence.id, "9999")
    assert s.maintenance.check().ok
    s.close()
