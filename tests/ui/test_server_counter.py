"""The counter on a server shop, as till A, while till B writes (issue 18, parts 1, 3, 4).

A is the window's ``Services`` (till "A"); B is a second ``Services.open(url, till="B")``
on the same database, as another till would be. What B commits reaches A's screens
within two seconds through ``LISTEN`` (``store/pg/listen.py``), naming what changed, so
A re-reads its open member only when B touched that member, and never for A's own
writes, which reached A's screens through ``Ops.run`` already.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from loyalty_pos import app
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services, till_identity
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui import till_dialog
from loyalty_pos.ui.stamp_card import stamps_of
from tests import pg_support


@pytest.fixture
def backend() -> str:
    """Every test here is on the session's PostgreSQL server."""
    return "postgresql"


@pytest.fixture
def services(db_path, clock):
    s = Services.open(db_path, clock=clock, till="A", branch="North")
    yield s
    s.close()


@pytest.fixture
def till_b(db_path, clock, services):
    b = Services.open(db_path, clock=clock, till="B", branch="North")
    yield b
    b.close()


@pytest.fixture
def reads(services, monkeypatch):
    """The members A's counter re-read (``members.view``), in order."""
    seen: list[int] = []
    view = services.members.view

    def counted(member_id, *args, **kwargs):
        seen.append(member_id)
        return view(member_id, *args, **kwargs)

    monkeypatch.setattr(services.members, "view", counted)
    return seen


@pytest.fixture
def published(window):
    """Every ``Changes`` A's bus published."""
    out: list = []
    window.bus.changed.connect(out.append)
    return out


def test_another_tills_checkout_shows_on_the_open_member_within_two_seconds(
    qtbot, window, cashier, member, till_b, reads
):
    cashier.scan(window.search, member.card_number)
    assert window.current_member.id == member.id
    assert window.panel.card_widgets[0].count.text() == stamps_of(0, 10)
    amount = window.visit_form.amount
    amount.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(amount, "1500")
    window.scan_filter.deliver_held()
    program = window.visit_form.rows[0].card.program_id
    reads.clear()

    till_b.checkout.confirm(member.id, CheckoutRequest(stamp_items={program: 2}), "b-1")

    qtbot.waitUntil(
        lambda: window.panel.card_widgets[0].count.text() == stamps_of(2, 10), timeout=2000
    )
    assert window.current_member.cards[0].stamps == 2
    assert window.panel.visits.topLevelItemCount() == 1
    assert reads == [member.id]  # re-read once
    assert amount.text() == "1500"  # the visit being typed stays
    assert QApplication.focusWidget() is amount


def test_another_member_changed_elsewhere_leaves_the_open_one_alone(
    qtbot, window, cashier, member, till_b, reads, published
):
    cashier.scan(window.search, member.card_number)
    other = till_b.members.enroll(MemberInput("Nagy Péter"))
    reads.clear()
    till_b.checkout.confirm(other.id, CheckoutRequest(amount=3000), "b-2")
    qtbot.waitUntil(
        lambda: any(c.external and other.id in c.members for c in published), timeout=2000
    )
    news = [c for c in published if c.external]
    assert all(not c.everything for c in news)  # named, not "everything"
    assert all(member.id not in c.members for c in news)
    assert reads == []  # the open member was not re-read


def test_this_tills_own_write_is_not_heard_again(qtbot, window, cashier, member, till_b, published):
    cashier.scan(window.search, member.card_number)
    program = window.visit_form.rows[0].card.program_id
    window.ops.run(
        window,
        lambda: window.services.checkout.confirm(
            member.id, CheckoutRequest(stamp_items={program: 3}), "a-1"
        ),
    )
    assert window.panel.card_widgets[0].count.text() == stamps_of(3, 10)
    own = [c for c in published if not c.external]
    assert own and member.id in own[0].members
    till_b.settings.set("receipt_footer", "from B")  # B's write comes after A's
    qtbot.waitUntil(
        lambda: any(c.external and "receipt_footer" in c.settings for c in published),
        timeout=2000,
    )
    external = [c for c in published if c.external]
    assert all(member.id not in c.members and not c.visits for c in external)


def test_the_title_names_the_till_and_its_branch(window):
    title = window.windowTitle()
    assert "till A" in title and "branch North" in title


def keyboard_dialog(monkeypatch, qtbot, name: str, branch: str, seen: list):
    """The till dialog answered from the keyboard only: type the name over the one
    offered, Tab, type the branch, Enter."""

    def exec_(dialog: QDialog) -> int:
        seen.append([dialog.branch.itemText(i) for i in range(dialog.branch.count())])
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        assert QApplication.focusWidget() is dialog.name
        qtbot.keyClicks(dialog.name, name)  # the offered name is selected: typed over
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.branch  # "main" selected: typed over
        qtbot.keyClicks(QApplication.focusWidget(), branch)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(till_dialog.TillDialog, "exec", exec_)


def test_the_first_start_asks_the_tills_name_and_the_second_does_not(
    qtbot, monkeypatch, tmp_path, db_path, services
):
    monkeypatch.delenv(till_identity.ENV_TILL, raising=False)
    monkeypatch.delenv(till_identity.ENV_BRANCH, raising=False)
    asked: list = []
    keyboard_dialog(monkeypatch, qtbot, "Front desk", "South", asked)
    folder = tmp_path / "till-data"

    first = till_dialog.till_for(db_path, folder)

    assert first == till_identity.TillIdentity("Front desk", "South")
    assert asked == [["North", "main"]]  # the branches the server knows, and "main"
    assert (folder / till_identity.FILE).is_file()
    again = till_dialog.till_for(db_path, folder)
    assert again == first and len(asked) == 1  # not asked again


