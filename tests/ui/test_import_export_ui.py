"""The owner's import and export screen, driven by keyboard like the owner would."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from loyalty_pos.ui import import_export_dialog as dialog_module
from loyalty_pos.ui import theme
from loyalty_pos.ui.owner_actions import OwnerMenu
from loyalty_pos.ui.pin_dialog import PinDialog
from loyalty_pos.ui.scan_filter import ScanFilter

CTRL = Qt.KeyboardModifier.ControlModifier
FILE = (
    "Név;Telefon;E-mail;Coffee\n"
    "Kovács Anna;+36 30 111 2222;anna@example.hu;4\n"
    "Rossz Sor;12;nem-email;\n"
    "Nagy Béla;+36 30 333 4444;;11\n"
)


class FakeFiles:
    """Stands in for the system's file dialogs: answers with the paths it was given."""

    open_path = ""
    save_path = ""

    @classmethod
    def getOpenFileName(cls, *args, **kwargs):
        return cls.open_path, ""

    @classmethod
    def getSaveFileName(cls, *args, **kwargs):
        return cls.save_path, ""


@pytest.fixture
def files(monkeypatch, tmp_path: Path) -> type[FakeFiles]:
    monkeypatch.setattr(dialog_module, "QFileDialog", FakeFiles)
    source = tmp_path / "list.csv"
    source.write_bytes(FILE.encode("cp1250"))
    FakeFiles.open_path = str(source)
    FakeFiles.save_path = str(tmp_path / "out.csv")
    return FakeFiles


def press_in_modal(qtbot, kind: type, key: str) -> None:
    """When a modal dialog of ``kind`` opens, press ``key`` in it."""

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind) or not modal.isActiveWindow():
            if isinstance(modal, kind):
                modal.activateWindow()
            QTimer.singleShot(10, act)
            return
        qtbot.keyClicks(modal, key)  # a button's key clicks it after a short animation
        ScanFilter.deliver_held()  # a digit is held a moment: it may start a scan

        def give_up() -> None:  # the key did nothing: fail the test, never hang it
            if isValid(modal) and modal.isVisible():
                modal.reject()

        QTimer.singleShot(1000, give_up)

    QTimer.singleShot(0, act)


def open_screen(qtbot, window, shown):
    press_in_modal(qtbot, OwnerMenu, "6")
    window.actions_by_key["F12"].trigger()
    dialog = window.owner_actions.import_export_dialog
    assert dialog is not None and dialog.isVisible()
    return shown(dialog)


def test_a_cashier_cannot_open_import_and_export(qtbot, window, services) -> None:
    services.staff.set_pin(2, "123456")

    def guess() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, PinDialog):
            QTimer.singleShot(10, guess)
            return
        modal.pin.setText("0000")
        modal.submit()
        modal.reject()

    QTimer.singleShot(0, guess)
    window.owner_actions.open_import_export()
    assert window.owner_actions.import_export_dialog is None
    assert not services.staff.owner_session_open()


def test_f12_then_6_opens_the_screen(qtbot, window, owner_signed_in, shown) -> None:
    dialog = open_screen(qtbot, window, shown)
    assert dialog.tabs.currentIndex() == 0
    assert "Ctrl+O" in dialog.open_button.text()


def test_import_by_keyboard_stops_at_a_broken_row(
    qtbot, window, services, coffee, owner_signed_in, shown, files
) -> None:
    dialog = open_screen(qtbot, window, shown)
    qtbot.keyClick(dialog, Qt.Key.Key_O, CTRL)
    model = dialog.model
    assert model.rowCount() == 3
    assert [model.text(r, 0) for r in model.rows] == ["2", "3", "4"]
    broken = model.index(1, 2)
    assert (
        model.data(broken, Qt.ItemDataRole.BackgroundRole).color().name()
        == theme.colours().broken[0]
    )
    assert "nem-email" in model.data(broken)
    assert "Line 3 · Rossz Sor" in dialog.details.text()  # the first broken row, in full
    assert "Broken (in red): 1" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()

    qtbot.keyClick(dialog, Qt.Key.Key_I, CTRL)  # refused while a row is broken
    assert services.members.count() == 0

    qtbot.keyClick(dialog, Qt.Key.Key_B, CTRL)  # only the broken rows
    assert [r.line for r in model.rows] == [3]
    qtbot.keyClick(dialog, Qt.Key.Key_B, CTRL)
    assert model.rowCount() == 3

    qtbot.keyClick(dialog, Qt.Key.Key_K, CTRL)  # skip the broken row
    assert dialog.skip.isChecked() and dialog.import_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_I, CTRL)
    assert services.members.count() == 2
    assert "Members imported: 2" in dialog.outcome.text()
    assert "Skipped broken lines: 3" in dialog.outcome.text()
    assert not dialog.import_button.isEnabled()  # a second Ctrl+I imports nothing twice
    qtbot.keyClick(dialog, Qt.Key.Key_I, CTRL)
    assert services.members.count() == 2
    bela = services.members.search("bela")[0]
    card = services.members.view(bela.id).cards[0]
    assert (card.stamps, card.rewards_ready) == (1, 1)
    assert services.maintenance.check().ok


