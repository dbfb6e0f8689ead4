"""The audit trail: every staff, PIN and settings change and every void is recorded with
who and when, the trail reads as words and pages, and the start-up check is sound."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pytest

from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.ledger import Account
from loyalty_pos.services import OWNER_STAFF, VisitLine, integrity
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.store import chain
from loyalty_pos.store.guards import GUARDS

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def audit_rows(services) -> list[tuple]:
    return services.db.execute(
        "SELECT staff_id, action, subject FROM audit WHERE action <> 'snapshot' ORDER BY id"
    ).fetchall()


def test_staff_pin_and_settings_changes_are_recorded_against_the_owner_who_signed_in(
    services,
):
    services.staff.set_pin(OWNER_STAFF, "123456")  # the cashier at the till sets it up
    services.staff.open_owner_session(OWNER_STAFF, "123456")
    anna = services.staff.add("Anna", "cashier", "2580")
    services.staff.update(anna.id, "Anna K.", "owner", True)
    services.shop.set("shop_name", "Bánh mì Ngon")
    services.shop.set("shop_name", "Bánh mì Ngon")  # no change: nothing recorded
    services.display.set("text_size", "125")
    services.feedback.set_enabled(False)
    services.staff.verify(anna.id, "0000")  # a wrong PIN is counted and audited (no digits)
    assert audit_rows(services) == [
        (3, "pin", "staff:2"),
        (2, "staff_add", f"staff:{anna.id}"),
        (2, "pin", f"staff:{anna.id}"),
        (2, "staff_change", f"staff:{anna.id}"),
        (2, "setting", "setting:shop_name"),
        (2, "setting", "setting:text_size"),
        (2, "setting", "setting:feedback_enabled"),
        (2, "pin", f"pin:{anna.id}"),
    ]
    details = [e.details for e in services.audit.entries(limit=10)]
    assert "My shop → Bánh mì Ngon" in details
    assert "Anna → Anna K., cashier → owner" in details
    assert not any("2580" in d or "0000" in d for d in details)
    assert services.maintenance.check().ok


def test_a_void_is_recorded_once_with_its_reason(services, coffee, member, clock):
    services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "r1")
    clock.advance(minutes=3)
    services.visits.void(1, "  wrong   member ")
    assert audit_rows(services) == [(3, "void", "visit:1")]
    entries = services.audit.entries()
    assert [(e.action, e.subject, e.details) for e in entries[:2]] == [
        ("void", "Visit 1", "wrong member"),
        ("visit", "Visit 1 · Kovács Éva", "0 HUF · voided"),
    ]
    assert services.maintenance.check().ok


def test_the_trail_lists_refunds_corrections_and_gift_cards(services, coffee, member):
    sale = services.checkout.confirm(member.id, CheckoutRequest(amount=5000), "s1")
    services.checkout.refund(sale.visit_id, 2000, "too cold")
    services.staff.switch(OWNER_STAFF)
    services.adjustments.adjust(member.id, coffee.id, Account.STAMPS, 2, "lost card")
    services.gift_cards.issue(3000)
    words = [(e.person, e.action_text, e.subject, e.details) for e in services.audit.entries()]
    card = services.db.execute("SELECT code FROM gift_cards").fetchone()[0]
    assert words[:4] == [
        ("Owner", "Gift card sold", f"Gift card {card}", "3000 HUF"),
        ("Owner", "Balance corrected", "Kovács Éva", "Coffee: +2 · lost card"),
        ("Cashier", "Refund", "Visit 1 · Kovács Éva", "2000 HUF in part · too cold"),
        ("Cashier", "Visit", "Visit 1 · Kovács Éva", "5000 HUF"),
    ]


def test_filters_and_pages(services, coffee, member, clock):
    for i in range(5):
        services.visits.record(member.id, [VisitLine(coffee.id, items=1)], f"d10-{i}")
    clock.advance(days=1)
    anna = services.staff.add("Anna", "cashier")
    services.staff.switch(anna.id)
    services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "d11")
    tenth, eleventh = date(2026, 3, 10), date(2026, 3, 11)
    assert len(services.audit.entries(start=tenth, end=tenth)) == 5
    assert [e.action for e in services.audit.entries(start=eleventh)] == ["visit", "staff_add"]
    assert [e.person for e in services.audit.entries(staff_id=anna.id)] == ["Anna"]
    first = services.audit.entries(limit=2)
    second = services.audit.entries(limit=2, offset=2)
    everything = services.audit.entries()
    assert first + second == everything[:4] and len(everything) == 7
    assert services.audit.entries(start=date(2026, 3, 12)) == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"start": date(2026, 3, 11), "end": date(2026, 3, 10)},
        {"limit": 0},
        {"limit": 1001},
        {"offset": -1},
    ],
)
def test_bad_filters_are_refused(services, kwargs):
    with pytest.raises(UserError):
        services.audit.entries(**kwargs)


def test_an_unknown_person_is_refused(services):
    with pytest.raises(UserError, match="no staff member called Zoltán"):
        services.audit.person_named("Zoltán")
    assert services.audit.person_named("  owner ").id == OWNER_STAFF


# The start-up check -------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_the_quick_check_recomputes_new_links_and_saves_a_checkpoint(services, coffee, member):
    assert services.maintenance.check(full=False).ok
    _, verified, _ = chain.checkpoint(services.db)
    assert verified == chain.last_seq(services.db)
    services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "new")
    assert chain.last_seq(services.db) > verified
    assert services.maintenance.check(full=False).ok
    assert chain.checkpoint(services.db)[1] == chain.last_seq(services.db)


@pytest.mark.sqlite_only
def test_an_old_row_changed_in_place_is_found_by_the_rolling_slices(
    services, coffee, member, db_path, monkeypatch
):
    """Rows behind the checkpoint are re-verified a slice at every start: a row rewritten
    in place (hash untouched) is found within a few starts, and no checkpoint is saved
    while it stands."""
    monkeypatch.setattr(integrity, "SLICE", 4)
    for i in range(4):
        services.visits.record(member.id, [VisitLine(coffee.id, items=1)], f"v{i}")
    assert services.maintenance.check(full=False).ok
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("DROP TRIGGER visits_fixed")
        other.execute("UPDATE visits SET staff_id = 2 WHERE id = 1")
        other.execute(GUARDS["visits_fixed"])
    found = []
    for _ in range(chain.last_seq(services.db) // 4 + 2):
        problems = services.maintenance.check(full=False).problems
        if problems:
            found = problems
            break
    assert found and found[0].startswith("visits row 1 was changed after it was written")
    assert services.maintenance.check(full=True).problems[0] == found[0]
