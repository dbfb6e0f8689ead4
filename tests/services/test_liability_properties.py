"""The liability statement over random histories written through the services.

Checkouts that earn and spend points, credit, pass uses and punch-card rewards,
refunds in part and in full, voids, corrections, gift cards sold, spent, corrected,
voided and lapsing, and days passing so that points, credit and stamps expire. The
balances are noted at the start of every day; for periods between those days, every
line of the statement must open and close at the noted balances, obey
opening + issued − redeemed − expired ± refunded ± adjusted = closing, read the same
forward and backward, and value its money as the definitions say.

Refunds replay the ledger of lots, so the refund rows here include what a refund
gives back of an expiry and the debts later earnings pay (``docs/ledger.md``).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from math import floor
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.schemes import CreditProgram, PassProgram, PointsProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.store.database import connect, migrate
from loyalty_pos.store.ledger import LedgerStore

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

TZ = ZoneInfo("Europe/Budapest")
FIRST_DAY = date(2026, 1, 5)


class Clock:
    def __init__(self) -> None:
        self.now = datetime.combine(FIRST_DAY, datetime.min.time(), TZ).replace(hour=10)

    def __call__(self) -> datetime:
        return self.now


small = st.integers(0, 6)
visit = st.tuples(
    st.just("visit"), small, st.integers(0, 5000), st.integers(0, 4),
    st.sampled_from(("", "", "points", "credit", "buy", "use", "redeem")), small,
)  # fmt: skip
steps = st.lists(
    st.one_of(
        *[visit] * 6,  # most steps are checkouts
        st.tuples(st.just("refund"), small, st.one_of(st.none(), st.integers(1, 3000))),
        st.tuples(st.just("void"), small),
        st.tuples(st.just("adjust"), small, st.integers(0, 3), st.integers(-30, 30)),
        st.tuples(st.just("gift_issue"), st.integers(1, 9000), st.one_of(st.none(), small)),
        st.tuples(st.just("gift_pay"), small, st.integers(1, 3000)),
        st.tuples(st.just("gift_adjust"), small, st.integers(-2000, 2000)),
        st.tuples(st.just("gift_void"), small),
        st.tuples(st.just("day"), st.integers(1, 25)),
    ),
    min_size=15,
    max_size=60,
)  # fmt: skip


def balances(services: Services) -> dict[tuple[int | None, str], int]:
    """Every balance summed over its holders, gift cards under (None, 'gift_cards')."""
    out = {
        (pid, account): total
        for pid, account, total in services.db.execute(
            "SELECT program_id, account, sum(value) FROM balances GROUP BY 1, 2"
        )
    }
    gift = services.db.execute("SELECT coalesce(sum(balance), 0) FROM gift_cards").fetchone()[0]
    out[None, "gift_cards"] = gift
    return out


def run(services: Services, clock: Clock, sequence, members: list[int], programs: dict) -> dict:
    """Play ``sequence``; returns the balances noted at the start of each day."""
    noted = {FIRST_DAY: balances(services)}
    visits: list[int] = []
    cards: list[str] = []
    ledger = LedgerStore(services.db)
    requests = itertools.count()
    pts, credit, wash, coffee = (programs[k].id for k in ("points", "credit", "wash", "coffee"))
    for step in sequence:
        clock.now += timedelta(minutes=1)
        kind, *a = step
        try:
            if kind == "visit":
                m, amount, stamps, option, n = a
                member = members[m % len(members)]
                wanted = {"redeem": (coffee, Account.REWARDS), "use": (wash, Account.PASSES)}
                if option in wanted:  # a member who holds one, if anybody does
                    member = next(
                        (x for x in members if ledger.balances(x).get(wanted[option])), member
                    )
                held = ledger.balances(member)  # spend what is there, mostly
                req = Req(
                    amount=amount,
                    stamp_items={coffee: stamps} if stamps else {},
                    use_points={pts: min(n * 10 + 1, held.get((pts, Account.POINTS), 0))}
                    if option == "points"
                    else {},
                    use_credit=min(n * 50 + 1, held.get((credit, Account.CREDIT), 0))
                    if option == "credit"
                    else 0,
                    buy_passes={wash: 1} if option == "buy" else {},
                    use_passes={wash: 1} if option == "use" else {},
                    redeem_stamps={coffee: 1} if option == "redeem" else {},
                )
                r = services.checkout.confirm(member, req, f"r{next(requests)}")
                visits.append(r.visit_id)
            elif kind == "refund" and visits:
                services.checkout.refund(visits[a[0] % len(visits)], a[1], "back")
            elif kind == "void" and visits:
                services.visits.void(visits[a[0] % len(visits)], "wrong")
            elif kind == "adjust":
                member = members[a[0] % len(members)]
                pid, account = [
                    (pts, Account.POINTS),
                    (credit, Account.CREDIT),
                    (wash, Account.PASSES),
                    (coffee, Account.STAMPS),
                ][a[1]]
                delta = max(a[2], -ledger.balances(member).get((pid, account), 0))
                if delta:
                    services.adjustments.adjust(member, pid, account, delta, "fix")
            elif kind == "gift_issue":
                ends = clock.now.date() + timedelta(days=a[1] + 1) if a[1] is not None else None
                cards.append(services.gift_cards.issue(a[0], expires_on=ends).code)
            elif kind == "gift_pay" and cards:
                code = cards[a[0] % len(cards)]
                r = services.checkout.confirm(
                    None, Req(amount=a[1], gift_card_code=code), f"r{next(requests)}"
                )
                visits.append(r.visit_id)
            elif kind == "gift_adjust" and cards and a[1]:
                services.gift_cards.adjust(cards[a[0] % len(cards)], a[1], "fix")
            elif kind == "gift_void" and cards:
                services.gift_cards.void(cards[a[0] % len(cards)], "lost")
            elif kind == "day":
                clock.now += timedelta(days=a[0])
                noted[clock.now.date()] = balances(services)  # nothing written yet today
                services.visits.expire_all()
                services.gift_cards.expire_all()
        except UserError:
            pass  # refused: nothing changed
    return noted


def _now(services: Services) -> str:
    from loyalty_pos.domain.clock import to_db

    return to_db(services.clock())


@settings(max_examples=120, deadline=None)
@given(steps, st.data())
def test_every_line_opens_and_closes_at_the_balances_and_adds_up(sequence, data):
    db = connect(":memory:")
    migrate(db)
    clock = Clock()
    services = Services.over(db, clock=clock, staff_id=OWNER_STAFF)
    s = services.schemes
    programs = {
        "points": s.add_points(PointsProgram(0, "Points", 1, 100, point_value=10, expiry_days=30)),
        "credit": s.add_credit(CreditProgram(0, "Cashback", 500, expiry_days=30)),
        "wash": s.add_pass(PassProgram(0, "3 washes", 3, 1000)),
        "coffee": services.programs.add(
            StampProgram(0, "Coffee", 3, "900 off", RewardKind.FIXED_DISCOUNT, 900, expiry_days=20)
        ),
    }
    members = [services.members.enroll(MemberInput(f"M{i}")).id for i in range(3)]
    noted = run(services, clock, sequence, members, programs)
    noted[clock.now.date() + timedelta(days=1)] = balances(services)  # today's end
    days = sorted(noted)
    pairs = [(days[0], days[-1])]
    if len(days) > 2:
        pairs.append(tuple(sorted(data.draw(st.lists(st.sampled_from(days), min_size=2,
                                                       max_size=2, unique=True)))))  # fmt: skip
    for start, end in pairs:
        forward = services.liability.statement(start, end, side="forward")
        backward = services.liability.statement(start, end, side="backward")
        assert forward == backward
        assert forward.balanced
        for line in forward.lines:
            key = (line.program_id, line.account)
            assert line.counts.opening == noted[start].get(key, 0), (line, start)
            assert line.counts.closing == noted[end].get(key, 0), (line, end)
            assert line.counts.balanced and (line.money is None or line.money.balanced)
            if line.money is not None:
                assert line.money.opening == floor(line.counts.opening * line.unit)
                assert line.money.closing == floor(line.counts.closing * line.unit)
        listed = {(x.program_id, x.account) for x in forward.lines}
        held = {k for k, v in noted[end].items() if v} | {k for k, v in noted[start].items() if v}
        assert held <= listed  # nothing owed is left out
