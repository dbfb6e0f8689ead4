from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.expiry import expiring_within
from loyalty_pos.domain.stamps import EarnedBatch, stamps_to_expire

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)


def batch(days_ago: int, n: int) -> EarnedBatch:
    return EarnedBatch(NOW - timedelta(days=days_ago), n)


def test_oldest_held_units_expire_first():
    # 100 earned 340 days ago, 50 earned 10 days ago; 120 held (30 spent, oldest first)
    batches = [batch(340, 100), batch(10, 50)]
    assert expiring_within(120, batches, NOW, 365, 30) == 70
    assert expiring_within(120, batches, NOW, 365, 20) == 0  # 340 + 20 < 365
    assert expiring_within(40, batches, NOW, 365, 30) == 0  # only the recent ones held


def test_no_policy_or_nothing_held_means_nothing_expires():
    assert expiring_within(100, [batch(400, 100)], NOW, None, 30) == 0
    assert expiring_within(0, [batch(400, 100)], NOW, 365, 30) == 0


batches_st = st.lists(
    st.builds(batch, st.integers(0, 800), st.integers(1, 500)), min_size=0, max_size=12
)


@given(st.integers(0, 3000), batches_st, st.integers(1, 730), st.integers(0, 365))
def test_expiring_is_bounded_monotone_and_agrees_with_the_job(held, batches, expiry, within):
    soon = expiring_within(held, batches, NOW, expiry, within)
    assert 0 <= soon <= held
    assert soon >= expiring_within(held, batches, NOW, expiry, 0)
    assert soon <= expiring_within(held, batches, NOW, expiry, within + 30)
    assert expiring_within(held, batches, NOW, expiry, 0) == stamps_to_expire(
        held, batches, NOW, expiry
    )
