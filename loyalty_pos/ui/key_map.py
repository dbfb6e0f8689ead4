"""The counter's keys, as data: one table from which the key bar, the menus and the
window shortcuts are all built.

Each row is (key sequences, action name, label): the first sequence is the one shown;
the action name is what the object that owns the slot binds (``bind_keys``); the label
keeps the translation context it always had, so the shop's translations still apply.
Where the key appears is part of the row: on the key bar (a button, or only the key
where the screen names it), in a menu, or on one widget of the counter (the checkout).
Dialog-internal keys (a dialog's own Ctrl+S) stay in the dialog that owns them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from .shortcut_bar import ShortcutBar

Sequence = str | QKeySequence.StandardKey

BAR = "bar"  # a button on the key bar and a window shortcut
NAMED = "named"  # a window shortcut, no button: the screen names the key where it acts
SHOWN = "shown"  # a button on the key bar only (Enter: the checkout handles it)
MENU = "menu"  # an entry of the window's menu ``menu`` with its shortcut
WIDGET = "widget"  # a shortcut of one widget and its children (the checkout)


@dataclass(frozen=True)
class Key:
    """One row of the key map."""

    keys: tuple[Sequence, ...]
    action: str
    context: str  # the translation context of the labels
    label: str
    place: str = BAR
    short: str | None = None  # the bar's one-word label
    menu: str = ""

    @property
    def key(self) -> str:
        """The first sequence, as the key bar, the menus and ``actions_by_key`` name it."""
        first = self.keys[0]
        return first if isinstance(first, str) else QKeySequence(first).toString()

    def text(self) -> str:
        return QCoreApplication.translate(self.context, self.label)

    def short_text(self) -> str | None:
        return QCoreApplication.translate(self.context, self.short) if self.short else None


# The contexts the labels always had (their translations are filed under them).
MW = "MainWindow"
OA = "OwnerActions"
PA = "PrintActions"
RA = "RewardActions"
CA = "ComfortActions"
TP = "PartDialog"  # the Ctrl+H dialog's title names what the key does

KEY_MAP: tuple[Key, ...] = (
    Key(
        ("F2",),
        "search",
        MW,
        QT_TRANSLATE_NOOP(MW, "Search"),
        short=QT_TRANSLATE_NOOP(MW, "Search"),
    ),
    Key(
        ("F3",),
        "enroll",
        MW,
        QT_TRANSLATE_NOOP(MW, "Enroll"),
        short=QT_TRANSLATE_NOOP(MW, "Enroll"),
    ),
    Key(
        ("F4",),
        "edit_member",
        MW,
        QT_TRANSLATE_NOOP(MW, "Edit member…"),
        short=QT_TRANSLATE_NOOP(MW, "Edit"),
    ),
    Key(
        ("F5",),
        "redeem",
        MW,
        QT_TRANSLATE_NOOP(MW, "Redeem reward"),
        short=QT_TRANSLATE_NOOP(MW, "Redeem"),
    ),
    Key(
        ("Enter",),
        "confirm",
        MW,
        QT_TRANSLATE_NOOP(MW, "Confirm visit"),
        SHOWN,
        short=QT_TRANSLATE_NOOP(MW, "OK"),
    ),
    Key(
        ("F7",),
        "refund",
        MW,
        QT_TRANSLATE_NOOP(MW, "Refund…"),
        short=QT_TRANSLATE_NOOP(MW, "Refund"),
    ),
    Key(
        ("F8",),
        "void",
        MW,
        QT_TRANSLATE_NOOP(MW, "Void visit…"),
        short=QT_TRANSLATE_NOOP(MW, "Void"),
    ),
    Key(
        ("Esc",),
        "next_customer",
        MW,
        QT_TRANSLATE_NOOP(MW, "Next customer"),
        short=QT_TRANSLATE_NOOP(MW, "Next"),
    ),
    Key(
        ("Ctrl+S",),
        "save_notes",
        MW,
        QT_TRANSLATE_NOOP(MW, "Save notes"),
        short=QT_TRANSLATE_NOOP(MW, "Notes"),
    ),
    Key(
        ("F9",),
        "programs",
        MW,
        QT_TRANSLATE_NOOP(MW, "Programs…"),
        short=QT_TRANSLATE_NOOP(MW, "Cards"),
    ),
    Key(
        ("Shift+F9",),
        "setup",
        MW,
        QT_TRANSLATE_NOOP(MW, "Rewards set-up…"),
        short=QT_TRANSLATE_NOOP(MW, "Rewards"),
    ),
    # Straight to the coupon field and the Apply list: their labels name the keys.
    # O as in the coupOn offers' Ctrl+Shift+O; L as the owner's screens' Ctrl+L.
    Key(("Ctrl+O",), "coupon", MW, QT_TRANSLATE_NOOP(MW, "Coupon code"), NAMED),
    Key(("Ctrl+L",), "apply", MW, QT_TRANSLATE_NOOP(MW, "Apply"), NAMED),
    # "How much": part of the credit, points or a gift card (the checkout's own key).
    Key(("Ctrl+H",), "edit_part", TP, QT_TRANSLATE_NOOP(TP, "How much?"), WIDGET),
    Key(
        ("F6",),
        "feedback",
        OA,
        QT_TRANSLATE_NOOP(OA, "Ask for feedback"),
        short=QT_TRANSLATE_NOOP(OA, "Feedback"),
    ),
    Key(
        ("F10",),
        "reports",
        OA,
        QT_TRANSLATE_NOOP(OA, "Reports…"),
        short=QT_TRANSLATE_NOOP(OA, "Reports"),
    ),
    Key(
        ("F11",),
        "switch_cashier",
        OA,
        QT_TRANSLATE_NOOP(OA, "Switch cashier…"),
        short=QT_TRANSLATE_NOOP(OA, "Cashier"),
    ),
    Key(
        ("F12",),
        "owner_menu",
        OA,
        QT_TRANSLATE_NOOP(OA, "Owner…"),
        short=QT_TRANSLATE_NOOP(OA, "Owner"),
    ),
    Key(
        ("Ctrl+P",),
        "print_card",
        PA,
        QT_TRANSLATE_NOOP(PA, "Print this member's card…"),
        MENU,
        menu="print",
    ),
    Key(
        ("Ctrl+Shift+P",),
        "print_cards",
        PA,
        QT_TRANSLATE_NOOP(PA, "Print cards…"),
        MENU,
        menu="print",
    ),
    Key(
        ("Ctrl+R",),
        "print_slip",
        PA,
        QT_TRANSLATE_NOOP(PA, "Print slip for the last visit…"),
        MENU,
        menu="print",
    ),
    Key(("",), "slip_pdf", PA, QT_TRANSLATE_NOOP(PA, "Save slip as PDF…"), MENU, menu="print"),
    Key(
        ("Ctrl+Shift+L",),
        "replace_card",
        PA,
        QT_TRANSLATE_NOOP(PA, "Lost card: replace…"),
        MENU,
        menu="print",
    ),
    Key(
        ("Ctrl+Shift+D",),
        "card_design",
        PA,
        QT_TRANSLATE_NOOP(PA, "Card design…"),
        MENU,
        menu="print",
    ),
    Key(
        ("Ctrl+G",),
        "gift_cards",
        RA,
        QT_TRANSLATE_NOOP(RA, "Gift cards: sell or look up…"),
        MENU,
        menu="rewards",
    ),
    Key(
        ("Ctrl+Shift+O",),
        "coupon_offers",
        RA,
        QT_TRANSLATE_NOOP(RA, "Coupon offers…"),
        MENU,
        menu="rewards",
    ),
    Key(
        ("Ctrl+Shift+A",),
        "adjust",
        RA,
        QT_TRANSLATE_NOOP(RA, "Correct this member's balance…"),
        MENU,
        menu="rewards",
    ),
    Key(
        ("Ctrl+Shift+U",),
        "unusual",
        RA,
        QT_TRANSLATE_NOOP(RA, "Unusual activity today…"),
        MENU,
        menu="rewards",
    ),
    # "=" is "+" without Shift.
    Key(
        (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
        "larger",
        CA,
        QT_TRANSLATE_NOOP(CA, "Larger text"),
        MENU,
        menu="view",
    ),
    Key(
        (QKeySequence.StandardKey.ZoomOut,),
        "smaller",
        CA,
        QT_TRANSLATE_NOOP(CA, "Smaller text"),
        MENU,
        menu="view",
    ),
    Key(
        ("Ctrl+0",), "normal_size", CA, QT_TRANSLATE_NOOP(CA, "Normal text size"), MENU, menu="view"
    ),
)

BY_ACTION: dict[str, Key] = {k.action: k for k in KEY_MAP}


def key_of(action: str) -> str:
    """The key of ``action`` as text ("Ctrl+O"), for the labels that name it."""
    return BY_ACTION[action].key


def sequences(entry: Key) -> list[QKeySequence]:
    return [QKeySequence(k) for k in entry.keys if k != ""]


def bind_keys(
    window: QWidget,
    slots: Mapping[str, Callable[[], None]],
    *,
    bar: ShortcutBar | None = None,
    menu: QMenu | None = None,
) -> dict[str, QAction]:
    """Actions for the rows whose action is in ``slots``, placed as the map says (on
    ``bar``, or in ``menu``); returned by key ("F2", or the label for a row without
    one), the way the counter and the tests name them."""
    out: dict[str, QAction] = {}
    for entry in KEY_MAP:
        slot = slots.get(entry.action)
        if slot is None:
            continue
        if entry.place in (BAR, NAMED, SHOWN) and bar is not None:
            action = bar.bind(
                window,
                entry.key,
                entry.text(),
                slot,
                shortcut=entry.place != SHOWN,
                short=entry.short_text(),
                button=entry.place != NAMED,
            )
        elif entry.place == MENU:
            action = QAction(entry.text(), window)
            keys = sequences(entry)
            if keys:
                action.setShortcuts(keys)
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            window.addAction(action)
            if menu is not None:
                menu.addAction(action)
        else:
            continue
        out[entry.key or entry.text()] = action
    return out


def widget_shortcut(owner: QWidget, action: str, slot: Callable[[], None]) -> QShortcut:
    """A ``WIDGET`` row: the key acts while the focus is in ``owner`` (the checkout)."""
    shortcut = QShortcut(sequences(BY_ACTION[action])[0], owner)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
