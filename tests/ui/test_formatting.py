"""Recognition hints, relative days, ordinals, money and banner wording."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.stamps import CardState, plan_line
from loyalty_pos.services.views import CardProgress, VisitChange, VisitResult, VisitSummary
from loyalty_pos.ui.formatting import (
    format_money,
    ordinal_visit,
    recognition_hint,
    relative_day,
    reward_description,
    visit_what,
)
from loyalty_pos.ui.outcome import describe
from loyalty_pos.ui.theme import Tone

TZ = ZoneInfo("Europe/Budapest")
NOW = datetime(2026, 3, 10, 9, 30, tzinfo=TZ)


@pytest.fixture
def english_locale():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (0, "earlier today"),
        (1, "yesterday"),
        (3, "3 days ago"),
        (20, "2 weeks ago"),
        (90, "3 months ago"),
        (800, "2 years ago"),
    ],
)
def test_relative_day(days, text):
    assert relative_day(NOW - timedelta(days=days), NOW) == text


def test_relative_day_counts_calendar_days_in_the_shop_zone():
    late_yesterday = datetime(2026, 3, 9, 23, 50, tzinfo=TZ).astimezone(ZoneInfo("UTC"))
    assert relative_day(late_yesterday, NOW) == "yesterday"


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1st visit"),
        (2, "2nd visit"),
        (3, "3rd visit"),
        (4, "4th visit"),
        (11, "11th visit"),
        (12, "12th visit"),
        (13, "13th visit"),
        (21, "21st visit"),
        (112, "112th visit"),
        (123, "123rd visit"),
    ],
)
def test_ordinal_visit(n, text):
    assert ordinal_visit(n) == text


def test_recognition_hint():
    assert recognition_hint(0, None, NOW) == "first visit"
    assert recognition_hint(11, NOW - timedelta(days=3), NOW) == (
        "12th visit · last here 3 days ago"
    )


def test_money_uses_the_currency_minor_unit(english_locale):
    assert "1,500" in format_money(1500, "HUF") and "." not in format_money(1500, "HUF")
    assert "25.00" in format_money(2500, "NOK")


def card(kind: RewardKind, value: int) -> CardProgress:
    return CardProgress(1, "Wash", 0, 5, 1, "Car wash", kind, value, True)


def test_reward_description(english_locale):
    assert reward_description(card(RewardKind.FREE_ITEM, 0), "HUF") == "Car wash"
    assert reward_description(card(RewardKind.PERCENT_DISCOUNT, 50), "HUF") == (
        "Car wash (50% off)"
    )
    assert "500" in reward_description(card(RewardKind.FIXED_DISCOUNT, 500), "HUF")


def test_voided_visit_shows_the_reason():
    v = VisitSummary(7, NOW, "Anna", True, "wrong customer", [VisitChange("Coffee", stamps=2)])
    assert visit_what(v) == "VOIDED (wrong customer): Coffee +2"


def result_for(program: StampProgram, state: CardState, items: int, redeem: int, member):
    return VisitResult(1, False, [plan_line(program, state, items, redeem)], member)


def test_banner_for_stamps_completion_redemption_and_limit(member):
    coffee = StampProgram(1, "Coffee", 10, "Free coffee")
    said = describe(result_for(coffee, CardState(stamps=7), 2, 0, member), "HUF")
    assert (said.tone, said.text) == (Tone.SUCCESS, "+2 stamps · Coffee 9 / 10")
    said = describe(result_for(coffee, CardState(stamps=9), 1, 0, member), "HUF")
    assert said.text.splitlines() == [
        "+1 stamp · Coffee 0 / 10",
        "Card complete! Reward ready: Free coffee",
    ]
    said = describe(result_for(coffee, CardState(rewards_ready=1), 0, 1, member), "HUF")
    assert (said.tone, said.text) == (Tone.REWARD, "GIVE: Free coffee")
    limited = StampProgram(1, "Coffee", 10, "Free coffee", per_day_limit=1)
    said = describe(result_for(limited, CardState(), 3, 0, member), "HUF")
    assert said.tone == Tone.WARNING
    assert said.text == "Daily limit: only 1 of 3 stamps given · Coffee"


def test_banner_for_a_replayed_request(member):
    said = describe(VisitResult(1, True, [], member), "HUF")
    assert said.tone == Tone.INFO and "already confirmed" in said.text
