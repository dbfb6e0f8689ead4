"""A scan filter that fails must not take the keyboard with it.

The filter sees every key of the app. If it raises, the exception is logged with its
traceback, the filter switches itself off once, hands over the keys it held, and from then
on every key reaches the focused field as plain typing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from loyalty_pos.ui import scan_filter
from loyalty_pos.ui.scan_filter import ScanFilter


class ParserBug(RuntimeError):
    """What the broken parser raises, so the log can be checked for it."""


def _raise(*_args: object, **_kwargs: object) -> None:
    raise ParserBug("the parser broke")


@pytest.fixture
def form(qtbot) -> Iterator[tuple[QLineEdit, ScanFilter]]:
    """A window with one field and its own installed filter (the clock never moves, so
    every key is fast: the working filter holds them as a possible scan)."""
    window = QWidget()
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    keys = ScanFilter(window, clock=lambda: 0.0)
    keys.install()
    yield field, keys
    keys.uninstall()


def _failures(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == scan_filter.__name__]


def test_a_parser_that_raises_leaves_typing_working_and_says_the_filter_is_off(
    qtbot, caplog, monkeypatch, form
):
    field, keys = form
    monkeypatch.setattr(keys.parser, "printable", _raise)
    caplog.set_level(logging.WARNING, logger=scan_filter.__name__)
    with qtbot.waitSignal(keys.switched_off, timeout=1000):
        qtbot.keyClicks(field, "Latte 2")
    qtbot.keyClicks(field, "x")
    assert field.text() == "Latte 2x"
    assert not keys.is_on
    records = _failures(caplog)
    errors = [r for r in records if r.levelno == logging.ERROR]
    assert len(errors) == 1  # the first failure; the filter never runs again
    assert errors[0].exc_info is not None and errors[0].exc_info[0] is ParserBug
    offs = [r for r in records if r.levelno == logging.WARNING]
    assert len(offs) == 1 and "scan filter is off" in offs[0].getMessage()


def test_keys_held_before_the_failure_arrive_first_and_enter_still_works(
    qtbot, caplog, monkeypatch, form
):
    field, keys = form
    qtbot.keyClicks(field, "12")
    assert field.text() == ""  # fast keys are held as a possible scan
    monkeypatch.setattr(keys.parser, "printable", _raise)
    qtbot.keyClicks(field, "3")
    assert field.text() == "123"
    with qtbot.waitSignal(field.returnPressed, timeout=1000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not keys.is_on
    assert len([r for r in _failures(caplog) if r.levelno == logging.ERROR]) == 1


def test_a_scan_after_the_failure_is_typing_not_a_scan(qtbot, monkeypatch, form):
    field, keys = form
    monkeypatch.setattr(keys.parser, "enter", _raise)
    scans: list[str] = []
    keys.scanned.connect(lambda code, _where: scans.append(code))
    qtbot.keyClicks(field, "2900000000017")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the parser fails deciding the scan
    assert field.text() == "2900000000017"
    assert scans == []
    assert not keys.is_on


def test_a_failure_in_the_timer_flush_switches_off_too(qtbot, monkeypatch, form):
    field, keys = form
    qtbot.keyClicks(field, "7")
    monkeypatch.setattr(keys.parser, "flush", _raise)
    keys.flush()  # what the timer does after the pause
    assert not keys.is_on
    assert field.text() == "7"  # the held key is handed over all the same
    qtbot.keyClicks(field, "8")
    assert field.text() == "78"


def test_the_counter_keeps_taking_typing_when_its_filter_fails(qtbot, monkeypatch, window):
    monkeypatch.setattr(window.scan_filter.parser, "printable", _raise)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "kovacs")  # QTest types ASCII only
    assert window.search.text() == "kovacs"
    assert not window.scan_filter.is_on
    assert "Scanner trouble" in window.banner.text()  # the cashier is told once, in red
