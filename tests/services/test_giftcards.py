"""Gift cards through the service: sell, look up, pay, refund, void, correct, check."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.cardnumber import make_card_number
from loyalty_pos.domain.errors import InvalidCode, NotFound, Refused, UserError
from loyalty_pos.services import Services
from loyalty_pos.store.database import connect, migrate

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def ledger(services: Services, code: str) -> list[tuple[str, int]]:
    return [
        tuple(r)
        for r in services.db.execute(
            "SELECT kind, delta FROM gift_card_ledger WHERE code = ? ORDER BY id", [code]
        ).fetchall()
    ]


def test_issue_writes_an_issue_row_and_the_cached_balance(services):
    card = services.gift_cards.issue(5000)
    assert (card.initial_value, card.balance, card.status) == (5000, 5000, "active")
    assert card.code.startswith("29") and len(card.code) == 13
    assert ledger(services, card.code) == [("issue", 5000)]
    staff = services.db.execute("SELECT staff_id FROM gift_card_ledger").fetchone()[0]
    assert staff == services.actor.staff_id


def test_issue_uses_the_shop_prefix_and_the_same_request_once(services):
    services.shop.set("card_prefix", "27")
    first = services.gift_cards.issue(1000, request_id="abc")
    again = services.gift_cards.issue(1000, request_id="abc")
    assert first.code == again.code and first.code.startswith("27")
    assert services.db.execute("SELECT COUNT(*) FROM gift_cards").fetchone()[0] == 1


@pytest.mark.parametrize("amount", [0, -5, 100_000_001])
def test_issue_refuses_bad_amounts(services, amount):
    with pytest.raises(UserError, match="more than zero"):
        services.gift_cards.issue(amount)
    assert services.db.execute("SELECT COUNT(*) FROM gift_cards").fetchone()[0] == 0


def test_issue_refuses_an_expiry_in_the_past(services):
    with pytest.raises(UserError, match="expire after today"):
        services.gift_cards.issue(1000, expires_on=date(2026, 3, 10))


def test_show_accepts_gc_prefix_and_explains_wrong_codes(services, member):
    card = services.gift_cards.issue(1000)
    assert services.gift_cards.show("gc" + card.code).code == card.code
    wrong = card.code[:-1] + str((int(card.code[-1]) + 1) % 10)
    with pytest.raises(InvalidCode, match="check digit"):
        services.gift_cards.show(wrong)
    with pytest.raises(NotFound, match="There is no gift card"):
        services.gift_cards.show(make_card_number("29", 42))
    with pytest.raises(NotFound, match="is a member card, not a gift card"):
        services.gift_cards.show(member.card_number)


def test_usable_refusals(services, clock):
    card = services.gift_cards.issue(1000, expires_on=date(2026, 3, 20))
    with pytest.raises(Refused, match="holds only 1000 HUF"):
        services.gift_cards.usable(card.code, 1001)
    assert services.gift_cards.usable(card.code, 1000).balance == 1000
    clock.advance(days=11)
    with pytest.raises(Refused, match="expired on 2026-03-20"):
        services.gift_cards.usable(card.code, 1)


def test_redeem_in_parts_then_used_up(services, make_visit):
    card = services.gift_cards.issue(1000)
    assert services.gift_cards.redeem(card.code, 600, make_visit()) == 400
    assert services.gift_cards.redeem(card.code, 400, make_visit()) == 0
    with pytest.raises(Refused, match="used up"):
        services.gift_cards.redeem(card.code, 1, make_visit())
    assert services.gift_cards.show(card.code).balance == 0
    assert services.gift_cards.check() == []


def test_redeem_refuses_more_than_the_balance_and_changes_nothing(services, make_visit):
    card = services.gift_cards.issue(1000)
    with pytest.raises(Refused, match="holds only"):
        services.gift_cards.redeem(card.code, 1001, make_visit())
    with pytest.raises(UserError, match="more than zero"):
        services.gift_cards.redeem(card.code, 0, make_visit())
    assert ledger(services, card.code) == [("issue", 1000)]


def test_full_refund_restores_once(services, make_visit, make_refund):
    a = services.gift_cards.issue(1000)
    b = services.gift_cards.issue(500)
    visit = make_visit()
    services.gift_cards.redeem(a.code, 700, visit)
    services.gift_cards.redeem(b.code, 500, visit)
    assert services.gift_cards.restore_for_refund(visit, make_refund(visit)) == 1200
    assert services.gift_cards.restore_for_refund(visit, make_refund(visit)) == 0
    assert services.gift_cards.show(a.code).balance == 1000
    assert services.gift_cards.show(b.code).balance == 500
    rows = services.db.execute(
        "SELECT reverses_id IS NOT NULL, refund_id IS NOT NULL FROM gift_card_ledger "
        "WHERE kind = 'refund'"
    ).fetchall()
    assert rows == [(1, 1), (1, 1)]


def test_void_writes_off_the_rest_and_refuses_use(services, make_visit):
    card = services.gift_cards.issue(1000)
    services.gift_cards.redeem(card.code, 300, make_visit())
    voided = services.gift_cards.void(card.code, "  lost   card ")
    assert (voided.status, voided.balance) == ("void", 0)
    assert ledger(services, card.code)[-1] == ("void", -700)
    with pytest.raises(Refused, match="voided"):
        services.gift_cards.usable(card.code, 0)
    with pytest.raises(Refused, match="already voided"):
        services.gift_cards.void(card.code, "again")
    with pytest.raises(UserError, match="reason"):
        services.gift_cards.void(services.gift_cards.issue(10).code, "  ")


def test_adjust_both_ways_never_below_zero(services):
    card = services.gift_cards.issue(1000)
    assert services.gift_cards.adjust(card.code, 250, "goodwill").balance == 1250
    assert services.gift_cards.adjust(card.code, -1250, "typo").balance == 0
    with pytest.raises(Refused, match="holds only 0 HUF"):
        services.gift_cards.adjust(card.code, -1, "more")
    with pytest.raises(UserError, match="by how much"):
        services.gift_cards.adjust(card.code, 0, "nothing")
    history = services.gift_cards.history(card.code)
    assert [(e.kind, e.delta, e.note) for e in history] == [
        ("issue", 1000, None),
        ("adjust", 250, "goodwill"),
        ("adjust", -1250, "typo"),
    ]
    assert history[0].staff == "Cashier"


def test_check_finds_a_cached_balance_that_drifted(services):
    card = services.gift_cards.issue(1000)
    services.db.execute("UPDATE gift_cards SET balance = 900 WHERE code = ?", [card.code])
    problems = services.gift_cards.check()
    assert problems == [f"gift card {card.code}: balance 900 but ledger sums to 1000"]
    assert problems[0] in services.maintenance.check().problems


# Property: any sequence of sales, payments and refunds keeps the books straight. ---------

steps = st.lists(
    st.one_of(
        st.tuples(st.just("issue"), st.integers(1, 5000)),
        st.tuples(st.just("redeem"), st.integers(0, 9), st.integers(1, 6000)),
        st.tuples(st.just("refund"), st.integers(0, 30)),
    ),
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(steps)
def test_random_sequences_keep_balances_and_never_restore_twice(sequence):
    db = connect(":memory:")
    migrate(db)
    clock = lambda: datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest"))  # noqa: E731
    services = Services.over(db, clock=clock)
    gift = services.gift_cards
    cards: list[str] = []
    visits: list[tuple[int, str, int]] = []  # (visit, code, amount paid)
    expected: dict[str, int] = {}
    refunded: set[int] = set()
    for step in sequence:
        if step[0] == "issue":
            code = gift.issue(step[1]).code
            cards.append(code)
            expected[code] = step[1]
        elif step[0] == "redeem" and cards:
            code = cards[step[1] % len(cards)]
            visit = int(
                db.execute("INSERT INTO visits (staff_id, created_at) VALUES (3, 'x')").lastrowid
            )
            try:
                gift.redeem(code, step[2], visit)
            except Refused:
                assert step[2] > expected[code]
            else:
                expected[code] -= step[2]
                visits.append((visit, code, step[2]))
        elif step[0] == "refund" and visits:
            visit, code, paid = visits[step[1] % len(visits)]
            refund = int(
                db.execute(
                    "INSERT INTO refunds (visit_id, amount, full, reason, staff_id, created_at) "
                    "VALUES (?, 0, 1, 'r', 3, 'x')",
                    [visit],
                ).lastrowid
            )
            restored = gift.restore_for_refund(visit, refund)
            assert restored == (0 if visit in refunded else paid)
            if visit not in refunded:
                expected[code] += paid
                refunded.add(visit)
        for code in cards:
            assert gift.show(code).balance == expected[code] >= 0
        assert gift.check() == []
    db.conn.close()
