"""The text size and colours: checked when set, readable whatever the file holds."""

from __future__ import annotations

import pytest

from loyalty_pos.domain.errors import UserError
from loyalty_pos.services import Services
from loyalty_pos.services.display import Display, clean_colours, clean_kiosk, clean_text_size

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.mark.parametrize(
    ("typed", "size"),
    [("100", 100), ("125", 125), ("150 %", 150), ("150%", 150), ("Large", 125), (125, 125)],
)
def test_text_sizes_are_read_as_numbers_or_names(typed, size):
    assert clean_text_size(typed) == size


@pytest.mark.parametrize("typed", ["", "0", "120", "200", "larger", "-125", "1e2"])
def test_other_text_sizes_are_refused_with_the_choices(typed):
    with pytest.raises(UserError) as err:
        clean_text_size(typed)
    assert "100, 125 or 150" in str(err.value)


def test_colours_accept_a_dash_and_refuse_the_rest():
    assert clean_colours("High-Contrast") == "high_contrast"
    assert clean_colours(" standard ") == "standard"
    with pytest.raises(UserError):
        clean_colours("dark")


def test_a_new_shop_reads_normal_standard_and_keeps_what_is_set(services: Services):
    assert services.display.get() == Display(100, "standard")
    services.display.set("text_size", "largest")
    services.display.set("colours", "high_contrast")
    assert services.display.get() == Display(150, "high_contrast")
    assert services.display.get().high_contrast


def test_a_refused_value_changes_nothing(services: Services):
    services.display.set("text_size", "125")
    with pytest.raises(UserError):
        services.display.set("text_size", "175")
    with pytest.raises(UserError):
        services.display.set("font", "big")
    assert services.display.get().text_size == 125


def test_a_value_the_file_should_not_hold_reads_as_the_default(services: Services):
    """The screens must open whatever an older or hand-edited file holds."""
    services.settings.set("text_size", "999")
    services.settings.set("colours", "neon")
    assert services.display.get() == Display(100, "standard")


def test_the_settings_screen_stores_them_in_its_one_transaction(services: Services):
    shop = services.shop.all()
    services.setup.save_settings(
        shop, language="en", feedback_enabled=True, idle_minutes=5, text_size=150,
        colours="high_contrast",
    )  # fmt: skip
    assert services.display.get() == Display(150, "high_contrast")
    with pytest.raises(UserError):
        services.setup.save_settings(
            {**shop, "shop_name": "Renamed"}, language="en", feedback_enabled=True,
            idle_minutes=5, text_size=110,
        )  # fmt: skip
    assert services.shop.all()["shop_name"] == shop["shop_name"]  # nothing stored
    assert services.display.get().text_size == 150


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        *[("on", "on"), ("Yes", "on"), ("true", "on"), ("1", "on"), (True, "on")],
        *[("off", "off"), (" NO ", "off"), ("false", "off"), ("0", "off"), (False, "off")],
    ],
)
def test_kiosk_is_on_or_off(typed, word):
    assert clean_kiosk(typed) == word


def test_kiosk_is_off_in_a_new_shop_and_refuses_anything_else(services: Services):
    assert not services.display.get().kiosk
    assert services.display.set("kiosk", "yes")["kiosk"] == "on"
    assert services.display.get() == Display(100, "standard", kiosk=True)
    with pytest.raises(UserError) as err:
        services.display.set("kiosk", "sometimes")
    assert "“on” or “off”" in str(err.value)
    assert services.display.get().kiosk  # unchanged
    services.settings.set("kiosk", "maybe")  # an older or hand-edited file
    assert not services.display.get().kiosk


def test_the_settings_screen_stores_kiosk_with_the_rest(services: Services):
    shop = services.shop.all()
    services.setup.save_settings(
        shop, language="en", feedback_enabled=True, idle_minutes=5, kiosk=True
    )
    assert services.display.get().kiosk
    services.setup.save_settings(shop, language="en", feedback_enabled=True, idle_minutes=5)
    assert services.display.get().kiosk  # None leaves it as it is
