"""The owner's backups screen, by keyboard: F12 then 5, Ctrl+B, Enter, Ctrl+Enter.

Asserts on what the screen shows and on the database, and that the counter forgets
everything it held from before a restore (open member, checkout items)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from loyalty_pos.domain.schemes import Item
from loyalty_pos.services import VisitLine
from loyalty_pos.store.database import snapshot
from loyalty_pos.ui.backups_dialog import BackupsDialog, ConfirmRestoreDialog
from loyalty_pos.ui.owner_actions import OwnerMenu
from loyalty_pos.ui.pin_dialog import PinDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def choose_in_owner_menu(qtbot, key: Qt.Key) -> None:
    """When the owner menu (F12) is open and has the focus, press ``key`` in it."""

    def act() -> None:
        menu = QApplication.activeModalWidget()
        if not isinstance(menu, OwnerMenu) or not menu.isActiveWindow():
            QTimer.singleShot(10, act)
            return
        qtbot.keyClick(menu, key)

    QTimer.singleShot(0, act)


def open_backups_by_keyboard(qtbot, window, cashier) -> BackupsDialog:
    choose_in_owner_menu(qtbot, Qt.Key.Key_5)
    cashier.press(Qt.Key.Key_F12, window.search)
    dialog = window.owner_actions.backups_dialog
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def close(qtbot, dialog: BackupsDialog, window) -> None:
    """Esc, and the counter has the keyboard again."""
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.search.hasFocus()


def rows(dialog: BackupsDialog) -> list[list[str]]:
    return [
        [dialog.list.topLevelItem(i).text(c) for c in range(5)]
        for i in range(dialog.list.topLevelItemCount())
    ]


def test_back_up_and_restore_by_keyboard(
    qtbot, window, services, member, coffee, cashier, owner_signed_in
):
    dialog = open_backups_by_keyboard(qtbot, window, cashier)
    assert rows(dialog) == [] and "No backups yet" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()

    qtbot.keyClick(dialog.list, Qt.Key.Key_B, CTRL)  # back up now
    assert [r[1:4] for r in rows(dialog)] == [["Made by hand", "1", "0"]]
    assert "Backup taken" in dialog.status.text()
    close(qtbot, dialog, window)

    # Later at the counter: a new item, a visit, the member open on screen.
    cashier.scan(window.search, member.card_number)
    cashier.press(Qt.Key.Key_Return)  # one coffee stamped
    services.schemes.add_item(Item(0, "Latte", "coffee", 1200, frozenset({coffee.id})))
    cashier.scan(window.search, member.card_number)
    assert window.current_member.cards[0].stamps == 1
    assert "Latte" in [i.name for i in window.visit_form.schemes.items.values()]

    dialog = open_backups_by_keyboard(qtbot, window, cashier)
    assert "1 members and 1 visits" in dialog.now_label.text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Restore…
    confirm = dialog.confirm_dialog
    assert isinstance(confirm, ConfirmRestoreDialog)
    qtbot.waitUntil(confirm.isActiveWindow, timeout=2000)
    said = confirm.question.text() + confirm.text.text()
    assert "saved first" in said and "undoes" in said and "1 members, 0 visits" in said
    qtbot.keyClick(confirm.cancel, Qt.Key.Key_Return, CTRL)  # yes, restore

    assert services.db.execute("SELECT COUNT(*) FROM visits").fetchone() == (0,)
    assert services.schemes.items() == []
    assert [r[1] for r in rows(dialog)] == ["Before a restore", "Made by hand"]
    assert rows(dialog)[0][2:4] == ["1", "1"]  # the replaced data, saved
    assert "Restored the backup" in dialog.status.text() and dialog.error.text() == ""
    # The counter forgot what it held: no member open, no item of the replaced data.
    assert window.current_member is None and window.visit_form.member is None
    assert window.visit_form.schemes.items == {}
    assert "Backup restored" in window.banner.text()
    close(qtbot, dialog, window)
    cashier.scan(window.search, member.card_number)
    assert window.current_member.cards[0].stamps == 0


def test_cancel_changes_nothing(qtbot, window, services, member, cashier, owner_signed_in):
    services.backups.back_up_now()
    services.members.update_notes(member.id, "Likes oat milk")
    dialog = open_backups_by_keyboard(qtbot, window, cashier)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    confirm = dialog.confirm_dialog
    qtbot.waitUntil(confirm.isActiveWindow, timeout=2000)
    qtbot.keyClick(confirm.cancel, Qt.Key.Key_Return)  # the focus is on Cancel
    assert not confirm.isVisible()
    assert services.members.view(member.id).notes == "Likes oat milk"
    assert [r[1] for r in rows(dialog)] == ["Made by hand"]


def damage_an_index(path: Path) -> None:
    """The ledger index's root page overwritten: the counts read, the check fails."""
    with closing(sqlite3.connect(path)) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ledger_member'"
        ).fetchone()[0]
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(root - 1) * page + 8 : root * page] = b"\xff" * (page - 8)
    path.write_bytes(bytes(data))


