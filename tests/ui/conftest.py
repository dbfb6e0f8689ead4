"""Fixtures for driving the counter window as a cashier would.

The helpers are fixtures rather than an importable module because the suite runs with
``--import-mode=importlib``, where test directories are not on ``sys.path``.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from loyalty_pos.domain.cardnumber import make_card_number
from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
)
from loyalty_pos.services import Services
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui import theme
from loyalty_pos.ui.main_window import MainWindow
from loyalty_pos.ui.scan_filter import ScanFilter


class SlowClock:
    """A monotonic clock that moves 200 ms per reading: a person typing."""

    def __init__(self, step: float = 0.2) -> None:
        self.t = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.t += self.step
        return self.t


@contextmanager
def scanner_speed() -> Iterator[None]:
    """While it lasts, every scan filter on the real clock reads one that moves 1 µs a
    reading from the real time now (never back: the real clock is ahead after it)."""
    start = time.monotonic()
    ticks = itertools.count(1)
    live = [f for f in ScanFilter._installed if shiboken6.isValid(f) and f.clock is time.monotonic]
    for f in live:
        f.clock = lambda: start + next(ticks) * 1e-6
    try:
        yield
    finally:
        for f in live:
            if shiboken6.isValid(f):
                f.clock = time.monotonic


class Cashier:
    """What a keyboard-wedge scanner and a person do at the keyboard."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def scan(self, widget: QWidget | None, code: str) -> None:
        """The characters at scanner speed, then Enter.

        The keys are sent one after another with no event loop between them; with the
        real clock a loaded machine could still put more than the filter's 40 ms between
        two of them (the process not scheduled), and the test would see typing instead
        of a scan. A scanner's keys are a few milliseconds apart whatever the till is
        doing, so the filters read a clock that moves 1 µs a key from now during the
        burst. A clock a test set on purpose (``slow_typing``) is left alone."""
        target = widget or QApplication.focusWidget()
        assert target is not None
        with scanner_speed():
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


OWNER_PIN = "123456"


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

    from loyalty_pos import l10n as i18n
    from loyalty_pos.ui import qt_language as languages

    for translator in languages._installed:
        qapp.removeTranslator(translator)
    languages._installed.clear()
    i18n.use_directly([])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


# Every screen -------------------------------------------------------------------------


@pytest.fixture
def counter(qtbot, window, services, member, shop, coffee):
    """The counter with a regular open: a visit to refund or void, store credit to pay
    part with, a catalogue reward, items and offers on the checkout."""
    services.checkout.confirm(
        member.id, CheckoutRequest(amount=40000, items={shop["latte"].id: 3}), "audit-1"
    )
    services.schemes.add_reward(
        CatalogueReward(0, shop["points"].id, "Free latte", 10, RewardKind.FREE_ITEM, 1)
    )
    services.coupons.add_offer(
        CouponOffer(0, "Spring treat", RewardKind.PERCENT_DISCOUNT, 20, valid_days=30)
    )
    window.open_code(member.card_number)
    return window


