"""Fixtures for driving the counter window as a cashier would.

The helpers are fixtures rather than an importable module because the suite runs with
``--import-mode=importlib``, where test directories are not on ``sys.path``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from loyalty_pos.domain.cardnumber import make_card_number
from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
)
from loyalty_pos.services import Services
from loyalty_pos.ui import theme
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

    def scan_into(self, window: QWidget, code: str) -> None:
        """A scan where the focus is in ``window`` (or on the window itself)."""
        focus = QApplication.focusWidget()
        inside = focus is not None and focus.window() is window
        self.scan(focus if inside else window, code)

    @staticmethod
    def slow_typing(window: MainWindow) -> None:
        """From now on every key looks 200 ms after the previous one."""
        window.scan_filter.clock = SlowClock()

    @staticmethod
    def focused() -> QWidget | None:
        return QApplication.focusWidget()


@pytest.fixture(autouse=True)
def normal_theme() -> Iterator[None]:
    """Each test leaves the text size and colours as it found them (normal, standard,
    following the system): they are the application's, not one window's."""
    yield
    theme.reset()


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


def table_rows(services: Services) -> dict[str, list[tuple]]:
    """Every row of every table: compared before and after, it shows nothing changed."""
    db = services.db
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: [tuple(r) for r in db.execute(f'SELECT * FROM "{n}"')] for n in names}


@pytest.fixture
def database_rows(services: Services):
    """``database_rows()``: a snapshot of every table of the test shop."""
    return lambda: table_rows(services)


def field_texts(root: QWidget) -> dict[str, str]:
    """The text of every field under ``root`` (line edits, spin boxes, text boxes)."""
    out = {}
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QAbstractSpinBox):
            continue  # the spin box says it
        if isinstance(w, QLineEdit | QAbstractSpinBox):
            text = w.text()
        elif isinstance(w, QPlainTextEdit | QTextEdit) and not w.isReadOnly():
            text = w.toPlainText()
        else:
            continue
        out[f"{type(w).__name__} {w.accessibleName() or w.objectName()} {id(w)}"] = text
    return out


@pytest.fixture
def fields():
    """``fields(window)``: the text of every field in it (see ``field_texts``)."""
    return field_texts


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


@pytest.fixture
def shop(services: Services, coffee: StampProgram) -> dict:
    """Coffee card, points (1 per 100 Ft, a point is worth 10 Ft), 5 % cashback, a car
    wash pass, a catalogue reward and a latte that counts for coffee and points."""
    s = services.schemes
    points = s.add_points(PointsProgram(0, "Points", 1, 100, point_value=10))
    credit = s.add_credit(CreditProgram(0, "Cashback", 500))
    wash = s.add_pass(PassProgram(0, "Car wash pass", 10, 20000))
    reward = s.add_reward(
        CatalogueReward(0, points.id, "500 off", 50, RewardKind.FIXED_DISCOUNT, 500)
    )
    latte = s.add_item(Item(0, "Latte", "coffee", 1200, frozenset({coffee.id, points.id})))
    return {"points": points, "credit": credit, "wash": wash, "reward": reward, "latte": latte}


OWNER_PIN = "1234"


@pytest.fixture
def owner_signed_in(services: Services) -> None:
    """The owner has a PIN and has just typed it: owner screens open without asking."""
    services.staff.set_pin(2, OWNER_PIN)
    services.staff.open_owner_session(2, OWNER_PIN)


@pytest.fixture
def shown(qtbot):
    """Put a dialog on screen and make it the active window, as after the owner opened
    it, so its own shortcuts (Ctrl+P, Ctrl+S) reach it; returns the dialog."""

    def show(dialog):
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        return dialog

    return show


@pytest.fixture
def restore_language(qapp):
    """Put the test language back (no catalogue, British English) after a test that makes
    the app switch language, so the next test reads English."""
    yield
    from PySide6.QtCore import QLocale

    from loyalty_pos import i18n, languages

    for translator in languages._installed:
        qapp.removeTranslator(translator)
    languages._installed.clear()
    i18n.use_directly([])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
