"""Every change reaches the screens through the one bus, whoever made it.

A visit written by ``loyalty-pos admin`` in another process shows on the open member
within two seconds, and the visit the cashier is typing stays as it was; the owner's
screens that list data refresh when a use case elsewhere changed what they show.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui.formatting import recognition_hint
from loyalty_pos.ui.stamp_card import stamps_of


def admin(db_path, *argv: str) -> None:
    """``loyalty-pos admin --db FILE …`` in a process of its own."""
    done = subprocess.run(
        [sys.executable, "-m", "loyalty_pos", "admin", "--db", str(db_path), *argv],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_a_visit_by_the_admin_command_line_shows_on_the_open_member(
    qtbot, window, cashier, services, member, db_path
):
    cashier.scan(window.search, member.card_number)
    assert window.current_member.id == member.id
    assert window.panel.card_widgets[0].count.text() == stamps_of(0, 10)
    amount = window.visit_form.amount
    amount.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(amount, "1500")
    window.scan_filter.deliver_held()  # the cashier stopped typing
    assert amount.text() == "1500" and amount.hasFocus()
    hint_before = window.panel.hint.text()

    admin(db_path, "visit", member.card_number, "--program", "Coffee", "--items", "2")

    qtbot.waitUntil(
        lambda: window.panel.card_widgets[0].count.text() == stamps_of(2, 10), timeout=2000
    )
    assert window.panel.visits.topLevelItemCount() == 1
    assert window.current_member.cards[0].stamps == 2
    assert amount.text() == "1500"  # the visit being typed is still there
    assert QApplication.focusWidget() is amount
    # the visit being typed is now this member's second: the hint says so
    assert window.panel.hint.text() != hint_before
    assert window.panel.hint.text() == recognition_hint(
        1, window.current_member.last_visit, window.now()
    )


def test_a_sale_at_the_counter_reaches_the_open_member_through_the_bus(
    qtbot, window, cashier, services, member
):
    """A visit written by this counter's own ``ops`` (not the form): the panel too."""
    cashier.scan(window.search, member.card_number)
    program = window.visit_form.rows[0].card.program_id
    window.ops.run(
        window,
        lambda: services.checkout.confirm(
            member.id, CheckoutRequest(stamp_items={program: 3}), "r1"
        ),
    )
    assert window.panel.card_widgets[0].count.text() == stamps_of(3, 10)


def test_the_gift_card_shown_refreshes_after_a_payment_through_the_bus(qtbot, window, services):
    card = services.gift_cards.issue(5000)
    window.rewards.gift_cards()
    dialog = window.rewards.dialog
    dialog.tabs.setCurrentIndex(1)
    dialog.code.setText(card.code)
    dialog.look_up()
    assert "5,000" in dialog.balance.text() or "5000" in dialog.balance.text()
    window.ops.run(
        window,
        lambda: services.checkout.confirm(
            None, CheckoutRequest(amount=2000, gift_card_code=card.code), "pay-1"
        ),
    )
    qtbot.waitUntil(
        lambda: "3,000" in dialog.balance.text() or "3000" in dialog.balance.text(), timeout=1000
    )
    dialog.reject()


def test_the_backups_screen_counts_a_member_enrolled_meanwhile(
    qtbot, window, services, owner_signed_in
):
    window.owner_actions.open_backups()
    dialog = window.owner_actions.backups_dialog
    before = dialog.now_label.text()
    window.ops.run(window, lambda: services.members.enroll(MemberInput("Nagy Anna")))
    assert dialog.now_label.text() != before
    dialog.reject()


def test_the_audit_trail_shows_what_was_done_while_it_is_open(
    qtbot, window, services, owner_signed_in
):
    window.owner_actions.open_audit()
    dialog = window.owner_actions.audit_dialog
    shown = dialog.list.topLevelItemCount()
    window.ops.run(window, lambda: services.display.set("scan_sounds", "off"))
    assert len(services.audit.entries()) > shown  # the change is in the trail…
    assert dialog.list.topLevelItemCount() > shown  # …and on the screen open
    dialog.reject()


