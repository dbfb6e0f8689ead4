"""The reports screen's branch/till selector (issue 18).

On a server with tills A and C in "north" and B in "south" the selector shows the whole
shop, each branch and each till; choosing one recounts the tabs for those tills, and the
whole shop's End of day adds each till's total. A file has one till: no selector.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.ui.reports.dialog import ReportsDialog

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

RUNG_UP = {"A": 1000, "B": 4000, "C": 500}
BRANCH = {"A": "north", "B": "south", "C": "north"}


@pytest.fixture
def shop(services: Services, db_path, clock, backend, member):
    """A visit of ``RUNG_UP`` at each till (on a file, all at the file's own till)."""
    opened = []
    for name, amount in RUNG_UP.items():
        s = services
        if backend == "postgresql":
            s = Services.open(
                db_path, clock=clock, staff_id=OWNER_STAFF, till=name, branch=BRANCH[name]
            )
            opened.append(s)
        s.checkout.confirm(member.id, Req(amount=amount), f"v{name}")
    yield backend
    for s in opened:
        s.close()


def drawer_total(dialog: ReportsDialog) -> str:
    """The day's "Rung up" total as shown (the last column)."""
    table = dialog.day_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Rung up")
    return table.item(row, table.columnCount() - 1).text()


def test_the_selector_recounts_every_tab(qtbot, qapp, services: Services, shop) -> None:
    dialog = ReportsDialog(services, "HUF")
    qtbot.addWidget(dialog)
    dialog.resize(1280, 720)
    dialog.show()
    dialog.preset.setCurrentIndex(dialog.PRESETS.index("today"))
    dialog.tabs.setCurrentIndex(4)
    qapp.processEvents()
    whole = drawer_total(dialog)
    if shop == "sqlite":
        assert not dialog.scope.isVisible()  # one till: nothing to choose
        return
    assert dialog.scope.isVisible()
    entries = [dialog.scope.itemText(i).strip() for i in range(dialog.scope.count())]
    assert entries == [
        "Whole shop", "Branch north", "Till A", "Till C", "Branch south", "Till B",
    ]  # fmt: skip
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert dialog.scope.hasFocus()  # reached from the keyboard
    qtbot.keyClick(dialog.scope, Qt.Key.Key_Down)  # the arrow keys choose
    assert dialog.scope.currentIndex() == 1
    assert drawer_total(dialog) != whole  # the branch north, counted at once
    shown = {}
    for i, (branch, till) in enumerate(dialog.scope.itemData(i) for i in range(6)):
        dialog.scope.setCurrentIndex(i)
        qapp.processEvents()
        shown[branch, till] = drawer_total(dialog)
    assert shown[None, None] == whole
    for name, amount in RUNG_UP.items():
        digits = "".join(c for c in shown[BRANCH[name], name] if c.isdigit())
        assert int(digits) == amount, name
    north = "".join(c for c in shown["north", None] if c.isdigit())
    assert int(north) == RUNG_UP["A"] + RUNG_UP["C"]
    dialog.scope.setCurrentIndex(0)
    qapp.processEvents()
    assert len(dialog.exports[4]()[0]) == 2  # the whole shop: by cashier, and by till


def test_a_till_gone_since_the_screen_opened_is_said(qtbot, qapp, services: Services, shop):
    """The choice is refused with the store's message above the tabs; the figures stay
    the last ones shown."""
    dialog = ReportsDialog(services, "HUF")
    qtbot.addWidget(dialog)
    if shop == "sqlite":
        assert dialog.scope.count() == 2  # the whole shop and the file's own till, hidden
        return
    services.db.execute("DELETE FROM tills WHERE name = 'C'")
    before = dialog.reports
    entries = [dialog.scope.itemData(i) for i in range(dialog.scope.count())]
    dialog.scope.setCurrentIndex(entries.index(("north", "C")))
    assert dialog.error.text() == "This shop has no till named C."
    assert dialog.reports is before
