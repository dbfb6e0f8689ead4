"""A merged duplicate's card opens the member kept, with a note; an erased card is refused."""

from __future__ import annotations

from loyalty_pos.domain.validation import MemberInput


def test_a_merged_duplicates_card_opens_the_kept_member_with_a_note(
    window, cashier, services, member
):
    dup = services.members.enroll(MemberInput("Kovacs Eva"))
    services.merge.merge(member.id, dup.id, "same person")
    cashier.scan(window.search, dup.card_number)
    assert window.current_member.id == member.id
    text = window.banner.text()
    assert f"Card {dup.card_number} was a duplicate's, merged into Kovács Éva." in text


def test_an_erased_members_card_is_refused_at_the_counter(window, cashier, services, member):
    services.erase.erase(member.id, "asked")
    cashier.scan(window.search, member.card_number)
    assert window.current_member is None
    assert "this card was erased" in window.banner.text()
