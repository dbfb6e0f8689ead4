"""An audit of every screen the counter and the owner's F12 menu open.

Touch: every button, check box, radio button, combo box, field and list row the cashier
meets at the counter and in the cashier's dialogs is at least 44 px high (buttons 44 px
wide too), with big check marks.

Keyboard: every push button, tool button and tab on every screen shows its key (a
"(Ctrl+S)"-style hint, a key first like "F3  Enroll", or an underlined Alt+letter), a
hinted Ctrl/Alt/F-key really is bound there, and Tab reaches every enabled field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pprint import pformat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QStyle,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.domain.schemes import CatalogueReward
from loyalty_pos.services.checkout import CheckoutRequest
from loyalty_pos.ui import theme
from loyalty_pos.ui.main_window import MainWindow
from loyalty_pos.ui.pin_dialog import PinDialog
from loyalty_pos.ui.setup_wizard import SetupWizard

TOUCH = 44
FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox, QRadioButton, QPlainTextEdit)
FIELDS_AND_LISTS = (*FIELDS, QTextEdit, QAbstractItemView)
KEY = r"(F\d{1,2}|Esc|Enter|Return|Space|Del|Delete|Tab|PgUp|PgDown|(Ctrl|Alt|Shift)\+\S+|\d)"
HINT = re.compile(r"\((?:[^()]*\s)?" + KEY + r"(?:\s[^()]*)?\)")
LEADING_KEY = re.compile(r"^\s*" + KEY + r"\s\s")


# Walking a screen --------------------------------------------------------------------


def _inside(w: QWidget, kinds: tuple) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def shown(root: QWidget, kinds) -> list:
    """Visible widgets of ``kinds`` the user can reach (not the parts of a spin box,
    combo box, tab bar or scroll bar)."""
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisible()
        and not _inside(w, (QAbstractSpinBox, QComboBox, QTabBar, QScrollBar))
    ]


def each_tab(root: QWidget) -> Iterator[None]:
    """Once as it is, then once with each tab of each tab widget showing."""
    yield
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        start = tabs.currentIndex()
        for i in range(tabs.count()):
            if tabs.isTabVisible(i):
                tabs.setCurrentIndex(i)
                yield
        tabs.setCurrentIndex(start)


def name(w: QWidget) -> str:
    text = getattr(w, "text", lambda: "")() if not isinstance(w, QAbstractItemView) else ""
    return f"{type(w).__name__} {text or w.accessibleName() or w.objectName()!r}"


# Touch ---------------------------------------------------------------------------------


def small_targets(root: QWidget) -> list[str]:
    """Every target under 44 px (buttons also under 44 px wide), with its size."""
    out = []
    for w in shown(root, (QAbstractButton, *FIELDS)):
        if w.height() < TOUCH or (isinstance(w, (QPushButton, QToolButton)) and w.width() < TOUCH):
            out.append(f"{name(w)} {w.width()}×{w.height()}")
        if isinstance(w, (QCheckBox, QRadioButton)):
            metric = QStyle.PixelMetric.PM_IndicatorWidth
            if isinstance(w, QRadioButton):
                metric = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
            side = w.style().pixelMetric(metric, None, w)
            if side < 24:
                out.append(f"{name(w)} check mark {side} px")
    for view in shown(root, QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(), 6)):
            index = model.index(row, 0)
            height = view.visualRect(index).height()
            if 0 < height < TOUCH:
                out.append(f"{name(view)} row {row}: {height} px")
    for bar in shown(root, QTabBar) + [t for t in root.findChildren(QTabBar) if t.isVisible()]:
        for i in range(bar.count()):
            if bar.tabRect(i).height() < TOUCH:
                out.append(f"tab {bar.tabText(i)!r}: {bar.tabRect(i).height()} px")
    return sorted(set(out))


def smallest(root: QWidget) -> int:
    """The lowest height of any target (for the report)."""
    heights = [w.height() for w in shown(root, (QAbstractButton, *FIELDS))]
    return min(heights, default=TOUCH)


# Keys ----------------------------------------------------------------------------------


def shows_key(button: QAbstractButton | None, text: str, tooltip: str = "") -> bool:
    """A key in the label: "(Ctrl+S)", "F3  Enroll", or an Alt+letter (&Save)."""
    if not QKeySequence.mnemonic(text).isEmpty():
        return True
    plain = text.replace("&&", "&")
    if HINT.search(plain) or LEADING_KEY.match(plain):
        return True
    if plain.strip().isdigit() and re.search(r"[0-9+]", tooltip):  # "7" is key 7
        return True
    return not plain.strip() and bool(HINT.search(tooltip) or re.search(KEY, tooltip))


def bound_keys(root: QWidget) -> set[str]:
    """Every key sequence a shortcut, an action or a button binds in ``root``'s window."""
    keys: set[str] = set()
    window = root.window()
    seen = [root, window, *window.findChildren(QWidget)] if window is not root else [root]
    for owner in seen:
        for action in owner.actions():
            keys |= {s.toString() for s in action.shortcuts()}
    for widget in (root, window):
        for s in widget.findChildren(QShortcut):
            keys |= {k.toString() for k in s.keys()}  # noqa: SIM118 (a QShortcut)
        for a in widget.findChildren(QAction):
            keys |= {k.toString() for k in a.shortcuts()}
        for b in widget.findChildren(QAbstractButton):
            keys.add(b.shortcut().toString())
    return keys - {""}


