"""Fixtures for driving the counter window as a cashier would.

The helpers are fixtures rather than an importable module because the suite runs with
``--import-mode=importlib``, where test directories are not on ``sys.path``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from loyalty_pos.domain.cardnumber import make_card_number
from loyalty_pos.services import Services
from loyalty_pos.ui.main_window import MainWindow


class SlowClock:
    """A monotonic clock that moves 200 ms per reading: a person typing."""

    def __init__(self, step: float = 0.2) -> None:
        self.t = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.t += self.step
        return self.t


class Cashier:
    """What a keyboard-wedge scanner and a person do at the keyboard."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def scan(self, widget: QWidget | None, code: str) -> None:
        """The characters at scanner speed (no delay at all), then Enter."""
        target = widget or QApplication.focusWidget()
        assert target is not None
        self.qtbot.keyClicks(target, code)
        self.qtbot.keyClick(target, Qt.Key.Key_Return)

    def press(
        self,
        key: Qt.Key,
        widget: QWidget | None = None,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        """A key (with ``modifier``) where the focus is (or on ``widget``)."""
        target = widget or QApplication.focusWidget()
        assert target is not None
        self.qtbot.keyClick(target, key, modifier)

    @staticmethod
    def slow_typing(window: MainWindow) -> None:
        """From now on every key looks 200 ms after the previous one."""
        window.scan_filter.clock = SlowClock()

    @staticmethod
    def focused() -> QWidget | None:
        return QApplication.focusWidget()


@pytest.fixture
def cashier(qtbot) -> Cashier:
    return Cashier(qtbot)


@pytest.fixture
def window(qtbot, services: Services) -> Iterator[MainWindow]:
    """The counter over the test database, shown and active (offscreen)."""
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    w.scan_filter.uninstall()


@pytest.fixture
def unassigned_card() -> str:
    """A valid card number in the shop's range that nobody holds."""
    return make_card_number("29", 1234567)


def wrong_check_digit(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


@pytest.fixture
def mistyped():
    """Turns a card number into the same number with a wrong check digit."""
    return wrong_check_digit


OWNER_PIN = "1234"


@pytest.fixture
def owner_signed_in(services: Services) -> None:
    """The owner has a PIN and has just typed it: owner screens open without asking."""
    services.staff.set_pin(2, OWNER_PIN)
    services.staff.open_owner_session(2, OWNER_PIN)
