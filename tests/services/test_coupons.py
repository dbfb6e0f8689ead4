"""Coupons through the service: offers, issuing, resolving, using, refunding, jobs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from loyalty_pos.domain.cardnumber import make_card_number
from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.errors import InvalidCode, NotFound, Refused, UserError
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.store.codes import code_in_use, new_unique_code

from ..conftest import SHOP_TZ

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

TEN = CouponOffer(0, "Ten off", RewardKind.PERCENT_DISCOUNT, 10, max_discount=2000)


def uses(services) -> list[tuple]:
    return services.db.execute(
        "SELECT coupon_code, member_id, visit_id, delta, discount FROM coupon_uses ORDER BY id"
    ).fetchall()


@pytest.fixture
def ten(services):
    return services.coupons.add_offer(TEN)


@pytest.fixture
def anna(services):
    return services.members.enroll(MemberInput("Szabó Anna", birthday="1990-04-02"))


# Offers ---------------------------------------------------------------------------


def test_add_update_list_offers(services, ten):
    assert ten.id > 0 and services.coupons.offer(ten.id) == ten
    word = services.coupons.add_offer(
        CouponOffer(0, "Summer", RewardKind.FIXED_DISCOUNT, 500, code="summer-10")
    )
    assert word.code == "SUMMER-10"
    changed = services.coupons.update_offer(replace(ten, min_spend=3000, active=False))
    assert changed.min_spend == 3000 and not changed.active
    assert [o.name for o in services.coupons.list_offers()] == ["Summer", "Ten off"]
    assert [o.name for o in services.coupons.list_offers(active_only=True)] == ["Summer"]


def test_offer_clashes_are_refused(services, ten):
    services.coupons.add_offer(replace(TEN, name="Word", code="HELLO"))
    with pytest.raises(Refused, match="already exists"):
        services.coupons.add_offer(replace(TEN, name="ten OFF"))
    with pytest.raises(Refused, match="already used by “Word”"):
        services.coupons.add_offer(replace(TEN, name="Other", code="hello"))
    with pytest.raises(NotFound, match="no item number 99"):
        services.coupons.add_offer(CouponOffer(0, "Cake", RewardKind.FREE_ITEM, item_id=99))
    with pytest.raises(NotFound, match="no coupon offer number 42"):
        services.coupons.update_offer(replace(TEN, id=42))
    assert len(services.coupons.list_offers()) == 2


# Codes ----------------------------------------------------------------------------


def test_codes_are_unique_across_cards_gift_cards_and_coupons(services, member, ten):
    gift = services.gift_cards.issue(1000).code
    coupon = services.coupons.issue(ten.id)
    assert code_in_use(services.db, member.card_number) == "card"
    assert code_in_use(services.db, gift) == "gift_card"
    assert code_in_use(services.db, coupon) == "coupon"
    fresh = make_card_number("29", 777)
    assert code_in_use(services.db, fresh) is None
    offered = iter([member.card_number, gift, coupon, fresh])
    assert new_unique_code(services.db, "29", lambda prefix: next(offered)) == fresh
    assert len({member.card_number, gift, coupon}) == 3


# Issuing and resolving single codes -------------------------------------------------


def test_issue_and_resolve_a_single_code(services, ten, member):
    code = services.coupons.issue(ten.id)
    assert len(code) == 13 and code.startswith("29")
    found = services.coupons.resolve("cp" + code, None, 5000)
    assert (found.offer, found.code, found.single_code, found.member_id) == (ten, code, code, None)


def test_unknown_and_malformed_codes(services, ten, member):
    gift = services.gift_cards.issue(1000).code
    with pytest.raises(NotFound, match="There is no coupon"):
        services.coupons.resolve(make_card_number("29", 5), None, 100)
    with pytest.raises(NotFound, match="is a gift card, not a coupon"):
        services.coupons.resolve(gift, None, 100)
    with pytest.raises(NotFound, match="is a member card, not a coupon"):
        services.coupons.resolve(member.card_number, None, 100)
    with pytest.raises(InvalidCode, match="check digit"):
        code = make_card_number("29", 5)
        services.coupons.resolve(code[:-1] + str((int(code[-1]) + 1) % 10), None, 100)
    with pytest.raises(InvalidCode, match="not a coupon code"):
        services.coupons.resolve("no such!", None, 100)
    with pytest.raises(NotFound, match="There is no coupon NOPE"):
        services.coupons.resolve("nope", None, 100)
    with pytest.raises(InvalidCode, match="Nothing"):
        services.coupons.resolve("  ", None, 100)


def test_issue_refusals(services, ten):
    off = services.coupons.add_offer(replace(TEN, name="Off", active=False))
    with pytest.raises(Refused, match="switched off"):
        services.coupons.issue(off.id)
    with pytest.raises(NotFound, match="no member number 99"):
        services.coupons.issue(ten.id, 99)
    ended = services.coupons.add_offer(replace(TEN, name="Old", valid_to=date(2026, 3, 1)))
    with pytest.raises(Refused, match="ended on 2026-03-01"):
        services.coupons.issue(ended.id)
    assert services.db.execute("SELECT COUNT(*) FROM coupons").fetchone()[0] == 0


def test_dates_of_an_issued_code(services, clock, ten):
    week = services.coupons.add_offer(replace(TEN, name="Week", valid_days=7))
    code = services.coupons.issue(week.id)
    services.coupons.resolve(code, None, 100)
    clock.advance(days=7)  # 2026-03-17: the eighth day
    with pytest.raises(Refused, match="expired on 2026-03-16"):
        services.coupons.resolve(code, None, 100)
    later = services.coupons.add_offer(replace(TEN, name="Later", valid_from=date(2026, 4, 1)))
    with pytest.raises(Refused, match="valid only from 2026-04-01"):
        services.coupons.resolve(services.coupons.issue(later.id), None, 100)


def test_single_code_used_once_and_given_back_by_a_full_refund(
    services, ten, make_visit, make_refund
):
    code = services.coupons.issue(ten.id)
    c = services.coupons.resolve(code, None, 5000)
    visit = make_visit(amount=5000)
    services.coupons.record_use(c, None, visit, 500)
    with pytest.raises(Refused, match="already used"):
        services.coupons.resolve(code, None, 5000)
    with pytest.raises(Refused, match="already used"):
        services.coupons.record_use(c, None, make_visit(), 500)  # a stale resolve
    assert services.coupons.restore_uses(visit, make_refund(visit)) == 1
    assert services.coupons.restore_uses(visit, make_refund(visit)) == 0
    assert services.coupons.resolve(code, None, 5000).single_code == code
    assert uses(services) == [(code, None, visit, 1, 500), (code, None, visit, -1, 500)]


def test_issued_to_a_member(services, ten, member, anna):
    code = services.coupons.issue(ten.id, member.id)
    assert services.coupons.resolve(code, member.id, 100).member_id == member.id
    with pytest.raises(Refused, match="issued to another member"):
        services.coupons.resolve(code, anna.id, 100)
    with pytest.raises(Refused, match="belongs to a member"):
        services.coupons.resolve(code, None, 100)


def test_switched_off_offer_refuses_its_codes(services, ten):
    code = services.coupons.issue(ten.id)
    services.coupons.update_offer(replace(ten, active=False))
    with pytest.raises(Refused, match="“Ten off” is switched off"):
        services.coupons.resolve(code, None, 100)


# Multi-use codes --------------------------------------------------------------------


def test_multi_use_code_with_limit_min_spend_and_dates(
    services, clock, member, anna, make_visit, make_refund
):
    offer = services.coupons.add_offer(
        CouponOffer(
            0, "Spring", RewardKind.FIXED_DISCOUNT, 1000, min_spend=5000,
            valid_to=date(2026, 3, 31), per_member_limit=1, code="SPRING",
        )
    )  # fmt: skip
    with pytest.raises(Refused, match="needs a member"):
        services.coupons.resolve("spring", None, 6000)
    with pytest.raises(Refused, match="Spend at least 5000 HUF for this coupon"):
        services.coupons.resolve("spring", member.id, 4999)
    c = services.coupons.resolve(" Spring ", member.id, 5000)
    assert (c.code, c.single_code, c.offer.id) == ("SPRING", None, offer.id)
    visit = make_visit(member.id, 5000)
    services.coupons.record_use(c, member.id, visit, 1000)
    with pytest.raises(Refused, match="already used “Spring” 1 times"):
        services.coupons.resolve("SPRING", member.id, 5000)
    with pytest.raises(Refused, match="limit"):
        services.coupons.record_use(c, member.id, make_visit(member.id), 1000)
    services.coupons.resolve("SPRING", anna.id, 5000)  # another member still may
    services.coupons.restore_uses(visit, make_refund(visit))
    services.coupons.resolve("SPRING", member.id, 5000)  # the refund gave it back
    clock.advance(days=22)
    with pytest.raises(Refused, match="expired on 2026-03-31"):
        services.coupons.resolve("SPRING", anna.id, 5000)


# Automatic coupons -------------------------------------------------------------------


def test_next_visit_coupon_from_the_threshold_once_per_visit(services, member, make_visit):
    offer = services.coupons.add_offer(
        CouponOffer(0, "Come back", RewardKind.PERCENT_DISCOUNT, 10,
                    trigger="next_visit", trigger_spend=5000, valid_days=30)
    )  # fmt: skip
    small = make_visit(member.id, 4999)
    assert services.coupons.issue_next_visit(member.id, small, 4999) == []
    visit = make_visit(member.id, 5000)
    codes = services.coupons.issue_next_visit(member.id, visit, 5000)
    assert len(codes) == 1
    assert services.coupons.issue_next_visit(member.id, visit, 5000) == codes  # idempotent
    held = services.coupons.member_coupons(member.id)
    assert [(h.code, h.offer.id, h.valid_to) for h in held] == [
        (codes[0], offer.id, date(2026, 4, 8))
    ]
    assert services.coupons.revoke_issued(visit) == 1
    assert services.coupons.member_coupons(member.id) == []


def test_member_coupons_leave_out_used_and_expired(services, ten, member, clock, make_visit):
    used = services.coupons.issue(ten.id, member.id)
    kept = services.coupons.issue(ten.id, member.id)
    services.coupons.record_use(
        services.coupons.resolve(used, member.id, 100), member.id, make_visit(member.id), 10
    )
    assert [c.code for c in services.coupons.member_coupons(member.id)] == [kept]
    week = services.coupons.add_offer(replace(TEN, name="Week", valid_days=7))
    services.coupons.issue(week.id, member.id)
    clock.advance(days=8)
    assert [c.code for c in services.coupons.member_coupons(member.id)] == [kept]


def enroll(services, name: str, birthday: str | None) -> int:
    return services.members.enroll(MemberInput(name, birthday=birthday)).id


def birthday_codes(services) -> list[tuple]:
    return services.db.execute(
        "SELECT member_id, issue_key, valid_to FROM coupons ORDER BY member_id, issue_key"
    ).fetchall()


def test_birthday_job_is_idempotent_and_keyed_by_year(services, clock):
    services.coupons.add_offer(
        CouponOffer(0, "Birthday cake", RewardKind.FREE_ITEM, trigger="birthday", valid_days=31)
    )
    dec = enroll(services, "December", "1980-12-24")
    jan = enroll(services, "January", "1991-01-05")
    enroll(services, "No birthday", None)
    blocked = enroll(services, "Blocked", "1970-12-01")
    services.members.set_blocked(blocked, True)

    clock.now = datetime(2026, 12, 1, 8, 0, tzinfo=SHOP_TZ)
    assert services.coupons.issue_birthday() == 1
    assert services.coupons.issue_birthday() == 0
    clock.now = datetime(2026, 12, 31, 23, 0, tzinfo=SHOP_TZ)
    assert services.coupons.issue_birthday() == 0
    clock.now = datetime(2027, 1, 1, 0, 30, tzinfo=SHOP_TZ)  # over the year boundary
    assert services.coupons.issue_birthday() == 1
    assert services.coupons.issue_birthday() == 0
    assert services.coupons.issue_birthday(date(2027, 12, 2)) == 1  # next December
    assert birthday_codes(services) == [
        (dec, "birthday-2026", "2026-12-31"),
        (dec, "birthday-2027", "2028-01-01"),
        (jan, "birthday-2027", "2027-01-31"),
    ]


def test_birthday_job_skips_switched_off_and_ended_offers(services, anna):
    offer = services.coupons.add_offer(
        CouponOffer(0, "Cake", RewardKind.FREE_ITEM, trigger="birthday",
                    valid_to=date(2026, 3, 31))
    )  # fmt: skip
    services.coupons.update_offer(replace(offer, active=False))
    assert services.coupons.issue_birthday(date(2026, 4, 1)) == 0
    services.coupons.update_offer(offer)
    assert services.coupons.issue_birthday(date(2026, 4, 1)) == 0  # ended
    services.coupons.update_offer(replace(offer, valid_to=None))
    assert services.coupons.issue_birthday(date(2026, 4, 1)) == 1


def test_free_item_needs_no_value(services):
    with pytest.raises(UserError, match="has no value"):
        services.coupons.add_offer(CouponOffer(0, "Cake", RewardKind.FREE_ITEM, value=3))
