"""The start-up jobs issue birthday coupons and check the gift card ledger."""

import pytest

from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.startup import run_startup_jobs
from loyalty_pos.ui.startup_jobs import describe_report

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def test_startup_issues_birthday_coupons_once(services, db_path, clock, tmp_path):
    services.coupons.add_offer(
        CouponOffer(0, "Birthday", RewardKind.FIXED_DISCOUNT, 500, trigger="birthday")
    )
    services.members.enroll(MemberInput("Márta", birthday="1975-03-28"))  # March, like the clock
    report = run_startup_jobs(db_path, tmp_path / "bk", clock)
    assert report.ok and report.birthday_coupons == 1
    assert "1 birthday coupon" in describe_report(report)[1]
    assert run_startup_jobs(db_path, tmp_path / "bk", clock).birthday_coupons == 0


def test_startup_reports_a_gift_card_balance_that_drifted(services, db_path, clock, tmp_path):
    card = services.gift_cards.issue(1000)
    services.db.execute("UPDATE gift_cards SET balance = 1 WHERE code = ?", [card.code])
    report = run_startup_jobs(db_path, tmp_path / "bk", clock)
    assert not report.ok
    assert any(card.code in p for p in report.problems)
