"""The till with a lost or a damaged shop (issue findings 1 and 2), driven as the
cashier and the owner meet it: a 0-byte file where the shop was gets the lost shop's
dialog, never the set-up wizard; a shop marked damaged opens read-only, its red strip
naming the damage, a checkout refused with nothing written, a lookup still working.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from loyalty_pos import app
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.paths import known_shops_file
from loyalty_pos.services import Services, shop_identity
from loyalty_pos.services.members import MemberInput
from loyalty_pos.services.wiring import backup_dir
from loyalty_pos.store import damage
from loyalty_pos.ui.main_window import MainWindow
from loyalty_pos.ui.theme import Tone


@pytest.fixture
def lost_shop(tmp_path: Path) -> dict:
    """A shop the till opened and remembered, with a member and a backup; then its file
    emptied (0 bytes), as a failed copy or a sync tool leaves it."""
    path = tmp_path / "till" / "shop.sqlite3"
    services = Services.open(path, backup_dir=backup_dir(path))
    services.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))
    member = services.members.enroll(MemberInput("Kovács Éva"))
    backup = services.backups.back_up_now().path
    shop_identity.remember(path, services.db, known_shops_file())
    services.close()
    path.write_bytes(b"")
    return {"path": path, "member": member, "backup": backup}


def answer_modal(qtbot, choose: Callable[[QMessageBox], None], seen: list[str]) -> None:
    """Answer the next modal message box (the lost shop's dialog) once it is up, noting
    its text: ``exec`` blocks the test until then."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        choose(box)

    QTimer.singleShot(0, answer)


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_a_lost_shop_gets_its_dialog_not_the_setup_wizard(
    qtbot, lost_shop, monkeypatch, restore_language
) -> None:
    from loyalty_pos.ui import setup_wizard

    wizards: list[object] = []
    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", lambda self: wizards.append(self))
    seen: list[str] = []
    answer_modal(qtbot, lambda box: button(box, "Quit").click(), seen)

    code = app.run_gui(app.parse_args(["--db", str(lost_shop["path"])]))

    assert code == 1 and wizards == []
    assert len(seen) == 1
    assert "The shop's file is empty (0 bytes)" in seen[0]
    assert lost_shop["backup"].name in seen[0]  # the newest backup, named
    assert lost_shop["path"].stat().st_size == 0  # nothing written into the lost file


def test_restoring_from_the_dialog_brings_the_shop_back_and_keeps_the_lost_file(
    qtbot, lost_shop
) -> None:
    path = lost_shop["path"]
    seen: list[str] = []
    answer_modal(qtbot, lambda box: button(box, "Restore the newest backup").click(), seen)

    services = app.open_shop(path, demo=False)

    assert services is not None and len(seen) == 1
    try:
        assert services.members.view(lost_shop["member"].id).name == "Kovács Éva"
        assert damage.refusal(services.db) is None
    finally:
        services.close()
    kept = list(path.parent.glob("shop.sqlite3.lost-*"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0  # the emptied file, kept aside
    # the restore's copy of the empty stand-in is not left to pass for the newest backup
    assert shop_identity.newest_backup(backup_dir(path)) == lost_shop["backup"]
    assert shop_identity.inspect(path, known_shops_file(), backup_dir(path)) is None


def visits(services: Services) -> int:
    return services.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0]


@pytest.fixture
def damaged_counter(qtbot, services: Services, db_path: Path, member):
    """The counter over a shop an earlier check marked damaged."""
    damage.mark(db_path, "page 7 of members: database disk image is malformed", services.db)
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    w.scan_filter.uninstall()


def test_a_damaged_shop_is_read_only_at_the_counter(
    damaged_counter, cashier, services, member
) -> None:
    window = damaged_counter
    strip = window.damage_banner
    assert strip.isVisibleTo(window)
    assert "damaged and read-only" in strip.text()
    assert "page 7 of members" in strip.text()  # the damage, named
    assert strip.tone == Tone.ERROR
    before = visits(services)

    cashier.scan(window.search, member.card_number)  # a lookup works
    assert window.current_member is not None and window.current_member.id == member.id

    cashier.press(Qt.Key.Key_Return)  # the checkout is refused
    assert window.banner.tone == Tone.ERROR
    assert "damaged, so nothing can be saved" in window.banner.text()
    assert "page 7 of members" in window.banner.text()
    assert visits(services) == before
    assert services.members.view(member.id).visit_count == 0
    assert strip.isVisibleTo(window)  # the strip stays after the refusal


def test_a_sound_shop_shows_no_damage_strip(window) -> None:
    assert not window.damage_banner.isVisibleTo(window)
