"""The offline counter's member: what the till's copy says, marked as possibly out of date.

The copy (``store/outbox.py``) holds each member's name, card, status and balances by
program as of the last sync. Shown large, with the sync's date and time beside the
balances: another till may have changed them since.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..domain.clock import from_db
from ..l10n import format_number
from ..store.outbox import CopiedMember
from . import theme
from .formatting import format_date, format_money, format_time

CONTEXT = "OfflineCounter"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def synced_text(synced_at: str | None, now: datetime) -> str:
    """The sync's date and time in the shop's locale ("05/12/2026 23:10")."""
    if not synced_at:
        return "—"
    try:
        when = from_db(synced_at)
    except ValueError:
        return synced_at
    return f"{format_date(when, now)} {format_time(when, now)}"


def balance_line(program: str, account: str, value: int, currency: str) -> str:
    """ "Coffee card: 7 stamps", "Cashback: 2,000 Ft", "Points: 120 points"."""
    if account == "credit" and currency:
        said = format_money(value, currency)
    elif account == "stamps":
        said = QCoreApplication.translate(CONTEXT, "%n stamp(s)", "", value)
    elif account == "rewards":
        said = QCoreApplication.translate(CONTEXT, "%n reward(s) ready", "", value)
    elif account == "points":
        said = QCoreApplication.translate(CONTEXT, "%n point(s)", "", value)
    elif account == "passes":
        said = QCoreApplication.translate(CONTEXT, "%n use(s) left", "", value)
    else:
        said = f"{format_number(value)} {account}"
    return tr("{program}: {balance}").format(program=program, balance=said)


class OfflineMember(QFrame):
    """Name, card, balances and "as of the last sync" of the member found in the copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineMember")
        self.member: CopiedMember | None = None
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        theme.set_font(self.name, theme.NAME_PT, bold=True)
        self.card = QLabel(self)
        theme.set_font(self.card, theme.CARD_TITLE_PT)
        self.balances = QLabel(self)
        self.balances.setWordWrap(True)
        self.balances.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_font(self.balances, theme.BANNER_PT, bold=True)
        self.as_of = QLabel(self)
        self.as_of.setWordWrap(True)
        self.as_of.setObjectName("offlineAsOf")
        theme.set_font(self.as_of, theme.BASE_PT, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.px(12), theme.px(8), theme.px(12), theme.px(8))
        layout.addWidget(self.name)
        layout.addWidget(self.card)
        layout.addSpacing(theme.px(6))
        layout.addWidget(self.balances)
        layout.addWidget(self.as_of)
        layout.addStretch(1)
        self.show_member(None, "", now=datetime.now().astimezone())

    def show_member(self, member: CopiedMember | None, currency: str, *, now: datetime) -> None:
        self.member = member
        if member is None:
            self.name.setText(tr("No member open"))
            self.card.setText(tr("Scan a card, or search by name (F2)."))
            self.balances.setText("")
            self.as_of.setText("")
            return
        self.name.setText(member.name)
        status = "" if member.status == "active" else f" — {member.status}"
        self.card.setText(tr("Card {card}").format(card=member.card or "—") + status)
        lines = [
            balance_line(program, account, int(value), currency)
            for program, accounts in sorted(member.balances.items())
            for account, value in sorted(accounts.items())
        ]
        self.balances.setText("\n".join(lines) or tr("No balances yet."))
        self.as_of.setText(
            tr("Balances as of the last sync ({when}): possibly out of date.").format(
                when=synced_text(member.synced_at, now)
            )
        )
