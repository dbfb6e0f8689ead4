"""The finding "any cashier can sell a gift card of any value, or void a recent visit,
with no PIN": above the owner's limits (and for a visit from an earlier day) the
services themselves refuse without the owner, write nothing when they refuse, and
write one audit row naming the owner when they don't."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from loyalty_pos.domain.errors import Refused, UserError
from loyalty_pos.l10n import message
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.approvals import (
    APPROVAL_SECONDS,
    GIFT_CARD_LIMIT,
    LIMIT_MAX,
    VOID_LIMIT,
    Act,
    default_limit,
)
from loyalty_pos.services.checkout import CheckoutRequest

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

PIN = "123456"


def every_row(services: Services) -> dict[str, list[tuple]]:
    db = services.db
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: [tuple(r) for r in db.execute(f'SELECT * FROM "{n}"')] for n in names}


def approvals(services: Services) -> list[tuple[int, str, dict]]:
    return [
        (staff_id, subject, json.loads(detail))
        for staff_id, subject, detail in services.db.execute(
            "SELECT staff_id, subject, detail FROM audit WHERE action = 'approval' ORDER BY id"
        )
    ]


@pytest.fixture
def owner_pin(services: Services) -> None:
    services.staff.set_pin(OWNER_STAFF, PIN)


def visit(services: Services, member_id: int, amount: int, request: str) -> int:
    return services.checkout.confirm(member_id, CheckoutRequest(amount=amount), request).visit_id


# Gift cards -------------------------------------------------------------------------


def test_defaults_follow_the_currency():
    assert default_limit("HUF") == 20_000  # 20 000 Ft
    assert default_limit("VND") == 1_000_000  # 1 000 000 ₫
    assert default_limit("NOK") == 200_000  # 2 000 kr in øre
    assert default_limit("eur") == 20_000  # 200 € in cents
    assert default_limit("USD") == 0  # unknown: always ask


def test_an_unknown_currency_asks_the_owner_for_every_card(services: Services):
    services.shop.set("currency", "CHF")
    assert services.approvals.limits() == {GIFT_CARD_LIMIT: 0, VOID_LIMIT: 0}
    with pytest.raises(Refused):
        services.gift_cards.issue(100)


def test_a_cashier_sells_up_to_the_limit_alone(services: Services):
    services.checkout.sell_gift_card(20_000, "at-the-limit")
    services.gift_cards.issue(5_000)
    assert approvals(services) == []


def test_a_cashier_above_the_limit_is_refused_and_nothing_is_written(services: Services, owner_pin):
    before = every_row(services)
    with pytest.raises(Refused) as refused:
        services.checkout.sell_gift_card(20_001, "too-much")
    assert message(refused.value) == (
        "A gift card worth 20001 HUF needs the owner's approval (above 20000 HUF). "
        "Nothing was sold."
    )
    with pytest.raises(Refused):
        services.gift_cards.issue(1_000_000)  # the command line's and the dialog's path
    assert every_row(services) == before


def test_an_owner_pin_approves_one_sale_and_is_recorded_once(services: Services, owner_pin):
    act = services.approvals.gift_card_need(25_000).act
    approval = services.approvals.grant(OWNER_STAFF, PIN, act)
    visit_id, card = services.checkout.sell_gift_card(25_000, "big", approval=approval)
    assert card.initial_value == 25_000
    (row,) = approvals(services)
    owner, subject, detail = row
    assert owner == OWNER_STAFF and subject == f"gift_card:{card.code}"
    assert detail["act"] == "gift_card" and detail["amount"] == 25_000
    assert detail["how"] == "pin" and detail["asked_by"] == 3 and detail["limit"] == 20_000
    # The same request again (a double Enter) is the same sale: no second approval.
    again_visit, again = services.checkout.sell_gift_card(25_000, "big", approval=approval)
    assert (again_visit, again.code) == (visit_id, card.code)
    assert len(approvals(services)) == 1
    # The approval was used up: another card needs another PIN.
    with pytest.raises(Refused):
        services.checkout.sell_gift_card(25_000, "big-2", approval=approval)
    entry = next(e for e in services.audit.entries() if e.action == "approval")
    assert (entry.person, entry.action_text, entry.subject) == (
        "Owner",
        "Owner approval",
        f"Gift card {card.code} sold",
    )
    assert entry.details == "25000 HUF · above 20000 HUF · asked by Cashier · owner's PIN typed"
    assert services.maintenance.check().ok


def test_an_approval_is_for_that_amount_only_and_for_two_minutes(
    services: Services, owner_pin, clock
):
    small = services.approvals.grant(OWNER_STAFF, PIN, Act.gift_card(25_000))
    with pytest.raises(Refused):
        services.gift_cards.issue(900_000, approval=small)
    late = services.approvals.grant(OWNER_STAFF, PIN, Act.gift_card(25_000))
    clock.advance(seconds=APPROVAL_SECONDS + 1)
    with pytest.raises(Refused):
        services.gift_cards.issue(25_000, approval=late)
    assert approvals(services) == []
    assert services.db.execute("SELECT COUNT(*) FROM gift_cards").fetchone()[0] == 0


def test_a_wrong_pin_counts_as_a_failed_try_and_approves_nothing(services: Services, owner_pin):
    act = Act.gift_card(25_000)
    for _ in range(4):
        with pytest.raises(Refused, match="Wrong PIN"):
            services.approvals.grant(OWNER_STAFF, "9999", act)
    with pytest.raises(Refused, match="locked out for 5 more min"):
        services.approvals.grant(OWNER_STAFF, "9999", act)  # the fifth says it locked
    with pytest.raises(Refused, match="locked out"):
        services.approvals.grant(OWNER_STAFF, PIN, act)  # five wrong in a row lock
    assert approvals(services) == []


def test_only_an_owner_can_approve(services: Services):
    anna = services.staff.add("Anna", "cashier", "2580")
    with pytest.raises(Refused, match="Only the owner"):
        services.approvals.grant(anna.id, "2580", Act.gift_card(25_000))


def test_an_owner_at_the_till_or_in_session_approves_without_a_pin(services: Services, owner_pin):
    services.staff.open_owner_session(OWNER_STAFF, PIN)
    services.gift_cards.issue(30_000)
    services.staff.close_owner_session()
    services.staff.switch(OWNER_STAFF, PIN)
    services.gift_cards.issue(40_000)
    hows = [(owner, d["how"], d["amount"]) for owner, _, d in approvals(services)]
    assert hows == [(OWNER_STAFF, "session", 30_000), (OWNER_STAFF, "till", 40_000)]


def test_an_owner_session_that_timed_out_approves_nothing(services: Services, owner_pin, clock):
    services.staff.open_owner_session(OWNER_STAFF, PIN)
    clock.advance(minutes=services.staff.idle_minutes() + 1)
    with pytest.raises(Refused):
        services.gift_cards.issue(30_000)


# Voids ------------------------------------------------------------------------------


def test_voiding_todays_small_visit_needs_no_owner(services: Services, member, clock):
    vid = visit(services, member.id, 3_600, "small")
    clock.advance(hours=2)
    assert services.approvals.void_need(vid) is None
    services.visits.void(vid, "wrong member")
    assert approvals(services) == []


def test_voiding_yesterdays_visit_without_the_owner_is_refused_and_writes_nothing(
    services: Services, member, clock, owner_pin
):
    vid = visit(services, member.id, 1_000, "yesterday")
    clock.advance(days=1)
    before = every_row(services)
    with pytest.raises(Refused) as refused:
        services.visits.void(vid, "mistake")
    assert "earlier day" in message(refused.value)
    assert every_row(services) == before


def test_voiding_yesterdays_visit_with_the_owners_pin(services: Services, member, clock, owner_pin):
    vid = visit(services, member.id, 1_000, "yesterday")
    clock.advance(days=1)
    need = services.approvals.void_need(vid)
    assert need is not None and need.earlier_day and not need.over_limit
    approval = services.approvals.grant(OWNER_STAFF, PIN, need.act)
    services.visits.void(vid, "rung up on the wrong card", approval=approval)
    ((owner, subject, detail),) = approvals(services)
    assert (owner, subject) == (OWNER_STAFF, f"visit:{vid}")
    assert detail["act"] == "void" and detail["earlier_day"] and detail["amount"] == 1_000
    assert detail["reason"] == "rung up on the wrong card"
    entry = next(e for e in services.audit.entries() if e.action == "approval")
    assert entry.subject == f"Void of visit {vid}"
    assert "from an earlier day" in entry.details and "asked by Cashier" in entry.details
    assert services.maintenance.check().ok


def test_an_approval_for_one_visit_does_not_void_another(
    services: Services, member, clock, owner_pin
):
    first = visit(services, member.id, 1_000, "a")
    second = visit(services, member.id, 1_000, "b")
    clock.advance(days=1)
    approval = services.approvals.grant(OWNER_STAFF, PIN, services.approvals.void_need(first).act)
    with pytest.raises(Refused):
        services.visits.void(second, "mistake", approval=approval)


def test_voiding_a_big_visit_from_today_needs_the_owner(
    services: Services, member, clock, owner_pin
):
    vid = visit(services, member.id, 20_001, "big")
    with pytest.raises(Refused, match="charged 20001 HUF"):
        services.visits.void(vid, "mistake")
    services.approvals.set_limit(VOID_LIMIT, "50000")
    services.visits.void(vid, "mistake")
    assert approvals(services) == []


def test_the_day_is_the_shops_not_utcs(services: Services, member, clock):
    """00:30 in Budapest is 23:30 UTC the day before: still today at the till."""
    clock.now = clock.now.replace(hour=0, minute=30)
    after_midnight = visit(services, member.id, 500, "early")
    clock.advance(minutes=-45)  # 23:45 the evening before
    before_midnight = visit(services, member.id, 500, "late")
    clock.now = clock.now.replace(day=10, hour=9, minute=30)
    assert services.approvals.void_need(after_midnight) is None
    need = services.approvals.void_need(before_midnight)
    assert need is not None and need.earlier_day


def test_the_command_line_acts_as_the_owner(db_path, clock, services, member):
    """``admin`` opens the services as the Owner: its acts are approved by the owner at
    the till, and recorded so."""
    vid = visit(services, member.id, 500, "old")
    clock.now = clock.now + timedelta(days=3)
    admin = Services.open(db_path, clock=clock, staff_id=OWNER_STAFF)
    try:
        admin.visits.void(vid, "duplicate")
        admin.gift_cards.issue(90_000)
        assert [d["how"] for _, _, d in approvals(admin)] == ["till", "till"]
    finally:
        admin.close()


# Limits -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["-1", "abc", "", " ", "1e5", "20 000", "20,000", "2.5", "٢٠", str(LIMIT_MAX + 1)]
)
def test_a_bad_limit_is_refused_and_changes_nothing(services: Services, value):
    before = every_row(services)
    with pytest.raises(UserError, match="whole amount in minor units"):
        services.approvals.set_limit(GIFT_CARD_LIMIT, value)
    assert every_row(services) == before


def test_limits_are_stored_and_audited(services: Services):
    services.approvals.set_limit(GIFT_CARD_LIMIT, " 50000 ")
    services.approvals.set_limit(VOID_LIMIT, 0)
    assert services.approvals.limits() == {GIFT_CARD_LIMIT: 50_000, VOID_LIMIT: 0}
    subjects = [
        r[0] for r in services.db.execute("SELECT subject FROM audit WHERE action = 'setting'")
    ]
    assert subjects == ["setting:gift_card_owner_limit", "setting:void_owner_limit"]
    with pytest.raises(UserError, match="no setting"):
        services.approvals.set_limit("gift_card_limit", "5")


def test_a_limit_written_by_another_program_falls_back_to_the_default(services: Services):
    services.db.execute(
        "INSERT INTO settings (key, value) VALUES ('gift_card_owner_limit', 'lots')"
    )
    assert services.approvals.limit(GIFT_CARD_LIMIT) == 20_000


def test_the_settings_screen_saves_only_the_limits_it_changed(services: Services):
    services.setup.save_settings(
        {},
        language="en",
        feedback_enabled=True,
        idle_minutes=5,
        owner_limits={VOID_LIMIT: 5_000},
    )
    assert services.settings.get(VOID_LIMIT) == "5000"
    assert services.settings.get(GIFT_CARD_LIMIT) is None
    with pytest.raises(UserError):
        services.setup.save_settings(
            {}, language="en", feedback_enabled=True, idle_minutes=5, owner_limits={VOID_LIMIT: -1}
        )
    assert services.settings.get(VOID_LIMIT) == "5000"
