"""The start's look at a remembered shop asks only whether the file is still the shop:
it must not count the members and visits (a third of a second at a million members,
on every start)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.services import Services, shop_identity
from loyalty_pos.services.members import MemberInput
from loyalty_pos.store import backups as backup_store


def test_a_start_reads_no_member_or_visit_rows_to_know_its_shop(tmp_path: Path, monkeypatch):
    path = tmp_path / "shop.sqlite3"
    memory = tmp_path / "known.json"
    services = Services.open(path)
    services.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))
    services.members.enroll(MemberInput("Kovács Éva"))
    shop_identity.remember(path, services.db, memory)
    services.close()

    statements: list[str] = []
    real = backup_store.open_read_only

    def traced(*args, **kwargs) -> sqlite3.Connection:
        conn = real(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(backup_store, "open_read_only", traced)
    assert shop_identity.inspect(path, memory, None) is None  # still the shop
    assert statements  # it did look
    assert not [s for s in statements if "FROM members" in s or "FROM visits" in s]

    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (x)")
    contents = backup_store.read_contents(foreign, counts=False)
    assert not contents.is_app
    counted = backup_store.read_contents(path)
    assert counted.is_app and counted.members == 1
    assert backup_store.read_contents(path, counts=False).members is None
