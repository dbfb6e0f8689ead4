"""The reports' branch/till selector: the whole shop, a branch, or one till.

Shown only in a shop with more than one till (a shop on a server, issue 18): a one-till
shop has nothing to choose. Each choice is (branch, till) for
``ReportService.scoped``; the whole shop is (None, None). A branch is offered only when
the shop has several, as a branch of a one-branch shop is the whole shop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ...services.report_scope import Till

CONTEXT = "ScopePicker"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ScopePicker(QComboBox):
    """A combo box of the whole shop, each branch and each till, by branch."""

    def __init__(self, tills: list[Till], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportScope")
        self.useful = len(tills) > 1
        self.addItem(tr("Whole shop"), (None, None))
        branches = sorted({t.branch for t in tills})
        for branch in branches if len(branches) > 1 else []:
            self.addItem(tr("Branch {branch}").format(branch=branch), (branch, None))
            for till in (t for t in tills if t.branch == branch):
                self.addItem("    " + tr("Till {till}").format(till=till.name), (branch, till.name))
        if len(branches) <= 1:
            for till in tills:
                self.addItem(tr("Till {till}").format(till=till.name), (None, till.name))
        self.setToolTip(tr("Which tills the reports count (Ctrl+T)"))
        self.setVisible(self.useful)

    def choice(self) -> tuple[str | None, str | None]:
        """(branch, till) of the current entry; (None, None) for the whole shop."""
        data = self.currentData()  # None with no entry chosen: the whole shop
        branch, till = data if data is not None else (None, None)
        return branch, till
