"""Random histories through the services, on a real file, checked after every step.

Checkouts earn and spend points (as money and for a catalogue reward), store credit,
stamps, punch-card rewards, pass uses and a gift card; refunds in part and in full,
voids, days passing and the expiry job come in between. After every step the file's
own check holds (every cached balance equals its ledger rows and its lots, every row
explains its lot moves) and every member's lots equal a replay of their history; the
refund preview equals the refund it previews. At the end every visit still counting is
refunded, in a random order, and every balance is back where it started, with no debt.
"""

from __future__ import annotations

import contextlib
import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import Refused, UserError
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.schemes import (
    CatalogueReward,
    CreditProgram,
    PassProgram,
    PointsProgram,
)
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.services.refund_plans import RefundPlanner
from loyalty_pos.services.refund_preview import preview_refund
from tests.conftest import FakeClock

START = datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest"))
OPENING = {"points": 25, "credit": 400, "stamps": 1, "gift": 30_000}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A shop with every kind of balance, and one member with opening balances."""
    path = tmp_path_factory.mktemp("ledger") / "template.sqlite3"
    build_template(path)
    return path


def build_template(path: Path | str) -> None:
    """The template shop in a file or (a URL) on a server."""
    s = Services.open(path, clock=FakeClock(START), staff_id=OWNER_STAFF)
    points = s.schemes.add_points(
        PointsProgram(0, "Points", 1, 100, point_value=10, expiry_days=30)
    )
    credit = s.schemes.add_credit(CreditProgram(0, "Cashback", 300))
    card = s.programs.add(StampProgram(0, "Coffee", 4, "Free coffee", expiry_days=45))
    s.schemes.add_pass(PassProgram(0, "Washes", 3, 3_000))
    s.schemes.add_reward(CatalogueReward(0, points.id, "Cake", 20, RewardKind.FIXED_DISCOUNT, 300))
    member = s.members.enroll(MemberInput("Ødegård Kari"))
    s.adjustments.adjust(member.id, points.id, Account.POINTS, OPENING["points"], "opening")
    s.adjustments.adjust(member.id, credit.id, Account.CREDIT, OPENING["credit"], "opening")
    s.adjustments.adjust(member.id, card.id, Account.STAMPS, OPENING["stamps"], "opening")
    s.settings.set("discounts_per_visit", "0")
    s.gift_cards.issue(OPENING["gift"])
    s.close()


visit = st.fixed_dictionaries(
    {
        "amount": st.integers(0, 20_000),
        "pay_points": st.integers(0, 60),
        "reward": st.booleans(),
        "credit": st.integers(0, 400),
        "stamps": st.integers(0, 6),
        "redeem": st.integers(0, 1),
        "gift": st.integers(0, 3),
        "buy_pass": st.integers(0, 1),
        "use_pass": st.integers(0, 2),
    }
)
op = st.one_of(
    st.tuples(st.just("visit"), visit),
    st.tuples(st.just("refund"), st.tuples(st.integers(0, 30), st.integers(0, 100))),
    st.tuples(st.just("void"), st.integers(0, 30)),
    st.tuples(st.just("days"), st.integers(1, 25)),
    st.tuples(st.just("expire"), st.just(0)),
)


class Shop:
    def __init__(self, path: Path | str) -> None:
        self.clock = FakeClock(START)
        self.s = Services.open(path, clock=self.clock)
        self.member = self.s.members.search("Odegard")[0].id
        p = {r[1]: r[0] for r in self.s.db.execute("SELECT id, name FROM programs")}
        self.points, self.credit, self.card, self.washes = (
            p["Points"], p["Cashback"], p["Coffee"], p["Washes"]
        )  # fmt: skip
        self.reward = self.s.db.execute("SELECT id FROM rewards").fetchone()[0]
        self.gift = self.s.db.execute("SELECT code FROM gift_cards").fetchone()[0]
        self.visits: list[int] = []
        self.n = 0

    def held(self) -> dict[tuple[int, Account], int]:
        return {k: v for k, v in self.s.checkout.ledger.balances(self.member).items() if v}

    def gift_balance(self) -> int:
        return self.s.gift_cards.show(self.gift).balance

    def checkout(self, v: dict) -> None:
        self.n += 1
        req = Req(
            amount=v["amount"],
            use_points={self.points: v["pay_points"]} if v["pay_points"] else {},
            redeem_rewards=(self.reward,) if v["reward"] else (),
            use_credit=v["credit"],
            stamp_items={self.card: v["stamps"]} if v["stamps"] else {},
            redeem_stamps={self.card: v["redeem"]} if v["redeem"] else {},
            gift_card_code=self.gift if v["gift"] == 3 else None,
            buy_passes={self.washes: 1} if v["buy_pass"] else {},
            use_passes={self.washes: v["use_pass"]} if v["use_pass"] else {},
        )
        try:
            r = self.s.checkout.confirm(self.member, req, f"v{self.n}")
        except (Refused, UserError):
            return
        self.visits.append(r.visit_id)

    def refund(self, visit_id: int, amount: int | None) -> None:
        try:
            preview = preview_refund(self.s.db, visit_id, amount, self.clock)
        except (Refused, UserError):
            with pytest.raises((Refused, UserError)):
                self.s.checkout.refund(visit_id, amount, "test")
            return
        before, gift_before = self.held(), self.gift_balance()
        r = self.s.checkout.refund(visit_id, amount, "test")
        after = self.held()
        moved = {
            k: after.get(k, 0) - before.get(k, 0)
            for k in set(before) | set(after)
            if after.get(k, 0) != before.get(k, 0)
        }
        # The preview is the refund.
        assert moved == {(e.program_id, e.account): e.delta for e in preview.entries}
        assert r.shortfall == preview.shortfall and r.tenders == preview.tenders
        assert self.gift_balance() - gift_before == r.tenders.gift
        # Every unit of the refund goes to exactly one tender, none negative.
        t = r.tenders
        assert min(t.cash, t.credit, t.gift) >= 0
        assert t.cash + t.credit + t.gift == r.amount

    def check(self) -> None:
        report = self.s.maintenance.check(full=False)
        assert report.ok, report.problems
        planner = RefundPlanner(self.s.db)
        for pid in (self.points, self.credit, self.card, self.washes):
            assert planner.verify((self.member, pid)) == []
        assert all(v >= 0 for v in self.held().values())


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(op, max_size=18), st.data())
def test_random_histories_refunded_in_any_order_end_where_they_started(
    template, tmp_path_factory, ops, data
):
    path = tmp_path_factory.mktemp("example") / "shop.sqlite3"
    shutil.copy(template, path)
    shop = Shop(path)
    try:
        play(shop, ops, data)
    finally:
        shop.s.close()


def play(shop: Shop, ops: list, data: st.DataObject) -> None:
    """A random history, then every visit refunded in a random order: every balance is
    back where it started, each tender got back what it paid (also run on a server,
    ``test_ledger_properties_server.py``)."""
    opening = shop.held()
    for kind, arg in ops:
        if kind == "visit":
            shop.checkout(arg)
        elif kind == "days":
            shop.clock.advance(days=arg)
        elif kind == "expire":
            shop.s.visits.expire_all()
        elif shop.visits:
            if kind == "void":
                vid = shop.visits[arg % len(shop.visits)]
                with contextlib.suppress(Refused, UserError):
                    shop.s.visits.void(vid, "test")
            else:
                index, pct = arg
                vid = shop.visits[index % len(shop.visits)]
                row = shop.s.db.execute(
                    "SELECT charged - refunded FROM visits WHERE id = ?", [vid]
                ).fetchone()
                left = row[0]
                shop.refund(vid, None if pct == 0 else max(1, left * pct // 100))
        shop.check()
    counting = [
        vid
        for (vid,) in shop.s.db.execute(
            "SELECT id FROM visits WHERE status = 'confirmed' ORDER BY id"
        )
    ]
    for vid in data.draw(st.permutations(counting)):
        shop.refund(vid, None)
        shop.check()
    # Back where it started: what expired stays expired, so only the opening
    # balances that never expire (credit, and the points and stamps adjusted in)
    # are compared; no debt is left anywhere.
    assert shop.held() == opening
    # Each fully refunded visit gave back exactly what each tender paid.
    for paid_gift, paid_credit, cash_paid, gift, credit, cash in shop.s.db.execute(
        "SELECT v.paid_gift, v.paid_credit, v.charged - v.paid_gift - v.paid_credit, "
        "SUM(r.gift_back), SUM(r.credit_back), SUM(r.cash_back - r.gift_as_cash * r.gift_back) "
        "FROM visits v JOIN refunds r ON r.visit_id = v.id WHERE v.status = 'refunded' "
        "GROUP BY v.id"
    ):
        assert (gift, credit, cash) == (paid_gift, paid_credit, cash_paid)
    assert shop.gift_balance() == OPENING["gift"]
    owed = shop.s.db.execute("SELECT COALESCE(SUM(owed), 0) FROM balances").fetchone()[0]
    assert owed == 0