def test_cancelling_the_till_dialog_saves_nothing(monkeypatch, tmp_path, db_path, services):
    monkeypatch.delenv(till_identity.ENV_TILL, raising=False)
    monkeypatch.setattr(till_dialog.TillDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    folder = tmp_path / "till-data"
    assert till_dialog.till_for(db_path, folder) is None
    assert not (folder / till_identity.FILE).exists()


def test_the_environment_names_the_till_without_asking(monkeypatch, tmp_path, db_path):
    monkeypatch.setenv(till_identity.ENV_TILL, "Kiosk 2")
    monkeypatch.setenv(till_identity.ENV_BRANCH, "Airport")
    monkeypatch.setattr(till_dialog.TillDialog, "exec", lambda d: pytest.fail("asked"))
    got = till_dialog.till_for(db_path, tmp_path / "till-data")
    assert got == till_identity.TillIdentity("Kiosk 2", "Airport")


def test_an_empty_name_is_not_accepted(qtbot):
    dialog = till_dialog.TillDialog("Till 1", [])
    qtbot.addWidget(dialog)
    dialog.name.clear()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_an_unreachable_server_is_one_message_without_the_password(monkeypatch, tmp_path):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setenv(till_identity.ENV_TILL, "A")
    url = "postgresql://owner:s3cret-pw@127.0.0.1:1/shop"
    assert app.open_on_server(url, demo=False) is None
    assert len(shown) == 1
    assert "cannot be reached" in shown[0]
    assert "s3cret-pw" not in shown[0]


def test_a_card_scanned_into_the_till_dialog_changes_nothing(qtbot, cashier):
    dialog = till_dialog.TillDialog("Front desk", ["North"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    dialog.name.setCursorPosition(len("Front desk"))  # typing would add to the name
    cashier.scan(dialog.name, "2900000000011")
    assert dialog.name.text() == "Front desk"  # the digits did not become the name
    assert dialog.isVisible() and dialog.result() == 0  # its Enter did not save either
    assert "card scan" in dialog.notice.text() and not dialog.notice.isHidden()
    dialog.reject()


def test_a_scan_and_a_checkout_ask_the_server_once_for_what_the_screens_share(
    qtbot, window, cashier, member, monkeypatch
):
    """The lookup, the checkout form and its preview all read the member's balances,
    tier and the scheme version; after a checkout the bus and the form read them again.
    One action asks the server once for each (``Ops.one_action``)."""
    sent = pg_support.statements_sent(monkeypatch)
    balances = "SELECT program_id, account, value FROM balances WHERE member_id = ?"
    version = "SELECT last_value FROM lp_scheme_writes"
    cashier.scan(window.search, member.card_number)
    window.scan_filter.deliver_held()
    assert window.current_member.id == member.id
    assert (sent.count(balances), sent.count(version)) == (1, 1)
    amount = window.visit_form.amount
    amount.setFocus(Qt.FocusReason.OtherFocusReason)
    program = window.visit_form.rows[0].card.program_id
    window.visit_form.rows[0].items.setValue(2)
    sent.clear()
    window.visit_form.confirm()
    qtbot.waitUntil(lambda: window.panel.card_widgets[0].count.text() == stamps_of(2, 10))
    after = sent[sent.index("COMMIT") + 1 :]
    assert (after.count(balances), after.count(version)) == (1, 1)
    assert window.current_member.cards[0].stamps == 2
    assert program == window.current_member.cards[0].program_id


def settings_read(monkeypatch, key: str) -> list[str]:
    """Each time till A's services read the setting ``key`` from the shop."""
    from loyalty_pos.store.settings import SettingsStore

    seen: list[str] = []
    get = SettingsStore.get

    def counted(self, wanted, default=None):
        if wanted == key and self.db.till == "A":
            seen.append(wanted)
        return get(self, wanted, default)

    monkeypatch.setattr(SettingsStore, "get", counted)
    return seen


def test_sounds_switched_off_on_another_till_are_silent_at_the_next_scan(
    qtbot, window, cashier, member, till_b, published, monkeypatch
):
    """The setting is read once, not at every scan (a round trip on a server), and
    read again when the bus says it changed: here, on till B."""
    from loyalty_pos.ui.sounds import TAKEN

    reads = settings_read(monkeypatch, "scan_sounds")
    cashier.scan(window.search, member.card_number)
    cashier.scan(window.search, member.card_number)
    assert window.sounds.player.played == [TAKEN, TAKEN]
    assert len(reads) == 1
    till_b.display.set("scan_sounds", "off")
    qtbot.waitUntil(
        lambda: any(c.external and "scan_sounds" in c.settings for c in published), timeout=2000
    )
    cashier.scan(window.search, member.card_number)
    assert window.sounds.player.played == [TAKEN, TAKEN]  # silent now
    assert len(reads) == 2


def test_feedback_switched_off_on_another_till_is_not_offered_after_the_next_sale(
    qtbot, window, cashier, member, till_b, published, monkeypatch
):
    """Whether to offer feedback is read once, not at every sale, and again when the
    bus says it changed on till B."""
    asked = settings_read(monkeypatch, "feedback_enabled")
    cashier.scan(window.search, member.card_number)
    for _sale in range(2):
        window.visit_form.rows[0].items.setValue(1)
        window.visit_form.confirm()
        assert "F6" in window.banner.action_text()
    assert len(asked) == 1
    till_b.feedback.set_enabled(False)
    qtbot.waitUntil(
        lambda: any(c.external and "feedback_enabled" in c.settings for c in published),
        timeout=2000,
    )
    window.visit_form.rows[0].items.setValue(1)
    window.visit_form.confirm()
    assert "F6" not in window.banner.action_text()
    assert len(asked) == 2
