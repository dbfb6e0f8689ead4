"""The offline counter: the till starts, and goes on mid-shift, without its server (issue 18,
part 5).

A till that synced once has a copy of the members (``services/offline_copy_refresh.py``,
refreshed here as the counter refreshes it). With the server stopped, the till opens
the offline counter on that copy: a scan finds the member, shown as possibly out of
date, an earning visit is queued, a spend is refused, an unknown card is said so; when
the server answers again the queued visits are sent once and the full counter is back.
The server is the test's own, stopped and started (fsync on: a stop loses nothing).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from loyalty_pos import app
from loyalty_pos.domain.schemes import CreditProgram
from loyalty_pos.paths import state_dir
from loyalty_pos.services import Services
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.services.offline_copy_refresh import ServerTill, refresh_copy
from loyalty_pos.services.outbox import Outbox, outbox_path
from loyalty_pos.store.pg import local_server
from loyalty_pos.store.pg.connection import PgConnection
from loyalty_pos.ui.copy_refresher import CopyRefresher
from loyalty_pos.ui.offline_counter import OfflineCounter


@pytest.fixture
def server(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LOYALTY_POS_TILL", "A")
    monkeypatch.setenv("LOYALTY_POS_BRANCH", "North")
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
    s.settings.set("currency", "HUF")
    s.settings.set("shop_name", "Corner Café")
    s.settings.set("setup_done", "1")
    yield s
    with contextlib.suppress(sqlite3.OperationalError):  # the test's server restarted:
        s.db.execute("SELECT 1")  # the connection made anew (the first statement fails)
    s.close()


@pytest.fixture
def synced(server, services, member):
    """The till's copy made as the counter makes it (its own connection)."""
    return refresh_copy(ServerTill(server.url("shop"), "A", "North"), state_dir())


@pytest.fixture
def started_offline(qtbot, server, services, synced, restore_language):
    """The server stopped; the till started: the offline counter, and what ``app`` keeps."""
    server.stop("immediate")
    start = app.open_on_server(server.url("shop"), demo=False)
    assert isinstance(start, app.OfflineStart)
    kept: dict = {}
    offline = app.offline_counter(argparse.Namespace(kiosk=False), start, kept)
    qtbot.addWidget(offline)
    offline.show()
    qtbot.waitExposed(offline)
    offline.activateWindow()
    qtbot.waitUntil(offline.isActiveWindow, timeout=2000)
    yield offline, kept
    offline.watch.stop()
    offline.scan_filter.uninstall()
    counter = kept.get("counter")
    if counter is not None:
        counter.scan_filter.uninstall()
        counter.offline.stop()
        counter.close()
    if not server_running(server):
        server.start()


def server_running(server) -> bool:
    try:
        PgConnection(server.url(), connect_timeout=2).close()
    except Exception:
        return False
    return True


def waiting() -> int:
    outbox = Outbox(outbox_path(state_dir(), "A"), "A")
    try:
        return outbox.waiting()
    finally:
        outbox.close()


def visits(services: Services) -> tuple:
    """(count, sum of amounts) of the server's visits, over the test's own connection
    (its first statement after the restart finds the old connection broken)."""
    sql = "SELECT COUNT(*), SUM(amount) FROM visits"
    try:
        return tuple(services.db.execute(sql).fetchone())
    except sqlite3.OperationalError:
        return tuple(services.db.execute(sql).fetchone())


def type_amount(qtbot, offline: OfflineCounter, text: str) -> None:
    offline.amount.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(offline.amount, text)
    offline.scan_filter.deliver_held()


def test_the_till_starts_on_its_copy_queues_an_earning_visit_and_sends_it_once_when_back(
    qtbot, cashier, started_offline, member, server, services
):
    offline, kept = started_offline
    assert "cannot be reached" in offline.strip.text()
    assert "may be out of date" in offline.strip.text()
    assert "Corner Café" in offline.windowTitle()

    cashier.scan(offline.search, member.card_number)
    assert offline.member.member is not None and offline.member.member.id == member.id
    assert offline.member.name.text() == member.name
    assert member.card_number in offline.member.card.text()
    assert "possibly out of date" in offline.member.as_of.text()
    assert offline.amount.hasFocus()

    type_amount(qtbot, offline, "1500")
    cashier.press(Qt.Key.Key_Return, offline.amount)
    assert "Queued" in offline.banner.text() and "1 waiting" in offline.banner.text()
    assert waiting() == 1
    assert offline.amount.text() == ""
    cashier.press(Qt.Key.Key_Return, offline.amount)  # a second Enter queues nothing
    assert waiting() == 1

    server.start()
    offline.server_answered(True)  # the 15 s probe's answer
    counter = kept["counter"]
    assert counter.isVisible() and not offline.isVisible()
    assert "1 queued visit" in counter.banner.text()
    assert waiting() == 0
    assert visits(services) == (1, 1500)
    counter.refresh.send_queued()  # the full counter's own resend: nothing more
    assert visits(services) == (1, 1500)


