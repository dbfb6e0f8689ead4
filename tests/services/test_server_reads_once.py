"""One cashier's action asks the server once for what several screens read.

``PgConnection.reads_once`` (``ChangeTracker.one_action`` for the services, ``Ops`` for
the screens): inside it, a read with the same statement and parameters as an earlier
one is answered from the earlier rows. These tests hold it to what keeps that exact: a
write on the connection, a transaction, a new connection, or the end of the action
forgets what was kept, and another till's write is read after the action.
"""

from __future__ import annotations

import threading

import pytest

from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.store.pg import connection as pg_connection
from tests import pg_support

BALANCES = "SELECT program_id, account, value FROM balances WHERE member_id = ?"


@pytest.fixture
def asked(monkeypatch):
    """The statements that reached a server (any connection), in order."""
    return pg_support.statements_sent(monkeypatch)


def credit(services: Services, member_id: int) -> int:
    """Everything the member holds, as the balances table says."""
    return sum(v for _p, _a, v in services.db.execute(BALANCES, [member_id]).fetchall())


def stamps(services: Services) -> CheckoutRequest:
    """Two stamps on the shop's card (added on first use)."""
    cards = [p for p in services.programs.list() if isinstance(p, StampProgram)]
    card = cards[0] if cards else services.programs.add(StampProgram(0, "Coffee", 10, "Free"))
    return CheckoutRequest(stamp_items={card.id: 2})


def test_a_read_repeated_inside_an_action_asks_the_server_once(tills, asked):
    a, _b = tills
    anna = a.members.enroll(MemberInput("Kiss Anna"))
    asked.clear()
    with a.changes.one_action():
        first = a.db.execute(BALANCES, [anna.id]).fetchall()
        again = a.db.execute(BALANCES, [anna.id]).fetchall()
        other = a.db.execute(BALANCES, [anna.id + 1]).fetchall()  # other parameters
    assert again == first
    assert other == []
    assert asked.count(BALANCES) == 2  # anna once, the other member once
    a.db.execute(BALANCES, [anna.id]).fetchall()  # after the action: asked again
    assert asked.count(BALANCES) == 3


def test_the_kept_rows_are_a_copy_each_time(tills):
    a, _b = tills
    anna = a.members.enroll(MemberInput("Kiss Anna"))
    a.checkout.confirm(anna.id, stamps(a), "r-1")
    with a.changes.one_action():
        cursor = a.db.execute(BALANCES, [anna.id])
        assert cursor.fetchone() is not None
        assert cursor.fetchall() == []  # the first cursor used up its rows
        again = a.db.execute(BALANCES, [anna.id])
        assert again.fetchall() != []  # the second has them all
        assert [d[0] for d in again.description] == ["program_id", "account", "value"]


def test_a_write_on_the_connection_forgets_what_was_kept(tills, asked):
    a, _b = tills
    anna = a.members.enroll(MemberInput("Kiss Anna"))
    name = "SELECT name FROM members WHERE id = ?"
    with a.changes.one_action():
        assert a.db.execute(name, [anna.id]).fetchone() == ("Kiss Anna",)
        a.db.execute("UPDATE members SET name = ? WHERE id = ?", ["Kiss Anna Mária", anna.id])
        assert a.db.execute(name, [anna.id]).fetchone() == ("Kiss Anna Mária",)
        asked.clear()
        a.db.conn.executemany("UPDATE members SET name = ? WHERE id = ?", [["Kiss A.", anna.id]])
        assert a.db.conn.execute(name, [anna.id]).fetchone() == ("Kiss A.",)
    assert asked.count(name) == 1


def test_a_checkout_inside_an_action_is_read_after_it_committed(tills, asked):
    a, _b = tills
    anna = a.members.enroll(MemberInput("Kiss Anna"))
    with a.changes.one_action():
        before = credit(a, anna.id)
        asked.clear()
        a.checkout.confirm(anna.id, stamps(a), "r-1")
        inside = [s for s in asked if "FROM balances WHERE member_id = ?" in s]
        after = credit(a, anna.id)
    assert inside, "the checkout's own reads went to the server, under its lock"
    assert after > before  # the points it earned, not the balance kept before it


