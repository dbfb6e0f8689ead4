"""The balance correction dialog writes one adjust row, or shows why not."""

from __future__ import annotations

from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.schemes import PointsProgram
from loyalty_pos.services import OWNER_STAFF
from loyalty_pos.ui.adjust_dialog import AdjustDialog


def test_owner_corrects_points_and_bad_input_changes_nothing(qtbot, services, member):
    points = services.schemes.add_points(PointsProgram(0, "Points", 1, 100))
    services.actor.staff_id = OWNER_STAFF
    dialog = AdjustDialog(services, member.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    index = dialog.balance.findData(f"{points.id}:points")
    dialog.balance.setCurrentIndex(index)
    dialog.delta.setValue(-5)
    dialog.reason.setText("typo")
    dialog.save.click()
    assert "holds only 0" in dialog.error.text()
    assert services.db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0] == 0
    dialog.delta.setValue(40)
    dialog.reason.setText("lost receipt")
    dialog.save.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services.checkout.ledger.balances(member.id)[(points.id, Account.POINTS)] == 40


def test_cashier_above_the_limit_is_told_to_ask_the_owner(qtbot, services, member, coffee):
    dialog = AdjustDialog(services, member.id)
    qtbot.addWidget(dialog)
    dialog.delta.setValue(3)
    dialog.reason.setText("goodwill")
    dialog.accept()
    assert "Only the owner" in dialog.error.text()
