"""The Qt binding must not leak or drop references on hot calls.

PySide6 6.12.0 on Python 3.11 drops a reference to None or True on every void call or
signal emit; after a few thousand calls (about a thousand scans at the counter) the
interpreter aborts. This test fails on such a binding long before that point.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel


class _Emitter(QObject):
    fired = Signal(int)


def test_hot_calls_keep_reference_counts(qapp: QApplication) -> None:
    label = QLabel()
    emitter = _Emitter()
    calls = 2000
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(calls):
        label.setText("x")
        label.hide()
        emitter.fired.emit(1)
        label.isHidden()
    assert abs(sys.getrefcount(None) - none_before) < calls // 2
    assert abs(sys.getrefcount(True) - true_before) < calls // 2
