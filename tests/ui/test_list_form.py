"""The shared list-and-form screen: keys, the one error path and the change bus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.domain.changes import Changes
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.ui.bus import ChangeBus
from loyalty_pos.ui.ops import Ops
from loyalty_pos.ui.programs_dialog import ProgramsDialog
from loyalty_pos.ui.staff_dialog import StaffDialog


def _ops(services, tmp_path):
    services.changes.start()
    bus = ChangeBus()
    heard: list[Changes] = []
    bus.changed.connect(heard.append)
    return Ops(services.changes, bus, tmp_path / "loyalty-pos.log"), heard


def test_a_save_goes_through_ops_and_is_heard_on_the_bus(qtbot, services, tmp_path):
    ops, heard = _ops(services, tmp_path)
    dialog = ProgramsDialog(services.programs, "HUF", ops=ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Coffee")
    dialog.reward_text.setText("Free coffee")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves
    assert [p.name for p in services.programs.list()] == ["Coffee"]
    assert heard and heard[-1].programs
    assert dialog.list.count() == 1 and dialog.list.currentItem().text() == "Coffee"


def test_the_list_follows_the_bus_whoever_wrote(qtbot, services, tmp_path):
    ops, _heard = _ops(services, tmp_path)
    dialog = ProgramsDialog(services.programs, "HUF", ops=ops)
    qtbot.addWidget(dialog)
    ops.run(None, lambda: services.programs.add(StampProgram(0, "Tea", 8, "Free tea")))
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Tea"]
    ops.publish(Changes(members=frozenset({1})))  # not a program: nothing re-read
    assert dialog.list.count() == 1


def test_an_unexpected_fault_is_the_one_sentence_inline(qtbot, services, tmp_path):
    ops, _heard = _ops(services, tmp_path)
    dialog = StaffDialog(services, ops=ops)
    qtbot.addWidget(dialog)
    dialog.show()

    def broken(*_args):
        raise RuntimeError("disk gone")

    services.staff.update = broken
    dialog.save()
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Unexpected error, nothing was saved: disk gone")


def test_tab_goes_from_the_list_into_the_form(shown, qtbot, services):
    dialog = StaffDialog(services)  # no ops: a private one
    qtbot.addWidget(dialog)
    dialog.show()
    shown(dialog)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.name