def unbound_hints(root: QWidget, texts: list[str]) -> list[str]:
    """Ctrl/Alt/Shift/F-key hints in ``texts`` that nothing in the window binds."""
    bound = bound_keys(root)
    out = []
    for text in texts:
        for match in re.finditer(r"\(([^()]*)\)", text):
            hint = match.group(1).strip()
            if not re.fullmatch(r"((Ctrl|Alt|Shift)\+)+\S+|F\d{1,2}", hint):
                continue
            if QKeySequence(hint).toString() not in bound:
                out.append(f"{text!r}: {hint} is not bound")
    return out


def keyless(root: QWidget) -> tuple[list[str], list[str]]:
    """(buttons and tabs that show no key, key hints that are not bound)."""
    missing: list[str] = []
    texts: list[str] = []
    for _ in each_tab(root):
        for b in shown(root, (QPushButton, QToolButton)):
            texts.append(b.text())
            if not shows_key(b, b.text(), b.toolTip()):
                missing.append(name(b))
        for bar in [t for t in root.findChildren(QTabBar) if t.isVisible()]:
            for i in range(bar.count()):
                texts.append(bar.tabText(i))
                if bar.isTabVisible(i) and not shows_key(None, bar.tabText(i)):
                    missing.append(f"tab {bar.tabText(i)!r}")
    return sorted(set(missing)), sorted(set(unbound_hints(root, texts)))


def tab_misses(qtbot, root: QWidget) -> list[str]:
    """Enabled fields and lists that pressing Tab from the first field never reaches."""
    out = []
    for _ in each_tab(root):
        wanted = [
            w
            for w in shown(root, FIELDS_AND_LISTS)
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        if not wanted:
            continue
        wanted[0].setFocus(Qt.FocusReason.TabFocusReason)
        reached: set[int] = set()
        for _ in range(2 * len(shown(root, QWidget)) + 4):
            focus = QApplication.focusWidget()
            if focus is None:
                break
            reached.add(id(focus))
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
        for w in wanted:
            group = [w]
            if isinstance(w, QRadioButton):  # arrows move inside a group; Tab reaches one
                group = [r for r in w.parentWidget().findChildren(QRadioButton) if r.isVisible()]
            if not any(id(g) in reached for g in group):
                out.append(name(w))
    return sorted(set(out))


# The screens ---------------------------------------------------------------------------


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


def opened(qtbot, dialog) -> QDialog:
    """The dialog on screen and active, as after the key that opened it."""
    assert dialog is not None and dialog.isVisible(), dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def cashier_screens(qtbot, w) -> list[tuple[str, Callable[[], QWidget]]]:
    """(what, opens it) for the counter and each dialog a cashier opens there."""

    def part_box():
        offers = w.visit_form.offers
        offers.setFocus()
        offers.setCurrentRow(next(i for i, o in enumerate(offers.offers()) if o.kind == "credit"))
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
        dialog.consent_no.setChecked(True)
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


def owner_screens(qtbot, w) -> list[tuple[str, Callable[[], QWidget]]]:
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
        ("Ctrl+Shift+O coupon offers", lambda: (w.rewards.coupon_offers(), w.rewards.dialog)[1]),
        ("Ctrl+P print codes", print_codes),
        ("Ctrl+Shift+A correct", lambda: (w.rewards.adjust(), w.rewards.dialog)[1]),
        ("Ctrl+Shift+P print cards", lambda: (w.printing.print_cards(), w.printing.dialog)[1]),
        (
            "Ctrl+Shift+D card design",
            lambda: (w.printing.card_design(), w.printing.design_dialog)[1],
        ),
        ("Ctrl+Shift+U unusual", lambda: (w.rewards.unusual(), w.rewards.dialog)[1]),
    ]


def close(dialog: QWidget, window: QWidget) -> None:
    if dialog is not window and dialog.isVisible():
        for child in dialog.findChildren(QDialog):
            if child.isVisible():
                child.reject()
        dialog.close() if not isinstance(dialog, QDialog) else dialog.reject()


