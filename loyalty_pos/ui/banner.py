"""The message banner across the top of the counter.

One place, always visible, large type, one colour per meaning: the cashier looks there
after every scan and every confirm. An optional button offers the obvious next step
("F3: Enroll with this card"). An icon before the text says the same as the colour (a
cross for refused, a tick for done, a star for a reward, a warning sign, an "i"), so a
cashier who does not tell red from green still reads it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ..services import Services
from ..store import damage
from . import theme
from .theme import Tone
from .tone_icon import ToneIcon

CONTEXT = "Banner"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Banner(QFrame):
    """A coloured strip with a message and at most one action button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.tone = Tone.INFO
        self.icon = ToneIcon(self)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setObjectName("bannerText")
        theme.set_font(self._label, theme.BANNER_PT, bold=True)
        self._label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._button = QPushButton(self)
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._button.hide()
        self._action: Callable[[], None] | None = None
        self._button.clicked.connect(self._run_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 4)
        layout.setSpacing(14)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._button)
        self.setMinimumHeight(64)  # large text makes it taller by itself
        self.show_message(Tone.INFO, "")

    def minimumSizeHint(self) -> QSize:
        """Every line of the message, at the width the banner has: a long message on
        a large text size takes two lines, and must not lose the second one when the
        window is short (the lists below give way instead)."""
        least = super().minimumSizeHint()
        layout = self.layout()
        if self.width() > 0 and layout.hasHeightForWidth():
            return QSize(
                least.width(), max(least.height(), layout.totalHeightForWidth(self.width()))
            )
        return least

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def text(self) -> str:
        return self._label.text()

    def action_text(self) -> str:
        return self._button.text() if self._action is not None else ""

    def show_message(
        self,
        tone: Tone,
        text: str,
        action: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        """Replace the message; ``action`` is (button label, callback) or None."""
        if tone != self.tone or self.property("tone") is None:
            self.tone = tone
            self.setProperty("tone", tone.value)  # the style sheet's colours for it
            theme.polish(self)
        self.icon.set_tone(tone)
        self._label.setText(text)
        self.updateGeometry()  # one line or two: the height it needs
        if action is None:
            self._action = None
            self._button.hide()
        else:
            label, callback = action
            self._action = callback
            self._button.setText(label)
            self._button.show()

    def error(self, text: str, action: tuple[str, Callable[[], None]] | None = None) -> None:
        self.show_message(Tone.ERROR, text, action)

    def info(self, text: str) -> None:
        self.show_message(Tone.INFO, text)

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()


class DamageBanner(Banner):
    """A second red strip that stays while the shop's file is damaged (finding 2).

    The message banner below changes with every scan; this one does not, so the cashier
    always sees that nothing can be saved, while lookups go on. Its button opens the
    owner's backups screen, where the newest good backup is restored. It reads the mark
    beside the file too, so a damage found by the start-up check or another process
    turns this till read-only as well."""

    def __init__(
        self, services: Services, open_backups: Callable[[], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._open_backups = open_backups
        self.refresh()

    def refresh(self) -> None:
        """Show or hide the strip by the connection's refusal and the file's mark."""
        db = self.services.db
        reason = damage.refusal(db) or damage.why(self.services.path)
        if reason is None:
            self.hide()
            return
        if damage.refusal(db) is None:
            damage.refuse_writes(db, reason)  # marked by another check or process
        text = tr(
            "The shop's file is damaged and read-only: {reason} Lookups work; nothing "
            "can be saved. Restore the newest good backup."
        ).format(reason=reason)
        self.error(text, (tr("Backups…"), self._open_backups))
        self.show()
