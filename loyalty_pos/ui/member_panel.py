"""The member panel: who is at the counter, their cards, and their last visits, with
the checkout beside them.

The name is the biggest thing on the screen (the cashier greets the customer by it),
then the stamp cards, then a hint that helps recognise a regular. Points, credit and
passes sit under the cards as a row of tiles; the tier is a badge beside the name.
Notes are editable here because that is where the cashier learns "oat milk, no sugar".
The checkout column stays on screen without a member too (a gift card or a coupon).

Every punch card is in sight, ready ones first: the cards have no scroll area of their
own (one that showed one card, and kept its scroll position for the next member, hid a
reward ready on the second). ``_fit`` shares the page's height between the cards and the
last visits: all cards compact before the visits list drops below two rows, full-size
cards when they fit too. Only when even that does not fit does the page scroll, as a
whole and with its scroll bar showing.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.member_extras import MemberExtras
from ..services.views import CardProgress, MemberView, VisitSummary
from . import theme
from .balances import BalancesRow
from .fit_scroll import FitPage, FitScrollArea
from .flow_layout import FlowLayout
from .formatting import (
    format_date,
    format_when,
    recognition_hint,
    reward_description,
    visit_what,
)
from .shrink_label import ShrinkLabel
from .stamp_card import StampCard, StampCards
from .wrap_label import WrapLabel

VISIT_ID_ROLE = Qt.ItemDataRole.UserRole
ITEM_FLAGS = QTreeWidgetItem().flags()  # a visit's row: selectable, as a new row is


class MemberPanel(QWidget):
    """An empty prompt or the open member, and the checkout column beside it."""

    void_requested = Signal()
    save_notes_requested = Signal()

    def __init__(self, visit_form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member: MemberView | None = None
        self.extras: MemberExtras | None = None
        self.currency = "HUF"
        self.now: datetime | None = None
        self._fitting = False
        # What each row of the last visits shows: (texts, visit id, struck through).
        self._shown_rows: list[tuple[tuple[str, ...], int | None, bool] | None] = []
        self.stack = QStackedWidget(self)
        self.prompt = QLabel(self.tr("Scan a card, or search by name or phone (F2)."), self)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("hint")
        theme.set_font(self.prompt, theme.CARD_TITLE_PT + 4)
        self.stack.addWidget(self.prompt)

        page = FitPage(self)
        self.name = ShrinkLabel(page, floor_pt=theme.pt(theme.BASE_PT), wrap=True)
        self.name.setObjectName("memberName")
        theme.set_font(self.name, theme.NAME_PT, bold=True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.tier = QLabel(page)
        self.tier.setAccessibleName(self.tr("Tier"))
        theme.set_font(self.tier, theme.CARD_TITLE_PT, bold=True)
        self.tier.setObjectName("tierBadge")
        self.balances = BalancesRow(page)
        self.hint = WrapLabel(page)  # measured once a text
        theme.set_font(self.hint, theme.CARD_TITLE_PT, bold=True)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("recognition")
        self.details = WrapLabel(page)  # measured once a text
        self.details.setObjectName("hint")
        self.details.setWordWrap(True)
        theme.set_font(self.details, theme.SMALL_PT)

        self.cards = StampCards(self.tr("No punch cards yet."), page)

        self.visits = QTreeWidget(page)
        self.visits.setAccessibleName(self.tr("Last visits"))
        self.visits.setColumnCount(3)
        self.visits.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Cashier")])
        self.visits.setRootIsDecorated(False)
        self.visits.setUniformRowHeights(True)
        self.visits.setAllColumnsShowFocus(True)
        theme.touch_rows(self.visits)
        self._size_visits()
        header = self.visits.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.void_button = QPushButton(self.tr("Void… (F8)"), page)
        self.void_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.void_button.clicked.connect(self.void_requested)
        self.refund_button = QPushButton(self.tr("Refund… (F7)"), page)
        self.refund_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Notes about this member"))
        self.notes.setFixedHeight(max(theme.TOUCH_PX + 4, self.notes.fontMetrics().height() + 24))
        self.save_notes = QPushButton(self.tr("Save (Ctrl+S)"), page)
        self.save_notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_notes.clicked.connect(self.save_notes_requested)
        self.contact = WrapLabel(page)  # measured once a text
        self.contact.setObjectName("hint")
        self.contact.setWordWrap(True)
        theme.set_font(self.contact, theme.SMALL_PT)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        for button in (self.save_notes, self.refund_button, self.void_button):
            theme.set_font(button, theme.SMALL_PT - 1, bold=True)
            button.setProperty("compact", True)
        # With large text a title, a field and buttons no longer fit side by side: each
        # goes on a line of its own, and the buttons wrap onto another line as needed.
        stacked = theme.text_size() > theme.TEXT_SIZES[0]
        column = QVBoxLayout(page.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        self._lay_out(column, page, stacked=stacked)
        # With large text the member may not fit the screen's height: the page scrolls
        # (Tab into the notes or the visits brings them into view), the name first.
        self.page_scroll = FitScrollArea(page, self)
        self.page_scroll.viewport().installEventFilter(self)  # a new height: fit again
        self.stack.addWidget(self.page_scroll)
        self.page = page

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        # With large text the checkout needs the wider column: its lines wrap less, and
        # the member's page scrolls anyway.
        outer.addWidget(self.stack, 11 if not stacked else 9)
        outer.addWidget(visit_form, 9 if not stacked else 11)

    def _lay_out(self, column: QVBoxLayout, page: QWidget, *, stacked: bool) -> None:
        """The member page top to bottom: name, hint, card, contact, punch cards,
        balances, notes, last visits. ``stacked`` (large text) puts titles, fields and
        rows of buttons under each other, the buttons in rows that wrap, and the punch
        cards right under the name, before what the page may scroll out of view."""
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        column.addLayout(name_row)
        column.addWidget(self.hint)
        notes_title = self._section(self.tr("Notes"), page)
        history_title = self._section(self.tr("Last visits"), page)
        if stacked:
            column.addWidget(self.cards)
            column.addWidget(self.balances)
            column.addWidget(self.details)
            self.card_actions: QHBoxLayout | FlowLayout = FlowLayout()  # printing adds its own
            self.card_actions.addWidget(self.tier)  # the name has the whole width
            column.addLayout(self.card_actions)
            column.addWidget(self.contact)
            column.addWidget(notes_title)
            column.addWidget(self.notes)
            notes_row = FlowLayout()
            notes_row.addWidget(self.save_notes)
            column.addLayout(notes_row)
            column.addWidget(history_title)
            history_head = FlowLayout()
        else:
            name_row.addWidget(self.tier)
            self.card_actions = QHBoxLayout()  # buttons about the card (printing adds its own)
            self.card_actions.addWidget(self.details, 1)
            column.addLayout(self.card_actions)
            column.addWidget(self.contact)
            column.addWidget(self.cards)
            column.addWidget(self.balances)
            notes_row = QHBoxLayout()
            notes_row.addWidget(notes_title)
            notes_row.addWidget(self.notes, 1)
            notes_row.addWidget(self.save_notes)
            column.addLayout(notes_row)
            history_head = QHBoxLayout()
            history_head.addWidget(history_title)
            history_head.addStretch(1)
        history_head.addWidget(self.refund_button)
        history_head.addWidget(self.void_button)
        column.addLayout(history_head)
        column.addWidget(self.visits, 1)  # what the cards leave

    def currentWidget(self) -> QWidget:
        """The page shown: the scan prompt or the member."""
        shown = self.stack.currentWidget()
        return self.page if shown is self.page_scroll else shown

    @property
    def card_widgets(self) -> list[StampCard]:
        """The punch cards on screen, ready ones first, in the form ``_fit`` chose."""
        return self.cards.shown()

    def _visits_row(self) -> int:
        return max(theme.TOUCH_PX, self.visits.fontMetrics().height() + 10)

    def _visits_height(self, rows: int, *, header: bool = True) -> int:
        """The list's height with ``rows`` visits at touch height (and its header)."""
        title = self.visits.header().sizeHint().height() if header else 0
        frame = 2 * self.visits.frameWidth() + 4
        return title + rows * self._visits_row() + frame

    def _size_visits(self) -> None:
        """Room for the header and two visits until ``_fit`` knows better."""
        self.visits.setMinimumHeight(self._visits_height(2))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.page_scroll.viewport():
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """Share the page's height between the punch cards and what is around them.

        Every card is always on the page, compact at least, with one visit under them.
        Then, in this order, while the height allows: the phone and birthday line (else
        it is in the card number's tooltip), a second visit, the visits' column titles,
        the cards at full size, a third visit. The page's minimum height with the
        current choice tells what the rest of the page needs, so the choice depends only
        on the height and the member, and choosing again changes nothing. What is left
        over goes to the visits list.
        """
        if self.member is None or self._fitting:
            return
        viewport = self.page_scroll.viewport()
        width, height = viewport.width(), viewport.height()
        layout = self.page.body.layout()
        if width <= 0 or height <= 0 or layout is None:
            return
        self._fitting = True
        try:
            spacing = layout.spacing()
            contact = self.contact.heightForWidth(width) + spacing
            header = self.visits.header().sizeHint().height()
            compact = self.cards.height_of(width, compact=True)
            now = layout.totalMinimumHeightForWidth(width)
            now -= self.cards.height_of(width, compact=self.cards.compact) - compact
            now -= self.visits.minimumHeight() - self._visits_height(1, header=False)
            if not self.contact.isHidden():
                now -= contact
            spare = height - now
            row = self._visits_row()
            wanted = [("contact", contact), ("row", row), ("header", header)]
            wanted += [("full", self.cards.full_growth_at_least(width)), ("row", row)]
            chosen: list[str] = []
            for what, cost in wanted:
                if what == "full" and spare >= cost:  # a lower bound: now the real cost
                    cost = self.cards.height_of(width, compact=False) - compact
                if spare >= cost:
                    chosen.append(what)
                    spare -= cost
            self._show_contact("contact" in chosen)
            self.cards.set_compact("full" not in chosen)
            self.visits.setHeaderHidden("header" not in chosen)
            rows = 1 + chosen.count("row")
            self.visits.setMinimumHeight(self._visits_height(rows, header="header" in chosen))
        finally:
            self._fitting = False

    def _show_contact(self, shown: bool) -> None:
        """The phone and birthday on their own line, or in the card number's tooltip."""
        if self.contact.isHidden() == shown:
            self.contact.setVisible(shown)
        tip = "" if shown else self.contact.text()
        if self.details.toolTip() != tip:
            self.details.setToolTip(tip)

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        """A label's text, set only when it changes: a word-wrapped label asks its
        layout to be computed again on every ``setText``."""
        if label.text() != text:
            label.setText(text)

    def set_extras(self, extras: MemberExtras | None) -> None:
        """Points, credit, passes and tier for the member shown (from the checkout form)."""
        self.extras = extras
        shown = self.member is not None and self.now is not None
        if shown and (extras is None or extras.member_id == self.member.id):
            self._show_extras()

    def _show_extras(self, *, fit: bool = True) -> None:
        extras = self.extras
        now = self.now or datetime.now().astimezone()
        self.balances.show_extras(extras, self.currency, now)
        tier = extras.tier if extras is not None else None
        self.tier.setText(tier or "")
        self.tier.setVisible(bool(tier))
        if self.member is not None:
            self._show_cards(self.member, self.currency)
            if fit:
                self._fit()

    @staticmethod
    def _section(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        theme.set_font(label, theme.BASE_PT, bold=True)
        return label

    def show_member(
        self, member: MemberView | None, now: datetime, currency: str, *, keep_hint: bool = False
    ) -> None:
        """Fill every field from ``member``; None shows the scan prompt.

        ``keep_hint`` keeps "12th visit · last here 3 days ago" as it was when the member
        was opened: after confirming, the customer is still on that visit.
        """
        same = self.member is not None and member is not None and self.member.id == member.id
        self.member = member
        self.now = now
        self.currency = currency
        if member is None:
            self.stack.setCurrentWidget(self.prompt)
            return
        if not same:
            self.page_scroll.verticalScrollBar().setValue(0)  # the name first
        self.name.setText(member.name)
        if not (keep_hint and same):
            self._set_text(self.hint, recognition_hint(member.visit_count, member.last_visit, now))
        card = member.card_number or "—"
        self._set_text(
            self.details,
            self.tr("Card {card}\nmember since {since}").format(
                card=card, since=format_date(member.member_since, now)
            ),
        )
        if self.extras is not None and self.extras.member_id != member.id:
            self.extras = None  # another member's figures: never show them
        self._show_extras(fit=False)  # once everything below is filled in too
        self._show_visits(member.recent_visits, now)
        if self.notes.toPlainText() != member.notes or not same:
            self.notes.setPlainText(member.notes)
        self._set_text(self.contact, self._contact_text(member))
        self.stack.setCurrentWidget(self.page_scroll)
        self._fit()

    def _show_cards(self, member: MemberView, currency: str) -> None:
        soon = self.extras.stamps_expiring if self.extras is not None else {}
        by = self.extras.expiring_by if self.extras is not None else None

        def fill(card: CardProgress) -> tuple[str, str]:
            expiring = (
                self.tr("%n stamp(s) expire by {date}", None, soon[card.program_id]).format(
                    date=format_date(by, self.now)
                )
                if soon.get(card.program_id) and by is not None
                else ""
            )
            return reward_description(card, currency), expiring

        self.cards.set_cards(member.cards, fill)

    def _show_visits(self, visits: list[VisitSummary], now: datetime) -> None:
        """The last visits, in the rows already in the list (a scan adds or removes
        only the rows the number of visits changes).

        Every ``setText``/``setData`` on a row is a ``dataChanged`` that makes the list
        measure its self-sizing columns again, row by row: only what differs from what
        the row shows is set (``_shown_rows``), and the columns are measured once, after.
        """
        tree = self.visits
        rows: list[tuple[tuple[str, ...], int | None, bool]] = []
        for v in visits:
            what = visit_what(v, self.currency)
            rows.append(
                ((format_when(v.at, now), what, v.staff), v.id, v.voided or v.refunded_in_full)
            )
        if not visits:
            rows.append((("", self.tr("No visits yet."), ""), None, False))
        header = tree.header()
        sizing = [header.sectionResizeMode(col) for col in range(3)]
        for col in range(3):  # measured once below, not after every cell
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        try:
            self._fill_visit_rows(tree, rows)
        finally:
            for col, mode in enumerate(sizing):
                header.setSectionResizeMode(col, mode)
        if tree.currentItem() is not None:
            tree.setCurrentItem(None)
        if tree.selectionModel().hasSelection():
            tree.clearSelection()
        tree.scrollToTop()

    def _fill_visit_rows(
        self, tree: QTreeWidget, rows: list[tuple[tuple[str, ...], int | None, bool]]
    ) -> None:
        while tree.topLevelItemCount() > len(rows):
            tree.takeTopLevelItem(tree.topLevelItemCount() - 1)
            self._shown_rows.pop()
        while tree.topLevelItemCount() < len(rows):
            tree.addTopLevelItem(QTreeWidgetItem())
            self._shown_rows.append(None)
        struck: QFont | None = None
        for i, row in enumerate(rows):
            before = self._shown_rows[i]
            if before == row:
                continue
            texts, visit_id, crossed = row
            item = tree.topLevelItem(i)
            for col, text in enumerate(texts):
                if before is None or before[0][col] != text:
                    item.setText(col, text)
            if before is None or before[2] != crossed:
                if crossed and struck is None:
                    struck = QFont(tree.font())
                    struck.setStrikeOut(True)
                off_ink = QColor(theme.colours().off_ink) if crossed else None
                for col in range(len(texts)):
                    # A voided visit struck through and grey; the others as the list draws.
                    item.setData(col, Qt.ItemDataRole.FontRole, struck if crossed else None)
                    item.setData(col, Qt.ItemDataRole.ForegroundRole, off_ink)
            if before is None or before[1] != visit_id:
                item.setData(0, VISIT_ID_ROLE, visit_id)
                item.setFlags(ITEM_FLAGS if visit_id is not None else Qt.ItemFlag.NoItemFlags)
            tip = texts[1] if visit_id is not None else ""
            if item.toolTip(1) != tip:
                item.setToolTip(1, tip)
            self._shown_rows[i] = row

    def _contact_text(self, member: MemberView) -> str:
        """Phone and birthday in one short line; the e-mail, rarely needed at the
        counter, is in the tooltip (and in F4)."""
        if self.contact.toolTip() != (member.email or ""):
            self.contact.setToolTip(member.email or "")
        parts = [
            self.tr("Phone: {phone}").format(phone=member.phone) if member.phone else "",
            self.tr("Birthday: {date}").format(
                date=format_date(date.fromisoformat(member.birthday))
            )
            if member.birthday
            else "",
            self.tr("E-mail: {email}").format(email=member.email)
            if member.email and not member.phone
            else "",
        ]
        return "   ·   ".join(p for p in parts if p) or self.tr("No phone or e-mail.")

    def selected_visit(self, *, refundable: bool = False) -> VisitSummary | None:
        """The visit chosen in the list, else the latest one that is not voided (nor,
        for a refund, refunded in full)."""
        if self.member is None:
            return None
        by_id = {v.id: v for v in self.member.recent_visits}
        item = self.visits.currentItem()
        if item is not None and item.isSelected():
            visit = by_id.get(item.data(0, VISIT_ID_ROLE))
            if visit is not None:
                return visit
        return next(
            (
                v
                for v in self.member.recent_visits
                if not v.voided and not (refundable and v.refunded_in_full)
            ),
            None,
        )