def test_a_damaged_or_foreign_backup_is_refused_on_screen(
    qtbot, window, services, member, coffee, cashier, owner_signed_in
):
    services.visits.record(member.id, [VisitLine(coffee.id, items=2)], "v1")  # ledger rows
    # uncompressed, as earlier versions wrote them, so the test can damage it in place
    taken = services.backups.info_of(
        snapshot(services.db, services.backups.folder, reason="manual")
    )
    damage_an_index(taken.path)
    junk = taken.path.with_name("loyalty-20200101-000000-000000-manual.sqlite3")
    junk.write_bytes(b"not a database" * 100)

    dialog = open_backups_by_keyboard(qtbot, window, cashier)
    assert [r[2] for r in rows(dialog)] == ["1", "cannot be read"]
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)
    assert not dialog.restore_button.isEnabled()  # nothing to restore from junk
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.confirm_dialog is None
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    confirm = dialog.confirm_dialog
    qtbot.waitUntil(confirm.isActiveWindow, timeout=2000)
    qtbot.keyClick(confirm.cancel, Qt.Key.Key_Return, CTRL)
    assert "is damaged" in dialog.error.text() and "Nothing was changed" in dialog.error.text()
    assert services.members.view(member.id).name == member.name
    assert [r[1] for r in rows(dialog)] == ["Made by hand", "Made by hand"]  # no copy taken
    assert "Backup restored" not in window.banner.text()


def test_a_cashier_cannot_open_the_backups(qtbot, window, services):
    services.staff.set_pin(2, "123456")

    def wrong_pin() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(10, wrong_pin)
            return
        dialog.pin.setText("0000")
        dialog.submit()
        dialog.reject()

    QTimer.singleShot(0, wrong_pin)
    window.owner_actions.open_backups()
    assert window.owner_actions.backups_dialog is None
    assert not services.staff.owner_session_open()


def test_a_copy_saved_elsewhere_and_restored_from_that_file(
    qtbot, window, services, member, coffee, cashier, owner_signed_in, tmp_path
):
    """Ctrl+S saves a copy on a stick; Ctrl+O picks a file there and restores it."""
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog = open_backups_by_keyboard(qtbot, window, cashier)
    dialog.save_copy(str(stick))  # what Ctrl+S does once a folder is chosen
    [copy] = list(stick.glob("*.sqlite3"))
    assert str(copy) in dialog.status.text()
    assert rows(dialog) == []  # the backups folder is left alone

    services.members.update_notes(member.id, "changed after the copy")
    dialog.restore_from_file(str(copy))
    confirm = dialog.confirm_dialog
    qtbot.waitUntil(confirm.isActiveWindow, timeout=2000)
    qtbot.keyClick(confirm.cancel, Qt.Key.Key_Return, CTRL)
    assert services.members.view(member.id).notes == ""
    assert [r[1] for r in rows(dialog)] == ["Before a restore"]

    junk = tmp_path / "notes.txt"
    junk.write_text("shopping list")
    dialog.confirm_dialog = None
    dialog.restore_from_file(str(junk))
    assert "is not a backup of Loyalty POS" in dialog.error.text()
    assert dialog.confirm_dialog is None
