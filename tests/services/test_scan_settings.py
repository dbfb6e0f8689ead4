"""The scan sounds switch, and the codes a member look-up must not take for a card."""

from __future__ import annotations

import pytest

from loyalty_pos.domain.errors import NotFound, Refused, UserError
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from loyalty_pos.services.display import clean_switch
from loyalty_pos.services.members import UnknownCard

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("on", "on"), ("OFF", "off"), (" yes ", "on"), ("no", "off"), ("1", "on"), ("0", "off")],
)
def test_the_scan_sounds_are_on_or_off(typed, stored):
    assert clean_switch(typed) == stored
    assert clean_switch(True) == "on" and clean_switch(False) == "off"


def test_a_new_shop_has_the_sounds_on_and_keeps_what_is_set(services: Services):
    assert services.display.get().scan_sounds is True
    assert services.display.scan_sounds() is True
    assert services.display.set("scan_sounds", "off")["scan_sounds"] == "off"
    assert services.display.get().scan_sounds is False
    assert services.display.scan_sounds() is False
    with pytest.raises(UserError):
        services.display.set("scan_sounds", "loud")
    assert services.display.scan_sounds() is False


def test_a_sounds_value_the_file_should_not_hold_reads_as_on(services: Services):
    services.settings.set("scan_sounds", "maybe")
    assert services.display.scan_sounds() is True
    assert services.display.get().scan_sounds is True


def test_the_settings_screen_stores_the_sounds_with_the_rest(services: Services):
    shop = services.shop.all()
    services.setup.save_settings(
        {k: shop[k] for k in ("shop_name", "currency", "card_prefix")},
        language="en",
        feedback_enabled=True,
        idle_minutes=5,
        scan_sounds=False,
    )
    assert services.display.scan_sounds() is False


def test_a_gift_cards_number_is_no_member_card(services: Services, coffee):
    card = services.gift_cards.issue(5000)
    with pytest.raises(NotFound) as err:
        services.members.lookup(card.code)
    assert not isinstance(err.value, UnknownCard)  # no "F3 to enroll" with it
    assert "gift card or a coupon" in str(err.value)
    with pytest.raises(Refused):
        services.members.enroll(MemberInput("Lê Thị Hoa"), card=card.code)
    assert services.members.count() == 0
