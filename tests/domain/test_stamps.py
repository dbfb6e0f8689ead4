from datetime import UTC, datetime, timedelta

import pytest

from loyalty_pos.domain.errors import Refused, UserError
from loyalty_pos.domain.ledger import Account, Entry, Kind
from loyalty_pos.domain.programs import RewardKind, StampProgram, validate_program
from loyalty_pos.domain.stamps import (
    CardState,
    EarnedBatch,
    plan_line,
    stamps_to_expire,
)
from tests.domain.lot_model import History, earn

COFFEE = StampProgram(1, "Coffee", 10, "Free coffee")


def test_completing_a_card_starts_a_new_one_with_the_leftover():
    out = plan_line(COFFEE, CardState(stamps=8), items=5, redeem=0)
    assert (out.stamps_added, out.cards_completed, out.stamps_after, out.rewards_after) == (
        5,
        1,
        3,
        1,
    )
    assert [(e.account, e.kind, e.delta) for e in out.entries] == [
        (Account.STAMPS, Kind.EARN, 5),
        (Account.STAMPS, Kind.COMPLETE, -10),
        (Account.REWARDS, Kind.COMPLETE, 1),
    ]


def test_two_cards_in_one_visit():
    out = plan_line(COFFEE, CardState(stamps=9), items=11, redeem=0)
    assert (out.cards_completed, out.stamps_after, out.rewards_after) == (2, 0, 2)


def test_stamps_per_item():
    program = StampProgram(1, "Wash", 6, "Free wash", stamps_per_item=2)
    assert plan_line(program, CardState(), items=2, redeem=0).stamps_added == 4


def test_daily_limit_gives_up_to_the_limit_and_says_so():
    program = StampProgram(1, "Coffee", 10, "Free", per_day_limit=3)
    out = plan_line(program, CardState(stamps=0, earned_today=2), items=4, redeem=0)
    assert out.stamps_added == 1 and out.capped
    out = plan_line(program, CardState(stamps=0, earned_today=3), items=1, redeem=0)
    assert out.stamps_added == 0 and out.entries == []


def test_redeeming_needs_a_ready_reward():
    with pytest.raises(Refused) as err:
        plan_line(COFFEE, CardState(stamps=7), items=0, redeem=1)
    assert "7 of 10" in str(err.value)
    out = plan_line(COFFEE, CardState(stamps=7, rewards_ready=1), items=0, redeem=1)
    assert out.redeemed == 1 and out.rewards_after == 0


def test_reward_completed_in_this_visit_is_not_redeemable_in_it():
    with pytest.raises(Refused):
        plan_line(COFFEE, CardState(stamps=9), items=1, redeem=1)


@pytest.mark.parametrize(("items", "redeem"), [(-1, 0), (0, -1), (100, 0)])
def test_bad_counts_are_refused(items, redeem):
    with pytest.raises(UserError):
        plan_line(COFFEE, CardState(rewards_ready=5), items=items, redeem=redeem)


def test_switched_off_program_gives_no_stamps():
    off = StampProgram(1, "Old", 10, "x", active=False)
    with pytest.raises(Refused, match="no new stamps"):
        plan_line(off, CardState(stamps=3, rewards_ready=1), items=1, redeem=0)
    with pytest.raises(Refused, match="no new stamps"):
        plan_line(off, CardState(stamps=3, rewards_ready=1), items=1, redeem=1)


def test_switched_off_program_still_redeems_a_ready_reward():
    off = StampProgram(1, "Old", 10, "x", active=False)
    out = plan_line(off, CardState(stamps=3, rewards_ready=2), items=0, redeem=1)
    assert [(e.account, e.kind, e.delta) for e in out.entries] == [
        (Account.REWARDS, Kind.REDEEM, -1)
    ]
    assert (out.stamps_after, out.rewards_after, out.stamps_added) == (3, 1, 0)
    with pytest.raises(Refused, match="Only 2 rewards"):  # never more than is ready
        plan_line(off, CardState(rewards_ready=2), items=0, redeem=3)


def test_expiry_takes_the_oldest_held_stamps():
    now = datetime(2026, 3, 10, tzinfo=UTC)
    batches = [
        EarnedBatch(now - timedelta(days=200), 5),
        EarnedBatch(now - timedelta(days=100), 2),
        EarnedBatch(now - timedelta(days=5), 1),
    ]
    # Holds 4: the newest 1 + 2 (day -100) + 1 of the 5 from day -200.
    assert stamps_to_expire(4, batches, now, expiry_days=90) == 3
    assert stamps_to_expire(4, batches, now, expiry_days=150) == 1
    assert stamps_to_expire(1, batches, now, expiry_days=90) == 0
    assert stamps_to_expire(0, batches, now, expiry_days=1) == 0


def test_void_recompletes_a_card_that_reaches_its_target():
    # 9 stamps; visit A adds 1 (completes), later visit B adds 5. Void A.
    h = History(needed=10)
    h.adjust("stamps", 9)
    h.visit(1, 0, [earn(Account.STAMPS, 1), *complete(10)])
    h.visit(2, 0, [earn(Account.STAMPS, 5)])
    assert (h.held("stamps"), h.held("rewards")) == (5, 1)
    assert h.void(1) is not None
    assert (h.held("stamps"), h.held("rewards")) == (4, 1)


def test_void_refused_when_reward_already_redeemed():
    h = History(needed=10)
    h.visit(1, 0, [earn(Account.STAMPS, 10), *complete(10)])
    h.visit(2, 0, [earn(Account.REWARDS, -1, Kind.REDEEM)])
    rows = list(h.rows)
    assert h.void(1) is None
    assert h.rows == rows and (h.held("stamps"), h.held("rewards")) == (0, 0)


def complete(needed: int, cards: int = 1) -> list[Entry]:
    return [
        Entry(0, Account.STAMPS, Kind.COMPLETE, -needed * cards),
        Entry(0, Account.REWARDS, Kind.COMPLETE, cards),
    ]


@pytest.mark.parametrize(
    "program",
    [
        StampProgram(0, "", 10, "x"),
        StampProgram(0, "A", 1, "x"),
        StampProgram(0, "A", 10, " "),
        StampProgram(0, "A", 10, "x", stamps_per_item=0),
        StampProgram(0, "A", 10, "x", expiry_days=0),
        StampProgram(0, "A", 10, "x", per_day_limit=0),
        StampProgram(0, "A", 10, "x", reward_kind=RewardKind.PERCENT_DISCOUNT, reward_value=150),
        StampProgram(0, "A", 10, "x", reward_kind=RewardKind.FIXED_DISCOUNT, reward_value=-5),
    ],
)
def test_invalid_programs_are_refused(program):
    with pytest.raises(UserError):
        validate_program(program)
