"""``loyalty-pos --self-check``: does this installation work? One line per check.

Meant for the person who just installed or updated the app on a till, for support on the
phone, and for the build test that runs it on the freshly built folder. It works in a
temporary folder and never opens or creates the shop's own file.

It always runs on Qt's ``offscreen`` platform: the answer must not depend on whether a
screen is attached (a build server, a remote session, CI) and nothing may flash up on the
shop's screen. Whether the desktop's own platform plugins were shipped is a check of its
own (``qt plugins``), by looking for the files.

Each check returns a short detail line or raises :class:`CheckFailed` with the reason;
the first failure stops the run (later checks need the earlier ones' results) and the
exit status is 1.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .bundle import is_frozen, native_platforms, plugin_stem, resource_dir

# Known strings to translate, kept out of the app's catalogue extraction (which reads
# only literal arguments): the counter's first line, and a word of Qt's own catalogue.
APP_SAMPLE = ("MainWindow", "Ready. Scan a card, or search by name or phone (F2).")
QT_SAMPLE = ("QPlatformTheme", "Cancel")


class CheckFailed(Exception):
    """A check found the installation broken; the message says how."""


@dataclass
class Context:
    """What the checks hand on to each other, in one temporary folder."""

    folder: Path
    services: Any = None
    window: Any = None
    faces: list = field(default_factory=list)

    def close(self) -> None:
        if self.window is not None:
            self.window.scan_filter.uninstall()
            self.window.close()
            self.window.deleteLater()
        if self.services is not None:
            self.services.close()


Check = tuple[str, Callable[[Context], str]]


def check_app(_ctx: Context) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    where = f"installed in {Path(sys.executable).parent}" if is_frozen() else "from source"
    return (
        f"Loyalty POS {__version__} {where}; Python {platform.python_version()}, "
        f"Qt {qVersion()}, PySide6 {pyside_version}"
    )


def check_qt_plugins(_ctx: Context) -> str:
    """The plugins a desktop needs to show the window, and the printer one on Linux.

    Each is loaded, not only looked for: loading fails when a library it needs is
    missing (from the folder, or from the system, like Wayland's on an X11-only PC). One
    desktop platform that loads is enough: an X11 machine has no Wayland libraries."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    files = _plugin_files(plugins / "platforms")
    missing = [name for name in (*native_platforms(), "offscreen") if name not in files]
    if missing:
        raise CheckFailed(f"platform plugins missing from {plugins}: {', '.join(missing)}")
    loaded, failed = [], []
    for name in native_platforms():
        error = _load_error(files[name])
        if error:
            failed.append(f"{name}: {error}")
        else:
            loaded.append(name)
    if native_platforms() and not loaded:
        raise CheckFailed("no desktop platform plugin loads: " + "; ".join(failed))
    detail = f"platforms {', '.join([*loaded, 'offscreen'])} load"
    if failed:
        detail += f" (not {'; '.join(failed)})"
    if sys.platform.startswith("linux"):
        cups = _plugin_files(plugins / "printsupport").get("cupsprintersupport")
        if cups is None:
            raise CheckFailed(f"the printer plugin (CUPS) is missing from {plugins}")
        error = _load_error(cups)
        if error:
            raise CheckFailed(f"the printer plugin (CUPS) does not load: {error}")
        detail += "; printing via CUPS"
    return detail


def check_fonts(_ctx: Context) -> str:
    """The typeface the screens and printed cards are laid out in (``fonts.py``): every
    file there and loaded, so the till looks as it was tested whatever its own fonts."""
    from PySide6.QtGui import QFont, QFontInfo

    from . import fonts

    missing = [name for name in fonts.FILES if not (fonts.font_dir() / name).is_file()]
    if missing:
        raise CheckFailed(f"fonts missing from {fonts.font_dir()}: {', '.join(missing)}")
    families = fonts.load()
    if families != [fonts.FAMILY, fonts.SYMBOLS]:
        raise CheckFailed(f"the fonts in {fonts.font_dir()} do not load (got {families})")
    for family in families:
        used = QFontInfo(QFont(family)).family()
        if used != family:
            raise CheckFailed(f"{family} is loaded but Qt draws {used}")
    return f"{', '.join(families)} ({len(fonts.FILES)} files) for the screens and printing"


def _plugin_files(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    return {plugin_stem(p.name): p for p in folder.iterdir() if p.is_file()}


def _load_error(plugin: Path) -> str | None:
    """Why Qt cannot load ``plugin`` (the missing library, usually), or None if it can."""
    from PySide6.QtCore import QPluginLoader

    loader = QPluginLoader(str(plugin))
    if loader.load():
        return None
    text = loader.errorString()  # "Cannot load library PATH: libwayland-cursor.so.0: ..."
    return text.split(": ", 1)[1] if text.startswith("Cannot load library") else text


def check_database(ctx: Context) -> str:
    """A new file through the normal start-up path: migrations, then the demo shop."""
    from .services.wiring import open_services
    from .store.migrations import MIGRATIONS

    ctx.services = open_services(ctx.folder / "self-check.sqlite3", demo=True)
    db = ctx.services.db
    pending = MIGRATIONS.pending(db)
    if pending:
        raise CheckFailed(f"migrations not applied: {', '.join(m.name for m in pending)}")
    report = ctx.services.maintenance.check()
    if not report.ok:
        raise CheckFailed("; ".join(report.problems))
    members = ctx.services.members.count()
    if members == 0:
        raise CheckFailed("the demo shop has no members")
    return (
        f"{len(MIGRATIONS.applied(db))} migrations, demo shop with {members} members, "
        "integrity and ledger sums hold"
    )


def check_window(ctx: Context) -> str:
    """The counter window, and a card scanned into it the way a USB scanner types."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow
    from .ui.sounds import RecordingPlayer

    if ctx.services is None:
        raise CheckFailed("no database to show")
    window = ctx.window = MainWindow(ctx.services)
    window.show()
    QApplication.processEvents()
    face = next(iter(ctx.services.cards.all_faces()), None)
    if face is None:
        raise CheckFailed("no member card to scan")
    ctx.faces = [face]
    scanned: list[str] = []
    window.scan_filter.scanned.connect(lambda code, _where: scanned.append(code))
    window.sounds.use(RecordingPlayer())  # a check makes no noise
    target = window.search
    keys = [(ord(ch), ch) for ch in face.card_number] + [(Qt.Key.Key_Return, "\r")]
    for key, text in keys:  # through the application's scan filter, as a scanner's keys
        press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        QApplication.sendEvent(target, press)
    QApplication.processEvents()
    if scanned != [face.card_number]:
        raise CheckFailed(f"the scanner's keys were not taken as a scan (got {scanned})")
    shown = window.current_member
    if shown is None or shown.card_number != face.card_number:
        raise CheckFailed(f"scanning card {face.card_number} did not open its member")
    if window.panel.name.text() != face.name:
        raise CheckFailed(f"the member panel shows {window.panel.name.text()!r}, not {face.name}")
    size = f"{window.width()}×{window.height()}"
    return f"counter {size}; scanned {face.card_number}, panel shows {face.name}"


def check_translations(_ctx: Context) -> str:
    """Every catalogue is there, loads and translates the counter's first line, both as
    Qt reads it (compiled) and as the services read it (the .ts, without Qt); Qt's own
    Hungarian words translate too."""
    from PySide6.QtCore import QTranslator

    from .l10n import LANGUAGES
    from .l10n import catalogue as l10n_catalogue

    for language in LANGUAGES:
        path = _catalogue(language)
        translator = QTranslator()
        if not translator.load(str(path)):
            raise CheckFailed(f"{path.name} does not load")
        if language != "en" and translator.translate(*APP_SAMPLE) in ("", APP_SAMPLE[1]):
            raise CheckFailed(f"{path.name} does not translate {APP_SAMPLE[1]!r}")
        words = l10n_catalogue.load(language)
        if language != "en" and words.translate(*APP_SAMPLE) in ("", APP_SAMPLE[1]):
            folder = l10n_catalogue.catalogue_dir()
            raise CheckFailed(f"loyalty_pos_{language}.ts in {folder} does not translate")
    qt_hu = resource_dir() / "i18n" / "qtbase_hu.qm"
    if not qt_hu.is_file():
        qt_hu = _pyside_dir() / "Qt" / "translations" / "qtbase_hu.qm"
    qt = QTranslator()
    if not qt.load(str(qt_hu)):
        raise CheckFailed(f"Qt's Hungarian catalogue {qt_hu} does not load")
    cancel = qt.translate(*QT_SAMPLE)
    if cancel in ("", QT_SAMPLE[1]):
        raise CheckFailed(f"{qt_hu.name} does not translate {QT_SAMPLE[1]!r}")
    return (
        f"{', '.join(LANGUAGES)} load and translate the counter's first line; "
        f"Qt's Cancel in Hungarian: {cancel}"
    )


def _catalogue(language: str) -> Path:
    """The compiled catalogue, found the way the app finds it: bundled when installed;
    run from source, compiled from the .ts into the user's cache."""
    from .ui import qt_language

    try:
        path = qt_language.compiled(language)
    except (OSError, subprocess.CalledProcessError) as exc:
        raise CheckFailed(f"cannot compile the {language} catalogue: {exc}") from None
    if path is None:
        folder = resource_dir() / "i18n"
        raise CheckFailed(f"loyalty_pos_{language}.qm is missing from {folder}")
    return path


def _pyside_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent


def check_printing(ctx: Context) -> str:
    """A member card through the printer path the Print dialog uses, into a PDF."""
    from PySide6.QtPrintSupport import QPrinter

    from .printing.document import paint_on_printer, prepare_printer

    if ctx.services is None or not ctx.faces:
        raise CheckFailed("no member card to print")
    pdf = ctx.folder / "card.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    prepare_printer(printer, "cr80")
    drawn = paint_on_printer(printer, "cr80", ctx.services.cards.design(), ctx.faces)
    if drawn != 1 or not pdf.is_file():
        raise CheckFailed(f"the card was not printed to {pdf}")
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 1000:
        raise CheckFailed(f"{pdf} is not a PDF with a card on it ({len(data)} bytes)")
    return f"member card to PDF ({len(data) // 1024} KB)"


def check_charts(ctx: Context) -> str:
    """The owner's reports chart (QtCharts), drawn from the demo shop's last 12 months."""
    from .ui.reports.charts import visits_sales_chart

    if ctx.services is None:
        raise CheckFailed("no database to report on")
    start, end = ctx.services.reports.presets()["year"]
    dashboard = ctx.services.reports.dashboard(start, end)
    view = visits_sales_chart(dashboard.series, dashboard.unit, "HUF")
    view.resize(640, 320)
    picture = view.grab()
    view.deleteLater()
    if picture.isNull():
        raise CheckFailed("the visits chart did not draw")
    return f"visits and sales chart, {len(dashboard.series)} points"


CHECKS: tuple[Check, ...] = (
    ("app", check_app),
    ("qt plugins", check_qt_plugins),
    ("fonts", check_fonts),
    ("database", check_database),
    ("window", check_window),
    ("translations", check_translations),
    ("printing", check_printing),
    ("charts", check_charts),
)


def run(checks: Sequence[Check] = CHECKS, out: TextIO | None = None) -> int:
    """Run ``checks`` in order, printing ``ok   name: detail`` or ``FAIL name: reason``;
    0 when all pass, 1 at the first failure."""
    out = out or sys.stdout
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is None:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["loyalty-pos", "--self-check"])
    previous = qInstallMessageHandler(_quiet_offscreen)
    status = 0
    with tempfile.TemporaryDirectory(prefix="loyalty-pos-check-") as tmp:
        ctx = Context(Path(tmp))
        try:
            for name, check in checks:
                try:
                    detail = check(ctx)
                except CheckFailed as exc:
                    print(f"FAIL {name}: {exc}", file=out)
                    status = 1
                    break
                except Exception as exc:  # a crash is a failed check, with its reason
                    print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=out)
                    status = 1
                    break
                print(f"ok   {name}: {detail}", file=out)
        finally:
            ctx.close()
            app.processEvents()
            qInstallMessageHandler(previous)
    print("self-check passed" if status == 0 else "self-check FAILED", file=out)
    return status


def _quiet_offscreen(_kind, _context, text: str) -> None:
    """Qt's messages to stderr as usual, less the offscreen platform's remark that it
    cannot resize windows to their hints, which says nothing about the installation."""
    if "propagateSizeHints" not in text:
        print(text, file=sys.stderr)


def main() -> int:
    return run()
