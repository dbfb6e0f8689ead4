"""Previewing new blank cards reserves them in a short transaction of its own.

The preview window can stay open for minutes; it must not hold the shop's write lock
meanwhile, or every other writer (the admin command line, another till) times out.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from loyalty_pos.ui import print_cards_dialog
from loyalty_pos.ui.print_cards_dialog import PrintCardsDialog


def test_the_preview_is_open_outside_any_transaction(qtbot, services, db_path, monkeypatch):
    dialog = PrintCardsDialog(services)
    qtbot.addWidget(dialog)
    dialog.blank.setChecked(True)
    dialog.blank_count.setValue(3)
    seen = {}

    def fake_preview(parent, kind, design, faces):
        seen["in_transaction"] = services.db.conn.in_transaction
        with closing(sqlite3.connect(db_path, timeout=0.5)) as other:
            other.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('probe_key', '1')")
            other.commit()  # would raise "database is locked" under a held write lock
        seen["faces"] = [f.card_number for f in faces]

    monkeypatch.setattr(print_cards_dialog, "preview", fake_preview)
    dialog.preview()
    assert seen["in_transaction"] is False
    assert len(seen["faces"]) == 3
    reserved = services.db.execute("SELECT code FROM cards WHERE status = 'blank'").fetchall()
    assert sorted(c for (c,) in reserved) == sorted(seen["faces"])
    dialog.preview()  # a second look shows the same numbers, none reserved again
    count = "SELECT count(*) FROM cards WHERE status = 'blank'"
    assert services.db.execute(count).fetchone()[0] == 3