class Screens:
    """Every screen the counter opens, for the tests that walk all of them (the audit of
    targets and keys, the fit on a till's screen, the keyboard after each dialog)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def opened(self, dialog) -> QDialog:
        """The dialog on screen and active, as after the key that opened it."""
        assert dialog is not None and dialog.isVisible(), dialog
        self.qtbot.waitExposed(dialog)
        dialog.activateWindow()
        self.qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        return dialog

    def cashier(self, w) -> list[tuple[str, Callable[[], QWidget]]]:
        """(what, opens it) for the counter and each dialog a cashier opens there."""

        def part_box():
            offers = w.visit_form.offers
            offers.setFocus()
            offers.setCurrentRow(
                next(i for i, o in enumerate(offers.offers()) if o.kind == "credit")
            )
            w.visit_form.edit_part()
            return w.visit_form.part_dialog

        def feedback():
            w.visit_form.amount.setText("1000")
            w.visit_form.refresh_preview()
            w.visit_form.confirm()
            w.owner_actions.ask_feedback()
            return w.owner_actions.feedback_dialog

        def duplicate():
            w.enroll()
            dialog = w.enroll_dialog
            dialog.name.setText("Éva Kovács")
            dialog.phone.setText(w.current_member.phone or "")
            dialog.submit()  # a known phone: "Open Kovács Éva (Enter)" or "Enroll anyway"
            assert dialog.duplicate_box.isVisible()
            return dialog

        return [
            ("counter", lambda: w),
            ("F3 enrol", lambda: (w.enroll(), w.enroll_dialog)[1]),
            ("F3 enrol, the same phone", duplicate),
            ("F4 edit", lambda: (w.edit_member(), w.enroll_dialog)[1]),
            ("F7 refund", lambda: (w.refund_visit(), w.refund_dialog)[1]),
            ("F8 void", lambda: (w.void_visit(), w.void_dialog)[1]),
            ("Ctrl+H part", part_box),
            ("Ctrl+G gift cards", lambda: (w.rewards.gift_cards(), w.rewards.dialog)[1]),
            (
                "F11 cashier",
                lambda: (w.owner_actions.switch_cashier(), w.owner_actions.switch_dialog)[1],
            ),
            ("F6 feedback", feedback),
        ]

    def owner(self, w) -> list[tuple[str, Callable[[], QWidget]]]:
        """(what, opens it) for each screen of the F12 menu and the owner's keys."""
        oa = w.owner_actions

        def menu():
            from loyalty_pos.ui.owner_actions import OwnerMenu

            m = OwnerMenu(w)
            m.open()
            return m

        def print_codes():
            w.rewards.coupon_offers()
            dialog = w.rewards.dialog
            dialog.list.setCurrentRow(0)
            dialog.print_codes()
            assert dialog.print_dialog is not None
            return dialog.print_dialog

        def liability():
            oa.open_reports()
            oa.reports_dialog.tabs.setCurrentIndex(5)  # Liability (Ctrl+6): its tables built
            return oa.reports_dialog

        return [
            ("F12 menu", menu),
            ("F12 1 staff", lambda: (oa.open_staff(), oa.staff_dialog)[1]),
            ("F12 2 settings", lambda: (oa.open_settings(), oa.settings_dialog)[1]),
            ("F12 3 reports", lambda: (oa.open_reports(), oa.reports_dialog)[1]),
            ("F12 3 reports, Ctrl+6 liability", liability),
            ("F12 4 programs", lambda: (w.open_programs(), w.programs_dialog)[1]),
            ("F12 5 backups", lambda: (oa.open_backups(), oa.backups_dialog)[1]),
            ("F12 6 import", lambda: (oa.open_import_export(), oa.import_export_dialog)[1]),
            ("F12 7 audit trail", lambda: (oa.open_audit(), oa.audit_dialog)[1]),
            ("Shift+F9 rewards set-up", lambda: (w.open_setup(), w.setup_dialog)[1]),
            (
                "Ctrl+Shift+O coupon offers",
                lambda: (w.rewards.coupon_offers(), w.rewards.dialog)[1],
            ),
            ("Ctrl+P print codes", print_codes),
            ("Ctrl+Shift+A correct", lambda: (w.rewards.adjust(), w.rewards.dialog)[1]),
            ("Ctrl+Shift+P print cards", lambda: (w.printing.print_cards(), w.printing.dialog)[1]),
            (
                "Ctrl+Shift+D card design",
                lambda: (w.printing.card_design(), w.printing.design_dialog)[1],
            ),
            ("Ctrl+Shift+U unusual", lambda: (w.rewards.unusual(), w.rewards.dialog)[1]),
        ]

    @staticmethod
    def close(dialog: QWidget, window: QWidget) -> None:
        """Close ``dialog`` (and the dialogs it opened), as Esc would."""
        if dialog is not window and dialog.isVisible():
            for child in dialog.findChildren(QDialog):
                if child.isVisible():
                    child.reject()
            dialog.close() if not isinstance(dialog, QDialog) else dialog.reject()


@pytest.fixture
def screens(qtbot) -> Screens:
    return Screens(qtbot)
