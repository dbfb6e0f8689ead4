"""Render every picture of the counter and owner guides, in one language.

    uv run python docs/screenshots/render_guides.py --language en   # or hu, vi, nb

Writes docs/screenshots/LANG/*.png (the names in ``PICTURES``, the same in every
language, so a translated guide only swaps ``en`` for its code in the links). Each run
builds a fresh demo shop in a temporary folder, with a fixed clock and time zone, and
drives the app the way a cashier or the owner would, offscreen, with the window at
1280×800. ``loyalty_pos.ui.qt_language.apply`` loads the language's catalogue and locale
first, so words, money and dates are those a shop in that language sees.

Counter pictures show the whole counter (a dialog is drawn over the dimmed counter, as
on screen); owner screens are shown alone, at their own size, so they stay readable
when a guide shrinks them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QMessageLogContext, QPoint, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from loyalty_pos.l10n import translate
from loyalty_pos.services import Services
from loyalty_pos.services.demo import DEMO_OWNER_PIN, populate_demo
from loyalty_pos.services.views import MemberView
from loyalty_pos.store.database import snapshot
from loyalty_pos.ui import qt_language as languages
from loyalty_pos.ui.checkout.amount import format_plain
from loyalty_pos.ui.checkout.offers import Offer
from loyalty_pos.ui.main_window import MainWindow
from loyalty_pos.ui.setup_wizard import SetupWizard

HERE = Path(__file__).resolve().parent
SIZE = (1280, 800)
SHOP = ZoneInfo("Europe/Budapest")
NOW = datetime(2026, 3, 10, 10, 15, tzinfo=SHOP)
OWNER_ID = 2  # the demo shop's owner

# The pictures the guides link to, as docs/screenshots/LANG/NAME.png.
PICTURES = (
    # counter guide
    "counter",  # a member scanned: cards, points, a reward ready, a basket rung up
    "reward",  # F5: the reward ticked, the amber banner says what to give
    "checkout",  # Enter: the green banner, what to charge and what was earned
    # owner guide
    "enrol",  # F3
    "refund",  # F7
    "setup",  # the first-start screen
    "programs",  # F9
    "rewards-setup",  # Shift+F9
    "card-design",  # Ctrl+Shift+D
    "print-cards",  # Ctrl+Shift+P
    "settings",  # F12, 2
    "backups",  # F12, 5
    "reports",  # F10
)


# wanted(view) picks a candidate; wanted(view, offers) checks it once it is open.
Wanted = Callable[..., bool]


class FixedClock:
    def __call__(self) -> datetime:
        return NOW


def quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """Qt's offscreen platform warns for every dialog it cannot size like a desktop
    window manager would; the rest still reaches the terminal."""
    if "propagateSizeHints" not in text:
        print(text, file=sys.stderr)


class Renderer:
    """One demo shop, one window, and the scenes drawn from them in order."""

    def __init__(self, app: QApplication, out: Path, tmp: Path, language: str) -> None:
        self.app = app
        self.out = out
        self.tmp = tmp
        self.language = language
        self.backups = tmp / "backups"
        self.services = Services.open(
            tmp / "shop.sqlite3", clock=FixedClock(), backup_dir=self.backups
        )
        populate_demo(self.services)
        self.services.settings.set("language", language)
        self.window = MainWindow(self.services)
        self.window.resize(*SIZE)
        self.window.show()
        self.settle()
        self.saved: list[str] = []

    # Helpers ----------------------------------------------------------------------

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def save(self, name: str, picture: QPixmap) -> None:
        assert name in PICTURES, name
        picture.save(str(self.out / f"{name}.png"))
        self.saved.append(name)

    def counter(self, name: str) -> None:
        self.settle()
        self.save(name, self.window.grab())

    def over_counter(self, name: str, dialog: QWidget) -> None:
        """The counter, dimmed, with ``dialog`` centred over it, as the cashier sees it."""
        self.settle()
        base = self.window.grab()
        painter = QPainter(base)
        painter.fillRect(base.rect(), QColor(0, 0, 0, 110))
        top = dialog.grab()
        at = QPoint((base.width() - top.width()) // 2, (base.height() - top.height()) // 2)
        painter.drawPixmap(at, top)
        painter.end()
        self.save(name, base)

    def alone(self, name: str, dialog: QWidget) -> None:
        self.settle()
        self.save(name, dialog.grab())

    def member(self, wanted: Wanted) -> MemberView:
        """Open the first demo member (by number, with a two-word name) that ``wanted``
        accepts, first on the member alone, then with the checkout's offers on screen."""
        for member_id in range(1, 400):
            try:
                view = self.services.members.view(member_id)
            except Exception:
                continue
            if not view.card_number or view.name.count(" ") != 1 or not wanted(view):
                continue
            self.window.open_code(view.card_number)
            if wanted(view, self.window.visit_form.offers.offers()):
                return view
        raise SystemExit("no demo member fits a scene; has the demo shop changed?")

    def item(self, name: str) -> int:
        items = self.services.checkout.schemes().items.values()
        local = translate("Demo", name)  # the demo's names are in the guide's language
        return next(i.id for i in items if i.name == local)

    def ring_up(self, basket: dict[str, int]) -> None:
        """Pick the items, and type their total as the amount, as a cashier would."""
        form = self.window.visit_form
        for name, n in basket.items():
            form.items.set_quantity(self.item(name), n)
        form.amount.setText(format_plain(form.items.price_total() or 0, form.currency))
        form.refresh_preview()

    # Counter scenes ---------------------------------------------------------------

    def counter_scenes(self) -> None:
        w = self.window

        def regular_with_reward(view: MemberView, offers: Sequence[Offer] | None = None) -> bool:
            """A coffee reward ready, and points for a catalogue reward too."""
            coffee = translate("Demo", "Coffee card")
            ready = any(c.rewards_ready and c.program == coffee for c in view.cards)
            return ready and (offers is None or {o.kind for o in offers} >= {"stamp", "reward"})

        self.member(regular_with_reward)
        self.ring_up({"Cappuccino": 2, "Croissant": 1})
        self.counter("counter")
        w.redeem()  # F5
        w.visit_form.refresh_preview()
        self.counter("reward")
        w.next_customer()  # Esc: this one is not confirmed

        self.member(lambda view, offers=None: not view.rewards_ready and view.visit_count > 5)
        self.ring_up({"Latte": 2, "Cinnamon bun": 1})
        w.visit_form.confirm()  # Enter
        self.counter("checkout")

        w.refund_visit()  # F7, on the visit just confirmed
        dialog = w.refund_dialog
        dialog.amount.setText(format_plain(750, w.currency))
        dialog.reason.setText(self.words("refund"))
        self.over_counter("refund", dialog)
        dialog.reject()

        w.next_customer()
        w.enroll()  # F3
        dialog = w.enroll_dialog
        dialog.name.setText("Nguyễn Thị Lan")
        dialog.phone.setText("+84 90 765 4321")
        dialog.consent_yes.setChecked(True)
        self.over_counter("enrol", dialog)
        dialog.reject()

    def words(self, key: str) -> str:
        """A few words the cashier types, in the guide's language."""
        return {
            "refund": {
                "en": "Cinnamon bun returned",
                "hu": "Visszahozott fahéjas csiga",
                "vi": "Khách trả lại bánh quế",
                "nb": "Kanelbolle levert tilbake",
            },
        }[key].get(self.language, "")

    # Owner scenes -----------------------------------------------------------------

    def owner_scenes(self) -> None:
        w = self.window
        owner = w.owner_actions
        self.services.staff.open_owner_session(OWNER_ID, DEMO_OWNER_PIN)

        w.open_programs()  # F9
        self.alone("programs", w.programs_dialog)
        w.programs_dialog.reject()

        w.open_setup()  # Shift+F9
        w.setup_dialog.tabs.setCurrentIndex(0)  # points
        self.alone("rewards-setup", w.setup_dialog)
        w.setup_dialog.reject()

        owner.open_settings()  # F12, 2
        self.alone("settings", owner.settings_dialog)
        owner.settings_dialog.reject()

        w.printing.card_design()  # Ctrl+Shift+D
        dialog = w.printing.design_dialog
        self.alone("card-design", dialog)
        dialog.reject()

        w.printing.print_cards()  # Ctrl+Shift+P
        dialog = w.printing.dialog
        dialog.blank.setChecked(True)
        self.alone("print-cards", dialog)
        dialog.reject()

        self.backups_scene()

        owner.open_reports()  # F10
        dialog = owner.reports_dialog
        dialog.preset.setCurrentIndex(dialog.PRESETS.index("month"))
        dialog.resize(*SIZE)
        self.alone("reports", dialog)
        dialog.close()

    def backups_scene(self) -> None:
        """A week of daily backups and one made by hand, named as the app names them."""
        made = snapshot(self.services.db, self.tmp / "made", reason="auto")
        self.backups.mkdir(exist_ok=True)
        for day in range(4, 10):
            target = self.backups / f"loyalty-202603{day:02d}-065812-000000-auto.sqlite3"
            target.write_bytes(made.read_bytes())
        manual = self.backups / "loyalty-20260309-180502-000000-manual.sqlite3"
        manual.write_bytes(made.read_bytes())
        owner = self.window.owner_actions
        owner.open_backups()  # F12, 5
        dialog = owner.backups_dialog
        dialog.hint.setText(
            dialog.hint.text().replace(str(self.backups), r"C:\Users\Shop\AppData\…\backups")
        )
        dialog.resize(1000, 560)
        self.alone("backups", dialog)
        dialog.reject()

    def close(self) -> None:
        self.window.close()
        self.services.close()


