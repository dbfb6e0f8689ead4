"""The offline allowance rule over random days at a cut-off till (hypothesis).

Random members, each with an own allowance or none (the shop's default), random credit
and points in the till's copy, and a random sequence of offline spends: after every
step, what is queued for each member never exceeds that member's allowance nor what
the copy says they hold, and a spend is queued exactly when it fits both (the till
neither loses more than the owner allowed nor turns away what it may take).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.offline import member_allowance, offline_spend
from loyalty_pos.domain.textsearch import fold
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.services.outbox import (
    ALLOWANCE,
    OfflineSpend,
    Outbox,
    OverAllowance,
    OverHolding,
    outbox_path,
    request_from_json,
)

POINTS, CREDIT = 7, 8  # program ids in the copy

member = st.fixed_dictionaries(
    {
        "own": st.none() | st.integers(0, 1000),
        "credit": st.integers(0, 1000),
        "points": st.integers(0, 200),
    }
)
spend = st.tuples(st.integers(0, 3), st.integers(0, 600), st.integers(0, 120))


@settings(max_examples=150, deadline=None)
@given(
    members=st.lists(member, min_size=1, max_size=4),
    default=st.integers(0, 1000),
    point_value=st.integers(1, 10),
    spends=st.lists(spend, max_size=25),
)
def test_queued_spends_stay_within_each_members_allowance_and_holding(
    members, default, point_value, spends
):
    with tempfile.TemporaryDirectory() as folder:
        outbox = Outbox(outbox_path(Path(folder), "t1"), "t1")
        try:
            _copy(outbox, members, default, point_value)
            values = {POINTS: point_value}
            for n, (who, credit, points) in enumerate(spends):
                mid = who % len(members) + 1
                m = members[mid - 1]
                request = Req(amount=1000, use_credit=credit, use_points={POINTS: points})
                queued = _queued(outbox, mid)
                cap = member_allowance(m["own"], default)
                cost = offline_spend(request, values) or 0
                fits = cost == 0 or (
                    cap > 0
                    and cost + sum(offline_spend(r, values) or 0 for r in queued) <= cap
                    and credit + sum(r.use_credit for r in queued) <= m["credit"]
                    and points + sum(r.use_points.get(POINTS, 0) for r in queued) <= m["points"]
                )
                try:
                    outbox.queue(mid, request, f"r{n}")
                    taken = True
                except (OfflineSpend, OverAllowance, OverHolding):
                    taken = False
                assert taken == fits, (m, default, request, queued)
                for mid_, m_ in enumerate(members, start=1):
                    mine = _queued(outbox, mid_)
                    cap_ = member_allowance(m_["own"], default)
                    assert sum(offline_spend(r, values) or 0 for r in mine) <= cap_
                    assert sum(r.use_credit for r in mine) <= m_["credit"]
                    assert sum(r.use_points.get(POINTS, 0) for r in mine) <= m_["points"]
        finally:
            outbox.close()


def _copy(outbox: Outbox, members: list[dict], default: int, point_value: int) -> None:
    """The till's copy as a sync would leave it: members, names, the default, values."""
    rows = [
        (mid, f"Member {mid}", fold(f"Member {mid}"), None, "active",
         {"Points": {"points": m["points"]}, "Cashback": {"credit": m["credit"]}})
        for mid, m in enumerate(members, start=1)
    ]  # fmt: skip
    own = {mid: m["own"] for mid, m in enumerate(members, start=1) if m["own"] is not None}
    names = [("program", fold("Points"), POINTS), ("program", fold("Cashback"), CREDIT)]
    outbox.store.replace_copy(rows, names, "2026-12-06T00:00:00.000000Z", own)
    outbox.store.set_meta(ALLOWANCE, default)
    outbox.store.set_meta("point_values", {POINTS: point_value})


def _queued(outbox: Outbox, member_id: int) -> list[Req]:
    return [
        request_from_json(r.request) for r in outbox.store.waiting() if r.member_id == member_id
    ]
