"""Property tests of the ledger of lots: any history, refunded in any order, ends where
it started; nothing goes negative; a debt is only ever what was really spent.

The histories mix visits that earn and spend points (as a reward, or as money), punch
cards completed and redeemed, partial and full refunds, voids, expiry days and the
expiry job, on the pure model of ``tests/domain/lot_model.py``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.ledger import Account, Entry, Kind
from tests.domain.lot_model import History

OPENING_POINTS = 40  # the member's points before the history: never expire
OPENING_STAMPS = 2

op = st.one_of(
    st.tuples(st.just("visit"), st.integers(0, 150), st.integers(0, 150), st.booleans()),
    st.tuples(st.just("card"), st.integers(0, 7), st.integers(0, 2), st.just(False)),
    st.tuples(st.just("refund"), st.integers(0, 40), st.integers(1, 100), st.booleans()),
    st.tuples(st.just("void"), st.integers(0, 40), st.just(0), st.just(False)),
    st.tuples(st.just("day"), st.integers(1, 20), st.just(0), st.just(False)),
    st.tuples(st.just("expire"), st.just(0), st.just(0), st.just(False)),
)


class Member:
    """A points balance and a 5-stamp card, with the charged amount of each visit."""

    def __init__(self) -> None:
        self.points = History(days=30, expiring=("points",))
        self.card = History(needed=5, days=30, expiring=("stamps",))
        self.points.adjust("points", OPENING_POINTS)
        self.card.adjust("stamps", OPENING_STAMPS)
        self.charged: dict[int, int] = {}
        self.refunded: dict[int, int] = {}
        self.gone: set[int] = set()

    def histories(self) -> tuple[History, History]:
        return self.points, self.card

    def advance(self, days: int) -> None:
        for h in self.histories():
            h.day += days

    def visit(self, earn: int, spend: int, pays: bool) -> None:
        held = self.points.held("points")
        spend = min(spend, held)
        entries = []
        if spend:
            entries.append(Entry(0, Account.POINTS, Kind.REDEEM, -spend, pays=pays))
        if earn:
            entries.append(Entry(0, Account.POINTS, Kind.EARN, earn))
        self._write(self.points, entries, charged=100 + 7 * earn)

    def stamp(self, items: int, redeem: int) -> None:
        redeem = min(redeem, self.card.held("rewards"))
        entries = []
        if redeem:
            entries.append(Entry(0, Account.REWARDS, Kind.REDEEM, -redeem))
        stamps = self.card.held("stamps") + items
        if items:
            entries.append(Entry(0, Account.STAMPS, Kind.EARN, items))
            if stamps >= 5:
                cards = stamps // 5
                entries.append(Entry(0, Account.STAMPS, Kind.COMPLETE, -5 * cards))
                entries.append(Entry(0, Account.REWARDS, Kind.COMPLETE, cards))
        self._write(self.card, entries, charged=300 * max(1, items))

    def _write(self, h: History, entries: list[Entry], charged: int) -> None:
        for other in self.histories():
            other.expire()  # the checkout expires first, as the services do
        if not entries:
            return
        vid = len(self.charged) + 1
        self.charged[vid] = charged
        h.visit(vid, charged, entries)
        # The other balance sees the visit too (it earned nothing there).
        other = self.card if h is self.points else self.points
        other.charged[vid] = charged

    def live_visits(self) -> list[int]:
        return [v for v in self.charged if v not in self.gone]

    def refund(self, vid: int, amount: int | None, void: bool = False) -> dict[str, int]:
        """Refund (or void) in both balances; returns the shortfall per account."""
        short: dict[str, int] = {}
        if void:
            changes = []
            for h in self.histories():
                snapshot = (list(h.rows), dict(h.lives), dict(h.cancelled), dict(h.lapses))
                changes.append((h, snapshot, h.refund(vid, None, void=True)))
            if any(c.shortfall(a) for _, _, c in changes for a in c.accounts()):
                for h, snap, _ in changes:  # refused: nothing changes
                    h.rows, h.lives, h.cancelled, h.lapses = snap
                    h.refunded.pop(vid, None)
                    h.gone.discard(vid)
                return {}
            self.gone.add(vid)
            return {}
        for h in self.histories():
            change = h.refund(vid, amount)
            for a in change.accounts():
                if change.shortfall(a):
                    short[a] = short.get(a, 0) + change.shortfall(a)
        before = self.refunded.get(vid, 0)
        after = self.charged[vid] if amount is None else before + amount
        self.refunded[vid] = after
        if after >= self.charged[vid]:
            self.gone.add(vid)
        return short


def spent_and_kept(h: History, account: str) -> int:
    """What the history's visits really spent of ``account`` and still count as spent."""
    total = 0
    for row in h.rows:
        if row.account == account and row.kind == "redeem" and row.visit_id not in h.gone:
            total += -row.delta - h.cancelled.get(row.id, 0)
    return total