def test_a_file_that_is_no_csv_says_why(
    qtbot, window, owner_signed_in, shown, files, tmp_path
) -> None:
    book = tmp_path / "list.xlsx"
    book.write_bytes(b"PK\x03\x04 a workbook")
    files.open_path = str(book)
    dialog = open_screen(qtbot, window, shown)
    qtbot.keyClick(dialog, Qt.Key.Key_O, CTRL)
    assert "CSV UTF-8" in dialog.error.text()
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_export_by_keyboard(qtbot, window, services, member, owner_signed_in, shown, files):
    dialog = open_screen(qtbot, window, shown)
    qtbot.keyClick(dialog, Qt.Key.Key_2, CTRL)
    assert dialog.tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    ScanFilter.deliver_held()  # a digit is held a moment: it may start a scan
    assert dialog.export_kind() == "ledger"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    ScanFilter.deliver_held()
    assert dialog.export_kind() == "members"
    qtbot.keyClick(dialog, Qt.Key.Key_E, CTRL)
    rows = list(csv.reader(Path(files.save_path).read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][:2] == [member.card_number, "Kovács Éva"]
    assert files.save_path in dialog.export_done.text()


def test_an_export_that_fails_says_so(qtbot, window, owner_signed_in, shown, files, tmp_path):
    files.save_path = str(tmp_path / "missing" / "out.csv")
    dialog = open_screen(qtbot, window, shown)
    qtbot.keyClick(dialog, Qt.Key.Key_E, CTRL)
    assert "Cannot write" in dialog.export_error.text()
    assert dialog.export_done.text() == ""


def test_a_stopped_import_is_said_and_can_be_discarded(
    qtbot, window, services, coffee, owner_signed_in, shown, files, monkeypatch, tmp_path
) -> None:
    """The import writes in chunks and repaints between them; a power cut half-way
    shows no member, and the same file then says so and offers to discard it."""
    from loyalty_pos.services import imports as imports_module

    monkeypatch.setattr(imports_module, "CHUNK_ROWS", 4)
    monkeypatch.setattr(imports_module, "MOVE_ROWS", 5)
    monkeypatch.setattr(imports_module, "PAUSE_S", 0)
    source = tmp_path / "many.csv"
    source.write_text(
        "name;phone\n" + "".join(f"Member {i};+36 30 555 {i:04d}\n" for i in range(30))
    )
    files.open_path = str(source)
    real, calls = services.imports.staging.stage, [0]

    def power_cut(*args):
        calls[0] += 1
        if calls[0] == 3:
            raise OSError("power cut")
        return real(*args)

    monkeypatch.setattr(services.imports.staging, "stage", power_cut)
    dialog = open_screen(qtbot, window, shown)
    qtbot.keyClick(dialog, Qt.Key.Key_O, CTRL)
    qtbot.keyClick(dialog, Qt.Key.Key_I, CTRL)
    assert "power cut" in dialog.error.text()
    assert services.members.count() == 0

    qtbot.keyClick(dialog, Qt.Key.Key_O, CTRL)  # the same file again
    assert "stopped after 8 of 30 rows" in dialog.outcome.text()
    assert dialog.discard_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_D, CTRL)
    assert "discarded" in dialog.outcome.text() and not dialog.discard_button.isVisible()
    assert services.imports.interrupted(source.read_bytes()) is None

    seen: list[str] = []
    monkeypatch.setattr(dialog, "_progress", lambda done, steps: seen.append(f"{done}/{steps}"))
    qtbot.keyClick(dialog, Qt.Key.Key_I, CTRL)
    assert services.members.count() == 30
    assert seen[0] == "4/60" and seen[-1] == "60/60"
    assert "Members imported: 30" in dialog.outcome.text()
