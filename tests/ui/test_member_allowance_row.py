"""A member's own offline allowance in the owner's "Members' data" (issue 18, part 5).

On a server shop: set one member's own amount, clear it back to the default, an
erased member has none to set. On a file shop the row is not there.
"""

from __future__ import annotations

import pytest

from loyalty_pos.domain.offline import MAX_ALLOWANCE
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import offline_allowance
from loyalty_pos.ui.member_data_dialog import MemberDataDialog

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def test_the_owner_sets_and_clears_a_members_own_allowance(qtbot, services, backend):
    services.shop.set("currency", "EUR")
    eva = services.members.view(services.members.enroll(MemberInput("Kovács Éva")).id)
    offline_allowance.set_default(services.settings, 500)
    dialog = MemberDataDialog(services, member=eva)
    qtbot.addWidget(dialog)
    if backend == "sqlite":
        assert dialog.allowance is None  # a file is never offline
        return
    row = dialog.allowance
    assert row.member_id == eva.id and row.amount.value() == 5.0
    assert "default" in row.source.text() and not row.clear_button.isEnabled()
    row.amount.setValue(40)
    row.save()
    assert offline_allowance.for_member(services, eva.id).own == 4000
    assert "Their own" in row.source.text() and row.clear_button.isEnabled()
    again = MemberDataDialog(services, member=eva)
    qtbot.addWidget(again)
    assert again.allowance.amount.value() == 40.0
    row.clear()
    assert offline_allowance.for_member(services, eva.id).own is None
    assert row.amount.value() == 5.0 and not row.clear_button.isEnabled()
    row.amount.setValue(float(MAX_ALLOWANCE))  # above the range: capped
    assert row.amount.value() <= MAX_ALLOWANCE / 100


def test_an_erased_member_has_no_allowance_to_set(qtbot, services, backend):
    eva = services.members.enroll(MemberInput("Kovács Éva"))
    services.erase.erase(eva.id, "asked")
    dialog = MemberDataDialog(services, member=services.members.view(eva.id))
    qtbot.addWidget(dialog)
    if dialog.allowance is None:
        assert backend == "sqlite"
        return
    assert dialog.allowance.member_id is None and not dialog.allowance.set_button.isEnabled()
