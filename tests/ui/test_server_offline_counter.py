"""The counter when the shop's server goes away mid-shift (issue 18, part 5).

A visit that only earns is queued in the till's outbox under its own request id, the
cashier is told at once in the banner, and when the server is back the counter sends
it, exactly once; a visit that spends is refused and nothing is queued. The server here
is the test's own (it is stopped and started), with fsync on so a stop loses nothing.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from loyalty_pos.domain.schemes import CreditProgram
from loyalty_pos.services import Services
from loyalty_pos.services.outbox import Outbox, outbox_path
from loyalty_pos.store.pg import local_server
from loyalty_pos.store.pg.connection import PgConnection


@pytest.fixture
def server(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    try:
        srv = local_server.start(durable=True)
    except local_server.NoServer as exc:
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    admin = PgConnection(srv.url())
    admin.raw.execute("CREATE DATABASE shop")
    admin.close()
    yield srv
    srv.remove()


@pytest.fixture
def services(server, clock):
    s = Services.open(server.url("shop"), clock=clock, till="A", branch="North")
    yield s
    s.close()


def waiting(folder) -> int:
    outbox = Outbox(outbox_path(folder, "A"), "A")
    try:
        return outbox.waiting()
    finally:
        outbox.close()


def test_an_earning_visit_is_queued_offline_and_sent_once_when_the_server_is_back(
    qtbot, window, cashier, member, server, services
):
    from loyalty_pos.paths import state_dir

    cashier.scan(window.search, member.card_number)
    assert window.current_member.id == member.id
    server.stop("immediate")  # the cable is pulled
    amount = window.visit_form.amount
    amount.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(amount, "1500")
    window.scan_filter.deliver_held()
    window.visit_form.confirm()
    assert "Offline" in window.banner.text() and "queued" in window.banner.text()
    assert waiting(state_dir()) == 1
    assert window.visit_form.amount.text() == ""  # done at the counter, as a sale is
    window.visit_form.confirm()  # a second Enter on the cleared form queues nothing more
    assert waiting(state_dir()) == 1
    server.start()
    window.refresh.send_queued()
    assert "back" in window.banner.text()
    assert waiting(state_dir()) == 0
    rows = services.db.execute("SELECT COUNT(*), SUM(amount) FROM visits").fetchone()
    assert rows == (1, 1500)
    window.refresh.send_queued()  # again: nothing more is sent
    assert services.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 1


def test_a_spend_offline_is_refused_and_nothing_queued(
    qtbot, window, cashier, member, server, services
):
    from loyalty_pos.paths import state_dir

    services.schemes.add_credit(CreditProgram(0, "Cashback", 500))
    cashier.scan(window.search, member.card_number)
    server.stop("immediate")
    form = window.visit_form
    form.amount.setText("1000")
    form.request = lambda: _spending(form)  # credit paid: a spend
    form.confirm()
    assert "only visits that earn can be taken" in window.banner.text()
    assert not outbox_path(state_dir(), "A").exists() or waiting(state_dir()) == 0
    server.start()


def _spending(form):
    from loyalty_pos.services.checkout import CheckoutRequest

    return CheckoutRequest(amount=1000, use_credit=200)
