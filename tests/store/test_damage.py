"""A shop marked damaged refuses every write, in this process and the next."""

from __future__ import annotations

import pytest

from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from loyalty_pos.store import damage


def test_a_marked_shop_refuses_writes_and_still_answers_lookups(services, member, db_path):
    damage.mark(db_path, "page 12 of members is unreadable", services.db)
    with pytest.raises(damage.DamagedShop) as refused:
        services.members.enroll(MemberInput("Nagy Péter"))
    assert "page 12 of members is unreadable" in str(refused.value)
    assert services.members.view(member.id).name == member.name  # lookups work
    assert services.members.count() == 1


def test_the_mark_is_seen_by_the_next_process_and_lifted_by_clear(services, member, db_path):
    damage.mark(db_path, "index members_fts is wrong\nsecond line")
    assert damage.why(db_path) == "index members_fts is wrong second line"  # one line
    other = Services.open(db_path)
    try:
        with pytest.raises(damage.DamagedShop):
            other.members.enroll(MemberInput("Nagy Péter"))
        damage.clear(db_path, other.db)
        assert damage.why(db_path) is None
        other.members.enroll(MemberInput("Nagy Péter"))
        assert other.members.count() == 2
    finally:
        other.close()