def test_reads_inside_a_transaction_always_go_to_the_server(tills, asked):
    a, b = tills
    anna = a.members.enroll(MemberInput("Kiss Anna"))
    asked.clear()
    with a.changes.one_action():
        credit(a, anna.id)
        b.checkout.confirm(anna.id, stamps(b), "b-1")
        a.db.conn.execute("BEGIN IMMEDIATE")  # forgets; and reads under the write lock
        try:
            asked.clear()
            inside = credit(a, anna.id)
            assert asked == [BALANCES]
        finally:
            a.db.conn.execute("ROLLBACK")
    assert inside > 0  # B's committed points, read inside A's transaction


def test_another_tills_write_is_read_after_the_action(tills):
    a, b = tills
    anna = a.members.enroll(MemberInput("Kiss Anna"))
    with a.changes.one_action():
        before = credit(a, anna.id)
        b.checkout.confirm(anna.id, stamps(b), "b-1")
        assert credit(a, anna.id) == before  # the action's one reading
    assert credit(a, anna.id) > before  # the next action reads B's points


def test_this_sessions_own_notes_keep_what_was_kept(tills, asked):
    a, _b = tills
    anna = a.members.enroll(MemberInput("Kiss Anna"))
    asked.clear()
    with a.changes.one_action():
        credit(a, anna.id)
        a.db.execute("DELETE FROM temp.chain_pending")  # this session's bookkeeping only
        credit(a, anna.id)
    assert asked.count(BALANCES) == 1


def test_a_new_connection_asks_again(tills, asked):
    a, _b = tills
    anna = a.members.enroll(MemberInput("Kiss Anna"))
    asked.clear()
    with a.changes.one_action():
        credit(a, anna.id)
        a.db.conn.raw.close()  # the network dropped; the next statement reconnects
        credit(a, anna.id)
    assert asked.count(BALANCES) == 2


def test_another_thread_never_uses_the_actions_reads(tills, asked):
    a, _b = tills
    anna = a.members.enroll(MemberInput("Kiss Anna"))
    asked.clear()
    with a.changes.one_action():
        credit(a, anna.id)
        worker = threading.Thread(target=credit, args=(a, anna.id))
        worker.start()
        worker.join()
    assert asked.count(BALANCES) == 2


def test_on_a_file_an_action_changes_nothing(tmp_path, clock):
    services = Services.open(tmp_path / "shop.sqlite3", clock=clock)
    try:
        anna = services.members.enroll(MemberInput("Kiss Anna"))
        with services.changes.one_action():
            before = credit(services, anna.id)
            services.checkout.confirm(anna.id, stamps(services), "r-1")
            assert credit(services, anna.id) > before
    finally:
        services.close()


def test_a_large_answer_is_not_kept(tills, asked):
    """A report's or an export's rows stay the cursor's, read as they are used: only
    answers of up to ``MEMO_ROWS`` rows are kept."""
    a, _b = tills
    many = f"SELECT n FROM generate_series(1, {pg_connection.MEMO_ROWS + 1}) AS n"
    few = f"SELECT n FROM generate_series(1, {pg_connection.MEMO_ROWS}) AS n"
    with a.changes.one_action():
        first = a.db.execute(many, [])
        assert first.fetchone() == (1,)
        assert len(a.db.execute(many, []).fetchall()) == pg_connection.MEMO_ROWS + 1
        assert len(first.fetchall()) == pg_connection.MEMO_ROWS  # the rest, in order
        a.db.execute(few, []).fetchall()
        a.db.execute(few, []).fetchall()
    assert asked.count(many) == 2
    assert asked.count(few) == 1
