"""The owner's audit trail screen (F12, 7) and the red banner of a tampered file."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from loyalty_pos.services import VisitLine
from loyalty_pos.services.audit import PAGE
from loyalty_pos.ui.owner_actions import OwnerMenu
from loyalty_pos.ui.theme import Tone


def opened(qtbot, dialog):
    """On screen and active, as after the key that opened it (shortcuts need that)."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def test_f12_7_opens_the_trail_newest_first(qtbot, window, services, coffee, member,
                                            owner_signed_in, clock):  # fmt: skip
    services.visits.record(member.id, [VisitLine(coffee.id, items=2)], "v1")
    clock.advance(minutes=2)
    services.staff.add("Anna", "cashier", "2580")
    menu = OwnerMenu(window)
    qtbot.addWidget(menu)
    assert "7  Audit trail" in [b.text() for b in menu.findChildren(QPushButton)]
    window.owner_actions.open_audit()
    dialog = window.owner_actions.audit_dialog
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    actions = [r[2] for r in rows]
    assert actions[:3] == ["PIN changed", "Staff added", "Visit"]
    assert rows[1][3] == "Anna" and rows[1][1] == "Owner"
    assert rows[2][1] == "Cashier" and rows[2][3] == "Visit 1 · Kovács Éva"
    assert "2580" not in str(rows)


def test_the_person_and_day_filters(qtbot, window, services, coffee, member, owner_signed_in,
                                    clock):  # fmt: skip
    services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "yesterday")
    clock.advance(days=1)
    services.staff.add("Anna", "cashier")
    anna = services.staff.list()[-1]
    services.staff.switch(anna.id)
    services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "today")
    services.staff.open_owner_session(2, "123456")  # the owner signs in again (F12)
    window.owner_actions.open_audit()
    dialog = opened(qtbot, window.owner_actions.audit_dialog)
    dialog.person.setCurrentIndex(dialog.person.findData(anna.id))
    assert [r[1:3] for r in dialog.rows()] == [["Anna", "Visit"]]
    dialog.person.setCurrentIndex(0)
    dialog.day.setDate(QDate(2026, 3, 10))
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert dialog.one_day.isChecked()
    assert [r[2] for r in dialog.rows()] == ["Visit", "PIN changed"]  # the 10th: the owner's PIN
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert dialog.day.date() == QDate(2026, 3, 11)
    assert [r[2] for r in dialog.rows()] == ["Visit", "Staff added"]


def test_show_more_reads_the_next_page(qtbot, window, services, coffee, member, owner_signed_in):
    for i in range(PAGE + 5):
        services.visits.record(member.id, [VisitLine(coffee.id, items=1)], f"v{i}")
    window.owner_actions.open_audit()
    dialog = opened(qtbot, window.owner_actions.audit_dialog)
    assert len(dialog.rows()) == PAGE and dialog.more.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    rows = dialog.rows()
    assert len(rows) > PAGE and not dialog.more.isEnabled()
    assert len({r[3] for r in rows if r[2] == "Visit"}) == PAGE + 5  # none twice


def test_a_tampered_file_turns_the_banner_red_at_start(qtbot, window, services, coffee, member,
                                                       db_path):  # fmt: skip
    services.visits.record(member.id, [VisitLine(coffee.id, items=2)], "v1")
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("DROP TRIGGER ledger_no_update")
        other.execute("UPDATE ledger SET delta = 7")
        other.execute("UPDATE balances SET value = 7")
    with qtbot.waitSignal(window.startup_jobs.finished, timeout=20000) as done:
        window.after_start()
    report = done.args[0]
    assert not report.ok and report.backup is None  # no backup of a rewritten file
    assert window.banner.tone == Tone.ERROR
    assert "ledger_no_update is missing" in window.banner.text()
    assert "ledger row 1 was changed" in window.banner.text()


def test_the_screen_fits_1280x720_at_the_largest_text(qtbot, services, coffee, member,
                                                      owner_signed_in):  # fmt: skip
    from loyalty_pos.ui.audit_dialog import AuditDialog
    from loyalty_pos.ui.main_window import MainWindow

    services.display.set("text_size", "150")
    services.visits.record(member.id, [VisitLine(coffee.id, items=1)], "v1")
    w = MainWindow(services)
    qtbot.addWidget(w)
    dialog = AuditDialog(services, w)
    dialog.show()
    qtbot.waitExposed(dialog)
    need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert need.width() <= 1280 and need.height() <= 720, (need.width(), need.height())
    dialog.close()
    w.scan_filter.uninstall()