def test_stamps_for_the_shops_card_are_queued_and_added_when_back(
    qtbot, cashier, started_offline, member, server, services, coffee
):
    offline, kept = started_offline
    cashier.scan(offline.search, member.card_number)
    stamps = offline.stamps[coffee.id]
    assert "Coffee" in stamps.accessibleName()
    stamps.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(stamps, "2")
    offline.scan_filter.deliver_held()
    cashier.press(Qt.Key.Key_Return, stamps)  # stamps only, no amount: an earning visit
    assert waiting() == 1 and stamps.text() == ""
    server.start()
    offline.server_answered(True)
    assert kept["counter"].isVisible()
    assert visits(services) == (1, 0)
    card = next(c for c in services.members.view(member.id).cards if c.program_id == coffee.id)
    assert card.stamps == 2


def test_a_spend_offline_is_refused_in_its_words_and_nothing_queued(
    qtbot, cashier, started_offline, member
):
    offline, _ = started_offline
    cashier.scan(offline.search, member.card_number)
    type_amount(qtbot, offline, "1000")
    offline.credit.setText("200")
    cashier.press(Qt.Key.Key_Return, offline.credit)
    assert "only visits that earn can be taken" in offline.banner.text()
    assert waiting() == 0
    assert offline.amount.text() == "1000"  # the visit typed stays, to correct it


def test_a_card_not_in_the_copy_is_said_so_and_the_member_on_screen_stays(
    qtbot, cashier, started_offline, member, unassigned_card
):
    offline, _ = started_offline
    cashier.scan(offline.search, member.card_number)
    type_amount(qtbot, offline, "700")
    cashier.scan(offline.amount, unassigned_card)
    assert "is not in this till's copy" in offline.banner.text()
    assert offline.member.member.id == member.id
    assert offline.amount.text() == "700"
    assert waiting() == 0


def test_a_name_search_finds_the_member_in_the_copy_diacritic_blind(
    qtbot, cashier, started_offline, member
):
    offline, _ = started_offline
    offline.search.setFocus()
    cashier.slow_typing(offline)
    qtbot.keyClicks(offline.search, "kovacs")
    assert offline.results.count() == 1
    cashier.press(Qt.Key.Key_Return, offline.search)
    assert offline.member.member.id == member.id


def test_a_scan_while_a_dialog_is_open_changes_nothing(qtbot, cashier, started_offline, member):
    offline, _ = started_offline
    box = QMessageBox(QMessageBox.Icon.Information, "Note", "A question", parent=offline)
    box.open()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow, timeout=2000)
    cashier.scan(QApplication.focusWidget() or box, member.card_number)
    assert offline.member.member is None
    assert waiting() == 0
    box.close()


