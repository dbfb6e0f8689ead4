"""What expires soon: the member panel's "40 points expire by 9 April".

The expiry job writes off what is older than the policy allows; this answers the
question a few weeks ahead with the very same rule, so the warning never disagrees
with what the job will later do.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from .stamps import EarnedBatch, stamps_to_expire


def expiring_within(
    held: int,
    batches: Sequence[EarnedBatch],
    now: datetime,
    expiry_days: int | None,
    within_days: int,
    counts_from: datetime | None = None,
) -> int:
    """How many of ``held`` will have expired ``within_days`` from ``now``.

    Oldest first, as ``stamps_to_expire``: what a member holds is what they earned
    most recently, so walking the batches newest first, the held units earned before
    the cut-off (moved ``within_days`` forward) are the ones about to lapse. Units not
    covered by any batch (adjustments) never expire. No policy, nothing expires.
    """
    if expiry_days is None or held <= 0:
        return 0
    return stamps_to_expire(
        held, batches, now + timedelta(days=max(0, within_days)), expiry_days, counts_from
    )
