"""The owner's import and export screen (F12, 6), behind the owner's PIN.

Import members: Ctrl+O picks a CSV file and the preview shows every row, broken rows
in red with their line number and reasons. Import (Ctrl+I) stays disabled while a row
is broken, unless the owner ticks "skip the broken rows" (Ctrl+K); Ctrl+B shows only
the broken rows. What is imported is exactly the file that was previewed (its bytes are
kept), checked once more before it is written. The import writes in short chunks (the
tills go on checking out); between chunks the dialog repaints and says how far it got.
An import of the same file that stopped half-way is said so: Import goes on with it,
Ctrl+D discards it.

Export: 1, 2 or 3 chooses members, visits or the ledger; Ctrl+E asks where and writes
the CSV. Ctrl+1 and Ctrl+2 switch between the two tabs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QDir, QEventLoop, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import Changes
from ..domain.import_columns import ACCOUNT_LABELS, FIELD_LABELS, IMPORT
from ..l10n import message, translate
from ..services import Services
from ..services.exports import suggested_name
from ..services.imports import ImportPreview, ImportRefused, ImportResult, read_file
from . import theme
from .bus import ChangeBus
from .import_preview import PROBLEMS, PreviewModel
from .ops import Ops

log = logging.getLogger(__name__)
ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16"}


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a long import or export runs on the GUI thread."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class ImportExportDialog(QDialog):
    """Import members from CSV (with a preview), export members, visits or the ledger."""

    def __init__(
        self,
        services: Services,
        currency: str,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
        bus: ChangeBus | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.ops = ops or Ops.detached()
        if bus is not None:  # a member enrolled meanwhile may be a duplicate now
            bus.changed.connect(self._changed)
        self.currency = currency
        self.data: bytes | None = None  # the previewed file, imported as it was seen
        self.file_name = ""
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("Import and export"))
        theme.apply(self)
        self.resize(1240, 720)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._import_tab(), self.tr("Import members (Ctrl+1)"))
        self.tabs.addTab(self._export_tab(), self.tr("Export (Ctrl+2)"))
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        for key, slot in (
            ("Ctrl+1", lambda: self.show_tab(0)),
            ("Ctrl+2", lambda: self.show_tab(1)),
            ("Ctrl+O", self.choose_file),
            ("Ctrl+I", self.run_import),
            ("Ctrl+K", lambda: self._toggle(self.skip)),
            ("Ctrl+B", lambda: self._toggle(self.broken_only)),
            ("Ctrl+E", self.choose_export),
            ("Ctrl+D", self.discard_unfinished),
        ):
            QShortcut(QKeySequence(key), self, activated=slot)
        self._refresh()

    @staticmethod
    def _toggle(box: QCheckBox) -> None:
        """Ctrl+K and Ctrl+B act only while their box is shown (a row is broken)."""
        if not box.isHidden():  # hidden by _refresh; a tab not shown does not count
            box.toggle()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        if index == 1:
            self.kind_buttons.checkedButton().setFocus()
        else:
            self.open_button.setFocus()

    # Import ---------------------------------------------------------------------------

    def _import_tab(self) -> QWidget:
        page = QWidget(self)
        self.open_button = QPushButton(self.tr("Choose a CSV file… (Ctrl+O)"), page)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen yet."), page)
        self.file_label.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.file_label, 1)
        self.summary = QLabel("", page)
        self.summary.setWordWrap(True)
        theme.set_font(self.summary, theme.CARD_TITLE_PT, bold=True)
        self.columns_label = QLabel("", page)
        self.columns_label.setObjectName("hint")
        self.columns_label.setWordWrap(True)
        self.error = QLabel("", page)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.model = PreviewModel(self.currency, self)
        self.table = QTableView(page)
        theme.touch_rows(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.details = QLabel("", page)
        self.details.setWordWrap(True)
        self.details.setObjectName("inlineError")
        self.broken_only = QCheckBox(self.tr("Show only the broken rows (Ctrl+B)"), page)
        self.broken_only.toggled.connect(self._filter)
        self.skip = QCheckBox("", page)
        self.skip.toggled.connect(self._refresh)
        self.import_button = QPushButton("", page)
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.run_import)
        self.outcome = QLabel("", page)
        self.outcome.setWordWrap(True)
        theme.set_font(self.outcome, theme.CARD_TITLE_PT, bold=True)
        self.discard_button = QPushButton(self.tr("Discard the unfinished import (Ctrl+D)"), page)
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard_unfinished)
        self.discard_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.skip, 1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.import_button)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.broken_only)
        layout.addLayout(actions)
        layout.addWidget(self.outcome)
        return page

    def choose_file(self) -> None:
        self.show_tab(0)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import members"),
            QDir.homePath(),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and preview ``path``; a file that cannot be imported at all says why."""
        self.data, self.preview, self.imported = None, None, None
        self.file_name = path.name
        self.outcome.clear()
        self.error.clear()
        with busy():  # a bad file never crashes the owner's screen: ``ops`` says why
            done = self.ops.run(
                self,
                lambda: self._read_and_preview(path),
                on_error=self.error.setText,
                unexpected=self.tr("Unexpected error: {error}"),
            )
        if done is not None:
            self.data, self.preview = done.value
        self._show_preview()
        self._show_unfinished()

    def _show_unfinished(self) -> None:
        """Say so if an import of this very file stopped half-way (a power cut)."""
        run = self.services.imports.interrupted(self.data) if self.data else None
        self.discard_button.setVisible(run is not None and run.moved == 0)
        if run is not None:
            self.outcome.setText(
                self.tr(
                    "An import of this file stopped after {done} of {rows} rows. Import "
                    "(Ctrl+I) goes on from there."
                ).format(done=run.moved or run.staged, rows=run.rows)
            )

    def discard_unfinished(self) -> None:
        """Forget the staged rows of the stopped import (none of them is a member)."""
        if self.data is None or self.discard_button.isHidden():
            return
        data = self.data
        if self.ops.run(self, lambda: self.services.imports.discard(data)) is not None:
            self.discard_button.hide()
            self.outcome.setText(self.tr("The unfinished import was discarded."))

    def _progress(self, done: int, steps: int) -> None:
        """Between two chunks: how far the import got, and a repaint (no input is
        taken meanwhile, so nothing can start a second import)."""
        self.outcome.setText(self.tr("Importing… {percent} %").format(percent=100 * done // steps))
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _read_and_preview(self, path: Path) -> tuple[bytes, ImportPreview]:
        data = read_file(path)
        return data, self.services.imports.preview(data, path.name)

    def _changed(self, changes: Changes) -> None:
        """The file not yet imported is checked again against the members now."""
        if self.data is None or self.imported is not None or not changes.touches("members"):
            return
        data, name = self.data, self.file_name
        done = self.ops.run(
            self,
            lambda: self.services.imports.preview(data, name),
            on_error=self.error.setText,
            unexpected=self.tr("Unexpected error: {error}"),
        )
        if done is not None:
            self.preview = done.value
            self._show_preview()

    def _show_preview(self) -> None:
        self.skip.setChecked(False)
        self.broken_only.setChecked(False)
        self.model.show(self.preview, broken_only=False)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount() - 1):
            limit = 420 if col == PROBLEMS else 250
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), limit))
        self._show_first_broken()
        self._refresh()

    def _filter(self, broken_only: bool) -> None:
        self.model.show(self.preview, broken_only=broken_only)
        self._show_first_broken()

    def _show_first_broken(self) -> None:
        """The details panel starts on the first broken row, the one to fix first (not
        selected, so it stays red in the table)."""
        rows = self.model.rows
        first = next((i for i, r in enumerate(rows) if not r.ok), None)
        if first is None:
            self.details.clear()
            return
        self.table.scrollTo(self.model.index(first, 0))
        self._row_chosen(self.model.index(first, 0))

    def _row_chosen(self, current, _previous=None) -> None:
        """Arrow keys in the table: the chosen row's problems in full under it."""
        if not current.isValid() or current.row() >= len(self.model.rows):
            self.details.clear()
            return
        self.details.setText(self.model.details(self.model.rows[current.row()]))

    def _refresh(self, _checked: bool = False) -> None:
        preview = self.preview
        broken = len(preview.broken) if preview else 0
        valid = len(preview.valid) if preview else 0
        self.file_label.setText(self._file_text())
        self.skip.setVisible(broken > 0)
        self.broken_only.setVisible(broken > 0)
        self.skip.setText(
            self.tr("Skip the broken rows ({n}) and import the others (Ctrl+K)").format(n=broken)
        )
        self.import_button.setText(
            self.tr("Import: {valid} of {rows} rows (Ctrl+I)").format(
                valid=valid, rows=len(preview.rows)
            )
            if preview
            else self.tr("Import (Ctrl+I)")
        )
        self.import_button.setEnabled(self.can_import())
        if preview is None:
            self.summary.setText("" if self.error.text() else self.tr("Choose a file to import."))
            self.columns_label.clear()
            return
        if broken:
            self.summary.setText(
                self.tr(
                    "Rows: {rows}. Ready: {valid}. Broken (in red): {broken}. Nothing is "
                    "imported while a row is broken."
                ).format(rows=len(preview.rows), valid=valid, broken=broken)
            )
        else:
            self.summary.setText(
                self.tr("Rows: {rows}. All are ready to import.").format(rows=len(preview.rows))
            )
        self.columns_label.setText(self._columns_text(preview))

    def _file_text(self) -> str:
        if not self.file_name:
            return self.tr("No file chosen yet.")
        if self.preview is None:
            return self.file_name
        enc = ENCODINGS.get(self.preview.encoding, self.preview.encoding.replace("cp", "Windows-"))
        sep = {"\t": self.tr("tab")}.get(self.preview.delimiter, self.preview.delimiter)
        return self.tr("{file} ({encoding}, separator “{sep}”)").format(
            file=self.file_name, encoding=enc, sep=sep
        )

    def _columns_text(self, preview: ImportPreview) -> str:
        cols = preview.columns
        parts = [
            f"{cols.headers[i]} → {translate(IMPORT, FIELD_LABELS[f])}"
            for f, i in sorted(cols.fields.items(), key=lambda kv: kv[1])
        ] + [
            f"{b.header} → {b.program.name} ({translate(IMPORT, ACCOUNT_LABELS[b.account])})"
            for b in cols.balances
        ]
        text = self.tr("Columns: {list}").format(list="; ".join(parts))
        if cols.ignored:
            text += "\n" + self.tr("Not imported: {list}").format(list="; ".join(cols.ignored))
        return text

    def can_import(self) -> bool:
        p = self.preview
        return (
            p is not None
            and self.data is not None
            and self.imported is None
            and bool(p.valid)
            and (p.ok or self.skip.isChecked())
        )

    def run_import(self) -> None:
        """Import what the preview showed; refused (nothing written) if it changed."""
        if not self.can_import() or self.data is None:
            return
        data, name, skip = self.data, self.file_name, self.skip.isChecked()
        self.error.clear()

        def run() -> ImportResult | ImportRefused:
            try:
                return self.services.imports.run(
                    data, name, skip_broken=skip, progress=self._progress
                )
            except ImportRefused as err:  # the shop changed since the preview
                return err

        with busy():
            done = self.ops.run(
                self,
                run,
                on_error=self.error.setText,
                unexpected=self.tr("Unexpected error: {error}"),
            )
        if done is None:
            return
        if isinstance(done.value, ImportRefused):
            self.preview = done.value.preview
            self.model.show(done.value.preview)
            self._refresh()
            self.error.setText(message(done.value))
            return
        result = done.value
        self.imported = result
        self.discard_button.hide()
        text = self.tr("Members imported: {n}.").format(n=result.created)
        if result.skipped:
            text += " " + self.tr("Skipped broken lines: {lines}.").format(
                lines=", ".join(str(n) for n in result.skipped)
            )
        self.outcome.setText(text)
        self._refresh()

    # Export ---------------------------------------------------------------------------

    def _export_tab(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Export to a CSV file"), page)
        theme.set_font(title, theme.CARD_TITLE_PT, bold=True)
        hint = QLabel(
            self.tr(
                "UTF-8 for Excel, LibreOffice and Google Sheets. The members file can be "
                "imported again, balances included."
            ),
            page,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.kind_buttons = QButtonGroup(page)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(hint)
        for key, kind, text in (
            ("1", "members", self.tr("1  Members: card, contact, consent, balances")),
            ("2", "visits", self.tr("2  Visits: date, member, amounts, items")),
            ("3", "ledger", self.tr("3  Ledger: every change of every balance")),
        ):
            button = QRadioButton(text, page)
            button.setProperty("kind", kind)
            self.kind_buttons.addButton(button)
            layout.addWidget(button)
            shortcut = QShortcut(QKeySequence(key), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda b=button: (b.setChecked(True), b.setFocus()))
        self.kind_buttons.buttons()[0].setChecked(True)
        self.export_button = QPushButton(self.tr("Export… (Ctrl+E)"), page)
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.choose_export)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        self.export_done = QLabel("", page)
        self.export_done.setWordWrap(True)
        theme.set_font(self.export_done, theme.CARD_TITLE_PT, bold=True)
        self.export_error = QLabel("", page)
        self.export_error.setObjectName("inlineError")
        self.export_error.setWordWrap(True)
        layout.addLayout(row)
        layout.addWidget(self.export_done)
        layout.addWidget(self.export_error)
        layout.addStretch(1)
        return page

    def export_kind(self) -> str:
        return str(self.kind_buttons.checkedButton().property("kind"))

    def choose_export(self) -> None:
        self.show_tab(1)
        what = self.export_kind()
        suggested = str(Path(QDir.homePath()) / suggested_name(what, self.services.clock()))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(what, Path(path))

    def export_to(self, what: str, path: Path) -> None:
        self.export_done.clear()
        self.export_error.clear()
        with busy():
            done = self.ops.run(
                self,
                lambda: self.services.exports.export(what, path),
                on_error=self.export_error.setText,
                unexpected=self.tr("Unexpected error: {error}"),
            )
        if done is None:
            return
        result = done.value
        self.export_done.setText(
            self.tr("Written: {path} (rows: {rows}).").format(rows=result.rows, path=result.path)
        )
