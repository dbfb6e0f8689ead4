"""A switched-off punch card: no new stamps, but what members hold on it stays theirs.

The rule (``domain/schemes.py``), as for points, credit and passes: a reward already
ready stays redeemable at the counter, an unfinished card is still shown and its
stamps lapse by the card's expiry rule, and voids and refunds of earlier visits on it
still work. The ledger check stays clean throughout.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from loyalty_pos.domain.errors import NotFound, Refused
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.schemes import Item, PointsProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services, VisitLine
from loyalty_pos.services.checkout import CheckoutRequest as Req

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def held(services: Services, member_id: int, program_id: int) -> tuple[int, int]:
    """(stamps, rewards ready) on one card."""
    b = services.checkout.ledger.balances(member_id)
    return b.get((program_id, Account.STAMPS), 0), b.get((program_id, Account.REWARDS), 0)


def ledger_rows(services: Services) -> int:
    return services.db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0]


def clean(services: Services) -> bool:
    report = services.maintenance.check()
    assert report.problems == []
    return report.ok


@pytest.fixture
def ready(services: Services, member, coffee: StampProgram) -> StampProgram:
    """Kovács Éva holds one reward ready and 3 stamps; then Coffee is switched off."""
    services.checkout.confirm(member.id, Req(stamp_items={coffee.id: 13}), "fill")
    assert held(services, member.id, coffee.id) == (3, 1)
    said = services.programs.switch(coffee.id, False)
    assert said.active is False
    return services.programs.get(coffee.id)


def test_a_ready_reward_is_still_redeemed_at_the_checkout(services, member, ready):
    r = services.checkout.confirm(member.id, Req(redeem_stamps={ready.id: 1}), "redeem")
    assert [(o.program.name, o.redeemed) for o in r.plan.stamp_outcomes] == [("Coffee", 1)]
    assert held(services, member.id, ready.id) == (3, 0)
    assert clean(services)


def test_a_ready_reward_is_still_redeemed_by_a_stamp_visit(services, member, ready):
    """The counter's older visit path (and the command line's ``--redeem``) agree."""
    r = services.visits.record(member.id, [VisitLine(ready.id, redeem=1)], "redeem")
    assert r.lines[0].redeemed == 1
    assert held(services, member.id, ready.id) == (3, 0)
    assert clean(services)


def test_a_reward_money_off_is_still_taken_off(services, member, coffee):
    wash = services.programs.add(
        StampProgram(0, "Wash", 2, "Wash", RewardKind.FIXED_DISCOUNT, reward_value=500)
    )
    services.checkout.confirm(member.id, Req(stamp_items={wash.id: 2}), "fill")
    services.programs.switch(wash.id, False)
    r = services.checkout.confirm(member.id, Req(amount=3000, redeem_stamps={wash.id: 1}), "r")
    assert (r.discount, r.charged) == (500, 2500)


def test_no_new_stamps_typed_or_from_the_item_list(services, member, ready):
    latte = services.schemes.add_item(Item(0, "Latte", "coffee", 1200, frozenset({ready.id})))
    rows = ledger_rows(services)
    with pytest.raises(Refused, match="switched off: it gives no new stamps"):
        services.checkout.confirm(member.id, Req(stamp_items={ready.id: 2}), "typed")
    with pytest.raises(Refused, match="switched off"):
        services.visits.record(member.id, [VisitLine(ready.id, items=1)], "old-path")
    # Redeeming and stamping in one go is refused as a whole: nothing half-done.
    with pytest.raises(Refused, match="switched off"):
        services.checkout.confirm(
            member.id, Req(stamp_items={ready.id: 1}, redeem_stamps={ready.id: 1}), "both"
        )
    assert ledger_rows(services) == rows
    assert services.visits.visits.by_request("typed") is None
    # The item still sells (for money), without stamps; the reward is still there.
    r = services.checkout.confirm(member.id, Req(amount=1200, items={latte.id: 1}), "latte")
    assert r.plan.stamp_outcomes == ()
    assert held(services, member.id, ready.id) == (3, 1)
    assert clean(services)


def test_the_owner_is_told_what_members_hold_on_the_card(services, member, coffee):
    other = services.members.enroll(MemberInput("Szabó Anna", phone="+36 70 111 2222"))
    third = services.members.enroll(MemberInput("Nguyễn Văn An", phone="+84 90 123 4567"))
    services.checkout.confirm(member.id, Req(stamp_items={coffee.id: 23}), "a")  # 3 + 2 ready
    services.checkout.confirm(other.id, Req(stamp_items={coffee.id: 4}), "b")  # 4
    services.checkout.confirm(third.id, Req(stamp_items={coffee.id: 10}), "c")  # 0 + 1 ready
    said = services.programs.switch(coffee.id, False)
    assert (said.kind, said.name, said.active) == ("card", "Coffee", False)
    assert (said.holders, said.held) == (2, 3)  # rewards ready, held by two members
    assert (said.unfinished, said.stamps) == (2, 7)  # unfinished cards: 3 + 4 stamps
    assert services.programs.get(coffee.id).active is False
    # The same through the schemes service (the command line's ``programs switch card``).
    again = services.schemes.switch("card", coffee.id, True)
    assert (again.active, again.holders, again.unfinished) == (True, 2, 2)
    assert services.programs.get(coffee.id).active is True


def test_switching_an_unknown_card_is_refused(services, coffee):
    with pytest.raises(NotFound):
        services.programs.switch(9999, False)
    points = services.schemes.add_points(PointsProgram(0, "Points"))
    with pytest.raises(NotFound):  # a points program is not a punch card
        services.programs.switch(points.id, False)
    assert services.schemes.store.points_programs()[0].active is True


def test_the_panel_keeps_an_unfinished_card_and_drops_an_empty_one(services, member, ready):
    tea = services.programs.add(StampProgram(0, "Tea", 5, "Free tea"))
    services.programs.switch(tea.id, False)
    view = services.members.view(member.id)
    assert [(c.program, c.stamps, c.rewards_ready, c.active) for c in view.cards] == [
        ("Coffee", 3, 1, False)
    ]
    services.checkout.confirm(member.id, Req(redeem_stamps={ready.id: 1}), "redeem")
    view = services.members.view(member.id)
    assert [(c.program, c.stamps, c.active) for c in view.cards] == [("Coffee", 3, False)]


def test_voids_and_refunds_of_earlier_visits_still_work(services, member, coffee):
    earn = services.checkout.confirm(member.id, Req(amount=1000, stamp_items={coffee.id: 4}), "e")
    stamps = services.visits.record(member.id, [VisitLine(coffee.id, items=8)], "s")  # 2 + 1
    assert held(services, member.id, coffee.id) == (2, 1)
    services.programs.switch(coffee.id, False)
    # Voiding the visit that completed the card takes its stamps and reward back.
    services.visits.void(stamps.visit_id, "wrong member")
    assert held(services, member.id, coffee.id) == (4, 0)
    # A full refund of the paid visit takes its stamps back too.
    r = services.checkout.refund(earn.visit_id, None, "returned")
    assert r.full and r.shortfall == {}
    assert held(services, member.id, coffee.id) == (0, 0)
    assert clean(services)


def test_voiding_a_redemption_gives_the_reward_back_on_a_switched_off_card(services, member, ready):
    r = services.checkout.confirm(member.id, Req(redeem_stamps={ready.id: 1}), "redeem")
    assert held(services, member.id, ready.id) == (3, 0)
    services.visits.void(r.visit_id, "the customer left")
    assert held(services, member.id, ready.id) == (3, 1)
    # ... and it can be redeemed again.
    services.checkout.confirm(member.id, Req(redeem_stamps={ready.id: 1}), "redeem-again")
    assert held(services, member.id, ready.id) == (3, 0)
    assert clean(services)


def test_stamps_on_a_switched_off_card_lapse_by_its_rule_rewards_stay(
    services, member, coffee, clock
):
    coffee = services.programs.update(replace(coffee, expiry_days=30))
    services.checkout.confirm(member.id, Req(stamp_items={coffee.id: 13}), "fill")
    services.programs.switch(coffee.id, False)
    clock.advance(days=31)
    assert services.visits.expire_all() == 3
    assert held(services, member.id, coffee.id) == (0, 1)
    services.checkout.confirm(member.id, Req(redeem_stamps={coffee.id: 1}), "late")
    assert held(services, member.id, coffee.id) == (0, 0)
    assert clean(services)


def test_switched_on_again_it_stamps_again(services, member, ready):
    services.programs.switch(ready.id, True)
    services.checkout.confirm(member.id, Req(stamp_items={ready.id: 7}), "more")
    assert held(services, member.id, ready.id) == (0, 2)
    assert clean(services)
