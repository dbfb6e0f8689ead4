"""The reports screen's Liability tab, opened and read as the owner would."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from loyalty_pos.services.checkout import CheckoutRequest


def open_liability(qtbot, window):
    window.owner_actions.open_reports()
    dialog = window.owner_actions.reports_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 5
    qtbot.waitUntil(lambda: bool(dialog.tabs.widget(5).findChildren(QTableWidget)), timeout=2000)
    qtbot.wait(20)  # the new page's widgets are shown on the next turn of the event loop
    return dialog


def plain(text: str) -> str:
    return text.replace("\xa0", " ")  # money keeps its unit on the same line


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [plain(table.item(r, c).text()) for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_liability_tab_shows_each_program_in_money(
    qtbot, window, services, member, shop, coffee, owner_signed_in, tmp_path: Path
):
    # 4000 Ft with 2 lattes: 40 points (a point pays 10 Ft), 200 Ft credit, 2 stamps;
    # and a car wash pass of 10 uses for 20,000 Ft (200 points, 1000 Ft credit more).
    services.checkout.confirm(
        member.id,
        CheckoutRequest(amount=4000, items={shop["latte"].id: 2}, buy_passes={shop["wash"].id: 1}),
        "l-1",
    )
    dialog = open_liability(qtbot, window)
    assert "Liability (Ctrl+6)" in dialog.tabs.tabText(5)
    assert dialog.error.text() == ""
    page = dialog.tabs.widget(5)
    tables = {t.accessibleName(): t for t in page.findChildren(QTableWidget) if t.isVisible()}
    assert set(tables) == {
        "Points (points)",
        "Cashback (store credit)",
        "Car wash pass (prepaid pass)",
        "Coffee (punch card)",
        "All programs",
    }
    points = cells(tables["Points (points)"])
    assert points[0][0] == "Points" and points[0][2] == "240" and points[0][7] == "240"
    assert points[1][0] == "In money" and points[1][7] == "2,400 Ft"
    assert cells(tables["Cashback (store credit)"])[0][7] == "1,200 Ft"
    wash = cells(tables["Car wash pass (prepaid pass)"])
    assert wash[0][7] == "10" and wash[1][7] == "20,000 Ft"
    coffee_rows = cells(tables["Coffee (punch card)"])
    assert [r[0] for r in coffee_rows] == ["Stamps", "Rewards ready"]  # a free coffee
    total = cells(tables["All programs"])[0]
    assert total[0] == "Total in money" and total[7] == "23,600 Ft"
    headline = [plain(w.text()) for w in page.findChildren(QLabel) if "Owed in money" in w.text()]
    assert headline == ["Owed in money at the end of 10/03/2026: 23,600 Ft"]
    # Tab moves from one table to the next (the arrows move inside one).
    assert not any(t.tabKeyNavigation() for t in tables.values())
    dialog.export_to(tmp_path / "liability.csv")
    text = plain((tmp_path / "liability.csv").read_text(encoding="utf-8-sig"))
    rows = list(csv.reader(text.splitlines()))
    assert ["Total in money", "0 Ft", "23,600 Ft", "0 Ft", "0 Ft", "0 Ft", "0 Ft",
            "23,600 Ft"] in rows  # fmt: skip


def test_six_tabs_and_the_liability_fit_a_1280_by_720_screen(
    qtbot, window, services, member, shop, coffee, owner_signed_in
):
    services.checkout.confirm(member.id, CheckoutRequest(amount=4000), "l-2")
    dialog = open_liability(qtbot, window)
    need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert need.width() <= 1280 and need.height() <= 720
    dialog.resize(1280, 720)
    qtbot.wait(10)
    bar = dialog.tabs.tabBar()
    assert bar.sizeHint().width() <= dialog.tabs.width()  # no scroll arrows on the tabs
    for table in dialog.tabs.widget(5).findChildren(QTableWidget):
        assert table.horizontalScrollBar().maximum() == 0, table.accessibleName()
