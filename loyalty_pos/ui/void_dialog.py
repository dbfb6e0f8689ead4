"""Ask why a visit is voided before undoing it.

The reason is required because a void is the one counter action that takes stamps or a
reward back; the owner reads the reasons later. A visit from an earlier day, or above
the owner's limit, also needs the owner's PIN: the dialog says so before the reason is
typed (``owner_note``), and the PIN is asked after it (``member_dialogs.py``). A scan
here is refused, so a card scanned by mistake can neither be the reason nor press "Void".
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .scan_route import ScanReply, refused


class VoidDialog(QDialog):
    """Shows the visit, asks for a reason; ``reason()`` after it is accepted."""

    def __init__(
        self,
        visit_id: int,
        description: str,
        parent: QWidget | None = None,
        owner_note: str = "",
    ) -> None:
        super().__init__(parent)
        self.visit_id = visit_id
        self.setWindowTitle(self.tr("Void a visit"))
        theme.apply(self)
        self.resize(640, 260)
        what = QLabel(self.tr("Void this visit?\n{visit}").format(visit=description), self)
        what.setWordWrap(True)
        self.owner_note = QLabel(owner_note, self)
        self.owner_note.setObjectName("hint")
        self.owner_note.setWordWrap(True)
        self.owner_note.setVisible(bool(owner_note))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Reason (required), e.g. wrong customer"))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.void_button = QPushButton(self.tr("Void visit (Enter)"), self)
        self.void_button.setObjectName("primary")
        self.void_button.setDefault(True)
        self.void_button.setEnabled(False)
        self.void_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.reason_edit.textChanged.connect(
            lambda text: self.void_button.setEnabled(bool(text.strip()))
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.owner_note)
        layout.addWidget(QLabel(self.tr("&Reason:"), self, buddy=self.reason_edit))
        layout.addWidget(self.reason_edit)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.reason_edit.setFocus()

    def take_scan(self, code: str) -> ScanReply:
        """Refused: nothing is voided by a scan."""
        return refused(
            self.tr("A scan can't be used here: nothing was voided. Type the reason, or Esc.")
        )

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept(self) -> None:
        if not self.reason():
            return  # the button is disabled too; Enter in the empty field does nothing
        super().accept()
