"""Reports and the end of day by branch and by till (issue 18).

On a server three tills write one day: A and C in the branch "north", B in "south".
Each till's and each branch's figures equal a count by hand of what that till did, and
the tills add up to the whole shop. In a file (every ``till`` empty) the one till is the
file's own, and filtering by its name is the whole shop.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from loyalty_pos.domain.errors import UserError
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.store.chain import till_name

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

# What each till does on the day: visits' amounts (the member's), the one refunded
# (index, amount), the one voided (index), the score given on the first visit.
PLAN = {
    "A": {"amounts": (1000, 2500), "refund": None, "void": None, "score": 10},
    "B": {"amounts": (4000,), "refund": (0, 1000), "void": None, "score": 3},
    "C": {"amounts": (500, 500, 500), "refund": None, "void": 2, "score": None},
}
BRANCHES = {"A": "north", "B": "south", "C": "north"}


def expected(tills: list[str]) -> dict[str, int]:
    """The hand count of ``tills``' day (what ``PLAN`` says they did)."""
    out = {"visits": 0, "rung_up": 0, "refunded": 0, "counted": 0, "sales": 0}
    out |= {"promoters": 0, "detractors": 0}
    for t in tills:
        plan = PLAN[t]
        refund = plan["refund"]
        for i, amount in enumerate(plan["amounts"]):
            if i == plan["void"]:
                continue
            back = refund[1] if refund and refund[0] == i else 0
            out["visits"] += 1
            out["counted"] += 1  # a partly refunded visit still counts
            out["rung_up"] += amount
            out["refunded"] += back
            out["sales"] += amount - back
        score = plan["score"]
        if score is not None:
            out["promoters" if score >= 9 else "detractors"] += 1
    return out


@pytest.fixture
def shop(services: Services, db_path, clock, backend, member) -> Iterator[dict[str, Services]]:
    """{till: its services} after the day in ``PLAN``; a file has its own till only,
    which does all three tills' work."""
    opened: list[Services] = []
    if backend == "postgresql":
        tills = {}
        for name, branch in BRANCHES.items():
            s = Services.open(db_path, clock=clock, staff_id=OWNER_STAFF, till=name, branch=branch)
            opened.append(s)
            tills[name] = s
    else:
        tills = dict.fromkeys(PLAN, services)
    for name, plan in PLAN.items():
        s = tills[name]
        ids = [
            s.checkout.confirm(member.id, Req(amount=a), f"{name}{i}").visit_id
            for i, a in enumerate(plan["amounts"])
        ]
        if plan["refund"]:
            index, amount = plan["refund"]
            s.checkout.refund(ids[index], amount, "one cake back")
        if plan["void"] is not None:
            s.visits.void(ids[plan["void"]], "wrong member")
        if plan["score"] is not None:
            s.feedback.record(ids[0], plan["score"])
        clock.advance(minutes=5)
    yield tills if backend == "postgresql" else {till_name(services.db): services}
    for s in opened:
        s.close()


def figures(services: Services, day, branch=None, till=None) -> dict[str, int]:
    """The day's figures of the end of day and of the dashboard, for the filter."""
    reports = services.reports.scoped(branch=branch, till=till)
    total = reports.drawer(day).total
    counts = reports.counts(day, day + timedelta(days=1))[0]
    dashboard = reports.dashboard(day, day + timedelta(days=1))
    assert (dashboard.current.visits, dashboard.current.sales) == (counts.visits, counts.sales)
    [top] = reports.top_members(day, day + timedelta(days=1)) or [{"sales": 0}]
    assert top["sales"] == counts.sales  # one member did every visit
    return {
        "visits": total.visits,
        "rung_up": total.rung_up,
        "refunded": total.refund_cash,
        "counted": counts.visits,
        "sales": counts.sales,
        "promoters": counts.promoters,
        "detractors": counts.detractors,
    }


def test_each_till_and_branch_counts_its_own_rows(services: Services, shop, clock) -> None:
    day = clock().date()
    whole = figures(services, day)
    assert whole == expected(list(PLAN))
    if len(shop) == 1:  # a file: its own till is the whole shop
        [own] = shop
        assert figures(services, day, till=own) == whole
        assert figures(services, day, branch="main") == whole
        return
    per_till = {t: figures(services, day, till=t) for t in shop}
    for t, got in per_till.items():
        assert got == expected([t]), t
    assert {k: sum(f[k] for f in per_till.values()) for k in whole} == whole
    assert figures(services, day, branch="north") == expected(["A", "C"])
    assert figures(services, day, branch="South") == expected(["B"])  # any case
    assert figures(services, day, branch="north", till="C") == expected(["C"])


def test_the_whole_day_breaks_down_by_till_on_a_server(services: Services, shop, clock) -> None:
    day = clock().date()
    by_till = services.reports.drawers_by_till(day)
    if len(shop) == 1:
        assert by_till == []  # a file is one drawer
        return
    assert [(t.name, t.branch) for t, _ in by_till] == [
        ("A", "north"),
        ("C", "north"),
        ("B", "south"),
    ]
    for t, eod in by_till:
        assert eod.total.rung_up == expected([t.name])["rung_up"]
    assert services.reports.scoped(branch="north").drawers_by_till(day) == []


def test_unknown_branch_or_till_is_refused(services: Services, shop) -> None:
    with pytest.raises(UserError, match="no branch named nowhere"):
        services.reports.scoped(branch="nowhere")
    with pytest.raises(UserError, match="no till named Z"):
        services.reports.scoped(till="Z")
    if len(shop) > 1:
        with pytest.raises(UserError, match="The till B is in the branch south, not north"):
            services.reports.scoped(branch="north", till="b")
    assert services.reports.scoped(branch=" ", till="").scope.whole  # blank: any
