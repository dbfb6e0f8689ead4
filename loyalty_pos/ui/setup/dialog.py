"""The owner's rewards set-up: one dialog, a tab per kind of scheme.

Keyboard: Ctrl+Tab / Ctrl+Shift+Tab (or Ctrl+PgDown/PgUp) move between tabs, Tab
between fields, Ctrl+L to the list (arrows pick a row and fill the form), Ctrl+N a new
one, Ctrl+Enter adds a new one or saves the row picked (so does Ctrl+S), Ctrl+O switches
the row picked off or on, Esc closes. The keys act on the tab shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from .. import theme
from ..ops import Ops
from .base import SchemeTab
from .money_tabs import CreditTab, PassesTab, PointsTab
from .reward_tabs import ItemsTab, PromotionsTab, RewardsTab, RulesTab, TiersTab


class RewardsSetupDialog(QDialog):
    """Points, catalogue, promotions, credit, passes, tiers, items and rules."""

    def __init__(
        self,
        services: Services,
        currency: str,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops or Ops.detached()
        self.setWindowTitle(self.tr("Rewards set-up"))
        theme.apply(self)
        self.resize(1000, 720)
        heading = QLabel(self.tr("Rewards set-up"), self)
        theme.set_font(heading, theme.CARD_TITLE_PT, bold=True)
        self.tabs = QTabWidget(self)
        specs = [
            (self.tr("&Points"), PointsTab),
            (self.tr("C&atalogue"), RewardsTab),
            (self.tr("Pro&motions"), PromotionsTab),
            (self.tr("Cr&edit"), CreditTab),
            (self.tr("Pa&sses"), PassesTab),
            (self.tr("&Tiers"), TiersTab),
            (self.tr("&Items"), ItemsTab),
            (self.tr("&Rules"), RulesTab),
        ]
        self.pages: dict[str, SchemeTab] = {}
        for title, cls in specs:
            page = cls(services, currency, self.tabs)
            page.ops = self.ops  # every tab writes through the counter's one path
            page.saved.connect(self._reload_all)
            self.tabs.addTab(page, title)
            self.pages[cls.__name__] = page
        keys = [
            ("Ctrl+Return", SchemeTab.submit),
            ("Ctrl+Enter", SchemeTab.submit),
            ("Ctrl+S", SchemeTab.submit),
            ("Ctrl+N", SchemeTab.new),
            ("Ctrl+O", SchemeTab.toggle),
            ("Ctrl+L", SchemeTab.focus_list),
        ]
        for seq, action in keys:
            QShortcut(QKeySequence(seq), self, activated=lambda a=action: self._on_page(a))
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def page(self, name: str) -> SchemeTab:
        return self.pages[name]

    def submit(self) -> None:
        self._on_page(SchemeTab.submit)

    def _on_page(self, action: Callable[[SchemeTab], None]) -> None:
        """A key of the set-up acts on the tab shown."""
        page = self.tabs.currentWidget()
        if isinstance(page, SchemeTab):
            action(page)

    def _reload_all(self) -> None:
        """A program added, renamed or switched off on one tab shows in the others at once.

        Their forms keep what the owner typed there but has not saved yet.
        """
        for page in self.pages.values():
            if page is not self.tabs.currentWidget():
                page.reload(refill=False)
