import pytest

from loyalty_pos.domain.errors import InvalidCode, NotFound, Refused, UserError
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import VisitLine

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def test_settings_are_validated_and_normalised(services):
    assert services.shop.all() == {"shop_name": "My shop", "currency": "HUF", "card_prefix": "29"}
    after = services.shop.set("currency", " nok ")
    assert after["currency"] == "NOK"
    services.shop.set("shop_name", "  Bánh mì   Ngon ")
    assert services.shop.all()["shop_name"] == "Bánh mì Ngon"
    services.shop.set("card_prefix", "21")
    assert services.members.enroll(MemberInput("Hương")).card_number.startswith("21")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("card_prefix", "30"),
        ("card_prefix", "2"),
        ("card_prefix", "ab"),
        ("currency", "EURO"),
        ("currency", "€"),
        ("shop_name", "  "),
        ("shop_name", "x" * 81),
        ("colour", "red"),
    ],
)
def test_bad_settings_change_nothing(services, key, value):
    before = services.shop.all()
    with pytest.raises(UserError):
        services.shop.set(key, value)
    assert services.shop.all() == before


def test_old_cards_keep_working_after_a_prefix_change(services, member):
    services.shop.set("card_prefix", "22")
    assert services.members.lookup(member.card_number).id == member.id


def test_block_and_unblock_a_card(services, member):
    services.members.block_card(member.card_number)
    with pytest.raises(Refused, match="blocked"):
        services.members.lookup(member.card_number)
    assert services.members.member_id_for_card(member.card_number) == member.id
    services.members.block_card(member.card_number, blocked=False)
    assert services.members.lookup(member.card_number).id == member.id


def test_blocking_an_unknown_or_bad_card(services):
    with pytest.raises(NotFound):
        services.members.block_card("2900000000018")
    with pytest.raises(InvalidCode):
        services.members.block_card("2900000000011")


def test_lowering_stamps_needed_completes_full_cards(services, member, coffee):
    services.visits.record(member.id, [VisitLine(coffee.id, items=9)], "a")
    other = services.members.enroll(MemberInput("Lars Kristiansen"))
    services.visits.record(other.id, [VisitLine(coffee.id, items=5)], "b")
    services.programs.update(StampProgram(coffee.id, "Coffee", 8, "Free coffee"))
    view = services.members.view(member.id).card_for("Coffee")
    assert (view.stamps, view.rewards_ready, view.stamps_needed) == (1, 1, 8)
    assert services.members.view(other.id).card_for("Coffee").stamps == 5
    row = services.db.execute(
        "SELECT staff_id, visit_id, note FROM ledger WHERE kind='complete'"
    ).fetchone()
    assert row == (3, None, "stamps needed lowered")
    # Raising it again leaves balances alone.
    services.programs.update(StampProgram(coffee.id, "Coffee", 12, "Free coffee"))
    view = services.members.view(member.id).card_for("Coffee")
    assert (view.stamps, view.rewards_ready) == (1, 1)
    assert services.maintenance.check().ok


def test_the_currency_changes_only_while_no_money_is_on_record(services, member, coffee):
    from loyalty_pos.services.checkout import CheckoutRequest

    assert services.shop.set("currency", "eur")["currency"] == "EUR"  # nothing in it yet
    services.checkout.confirm(member.id, CheckoutRequest(stamp_items={coffee.id: 1}), "a")
    assert services.shop.set("currency", "nok")["currency"] == "NOK"  # stamps are no money
    services.checkout.confirm(member.id, CheckoutRequest(amount=1500), "b")
    with pytest.raises(Refused, match="The currency stays NOK"):
        services.shop.set("currency", "HUF")
    assert services.shop.all()["currency"] == "NOK"
    assert services.shop.set("currency", "nok")["currency"] == "NOK"  # the same: fine


def test_a_gift_card_or_a_priced_item_fixes_the_currency_too(services):
    from loyalty_pos.domain.schemes import Item

    services.schemes.add_item(Item(0, "Latte", price=890))
    with pytest.raises(Refused):
        services.shop.set("currency", "EUR")
    assert services.shop.all()["currency"] == "HUF"