def check(m: Member) -> None:
    for h, accounts in ((m.points, ("points",)), (m.card, ("stamps", "rewards"))):
        state = h.state()
        for a in accounts:
            held, owed = state.held(a), state.owed(a)
            assert held >= 0 and owed >= 0
            assert not (owed and held), "a balance that owes holds nothing"
            # A debt is only ever value really spent and not handed back (stamps are
            # never spent, only turned into rewards, so they never owe).
            assert owed <= (0 if a == "stamps" else spent_and_kept(h, a))
        for lot in state.lots.values():
            assert 0 <= lot.remaining <= lot.live <= lot.amount


@settings(max_examples=400, deadline=None)
@given(st.lists(op, max_size=30), st.data())
def test_refunding_every_visit_in_any_order_returns_every_balance(ops, data):
    m = Member()
    for kind, a, b, flag in ops:
        if kind == "visit":
            m.visit(a, b, flag)
        elif kind == "card":
            m.stamp(a, b)
        elif kind == "day":
            m.advance(a)
        elif kind == "expire":
            for h in m.histories():
                h.expire()
        elif m.live_visits():
            vid = m.live_visits()[a % len(m.live_visits())]
            if kind == "void":
                m.refund(vid, None, void=True)
            else:
                left = m.charged[vid] - m.refunded.get(vid, 0)
                amount = None if flag else max(1, left * b // 100)
                m.refund(vid, None if amount is None or amount >= left else amount)
        check(m)
    order = data.draw(st.permutations(m.live_visits()))
    for vid in order:
        m.refund(vid, None)
        check(m)
    assert m.points.held("points") == OPENING_POINTS
    assert m.points.owed("points") == 0
    # The card's opening stamps stay unless a catch-up card completion used them.
    stamps, rewards = m.card.held("stamps"), m.card.held("rewards")
    assert stamps + 5 * rewards == OPENING_STAMPS
    assert m.card.owed("stamps") == m.card.owed("rewards") == 0


@settings(max_examples=300, deadline=None)
@given(st.lists(op, max_size=25))
def test_a_refund_in_steps_equals_one_refund(ops):
    """Refunding a visit in two steps leaves what refunding it at once leaves."""
    one, two = Member(), Member()
    for m in (one, two):
        for kind, a, b, flag in ops:
            if kind == "visit":
                m.visit(a, b, flag)
            elif kind == "card":
                m.stamp(a, b)
    if not one.live_visits():
        return
    vid = one.live_visits()[0]
    half = one.charged[vid] // 2
    one.refund(vid, None)
    if half:
        two.refund(vid, half)
    two.refund(vid, None)
    for h1, h2 in zip(one.histories(), two.histories(), strict=True):
        for a in ("points", "stamps", "rewards"):
            assert (h1.held(a), h1.owed(a)) == (h2.held(a), h2.owed(a))
