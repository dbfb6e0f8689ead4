"""Composition root: arguments, data file, services, main window.

``loyalty-pos`` opens the counter; ``loyalty-pos admin ...`` runs the admin command
line over the same services without starting the GUI.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .domain.errors import ERRORS, QT_TRANSLATE_NOOP
from .paths import is_url, known_shops_file, resolve_db, set_app_identity, state_dir
from .services import Services
from .services.outbox import Outbox
from .services.till_identity import TillIdentity
from .services.wiring import open_services
from .win_console import attach_parent_console

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from .ui.main_window import MainWindow

# The lost shop's dialog buttons, marked here (a module-level import the catalogue's
# extractor can follow) and translated when the dialog is shown.
RESTORE_NEWEST = QT_TRANSLATE_NOOP(ERRORS, "Restore the newest backup")
QUIT = QT_TRANSLATE_NOOP(ERRORS, "Quit")
NO_COPY = QT_TRANSLATE_NOOP(
    ERRORS,
    "This till has no copy of the member list yet (it is made while the server answers), "
    "so it cannot start without the server.",
)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="loyalty-pos",
        description="Offline loyalty terminal. 'loyalty-pos admin --help' for the admin commands.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file (default: per-user data dir), or postgresql://user@host/db",
    )
    parser.add_argument("--demo", action="store_true", help="open the demo shop (its own file)")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="full screen with no window frame, this time (the 'kiosk' setting: every time)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation on a temporary database, print the results, exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def show_app_icon(app) -> None:
    """The icon in the title bar and task bar. Wayland takes it from the menu entry
    whose name is the desktop file name (docs/install.md installs loyalty-pos.desktop)."""
    from PySide6.QtGui import QIcon

    from .bundle import ICON_NAME, icon_path

    app.setDesktopFileName(ICON_NAME)
    if icon_path().is_file():
        app.setWindowIcon(QIcon(str(icon_path())))


def offer_backup(text: str, backup: Path | None, db_path: Path) -> bool:
    """The lost or damaged shop's dialog (findings 1, 2): what is wrong, and the newest
    backup to put back. Never the set-up wizard, which would write an empty shop where
    the real one was. True when the backup is in place (restored through the backups
    service, which verifies it; the file found there kept aside)."""
    from PySide6.QtWidgets import QMessageBox

    from .domain.errors import UserError
    from .l10n import message, translate
    from .services import shop_identity
    from .services.wiring import backup_dir

    box = QMessageBox(QMessageBox.Icon.Critical, "Loyalty POS", text)
    restore = None
    if backup is not None:
        restore = box.addButton(
            translate(ERRORS, RESTORE_NEWEST), QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(translate(ERRORS, QUIT), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore or backup is None:
        return False
    try:
        shop_identity.restore_lost(db_path, backup, backup_dir(db_path), known_shops_file())
    except (UserError, OSError) as exc:
        text = message(exc) if isinstance(exc, UserError) else str(exc)
        QMessageBox.critical(None, "Loyalty POS", text)
        return False
    return True


def open_shop(db_path: Path, *, demo: bool) -> Services | None:
    """Open the shop the way the till does, refusing a lost one (finding 1): a missing,
    empty or foreign file where a shop was remembered. A damaged file opens read-only
    (the counter's red strip says so); one too damaged to open is offered its newest
    backup. None: the till does not start."""
    from PySide6.QtWidgets import QMessageBox

    from .l10n import message
    from .services import shop_identity
    from .services.wiring import backup_dir
    from .store.database import ShopDamaged, StoreError

    memory = known_shops_file()
    if not demo:  # the demo shop may be made again as ever
        lost = shop_identity.inspect(db_path, memory, backup_dir(db_path))
        if lost is not None and not offer_backup(message(lost.refusal()), lost.backup, db_path):
            return None
    try:
        services = open_services(db_path, demo=demo)
    except ShopDamaged as exc:
        backup = shop_identity.newest_backup(backup_dir(db_path))
        if not offer_backup(str(exc), backup, db_path):
            return None
        return open_shop(db_path, demo=demo)
    except StoreError as exc:
        QMessageBox.critical(None, "Loyalty POS", str(exc))
        return None
    if not demo:
        shop_identity.remember(db_path, services.db, memory)
    return services


def shown_safely(text: str, url: str) -> str:
    """``text`` with the URL's password (if any) blotted out, wherever it appears."""
    from urllib.parse import urlsplit

    from .store.pg.server import hide_password

    text = text.replace(url, hide_password(url))
    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    return text.replace(password, "***") if password else text


@dataclass
class OfflineStart:
    """The server cannot be reached and the till has a copy of the members: it starts
    on the offline counter (``ui/offline_counter.py``)."""

    url: str
    till: TillIdentity
    outbox: Outbox


def open_on_server(url: str, *, demo: bool) -> Services | OfflineStart | None:
    """Open the shop on a server as this till: named first (asked once, on its first
    start against a server: ``ui/till_dialog.py``). A server that cannot be reached
    while the till has a copy of the members (it synced before): the offline counter
    (``OfflineStart``). Without a copy, or a server that refuses, a message box with
    the server's words (never the password); None: the till does not start. The
    file-only steps (the shop's memory, damage marks, backups beside the file) have no
    place here: the server keeps its own."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from .l10n import translate
    from .services.offline_copy_refresh import outbox_of, server_gone
    from .store.database import StoreError
    from .store.pg.server import ServerBehind, ServerUnreachable
    from .ui.till_dialog import till_for

    till = None
    try:
        till = till_for(url, state_dir())
        if till is None:
            return None
        return open_services(url, demo=demo, till=till.name, branch=till.branch)
    except (ServerUnreachable, ServerBehind, StoreError, sqlite3.Error, OSError) as exc:
        text = shown_safely(str(exc), url)
        if isinstance(exc, ServerUnreachable) or server_gone(exc):
            outbox = outbox_of(state_dir(), till.name) if till is not None else None
            if outbox is not None and till is not None:
                return OfflineStart(url, till, outbox)
            text += "\n\n" + translate(ERRORS, NO_COPY)
        QMessageBox.critical(None, "Loyalty POS", text)
        return None


#: Set to a file path, the app writes the monotonic time of the main window's first paint
#: there and ends at once: ``benchmarks/startup.py`` times start-up to the window with it.
FIRST_PAINT_ENV = "LOYALTY_POS_FIRST_PAINT"


def note_first_paint(app, path: str) -> None:
    """Write the time of the main window's first paint to ``path``, then end the process
    (the start-up jobs it started are not what is measured, and a benchmark's copy of a
    shop is thrown away)."""
    import time

    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow":
                Path(path).write_text(repr(time.monotonic()), encoding="utf-8")
                sys.stdout.flush()
                os._exit(0)
            return False

    app._first_paint = FirstPaint(app)  # kept alive with the application
    app.installEventFilter(app._first_paint)


def open_counter(services: Services, args: argparse.Namespace) -> MainWindow | None:
    """The set-up wizard on a new shop, the shop's language, the counter on screen and
    its start-up jobs; None when the wizard was cancelled (the services closed)."""
    from .ui import qt_language
    from .ui.main_window import MainWindow
    from .ui.window_fit import show_on_till

    if not services.setup.is_done():
        from .ui.setup_wizard import SetupWizard

        if SetupWizard(services).exec() != SetupWizard.DialogCode.Accepted:
            services.close()
            return None
    qt_language.apply(services.settings.get("language"))
    window = MainWindow(services)
    window.setProperty("kiosk_forced", args.kiosk)  # the setting cannot turn it off
    show_on_till(window, kiosk=args.kiosk or services.display.get().kiosk)
    window.after_start()
    return window


def offline_counter(
    args: argparse.Namespace, start: OfflineStart, kept: dict[str, QMainWindow]
) -> QMainWindow:
    """The offline counter on the till's copy; the full counter once the server is back
    (its queued visits sent first, exactly once), kept in ``kept["counter"]``."""
    from PySide6.QtWidgets import QApplication

    from .services.offline_copy_refresh import CURRENCY, LANGUAGE, SHOP_NAME, copy_meta
    from .ui import qt_language
    from .ui.offline_counter import OfflineCounter

    language = copy_meta(start.outbox, LANGUAGE)
    if language:
        qt_language.apply(language)

    def reconnect() -> Services:
        return open_services(start.url, till=start.till.name, branch=start.till.branch)

    def back(services: Services, sent: int) -> None:
        window = open_counter(services, args)
        if window is None:
            QApplication.quit()
            return
        kept["counter"] = window
        window.offline.said_back(sent)

    offline = OfflineCounter(
        start.outbox,
        state_dir(),
        url=start.url,
        reconnect=reconnect,
        on_back=back,
        currency=copy_meta(start.outbox, CURRENCY),
        shop=copy_meta(start.outbox, SHOP_NAME),
    )
    kept["offline"] = offline
    return offline


def run_offline(app: QApplication, args: argparse.Namespace, start: OfflineStart) -> int:
    from .ui.window_fit import show_on_till

    kept: dict[str, QMainWindow] = {}
    show_on_till(offline_counter(args, start, kept), kiosk=args.kiosk)
    return app.exec()


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from . import fonts
    from .ui import qt_language

    set_app_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    show_app_icon(app)
    if os.environ.get(FIRST_PAINT_ENV):
        note_first_paint(app, os.environ[FIRST_PAINT_ENV])
    fonts.load()  # before any window is measured, the set-up wizard's included
    qt_language.apply(qt_language.SYSTEM)  # the set-up wizard speaks the computer's language
    target = resolve_db(args.db, demo=args.demo)
    if is_url(target):
        services = open_on_server(str(target), demo=args.demo)
    else:
        services = open_shop(Path(target), demo=args.demo)
    if services is None:
        return 1
    if isinstance(services, OfflineStart):
        return run_offline(app, args, services)
    if open_counter(services, args) is None:
        return 0
    code = app.exec()
    if not args.demo and not is_url(target):  # as the till leaves it: the next start
        from .services import shop_identity  # compares with this

        shop_identity.remember(Path(target), services.db, known_shops_file())
    return code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    attach_parent_console(argv)
    if argv and argv[0] == "admin":
        from .cli import main as admin_main

        return admin_main(argv[1:])
    if argv and argv[0] == "refresh-copy":  # the counter's own child (copy_refresh_process)
        from .services.copy_refresh_process import child_main

        return child_main()
    args = parse_args(argv)
    if args.self_check:
        from .self_check import main as self_check

        return self_check()
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
