"""Naming the till on its first start against a server (issue 18, part 3).

Every visit, refund and ledger row a till writes on a shared server carries its name,
and the reports group tills by branch. The name belongs to the machine
(``services/till_identity.py``: ``till.json`` in the data folder), so the first start
against a server asks for it once: the computer's name offered, the branches the other
tills already use in a list (a new one may be typed). Keyboard only: the name is
selected to type over, Tab reaches the branch, Enter saves, Esc leaves the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import Services, till_identity
from ..services.till_identity import TillIdentity
from .scan_filter import ScanFilter

CONTEXT = "TillDialog"
DEFAULT_BRANCH = "main"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class TillDialog(QDialog):
    """The till's name and branch; ``identity()`` once accepted."""

    def __init__(self, name: str, branches: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("This till's name"))
        layout = QVBoxLayout(self)
        about = QLabel(
            tr(
                "The shop is on a server that several tills share. This till writes its "
                "name on every visit and refund; reports group the tills by branch."
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setMaxLength(40)
        self.name.selectAll()
        self.branch = QComboBox()
        self.branch.setEditable(True)
        offered = sorted(set(branches) | {DEFAULT_BRANCH})
        self.branch.addItems(offered)
        self.branch.setCurrentText(DEFAULT_BRANCH)
        self.branch.lineEdit().setMaxLength(40)
        form.addRow(tr("Till &name:"), self.name)
        form.addRow(tr("&Branch:"), self.branch)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._allow)
        self.branch.currentTextChanged.connect(self._allow)
        self.notice = QLabel()  # says why a scan changed nothing
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.insertWidget(layout.indexOf(self.buttons), self.notice)  # above OK
        self.setMinimumWidth(460)
        self.name.setFocus()
        # Shown before the counter window and its scan filter exist: a card scanned
        # here must not become the till's name (a scan is always a code, DESIGN.md).
        self.scans = ScanFilter(self)
        self.scans.scanned.connect(self._scanned)
        self.scans.install()
        self.finished.connect(self.scans.uninstall)

    def _scanned(self, code: str, window: object) -> None:
        self.notice.setText(
            tr("That was a card scan: nothing changed. Type this till's name; cards are "
               "scanned at the counter.")
        )  # fmt: skip
        self.notice.show()
        QApplication.beep()

    def identity(self) -> TillIdentity:
        return TillIdentity(
            till_identity.clean(self.name.text()),
            till_identity.clean(self.branch.currentText()) or DEFAULT_BRANCH,
        )

    def _allow(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(till_identity.clean(self.name.text())))

    def accept(self) -> None:
        if till_identity.clean(self.name.text()):  # Enter on an empty name does nothing
            super().accept()


def till_for(url: str, folder: Path) -> TillIdentity | None:
    """This till's identity for the shop at ``url``: as saved (or the environment's),
    else asked now and saved in ``folder``; None when the cashier cancels.
    ``ServerUnreachable`` when the server cannot be reached to list its branches."""
    if till_identity.is_set(folder):
        return till_identity.load(folder)
    dialog = TillDialog(till_identity.default_name(), till_identity.known_branches(url))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    identity = dialog.identity()
    till_identity.save(folder, identity)
    return identity


def till_title(pattern: str, shop: str, services: Services) -> str:
    """The window's title (``pattern`` names the ``{shop}``), with the till and its
    branch on a server shop."""
    title = pattern.format(shop=shop)
    identity = till_identity.of_shop(services.db)
    if identity is None:
        return title
    return tr("{title} — till {till}, branch {branch}").format(
        title=title, till=identity.name, branch=identity.branch
    )
