"""The counter must not abort after a thousand scans on PySide6 6.12.0 + Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from loyalty_pos.ui import pyside_bug


class Emitter(QObject):
    ping = Signal(str)


def test_many_signals_and_void_calls_do_not_exhaust_none_true_false(window):
    # The window has lent the references; without the loan, the loop below aborts the
    # interpreter on the affected versions (each emit takes a reference from True).
    if pyside_bug.affected():
        assert sys.getrefcount(True) > pyside_bug.LOAN
        assert sys.getrefcount(None) > pyside_bug.LOAN
    e = Emitter()
    e.ping.connect(lambda _text: None)
    for _ in range(20_000):
        e.ping.emit("x")
        window.panel.name.setText("x")
    assert window.panel.name.text() == "x"


def test_the_loan_is_made_once():
    pyside_bug.lend_references()
    before = sys.getrefcount(None)
    assert pyside_bug.lend_references() is False
    assert sys.getrefcount(None) <= before + 10
