"""No screen shows English to a Hungarian, Vietnamese or Norwegian cashier.

The counter is opened on the demo shop in each language, a member is scanned and every
action of the counter and the owner's screens is triggered (modal dialogs are read and
closed by a timer). Two things are caught:

- a lookup the catalogue cannot answer: a string missing from the .ts, or asked for under
  another context than the one it was extracted with (``self.tr`` in a mixin asks for the
  subclass's context, for instance);
- a text on screen that is an English source string: a label that never went through the
  translation at all, or was translated before the catalogue was loaded.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from loyalty_pos.l10n.catalog import extract, read_ts, ts_path
from loyalty_pos.services import Services
from loyalty_pos.services.demo import DEMO_OWNER_PIN, populate_demo
from loyalty_pos.ui import qt_language as languages
from loyalty_pos.ui.main_window import MainWindow

LANGUAGES = ["hu", "vi", "nb"]


class Recorder(QTranslator):
    """The language's catalogue, noting every string of ours it had no answer for."""

    def __init__(self, inner: QTranslator) -> None:
        super().__init__()
        self.inner = inner
        self.misses: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        found = self.inner.translate(context, source, disambiguation, n)
        if not found and source.strip() and not context.startswith("Q"):
            self.misses.add((context, source))
        # A null string, not "": Qt stops at the first translator that returns a non-null
        # string, and an empty one would blank the label instead of showing the source.
        return found or None


def texts_of(widget: QWidget) -> set[str]:
    """Every string a widget tree can show: labels, buttons, titles, tabs, tooltips."""
    out = {widget.windowTitle(), widget.toolTip()}
    for w in [widget, *widget.findChildren(QWidget)]:
        out.add(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            out.add(w.text())
        elif isinstance(w, QLineEdit):
            out.add(w.placeholderText())
        elif isinstance(w, QGroupBox):
            out.add(w.title())
        elif isinstance(w, QComboBox):
            out.update(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            out.update(w.tabText(i) for i in range(w.count()))
    return {t.replace("&", "").strip() for t in out if t and t.strip()}


def english_sources(language: str) -> set[str]:
    """The source strings that read as English words (not "{a} / {b}"), less those the
    language writes the same ("Logo", "Code 128")."""
    same = {
        e.key.source
        for e in read_ts(ts_path(language)).values()
        if e.forms and e.forms[0] == e.key.source
    }
    return {
        key.source.replace("&", "").strip()
        for key in extract().messages
        if sum(c.isalpha() for c in key.source) >= 4
        and "{" not in key.source
        and key.source not in same
    }


@pytest.fixture
def speaking(qapp):
    """Install a language's catalogue behind a recorder; English again afterwards."""
    installed: list[QTranslator] = []

    def speak(language: str) -> Recorder:
        languages.apply(language)
        for translator in languages._installed:
            qapp.removeTranslator(translator)
        inner = QTranslator()
        assert inner.load(str(languages.compiled(language)))
        recorder = Recorder(inner)
        for translator in languages._installed[1:]:  # Qt's own words (qtbase), if any
            qapp.installTranslator(translator)
        qapp.installTranslator(recorder)
        installed.append(recorder)
        return recorder

    yield speak
    for translator in [*installed, *languages._installed]:
        qapp.removeTranslator(translator)
    languages._installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def visit_everything(qtbot, window: MainWindow, services: Services) -> set[str]:
    """Scan a member, then trigger every action and owner screen; the texts seen."""
    seen: set[str] = set()
    app = QApplication.instance()

    def read_modal() -> None:
        modal = app.activeModalWidget()
        if modal is not None:
            seen.update(texts_of(modal))
            modal.close()

    timer = QTimer()
    timer.timeout.connect(read_modal)
    timer.start(30)

    def drain() -> None:
        qtbot.wait(60)
        for top in app.topLevelWidgets():
            if top is not window and top.isVisible():
                seen.update(texts_of(top))
                top.close()

    code = services.members.search("a", limit=1)[0].card_number
    window.search.setText(code)
    window.search.returnPressed.emit()
    qtbot.wait(50)
    seen.update(texts_of(window))
    for action in list(window.actions()):
        if action.property("replacesWindow"):  # text size: a new window (test_text_size)
            continue
        if action.text() and "print" not in action.objectName().lower():
            action.trigger()
            drain()
    owner = window.owner_actions
    for open_screen in (
        owner.open_staff,
        owner.open_settings,
        owner.open_reports,
        owner.open_backups,
        owner.open_import_export,
        owner.open_audit,
        window.open_programs,
        window.open_setup,
    ):
        open_screen()
        drain()
    seen.update(texts_of(window))
    timer.stop()
    return seen


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_speaks_the_language(qtbot, tmp_path, language, speaking):
    recorder = speaking(language)
    services = Services.open(tmp_path / "demo.sqlite3")
    populate_demo(services, members=20)
    services.staff.open_owner_session(2, DEMO_OWNER_PIN)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    try:
        seen = visit_everything(qtbot, window, services)
    finally:
        window.scan_filter.uninstall()
        window.close()
        services.close()
    assert len(seen) > 200  # the walk really went through the screens
    assert sorted(recorder.misses)[:10] == []
    english = english_sources(language)
    shown_in_english = sorted(t for t in seen if t in english)
    assert shown_in_english[:10] == []


def test_the_recorder_notices_a_string_the_catalogue_lacks(qapp, speaking):
    recorder = speaking("hu")
    assert QCoreApplication.translate("MainWindow", "No such words anywhere") == (
        "No such words anywhere"
    )
    assert ("MainWindow", "No such words anywhere") in recorder.misses