def test_the_reports_refresh_after_a_visit(qtbot, window, services, member, owner_signed_in):
    window.owner_actions.open_reports()
    dialog = window.owner_actions.reports_dialog
    refreshed = []
    dialog.refresh = lambda: refreshed.append(True)  # the slot looks it up each time
    window.ops.run(
        window,
        lambda: services.checkout.confirm(member.id, CheckoutRequest(amount=1000), "v-1"),
    )
    assert refreshed
    dialog.reject()


def test_the_import_preview_is_checked_again_when_members_change(
    qtbot, window, services, owner_signed_in, tmp_path
):
    source = tmp_path / "list.csv"
    source.write_text("name,phone\nNagy Anna,+36 30 765 4321\n", encoding="utf-8")
    window.owner_actions.open_import_export()
    dialog = window.owner_actions.import_export_dialog
    dialog.load(source)
    assert dialog.preview is not None and dialog.preview.ok
    first = dialog.preview
    window.ops.run(
        window,
        lambda: services.members.enroll(MemberInput("Nagy Anna", phone="+36 30 765 4321")),
    )
    assert dialog.preview is not first  # previewed again against the members now
    dialog.reject()


def test_a_program_saved_on_the_programs_screen_reaches_the_open_member(
    qtbot, window, cashier, services, member, owner_signed_in
):
    cashier.scan(window.search, member.card_number)
    heard = []
    window.bus.changed.connect(heard.append)
    window.open_programs()
    dialog = window.programs_dialog
    dialog.new_program()
    dialog.name.setText("Car wash")
    dialog.stamps_needed.setValue(5)
    dialog.reward_text.setText("Wash")
    dialog.save()  # through the counter's ops: the bus hears it as it is saved
    assert heard and heard[-1].programs
    assert "Car wash" in [c.program for c in window.current_member.cards]  # re-read
    dialog.reject()


def test_counts_codes_and_the_cursor_survive_a_write_by_another_connection(
    qtbot, window, cashier, services, member, db_path, clock
):
    """Another till (here a second connection in this process) stamps the member while
    the cashier types a count on the punch card row and a coupon code."""
    cashier.scan(window.search, member.card_number)
    row = window.visit_form.rows[0].items
    assert row.hasFocus()  # a punch-card-only shop starts on the count
    row.setValue(3)
    window.visit_form.coupon.setText("CP123")
    row.setFocus(Qt.FocusReason.OtherFocusReason)
    program = window.visit_form.rows[0].card.program_id

    other = Services.open(db_path, clock=clock)
    try:
        other.checkout.confirm(member.id, CheckoutRequest(stamp_items={program: 2}), "till-2")
    finally:
        other.close()

    qtbot.waitUntil(
        lambda: window.panel.card_widgets[0].count.text() == stamps_of(2, 10), timeout=2000
    )
    row = window.visit_form.rows[0].items
    assert row.value() == 3 and window.visit_form.coupon.text() == "CP123"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row, timeout=500)


def test_the_news_from_outside_waits_while_a_scan_is_being_held(
    qtbot, window, cashier, services, member, db_path, clock
):
    cashier.scan(window.search, member.card_number)
    held = [True]
    window.changes._scanning = lambda: held[0]  # a scanner burst arriving
    program = window.visit_form.rows[0].card.program_id
    other = Services.open(db_path, clock=clock)
    try:
        other.checkout.confirm(member.id, CheckoutRequest(stamp_items={program: 1}), "till-2")
    finally:
        other.close()
    qtbot.wait(1500)
    assert window.panel.card_widgets[0].count.text() == stamps_of(0, 10)  # not yet
    held[0] = False
    qtbot.waitUntil(
        lambda: window.panel.card_widgets[0].count.text() == stamps_of(1, 10), timeout=2000
    )
