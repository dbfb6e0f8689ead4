"""The member panel's extra figures, and the refund preview agreeing with the refund."""

from __future__ import annotations

import pytest

from loyalty_pos.domain.errors import Refused
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.schemes import CreditProgram, PassProgram, PointsProgram, Tier
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.services.member_extras import member_extras
from loyalty_pos.services.refund_preview import preview_refund

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def test_points_credit_passes_tier_and_what_expires_soon(services, clock, member):
    services.schemes.add_points(PointsProgram(0, "Points", 1, 100, point_value=5, expiry_days=60))
    services.schemes.add_credit(CreditProgram(0, "Cashback", 1000, expiry_days=365))
    wash = services.schemes.add_pass(PassProgram(0, "Wash pass", 5, 10000))
    services.schemes.add_tier(Tier(0, "Gold", 1, min_spend=3000))
    co = services.checkout
    co.confirm(member.id, CheckoutRequest(amount=4000, buy_passes={wash.id: 1}), "a")
    clock.advance(days=40)
    co.confirm(member.id, CheckoutRequest(amount=1000, use_passes={wash.id: 1}), "b")
    x = member_extras(services.db, clock, member.id)
    assert [(p.name, p.points, p.point_value) for p in x.points] == [("Points", 150, 5)]
    # 140 points from the first visit lapse 60 days after it: within the next 30 days
    assert x.points[0].expiring == 140
    assert x.credit == 1500 and x.credit_expiring == 0 and x.has_credit_program
    assert [(p.name, p.uses) for p in x.passes] == [("Wash pass", 4)]
    assert x.tier == "Gold"
    assert x.anything_expiring


def test_a_refunded_visit_does_not_count_as_held_points(services, clock, member):
    points = services.schemes.add_points(PointsProgram(0, "Points", 1, 100, expiry_days=60))
    old = services.checkout.confirm(member.id, CheckoutRequest(amount=5000), "a")
    clock.advance(days=45)
    services.checkout.confirm(member.id, CheckoutRequest(amount=2000), "b")
    services.checkout.refund(old.visit_id, None, "returned")
    x = member_extras(services.db, clock, member.id)
    assert x.points[0].points == 20
    assert x.points[0].expiring == 0  # the 50 old points were taken back by the refund
    assert services.checkout.ledger.balances(member.id)[(points.id, Account.POINTS)] == 20


def test_refund_preview_is_what_the_refund_writes(services, member):
    services.schemes.add_points(PointsProgram(0, "Points", 1, 100))
    visit = services.checkout.confirm(member.id, CheckoutRequest(amount=3333), "a")
    preview = preview_refund(services.db, visit.visit_id, 1111)
    assert not preview.full and preview.left == 3333
    before = services.checkout.ledger.balances(member.id)
    services.checkout.refund(visit.visit_id, 1111, "part")
    after = services.checkout.ledger.balances(member.id)
    moved = {k: after.get(k, 0) - before.get(k, 0) for k in after}
    expected: dict = {}
    for e in preview.entries:
        expected[(e.program_id, e.account)] = expected.get((e.program_id, e.account), 0) + e.delta
    assert {k: v for k, v in moved.items() if v} == expected
    # The preview of a visit refunded in full is refused like the refund.
    services.checkout.refund(visit.visit_id, None, "rest")
    with pytest.raises(Refused, match="already refunded in full"):
        preview_refund(services.db, visit.visit_id, None)
