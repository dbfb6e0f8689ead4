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


def test_a_new_or_shorter_expiry_counts_from_the_change():
    """Held units older than the change are treated as earned on the day of the change."""
    batches = [batch(300, 100)]
    changed = NOW - timedelta(days=10)
    assert stamps_to_expire(100, batches, NOW, 30) == 100  # without the start: all at once
    assert stamps_to_expire(100, batches, NOW, 30, counts_from=changed) == 0
    assert stamps_to_expire(100, batches, NOW + timedelta(days=21), 30, counts_from=changed) == 100
    assert expiring_within(100, batches, NOW, 30, 19, counts_from=changed) == 0
    assert expiring_within(100, batches, NOW, 30, 21, counts_from=changed) == 100


@given(batches_st, st.integers(0, 2000), st.integers(1, 400), st.integers(0, 800))
def test_a_start_before_the_cut_off_changes_nothing(batches, held, days, started_ago):
    start = NOW - timedelta(days=started_ago)
    with_start = stamps_to_expire(held, batches, NOW, days, counts_from=start)
    if started_ago > days:
        assert with_start == stamps_to_expire(held, batches, NOW, days)
    else:
        assert with_start == 0


def test_only_a_new_or_shorter_expiry_is_a_tightening():
    from loyalty_pos.domain.schemes import expiry_tightened

    assert expiry_tightened(None, 30) and expiry_tightened(60, 30)
    assert not expiry_tightened(30, 60)
    assert not expiry_tightened(30, None)
    assert not expiry_tightened(None, None)
    assert not expiry_tightened(30, 30)
