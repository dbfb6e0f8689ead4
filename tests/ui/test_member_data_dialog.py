"""F12 → 8: the consent register, a member's export, erasure (owner's PIN) and merge."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from loyalty_pos.domain.changes import Changes
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.ui.owner_actions import OwnerMenu
from tests.ui.conftest import OWNER_PIN


def open_screen(qtbot, window, cashier, services, member):
    cashier.scan(window.search, member.card_number)
    window.owner_actions.open_member_data()
    dialog = window.owner_actions.member_data_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_the_register_lists_answers_and_exports_them(
    qtbot, window, cashier, services, member, owner_signed_in, tmp_path
):
    menu = OwnerMenu(window)
    qtbot.addWidget(menu)
    assert any(b.text().startswith("8  Members' data") for b in menu.findChildren(QPushButton))
    services.consents.record(member.id, {"email": True, "post": False}, source="counter")
    dialog = open_screen(qtbot, window, cashier, services, member)
    table = dialog.register
    assert table.rowCount() == 2
    row = [table.item(0, j).text() for j in range(table.columnCount())]
    assert row[:4] == [f"#{member.id}", member.card_number, "post", "no"]
    assert row[5] == "counter"
    services.consents.record(member.id, {"sms": True}, source="command_line")
    window.ops.publish(Changes(members=frozenset({member.id})))  # as from another process
    assert table.rowCount() == 3
    target = tmp_path / "consents.csv"
    dialog.export_register(target)
    assert target.read_text(encoding="utf-8-sig").count("\n") == 4
    assert "3 rows" in dialog.register_note.text()


def test_export_then_erase_with_the_owners_pin(
    qtbot, window, cashier, services, member, owner_signed_in, tmp_path
):
    dialog = open_screen(qtbot, window, cashier, services, member)
    dialog.tabs.setCurrentIndex(1)
    assert "Kovács Éva" in dialog.found.text() and dialog.erase_button.isEnabled()
    out = tmp_path / "eva.json"
    dialog.export_member(out)
    assert json.loads(out.read_text(encoding="utf-8"))["member"]["name"] == "Kovács Éva"
    dialog.ask_erase()
    erase = dialog.erase_dialog
    qtbot.waitExposed(erase)
    assert "Erase Kovács Éva" in erase.findChildren(type(dialog.found))[0].text()
    erase.reason.setText("asked at the counter")
    erase.pin.setText("000000")
    qtbot.mouseClick(erase.erase_button, Qt.MouseButton.LeftButton)
    assert erase.isVisible() and "Wrong PIN" in erase.error.text()
    assert services.members.view(member.id).name == "Kovács Éva"  # nothing erased
    erase.pin.setText(OWNER_PIN)
    qtbot.mouseClick(erase.erase_button, Qt.MouseButton.LeftButton)
    assert not erase.isVisible()
    assert services.members.view(member.id).erased
    assert f"Erased member #{member.id}" in dialog.found.text()
    assert not dialog.erase_button.isEnabled()


def test_merge_a_duplicate_into_the_member_shown(
    qtbot, window, cashier, services, member, owner_signed_in
):
    dup = services.members.enroll(MemberInput("Kovacs Eva"))
    dialog = open_screen(qtbot, window, cashier, services, member)
    dialog.other.setText(dup.card_number)
    dialog.merge(confirm=False)
    assert "was merged into Kovács Éva" in dialog.note.text()
    assert services.members.lookup(dup.card_number).id == member.id
    dialog.other.setText(member.card_number)
    dialog.merge(confirm=False)
    assert "themselves" in dialog.note.text()


def test_the_who_label_is_a_shortcut_to_the_card_field(
    qtbot, window, cashier, services, member, owner_signed_in
):
    """"Who" labels a row of a field and a button: its label has the field as its buddy,
    which makes Alt+W go to the field and the "&" a shortcut instead of text (a row label
    made from text alone showed "&Who")."""
    from PySide6.QtWidgets import QLabel

    dialog = open_screen(qtbot, window, cashier, services, member)
    labels = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.code]
    assert [w.text() for w in labels] == ["&Who"]