# The tests -----------------------------------------------------------------------------


def test_every_target_at_the_counter_and_in_the_cashiers_dialogs_is_finger_sized(qtbot, counter):
    found: dict[str, list[str]] = {}
    for what, open_it in cashier_screens(qtbot, counter):
        screen = open_it() if what == "counter" else opened(qtbot, open_it())
        small = []
        for _ in each_tab(screen):
            small += small_targets(screen)
        if small:
            found[what] = sorted(set(small))
        close(screen, counter)
    assert found == {}, pformat(found)


@pytest.mark.parametrize("role", ["cashier", "owner"])
def test_every_button_and_tab_shows_its_key_and_tab_reaches_every_field(
    qtbot, counter, owner_signed_in, role
):
    screens = (
        cashier_screens(qtbot, counter) if role == "cashier" else owner_screens(qtbot, counter)
    )
    missing: dict[str, list[str]] = {}
    unbound: dict[str, list[str]] = {}
    untabbed: dict[str, list[str]] = {}
    for what, open_it in screens:
        screen = open_it() if what == "counter" else opened(qtbot, open_it())
        keys, lies = keyless(screen)
        if keys:
            missing[what] = keys
        if lies:
            unbound[what] = lies
        if what != "counter":  # the counter's own order is tested with the checkout
            misses = tab_misses(qtbot, screen)
            if misses:
                untabbed[what] = misses
        close(screen, counter)
    assert missing == {}, pformat(missing)
    assert unbound == {}, pformat(unbound)
    assert untabbed == {}, pformat(untabbed)


def test_the_first_start_and_the_pin_prompt_show_their_keys(qtbot, services):
    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    pin = PinDialog("Owner", "Owner PIN", [(2, "Owner")], lambda _i, _p: None)
    qtbot.addWidget(pin)
    pin.show()
    for screen in (wizard, pin):
        opened(qtbot, screen)
        assert keyless(screen) == ([], [])
        assert tab_misses(qtbot, screen) == []
        assert small_targets(screen) == []


def test_the_audit_finds_what_it_looks_for(qtbot):
    """A screen with a button that shows no key, a key hint nothing binds, a text box
    that keeps the Tab key, a field no one can reach by Tab, and a small button."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    theme.apply(dialog)
    layout = QVBoxLayout(dialog)
    first = QLineEdit(dialog)
    trap = QPlainTextEdit(dialog)  # Tab types a tab in it: the fields after are lost
    after = QLineEdit(dialog)
    after.setObjectName("after")
    keyless_button = QPushButton("Save", dialog)
    lying = QPushButton("Print (Ctrl+P)", dialog)
    tiny = QPushButton("(Esc)", dialog)
    tiny.setStyleSheet("QPushButton { min-height: 0px; min-width: 0px; padding: 0px; }")
    tiny.setFixedSize(30, 20)
    for w in (first, trap, after, keyless_button, lying, tiny):
        layout.addWidget(w)
    dialog.show()
    opened(qtbot, dialog)
    missing, unbound = keyless(dialog)
    assert missing == ["QPushButton 'Save'"]
    assert unbound == ["'Print (Ctrl+P)': Ctrl+P is not bound"]
    assert tab_misses(qtbot, dialog) == ["QLineEdit 'after'"]
    assert small_targets(dialog) == ["QPushButton '(Esc)' 30×20"]
    trap.setTabChangesFocus(True)
    QShortcut(QKeySequence("Ctrl+P"), dialog)
    keyless_button.setText("&Save")
    assert keyless(dialog) == ([], [])
    assert tab_misses(qtbot, dialog) == []


def test_every_screen_fits_a_1280x800_till_at_the_largest_text(
    qtbot, services, member, shop, coffee, owner_signed_in
):
    services.display.set("text_size", "150")
    services.checkout.confirm(
        member.id, CheckoutRequest(amount=40000, items={shop["latte"].id: 3}), "fit-1"
    )
    services.coupons.add_offer(
        CouponOffer(0, "Spring treat", RewardKind.PERCENT_DISCOUNT, 20, valid_days=30)
    )
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    w.open_code(member.card_number)
    too_big = {}
    for what, open_it in cashier_screens(qtbot, w) + owner_screens(qtbot, w):
        screen = open_it() if what == "counter" else opened(qtbot, open_it())
        need = screen.minimumSizeHint().expandedTo(screen.minimumSize())
        if need.width() > 1280 or need.height() > 800:
            too_big[what] = (need.width(), need.height())
        close(screen, w)
    w.scan_filter.uninstall()
    assert too_big == {}, pformat(too_big)