def render_setup(app: QApplication, out: Path, tmp: Path, language: str) -> None:
    """The first start: a new shop's one-screen set-up, filled in."""
    services = Services.open(tmp / "new.sqlite3", clock=FixedClock())
    wizard = SetupWizard(services)
    wizard.shop_name.setText("Kávé Sarok")
    wizard.language.setCurrentIndex(wizard.language.findData(language))
    wizard.pin.setText("4827")
    wizard.pin_again.setText("4827")
    wizard.show()
    for _ in range(5):
        app.processEvents()
    wizard.grab().save(str(out / "setup.png"))
    wizard.close()
    services.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", required=True, choices=sorted(languages.LANGUAGES))
    parser.add_argument("--out", type=Path, help="folder (default docs/screenshots/LANG)")
    args = parser.parse_args(argv)
    os.environ["TZ"] = "Europe/Budapest"  # the demo shop's: "today" and dates must not move
    time.tzset()
    out = args.out or HERE / args.language
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    languages.apply(args.language)
    if args.language == "en":  # English follows the computer's locale: pin it
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        render_setup(app, out, tmp, args.language)
        renderer = Renderer(app, out, tmp, args.language)
        try:
            renderer.counter_scenes()
            renderer.owner_scenes()
        finally:
            renderer.close()
    saved = ["setup", *renderer.saved]
    missing = sorted(set(PICTURES) - set(saved))
    if missing:
        print("not rendered:", ", ".join(missing), file=sys.stderr)
        return 1
    print(f"{len(saved)} pictures in {out} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
