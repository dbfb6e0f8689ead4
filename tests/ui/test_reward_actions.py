"""The Rewards menu at the counter: gift cards sold as a visit, corrections, unusual."""

from __future__ import annotations

from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.schemes import PointsProgram
from loyalty_pos.services import OWNER_STAFF


def test_ctrl_g_sells_a_gift_card_recorded_as_a_visit(qtbot, window, cashier, services):
    window.rewards.actions["Ctrl+G"].trigger()
    dialog = window.rewards.dialog
    dialog.amount.setValue(5000)
    dialog.sell()
    dialog.confirm_dialog.accept()  # "five thousand forints": the confirmation
    [row] = services.db.execute("SELECT code, balance, sold_visit_id FROM gift_cards").fetchall()
    assert row[1] == 5000 and row[2] is not None
    gift_sold = services.db.execute("SELECT gift_sold FROM visits WHERE id = ?", [row[2]])
    assert gift_sold.fetchone()[0] == 5000


def test_correct_a_balance_needs_an_open_member(window, cashier, services, member, owner_signed_in):
    window.rewards.actions["Ctrl+Shift+A"].trigger()
    assert "Open the member" in window.banner.text()
    points = services.schemes.add_points(PointsProgram(0, "Points", 1, 100))
    services.actor.staff_id = OWNER_STAFF
    cashier.scan(window.search, member.card_number)
    window.rewards.actions["Ctrl+Shift+A"].trigger()
    dialog = window.rewards.dialog
    dialog.balance.setCurrentIndex(dialog.balance.findData(f"{points.id}:points"))
    dialog.delta.setValue(30)
    dialog.reason.setText("lost receipt")
    dialog.save.click()
    assert services.checkout.ledger.balances(member.id)[(points.id, Account.POINTS)] == 30
