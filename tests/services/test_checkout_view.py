"""The member view a checkout returns is built from what the checkout already holds (the
row it checked, the balances it read moved by what it wrote), not read again after the
commit. Over random histories — debts left by refunds and paid by later earnings,
expiry after days pass, rewards, passes, gift cards — it must equal a fresh view."""

from __future__ import annotations

import contextlib
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import Refused, UserError
from loyalty_pos.services.checkout import CheckoutRequest
from tests.services.test_ledger_properties import Shop, template, visit

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

__all__ = ["template"]  # the module fixture, shared with the ledger's property tests

step = st.one_of(
    st.tuples(st.just("visit"), visit),
    st.tuples(st.just("refund"), st.integers(0, 30)),
    st.tuples(st.just("void"), st.integers(0, 30)),
    st.tuples(st.just("days"), st.integers(1, 40)),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(step, min_size=1, max_size=14))
def test_the_view_after_a_checkout_equals_a_fresh_view(template, tmp_path_factory, steps):
    path = tmp_path_factory.mktemp("view") / "shop.sqlite3"
    shutil.copy(template, path)
    shop = Shop(path)
    s = shop.s
    results = []
    confirm = s.checkout.confirm

    def kept(*args, **kwargs):
        results.append(confirm(*args, **kwargs))
        return results[-1]

    s.checkout.confirm = kept  # type: ignore[method-assign]
    try:
        for kind, arg in steps:
            if kind == "visit":
                shop.checkout(arg)
                if results:
                    assert not results[-1].replayed
                    assert results.pop().member == s.members.view(shop.member)
            elif kind == "days":
                shop.clock.advance(days=arg)
            elif shop.visits:
                vid = shop.visits[arg % len(shop.visits)]
                with contextlib.suppress(Refused, UserError):
                    if kind == "void":
                        s.visits.void(vid, "test")
                    else:
                        s.checkout.refund(vid, None, "test")
    finally:
        s.close()


def test_a_checkout_returns_the_member_as_a_fresh_view_shows_them(template, tmp_path):
    """One plain case, so a failure reads without hypothesis: stamps, points, credit."""
    path = tmp_path / "shop.sqlite3"
    shutil.copy(template, path)
    shop = Shop(path)
    try:
        request = CheckoutRequest(amount=4_000, stamp_items={shop.card: 3})
        result = shop.s.checkout.confirm(shop.member, request, "plain")
        assert result.member is not None and not result.replayed
        assert result.member == shop.s.members.view(shop.member)
        card = result.member.cards[0]  # one stamp adjusted in, three earned: a full card
        assert (card.stamps, card.rewards_ready) == (0, 1)
    finally:
        shop.s.close()


def test_a_bulk_fill_reads_the_schemes_once_and_may_skip_the_view(template, tmp_path):
    path = tmp_path / "shop.sqlite3"
    shutil.copy(template, path)
    shop = Shop(path)
    checkout = shop.s.checkout
    try:
        with checkout.fixed_schemes() as fixed:
            assert checkout.schemes() is fixed
            result = checkout.confirm(shop.member, CheckoutRequest(amount=900), "bulk", view=False)
            assert result.member is None and result.visit_id > 0
        shop.s.settings.set("discounts_per_visit", "2")  # once the fill is over: seen
        assert checkout.schemes().discounts_per_visit == 2 != fixed.discounts_per_visit
    finally:
        shop.s.close()
