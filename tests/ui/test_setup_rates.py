"""The owner's set-up screens read multipliers and percentages exactly: a value with more
decimals than the program keeps (×1.333, 2.555 %, 0.004 %) is refused beside the form,
with the rule, and nothing is saved. The shop's decimal comma is accepted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from loyalty_pos.domain.schemes import CreditProgram, PointsProgram, Promotion, Tier
from loyalty_pos.ui.scan_filter import ScanFilter

UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
HUNGARIAN = QLocale(QLocale.Language.Hungarian, QLocale.Country.Hungary)


@pytest.fixture
def schemes(services):
    s = services.schemes
    points = s.add_points(PointsProgram(0, "Points", 1, 100))
    return {
        "points": points,
        "credit": s.add_credit(CreditProgram(0, "Cashback", 500)),
        "promo": s.add_promotion(Promotion(0, points.id, "Double Sundays", 200, weekday=6)),
        "gold": s.add_tier(Tier(0, "Gold", 1, min_spend=50000, earn_multiplier_pct=150)),
    }


@pytest.fixture
def hungarian() -> Iterator[None]:
    QLocale.setDefault(HUNGARIAN)
    yield
    QLocale.setDefault(UK)


def page_of(window, qtbot, name: str):
    window.open_setup()
    dialog = window.setup_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    page = dialog.page(name)
    dialog.tabs.setCurrentWidget(page)
    page.new()
    return page


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(widget, text)
        ScanFilter.deliver_held()  # machine-speed typing is held as a possible scan


def refused(page, field: str) -> str:
    """The message beside the form; the field named in it and given the focus."""
    assert page.error.isVisibleTo(page)
    assert page.window().focusWidget() is page.fields[field].widget
    return page.error.text()


def test_a_tier_multiplier_of_1_333_is_refused_and_nothing_saved(
    qtbot, window, services, schemes, owner_signed_in
):
    page = page_of(window, qtbot, "TiersTab")
    type_into(qtbot, page.fields["name"].widget, "Platinum")
    type_into(qtbot, page.fields["rank"].widget, "2")
    type_into(qtbot, page.fields["spend"].widget, "100000")
    type_into(qtbot, page.fields["mult"].widget, "1.333")
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    said = refused(page, "mult")
    assert said.startswith("Points multiplier:")
    assert "use at most two decimals, e.g. ×1.33" in said
    assert [t.name for t in services.schemes.store.tiers()] == ["Gold"]
    # The owner corrects it; now it is kept exactly.
    type_into(qtbot, page.fields["mult"].widget, "1.33")
    page.submit()
    assert not page.error.isVisibleTo(page)
    assert {t.name: t.earn_multiplier_pct for t in services.schemes.store.tiers()} == {
        "Gold": 150,
        "Platinum": 133,
    }


def test_changing_a_promotion_to_1_333_keeps_it_as_it_was(
    qtbot, window, services, schemes, owner_signed_in
):
    page = page_of(window, qtbot, "PromotionsTab")
    page.list.setCurrentItem(page.list.topLevelItem(0))
    assert page.editing.id == schemes["promo"].id
    type_into(qtbot, page.fields["mult"].widget, "1.333")
    page.submit()
    assert "e.g. ×1.33" in refused(page, "mult")
    [promo] = services.schemes.store.promotions()
    assert promo.multiplier_pct == 200


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("0", "from 1 to 10"),
        ("-1", "from 1 to 10"),
        ("inf", "from 1 to 10"),
        ("nan", "from 1 to 10"),
        ("", "enter a value"),
        ("1,5", "e.g. 1.5"),  # English writes 1.5
        ("1e9", "from 1 to 10"),
        ("99999999999999999999", "from 1 to 10"),
    ],
)
def test_hostile_multipliers_are_refused_beside_the_field(
    qtbot, window, services, schemes, owner_signed_in, text, says
):
    page = page_of(window, qtbot, "TiersTab")
    page.list.setCurrentItem(page.list.topLevelItem(0))
    type_into(qtbot, page.fields["mult"].widget, text)
    page.submit()
    said = refused(page, "mult")
    assert said.startswith("Points multiplier:") and says in said
    assert [t.earn_multiplier_pct for t in services.schemes.store.tiers()] == [150]


@pytest.mark.parametrize(
    ("tab", "field", "text", "says"),
    [
        ("CreditTab", "rate", "2.555", "at most two decimals, between 0.01 % and 100 %"),
        ("CreditTab", "rate", "0.004", "at most two decimals, between 0.01 % and 100 %"),
        ("CreditTab", "rate", "nan", "between 0.01 % and 100 %"),
        ("TiersTab", "discount", "0.004", "at most two decimals, between 0 % and 100 %"),
        ("TiersTab", "discount", "-5", "between 0 % and 100 %"),
    ],
)
def test_over_precise_percentages_are_refused(
    qtbot, window, services, schemes, owner_signed_in, tab, field, text, says
):
    page = page_of(window, qtbot, tab)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    type_into(qtbot, page.fields[field].widget, text)
    page.submit()
    assert says in refused(page, field)
    assert [c.rate_bp for c in services.schemes.store.credit_programs()] == [500]
    assert [t.discount_bp for t in services.schemes.store.tiers()] == [0]


def test_a_percent_reward_is_a_whole_percent(qtbot, window, services, schemes, owner_signed_in):
    page = page_of(window, qtbot, "RewardsTab")
    type_into(qtbot, page.fields["name"].widget, "Some off")
    type_into(qtbot, page.fields["cost"].widget, "50")
    kind = page.fields["kind"].widget
    kind.setCurrentIndex(kind.findData("percent_discount"))
    type_into(qtbot, page.fields["percent"].widget, "12.5")
    page.submit()
    assert "whole number from 1 to 100" in refused(page, "percent")
    assert services.schemes.store.rewards() == []


def test_a_decimal_comma_in_a_hungarian_shop(
    qtbot, window, services, schemes, owner_signed_in, hungarian
):
    page = page_of(window, qtbot, "TiersTab")
    page.list.setCurrentItem(page.list.topLevelItem(0))
    assert page.fields["mult"].widget.text() == "1,5"  # shown as the shop writes it
    type_into(qtbot, page.fields["mult"].widget, "1,25")
    type_into(qtbot, page.fields["discount"].widget, "2,55")
    page.submit()
    assert not page.error.isVisibleTo(page), page.error.text()
    [gold] = services.schemes.store.tiers()
    assert (gold.earn_multiplier_pct, gold.discount_bp) == (125, 255)
    type_into(qtbot, page.fields["mult"].widget, "1,333")
    page.submit()
    assert "×1,33" in refused(page, "mult")  # the example in the shop's own writing
    assert services.schemes.store.tiers()[0].earn_multiplier_pct == 125