def test_a_till_that_never_synced_does_not_start_and_says_why(server, services, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    server.stop("immediate")
    assert app.open_on_server(server.url("shop"), demo=False) is None
    assert "cannot be reached" in said[0]
    assert "no copy of the member list" in said[0]
    server.start()


def test_mid_shift_a_scan_that_meets_the_server_gone_opens_the_offline_counter(
    qtbot, window, cashier, member, server, services, synced
):
    server.stop("immediate")  # the cable is pulled
    cashier.scan(window.search, member.card_number)
    offline = window.offline.counter
    assert offline is not None and offline.isVisible() and not window.isVisible()
    assert offline.member.member is not None, offline.banner.text()
    assert offline.member.member.id == member.id
    assert "possibly out of date" in offline.member.as_of.text()
    type_amount(qtbot, offline, "900")
    cashier.press(Qt.Key.Key_Return, offline.amount)
    assert waiting() == 1

    server.start()
    offline.server_answered(True)
    assert window.isVisible() and window.offline.counter is None
    assert "1 queued visit" in window.banner.text()
    assert visits(services) == (1, 900)
    assert window.changes.watch.timer.isActive()  # other tills' writes reach it again
    window.offline.stop()


def test_mid_shift_the_server_back_while_a_visit_is_typed_waits_for_f5(
    qtbot, window, cashier, member, server, services, synced
):
    server.stop("immediate")
    cashier.scan(window.search, member.card_number)
    offline = window.offline.counter
    type_amount(qtbot, offline, "400")
    server.start()
    offline.server_answered(True)
    assert offline.isVisible() and "F5" in offline.banner.text()
    assert offline.amount.text() == "400"  # never thrown away
    cashier.press(Qt.Key.Key_Return, offline.amount)  # queued, sent, the counter back
    assert window.isVisible() and window.offline.counter is None
    assert visits(services) == (1, 400)
    window.offline.stop()


def copied_name(card: str) -> str:
    """The name till A's copy of the members holds for ``card``."""
    outbox = Outbox(outbox_path(state_dir(), "A"), "A")
    try:
        return outbox.member_by_code(card).name
    finally:
        outbox.close()


def test_the_counter_refreshes_the_copy_on_its_own_connection(
    qtbot, server, services, member, synced
):
    services.checkout.confirm(member.id, CheckoutRequest(amount=1000), "r-1")
    services.schemes.add_credit(CreditProgram(0, "Cashback", 500))
    refresher = CopyRefresher(ServerTill(server.url("shop"), "A", "North"), state_dir())
    with qtbot.waitSignal(refresher.done, timeout=30_000) as got:
        refresher.refresh_now()
    assert got.args == [1]
    assert copied_name(member.card_number) == member.name
    server.stop("immediate")
    with qtbot.waitSignal(refresher.failed, timeout=30_000):
        refresher.refresh_now()
    assert refresher.wait(10)
    server.start()


def test_the_refresh_runs_in_a_process_of_its_own_and_says_why_not(
    server, services, member, monkeypatch
):
    """The counter's refresh is this program started again (``refresh-copy``), so a
    refresh never shares Python's lock with the scanner's keys; the server's URL goes
    in the child's environment, never in its arguments."""
    from loyalty_pos.services import copy_refresh_process as job

    def not_here(*_args):
        raise AssertionError("refreshed in the counter's own process")

    started: list[list[str]] = []
    run = job.subprocess.run
    monkeypatch.setattr(job, "refresh_copy", not_here)
    monkeypatch.setattr(
        job.subprocess, "run", lambda cmd, **kw: started.append(cmd) or run(cmd, **kw)
    )
    where = ServerTill(server.url("shop"), "A", "North")
    assert CopyRefresher(where, state_dir())._refresh is job.refresh_in_process  # the counter's
    assert job.refresh_in_process(where, state_dir()) == 1
    assert started and job.VERB in started[0]
    assert not any(server.url("shop") in part for part in started[0])
    assert copied_name(member.card_number) == member.name
    server.stop("immediate")
    with pytest.raises(job.CopyRefreshFailed) as why:
        job.refresh_in_process(where, state_dir())
    assert str(why.value)  # the child's reason, one line
    server.start()


def test_refresh_copy_started_by_hand_does_nothing(tmp_path, monkeypatch):
    import subprocess

    from loyalty_pos.services import copy_refresh_process as job

    monkeypatch.delenv(job.ASKED, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    done = subprocess.run(job.command(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "xdg").exists()  # no folder, no copy made


def test_mid_shift_a_search_that_meets_the_server_gone_searches_the_copy(
    qtbot, window, cashier, member, server, services, synced
):
    server.stop("immediate")
    cashier.slow_typing(window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "kova")
    qtbot.waitUntil(lambda: window.offline.counter is not None, timeout=10_000)
    offline = window.offline.counter
    assert offline.search.text() == "kova"
    assert offline.results.count() == 1
    cashier.press(Qt.Key.Key_Return, offline.search)
    assert offline.member.member.id == member.id
    server.start()
    offline.server_answered(True)
    assert window.isVisible() and window.offline.counter is None
    window.offline.stop()


def test_mid_shift_without_a_copy_the_counter_says_so(
    qtbot, window, cashier, member, server, services
):
    server.stop("immediate")
    cashier.scan(window.search, member.card_number)
    assert window.offline.counter is None and window.isVisible()
    assert "no copy of the member list" in window.banner.text()
    assert window.current_member is None
    server.start()
