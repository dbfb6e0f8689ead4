"""``Ops.run``: one error path, and the changes published on the bus."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing

from loyalty_pos.domain.errors import UserError
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui.bus import ChangeBus, ExternalWatch
from loyalty_pos.ui.error_log import install, remove
from loyalty_pos.ui.ops import Ops


def _ops(services, tmp_path):
    services.changes.start()
    bus = ChangeBus()
    heard = []
    bus.changed.connect(heard.append)
    return Ops(services.changes, bus, tmp_path / "loyalty-pos.log"), heard


def test_a_use_case_publishes_what_it_wrote(qtbot, services, member, tmp_path):
    ops, heard = _ops(services, tmp_path)
    done = []
    outcome = ops.run(
        None,
        lambda: services.checkout.confirm(member.id, CheckoutRequest(amount=2000), "r1"),
        done.append,
    )
    assert outcome is not None and done == [outcome.value]
    assert len(heard) == 1 and heard[0].members == {member.id}
    assert heard[0].visits == {outcome.value.visit_id}


def test_a_refusal_is_shown_in_its_own_words_and_publishes_nothing(
    qtbot, services, member, tmp_path
):
    ops, heard = _ops(services, tmp_path)
    said, done = [], []

    def refuse():
        raise UserError("No such member: {id}", id=42)

    assert ops.run(None, refuse, done.append, on_error=said.append) is None
    assert said == ["No such member: 42"] and done == [] and heard == []


def test_an_unexpected_fault_is_one_sentence_and_a_traceback_in_the_log(qtbot, services, tmp_path):
    log_path = install(tmp_path)
    ops, _heard = _ops(services, tmp_path)
    said = []

    def broken():
        raise RuntimeError("disk gone")

    assert ops.run(None, broken, on_error=said.append) is None
    assert said[0].startswith("Unexpected error, nothing was saved: disk gone")
    assert str(log_path) in said[0]
    for handler in logging.getLogger("loyalty_pos").handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    remove(log_path)
    assert "Traceback" in text and "RuntimeError: disk gone" in text


def test_another_process_write_is_published_as_from_outside(qtbot, services, db_path):
    services.changes.start()
    bus = ChangeBus()
    heard = []
    bus.changed.connect(heard.append)
    idle = [False]
    watch = ExternalWatch(services.changes, bus, lambda: idle[0], interval_ms=50)
    watch.start()
    with closing(sqlite3.connect(db_path)) as other:
        other.execute("INSERT INTO settings (key, value) VALUES ('note', 'x')")
        other.commit()
    qtbot.wait(200)
    assert heard == []  # busy: postponed, not lost
    idle[0] = True
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=1000)
    assert heard[0].everything and heard[0].external
    qtbot.wait(200)
    assert len(heard) == 1  # told once
    watch.stop()


def test_a_use_case_inside_another_is_collected_and_published_by_the_outer_one(
    qtbot, services, member, tmp_path
):
    ops, heard = _ops(services, tmp_path)
    busy_inside = []

    def outer():
        busy_inside.append(ops.busy)
        ops.run(None, lambda: services.members.update_notes(member.id, "inner"))
        return services.checkout.confirm(member.id, CheckoutRequest(amount=1000), "outer")

    assert ops.run(None, outer) is not None
    assert busy_inside == [True] and not ops.busy
    assert len(heard) == 1 and heard[0].members == {member.id} and heard[0].visits


def test_a_dialog_keeps_its_own_words_for_a_fault(qtbot, services, tmp_path):
    ops, _heard = _ops(services, tmp_path)
    said = []

    def broken():
        raise RuntimeError("paper jam")

    ops.run(None, broken, on_error=said.append, unexpected="Nothing was sold: {error}")
    assert said[0].startswith("Nothing was sold: paper jam")


def test_a_detached_ops_shows_failures_the_same_way_and_publishes_to_nobody(qtbot):
    said = []
    assert Ops.detached().run(None, lambda: 1 / 0, on_error=said.append) is None
    assert said[0].startswith("Unexpected error, nothing was saved: division by zero")


def test_a_stray_write_to_a_damaged_shop_is_worded_as_the_damage(qtbot, services, tmp_path):
    from loyalty_pos.store import damage

    ops, heard = _ops(services, tmp_path)
    damage.mark(services.path, "page 7 of ledger is unreadable", services.db)
    said = []
    stray = "INSERT OR REPLACE INTO settings (key, value) VALUES ('stray', '1')"
    assert ops.run(None, lambda: services.db.execute(stray), on_error=said.append) is None
    assert "page 7 of ledger is unreadable" in said[0]
    assert "Unexpected" not in said[0]
    assert heard == []
