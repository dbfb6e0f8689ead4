"""The command line while the shop's server cannot be reached (issue 18, part 5).

"Offline" here is a real connection that fails: the same database name on a port where
no server listens (and, in the service tests, the session's server stopped). Earning
visits are queued in the till's outbox and printed with ``"queued": true``; a spend
exits 2 and queues nothing; ``sync`` sends each queued visit exactly once, also after
a till killed between the server's commit and the outbox's mark.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from loyalty_pos.l10n import format_money
from loyalty_pos.paths import state_dir
from loyalty_pos.services.outbox import PAUSE_ENV, Outbox, outbox_path
from loyalty_pos.store.pg.connection import PgConnection, PgDatabase
from tests import pg_support
from tests.cli.test_cli import Admin

TILL = "till-1"


def _dead_url(url: str) -> str:
    """The same database on a port where nothing listens: the server is unreachable."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    head, _, tail = url.partition("@")
    _host, _, rest = tail.partition("/")
    return f"{head}@127.0.0.1:{port}/{rest}"


@pytest.fixture
def server_url(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LOYALTY_POS_TILL", TILL)
    server = pg_support.server()
    url = server.fresh()
    yield url
    server.drop(url)


@pytest.fixture
def online(capsys, server_url) -> Admin:
    return Admin(capsys, server_url)  # type: ignore[arg-type]


@pytest.fixture
def offline(capsys, server_url) -> Admin:
    return Admin(capsys, _dead_url(server_url))  # type: ignore[arg-type]


@pytest.fixture
def member(online: Admin) -> dict[str, Any]:
    """Coffee card (10), 1 point per 100, a latte that counts for both; one member; the
    till's copy synced."""
    online.json(
        "programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "10",
        "--reward", "Free coffee",
    )  # fmt: skip
    online.json(
        "programs", "add-points", "--name", "Points", "--points-per-amount", "1",
        "--amount-step", "100",
    )  # fmt: skip
    online.json(
        "programs", "add-item", "--name", "Latte", "--price", "1200",
        "--counts-for", "Coffee", "--counts-for", "Points",
    )  # fmt: skip
    m = online.json("members", "add", "--name", "Kovács Éva")
    online.json("visit", m["card_number"], "--amount", "5000")  # 50 points to spend
    assert online.json("sync")["members_copied"] == 1
    return m


def _visits(url: str, request_id: str) -> int:
    db = PgDatabase(PgConnection(url))
    try:
        return db.execute(
            "SELECT count(*) FROM visits WHERE request_id = ?", [request_id]
        ).fetchone()[0]
    finally:
        db.close()


def _waiting() -> int:
    outbox = Outbox(outbox_path(state_dir(), TILL), TILL)
    try:
        return outbox.waiting()
    finally:
        outbox.close()


def test_an_earning_visit_offline_is_queued_and_sync_sends_it_once(online, offline, member):
    code = member["card_number"]
    v = offline.json(
        "visit", code, "--amount", "1500", "--item", "Latte=1", "--program", "Coffee",
        "--items", "1", "--request-id", "off-1",
    )  # fmt: skip
    assert v["queued"] is True and v["visit_id"] is None and v["request_id"] == "off-1"
    assert v["member"]["name"] == "Kovács Éva" and v["member"]["possibly_out_of_date"]
    text = offline("visit", code, "--amount", "100", "--request-id", "off-2")
    assert text.code == 0 and "Queued" in text.out and "off-2" in text.out
    assert _waiting() == 2
    done = online.json("sync")
    assert (done["sent"], done["already_there"], done["refused"]) == (2, 0, 0)
    again = online.json("sync")
    assert (again["sent"], again["already_there"], again["refused"]) == (0, 0, 0)
    assert _visits(online.db, "off-1") == 1 and _visits(online.db, "off-2") == 1
    shown = online.json("members", "show", code)
    assert shown["points"] == 50 + 15 + 1
    assert shown["cards"][0]["stamps"] == 2
    online_visit = online.json("visit", code, "--amount", "100")
    assert online_visit["queued"] is False


def test_a_spend_offline_exits_2_and_queues_nothing(offline, member):
    code = member["card_number"]
    for spend in (
        ("--use-credit", "100"),
        ("--use-points", "10"),
        ("--redeem", "Coffee"),
        ("--coupon", "ABC123"),
    ):
        r = offline("--json", "visit", code, "--amount", "1000", *spend)
        assert (r.code, r.out) == (2, ""), spend
        assert "cannot be reached" in r.err and len(r.err.splitlines()) == 1
        assert "Traceback" not in r.err
    assert _waiting() == 0


def test_lookups_offline_answer_from_the_copy_marked_possibly_out_of_date(offline, member):
    shown = offline.json("members", "show", member["card_number"])
    assert shown["name"] == "Kovács Éva" and shown["possibly_out_of_date"] is True
    assert shown["balances"] == {"Points": {"points": 50}}
    found = offline.json("members", "find", "kovacs eva")
    assert [m["id"] for m in found] == [member["id"]]
    text = offline("members", "show", member["card_number"])
    assert text.code == 0 and "possibly out of date" in text.out


def test_other_commands_offline_say_the_server_cannot_be_reached(offline, member):
    r = offline("--json", "members", "add", "--name", "Szabó Anna")
    assert (r.code, r.out) == (2, "") and "cannot be reached" in r.err
    r = offline("--json", "visit", "0000000000000", "--amount", "100")
    assert r.code == 2 and r.out == ""


def test_a_command_that_reaches_the_server_sends_the_queue_first(online, offline, member):
    code = member["card_number"]
    offline.json("visit", code, "--amount", "700", "--request-id", "off-auto")
    shown = online.json("members", "show", code)
    assert shown["points"] == 57
    assert _waiting() == 0 and _visits(online.db, "off-auto") == 1


SYNC = "import sys; from loyalty_pos.cli import main; sys.exit(main(sys.argv[1:]))"


@pytest.mark.slow
def test_a_till_killed_mid_replay_sends_every_visit_exactly_once(online, offline, member):
    """``sync`` is killed (SIGKILL) after the server committed the first visit and
    before the outbox marked it; the next sync sends the rest and finds the first
    already there."""
    code = member["card_number"]
    ids = [f"kill-{n}" for n in range(3)]
    for n, rid in enumerate(ids):
        offline.json("visit", code, "--amount", str(100 * (n + 1)), "--request-id", rid)
    env = dict(os.environ, **{PAUSE_ENV: "60", "LOYALTY_POS_TILL": TILL})
    till = subprocess.Popen(
        [sys.executable, "-c", SYNC, "--db", str(online.db), "--json", "sync"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while _visits(online.db, ids[0]) == 0:
            assert till.poll() is None, till.communicate()
            assert time.monotonic() < deadline, "the first visit never reached the server"
            time.sleep(0.1)
        till.send_signal(signal.SIGKILL)
        till.wait(30)
    finally:
        if till.poll() is None:
            till.kill()
        till.communicate()
    assert _waiting() == 3  # the first was committed, not marked
    assert _visits(online.db, ids[1]) == 0
    done = online.json("sync")
    assert (done["sent"], done["already_there"], done["refused"]) == (2, 1, 0)
    assert [_visits(online.db, rid) for rid in ids] == [1, 1, 1]
    assert online.json("members", "show", code)["points"] == 50 + 1 + 2 + 3
    assert Path(outbox_path(state_dir(), TILL)).exists()


def test_an_offline_allowance_lets_credit_be_spent_and_sync_reports_shortfall(
    online, offline, member, monkeypatch
):
    code = member["card_number"]
    online.json("programs", "add-credit", "--name", "Cashback", "--percent", "10")
    online.json("visit", code, "--amount", "5000")  # 500 credit
    assert online.json("offline-allowance")["offline_allowance"] == 0
    assert online.json("offline-allowance", "400")["offline_allowance"] == 400
    online.json("sync")
    v = offline.json("visit", code, "--amount", "1000", "--use-credit", "300", "--request-id", "a")
    assert v["queued"] is True
    r = offline("--json", "visit", code, "--amount", "1000", "--use-credit", "200")
    # the money in the shop's currency, as the sync kept it (it said "100 left" before)
    said, money = r.err.replace("\xa0", " "), format_money(100, "HUF").replace("\xa0", " ")
    assert r.code == 2 and f"{money} left" in said
    r = offline("--json", "visit", code, "--amount", "1000", "--redeem", "Coffee")
    assert r.code == 2 and "cannot be reached" in r.err
    monkeypatch.setenv("LOYALTY_POS_TILL", "till-2")  # another till, online, spends it all
    online.json("visit", code, "--amount", "1000", "--use-credit", "500")
    monkeypatch.setenv("LOYALTY_POS_TILL", TILL)
    done = online.json("sync")
    assert (done["sent"], done["refused"]) == (0, 1)
    assert [r["request_id"] for r in done["shortfall"]] == ["a"]
    assert done["shortfall"][0]["credit_spent"] == 300
    assert "store credit" in done["shortfall"][0]["error"]
    assert _visits(online.db, "a") == 0
    text = online("sync")
    assert text.code == 0 and "Shortfall" in text.out and "a (" in text.out


@pytest.mark.slow
def test_a_server_stopped_mid_command_sends_the_visit_to_the_outbox(online, offline, member):
    """The server goes away while ``visit`` runs (after the queued visit before it was
    sent): the connection breaks (``ServerGone``) and the visit is queued instead."""
    code = member["card_number"]
    offline.json("visit", code, "--amount", "100", "--request-id", "before")
    env = dict(os.environ, **{PAUSE_ENV: "3", "LOYALTY_POS_TILL": TILL})
    argv = ["--db", str(online.db), "--json", "visit", code, "--amount", "900",
            "--request-id", "during"]  # fmt: skip
    till = subprocess.Popen(
        [sys.executable, "-c", SYNC, *argv],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    local = pg_support.server().local
    try:
        deadline = time.monotonic() + 90
        while _visits(online.db, "before") == 0:  # sent; the till now waits 3 s
            assert till.poll() is None, till.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        local.stop()
        out, err = till.communicate(timeout=90)
    finally:
        local.start()
        if till.poll() is None:
            till.kill()
            till.communicate()
    assert till.returncode == 0, err
    v = json.loads(out)
    assert v["queued"] is True and v["request_id"] == "during"
    done = online.json("sync")
    assert (done["sent"], done["already_there"]) == (1, 0)
    assert [_visits(online.db, rid) for rid in ("before", "during")] == [1, 1]


def test_a_members_own_allowance_reaches_the_till_and_the_shortfall_can_be_read_again(
    online, offline, member, monkeypatch
):
    """The default is 0: only the member the owner trusts may spend offline, up to their
    own amount; what the server then refuses is listed by ``shortfall`` later, with the
    server back and with it away."""
    code = member["card_number"]
    other = online.json("members", "add", "--name", "Szabó Anna")
    online.json("programs", "add-credit", "--name", "Cashback", "--percent", "10")
    online.json("visit", code, "--amount", "5000")  # 500 credit
    online.json("visit", other["card_number"], "--amount", "5000")
    online.json("offline-allowance", "--member", code, "450")
    assert online.json("sync")["shortfall"] == []
    assert offline.json("members", "show", code)["offline_allowance"] == {
        "amount": 450,
        "own": True,
    }
    assert offline.json("members", "show", other["card_number"])["offline_allowance"] == {
        "amount": 0,
        "own": False,
    }
    v = offline.json("visit", code, "--amount", "900", "--use-credit", "450", "--request-id", "t")
    assert v["queued"] is True
    r = offline("--json", "visit", other["card_number"], "--amount", "900", "--use-credit", "1")
    assert r.code == 2 and "cannot be reached" in r.err and _waiting() == 1
    monkeypatch.setenv("LOYALTY_POS_TILL", "till-2")  # another till spends it first
    online.json("visit", code, "--amount", "1000", "--use-credit", "300")
    monkeypatch.setenv("LOYALTY_POS_TILL", TILL)
    assert online.json("sync")["refused"] == 1
    for admin in (online, offline):
        report = admin.json("shortfall")
        assert report["till"] == TILL
        (row,) = report["shortfall"]
        assert (row["request_id"], row["member_id"], row["name"]) == (
            "t",
            member["id"],
            "Kovács Éva",
        )
        assert (row["card"], row["credit_spent"], row["value"]) == (code, 450, 450)
        assert row["queued_at"] and row["refused_at"] and "store credit" in row["error"]
        text = admin("shortfall")
        assert text.code == 0 and "Kovács Éva" in text.out and "450" in text.out
    online.json("offline-allowance", "--member", code, "--clear")
    online.json("sync")  # the till learns it: back to the default, 0
    r = offline("--json", "visit", code, "--amount", "900", "--use-credit", "1")
    assert r.code == 2 and _waiting() == 0


def test_sync_keeps_what_the_offline_counter_shows_besides_the_members(online):
    """A till synced only from the command line starts its offline counter in the shop's
    currency, with its name and stamp cards (not the app's defaults)."""
    from loyalty_pos.services import offline_copy_refresh as kept

    online.json("settings", "set", "currency", "NOK")  # before any amount is written
    online.json("settings", "set", "shop_name", "Bakeriet")
    online.json(
        "programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "10",
        "--reward", "Free coffee",
    )  # fmt: skip
    online.json("members", "add", "--name", "Kari Nordmann")
    assert online.json("sync")["members_copied"] == 1
    outbox = Outbox(outbox_path(state_dir(), TILL), TILL)
    try:
        assert outbox.store.meta(kept.CURRENCY) == "NOK"
        assert outbox.store.meta(kept.SHOP_NAME) == "Bakeriet"
        assert [name for _, name in outbox.store.meta(kept.STAMP_PROGRAMS)] == ["Coffee"]
    finally:
        outbox.close()
