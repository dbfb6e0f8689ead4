"""Several tills spending one member's balances at the same moment, on one server.

Four processes (four tills, each its own connection and till name) start together on a
shared start time and each tries the same spends again and again: a catalogue reward
paid in points, store credit, a pass use, a gift card, a single-use coupon. The
server is the authority: whatever the interleaving, a balance never goes below zero, a
single-use coupon is used once, and every cached balance still equals its ledger (the
shop's own check). Two tills sending one request id (a retry that went to another
till) write one visit.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.domain.schemes import CatalogueReward, CreditProgram, PassProgram, PointsProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import OWNER_STAFF, Services
from tests import pg_support

TILLS = 4
TRIES = 4

# One till: wait for the shared start, then try every spend TRIES times; print what
# went through (visit ids) and what was refused.
TILL = r"""
import json, sys, time
from loyalty_pos.domain.errors import UserError
from loyalty_pos.services import Services
from loyalty_pos.services.checkout import CheckoutRequest as Req

url, till, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
spends = json.loads(sys.argv[4])
s = Services.open(url, till=till, branch="main")
done = {name: [] for name in spends}
refused = {name: 0 for name in spends}
while time.time() < start:
    time.sleep(0.001)
for i in range(int(sys.argv[5])):
    for name, (member, fields) in spends.items():
        if name == "shared":
            rid = "shared-request"
        else:
            rid = f"{till}-{name}-{i}"
        req = dict(fields)
        for key in ("use_passes", "use_points"):
            if key in req:
                req[key] = {int(k): v for k, v in req[key].items()}
        if "redeem_rewards" in req:
            req["redeem_rewards"] = tuple(req["redeem_rewards"])
        try:
            r = s.checkout.confirm(member, Req(**req), rid)
            done[name].append(r.visit_id)
        except UserError:
            refused[name] += 1
s.close()
print(json.dumps({"done": done, "refused": refused}))
"""


@pytest.fixture
def shop():
    server = pg_support.server()
    url = server.fresh()
    s = Services.open(url, staff_id=OWNER_STAFF, till="office")
    points = s.schemes.add_points(PointsProgram(0, "Points", 1, 100))
    credit = s.schemes.add_credit(CreditProgram(0, "Cashback", 500))
    washes = s.schemes.add_pass(PassProgram(0, "Washes", 10, 20_000))
    reward = s.schemes.add_reward(
        CatalogueReward(0, points.id, "500 off", 30, RewardKind.FIXED_DISCOUNT, 500)
    )
    member = s.members.enroll(MemberInput("Nguyễn Văn Đức"))
    s.adjustments.adjust(member.id, points.id, Account.POINTS, 100, "opening")
    s.adjustments.adjust(member.id, credit.id, Account.CREDIT, 1000, "opening")
    s.adjustments.adjust(member.id, washes.id, Account.PASSES, 3, "opening")
    card = s.gift_cards.issue(3000)
    offer = s.coupons.add_offer(CouponOffer(0, "200 off", RewardKind.FIXED_DISCOUNT, 200))
    code = s.coupons.issue(offer.id, member.id)
    ids = {"points": points.id, "credit": credit.id, "washes": washes.id}
    s.close()
    spends = {
        # 500 of 500 taken off by the reward: nothing charged, nothing earned
        "reward": (member.id, {"amount": 500, "redeem_rewards": [reward.id]}),
        "credit": (member.id, {"amount": 300, "use_credit": 300}),
        "pass": (member.id, {"amount": 0, "use_passes": {washes.id: 1}}),
        "gift": (None, {"amount": 1000, "gift_card_code": card.code}),
        "coupon": (member.id, {"amount": 200, "coupon_code": code}),  # nothing charged
        "shared": (None, {"amount": 1000}),  # a sale without a member: earns nothing
    }
    yield url, member.id, ids, card.code, spends
    server.drop(url)


def _tills(url: str, spends: dict) -> list[dict]:
    start = time.time() + 3.0  # every till connected and waiting before it
    args = [json.dumps(spends), str(TRIES)]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", TILL, url, f"till{n}", str(start), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(TILLS)
    ]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=110)
        assert p.returncode == 0, stderr[-2000:]
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return out


def test_four_tills_never_overspend_and_never_use_a_coupon_twice(shop):
    url, member_id, ids, card_code, spends = shop
    results = _tills(url, spends)
    went = {name: sum(len(r["done"][name]) for r in results) for name in spends}
    refused = {name: sum(r["refused"][name] for r in results) for name in spends}
    tries = TILLS * TRIES
    # exactly what the balances allowed went through; every other try was refused
    assert went["reward"] == 100 // 30 and refused["reward"] == tries - 3
    assert went["credit"] == 1000 // 300 and refused["credit"] == tries - 3
    assert went["pass"] == 3 and refused["pass"] == tries - 3
    assert went["gift"] == 3 and refused["gift"] == tries - 3
    assert went["coupon"] == 1 and refused["coupon"] == tries - 1
    # one request id, sent by four tills four times each: one visit, the same for all
    shared = {v for r in results for v in r["done"]["shared"]}
    assert len(shared) == 1 and went["shared"] == tries
    s = Services.open(url, till="office")
    try:
        balances = s.checkout.ledger.balances(member_id)
        assert balances[(ids["points"], Account.POINTS)] == 100 - 3 * 30
        assert balances[(ids["credit"], Account.CREDIT)] == 1000 - 3 * 300
        assert balances[(ids["washes"], Account.PASSES)] == 0
        assert s.gift_cards.show(card_code).balance == 0
        shared_rows = "SELECT COUNT(*) FROM visits WHERE request_id = 'shared-request'"
        assert s.db.execute(shared_rows).fetchone()[0] == 1
        # every till's visits carry its name (m017), and it linked them in its own chain
        for n, r in enumerate(results):
            mine = [v for name, ids_ in r["done"].items() if name != "shared" for v in ids_]
            for vid in mine:
                till = s.db.execute("SELECT till FROM visits WHERE id = ?", [vid]).fetchone()
                assert till == (f"till{n}",)
                link = s.db.execute(
                    "SELECT till FROM chain WHERE tbl = 'visits' AND row_id = ?", [vid]
                ).fetchone()
                assert link == (f"till{n}",)
        report = s.maintenance.check(full=True)
        assert report.problems == []
    finally:
        s.close()
