"""The customer screen's window: five pages, one shown at a time.

- ``idle``: the shop's name, its logo (the card design's) and the owner's line;
- ``member``: "Hello, Éva!", each punch card, points, credit, passes, tier;
- ``visit``: the bill as the cashier rings it up, the amount to pay, what it earns;
- ``thanks``: "Thank you, Éva!", the new balances and the 0–10 question;
- ``enrol``: the customer types their details and answers for each channel (F3).

The window only shows what it is given (``counter_customer.CustomerFollow`` decides
what and when) and holds no staff control: the only buttons are the score buttons and,
while a customer enrols, the on-screen keyboard and the answers. It never takes the
keyboard from the counter (it is shown without activating and refuses focus); a scan
typed while it is somehow active goes to the counter, as any scan does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...services.customer_screen import CustomerView
from .. import theme
from ..scan_route import ScanReply, refused
from . import words
from .parts import BODY_PT, FIGURE_PT, TITLE_PT, BillView, MemberSummary, ScoreRow, big_label

IDLE, MEMBER, VISIT, THANKS, ENROL = "idle", "member", "visit", "thanks", "enrol"
LOGO_PX = 220
TRIAL_SIZE = (1280, 720)  # a window to try it with one monitor


class CustomerWindow(QWidget):
    """The window that faces the customer."""

    score_chosen = Signal(int)  # a tap on 0–10

    def __init__(self, scans: Callable[[str], ScanReply] | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle(words.tr("Welcome"))
        self.setObjectName("customerScreen")
        theme.apply(self)
        self._scans = scans
        self.state = IDLE
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._idle_page())
        self.pages.addWidget(self._member_page())
        self.pages.addWidget(self._visit_page())
        self.pages.addWidget(self._thanks_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.pages)
        self.resize(*TRIAL_SIZE)

    # Pages ------------------------------------------------------------------------

    def _idle_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.logo = QLabel(page)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shop_name = big_label("", TITLE_PT + 12, page, bold=True)
        self.shop_name.setObjectName("customerShop")
        self.line = big_label("", FIGURE_PT, page)
        self.line.setObjectName("customerLine")
        for widget in (self.logo, self.shop_name, self.line):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _member_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.hello = big_label("", TITLE_PT, page, bold=True)
        self.hello.setObjectName("customerHello")
        self.member_summary = MemberSummary(page)
        layout.addWidget(self.hello)
        layout.addStretch(1)
        layout.addWidget(self.member_summary)
        layout.addStretch(2)
        return page

    def _visit_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.visit_hello = big_label("", TITLE_PT, page, bold=True)
        self.bill = BillView(page)
        layout.addWidget(self.visit_hello)
        layout.addWidget(self.bill, 1)
        return page

    def _thanks_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.thanks = big_label("", TITLE_PT, page, bold=True)
        self.thanks.setObjectName("customerThanks")
        self.thanks_summary = MemberSummary(page)
        self.question = ScoreRow(page)
        self.question.chosen.connect(self.score_chosen)
        self.answer = big_label("", BODY_PT, page, bold=True)
        layout.addWidget(self.thanks)
        layout.addWidget(self.thanks_summary, 1)
        layout.addWidget(self.question)
        layout.addWidget(self.answer)
        return page

    # What it shows ----------------------------------------------------------------

    def show_idle(self, shop_name: str, line: str, logo: QImage | None) -> None:
        self.state = IDLE
        self.shop_name.setText(shop_name)
        self.line.setText(line)
        self.line.setVisible(bool(line))
        if logo is not None and not logo.isNull():
            pixmap = QPixmap.fromImage(logo).scaledToHeight(
                LOGO_PX, Qt.TransformationMode.SmoothTransformation
            )
            self.logo.setPixmap(pixmap)
            self.logo.show()
        else:
            self.logo.clear()
            self.logo.hide()
        self.pages.setCurrentIndex(0)

    def show_member(self, view: CustomerView, currency: str) -> None:
        self.state = MEMBER
        self.hello.setText(words.greeting(view))
        self.member_summary.show_view(view, currency)
        self.pages.setCurrentIndex(1)

    def show_visit(
        self,
        view: CustomerView | None,
        lines: list[tuple[str, str]],
        due: str,
        applied: str = "",
        earned: str = "",
    ) -> None:
        self.state = VISIT
        self.visit_hello.setText(words.greeting(view) if view is not None else "")
        self.visit_hello.setVisible(view is not None)
        self.bill.show_bill(lines, due, applied, earned)
        self.pages.setCurrentIndex(2)

    def show_thanks(self, view: CustomerView | None, currency: str, *, ask: bool) -> None:
        self.state = THANKS
        self.thanks.setText(words.thanks(view))
        self.thanks_summary.show_view(view, currency)
        self.question.setVisible(ask)
        self.answer.setText("")
        self.answer.hide()
        self.pages.setCurrentIndex(3)

    def show_enrol(self, page: QWidget) -> None:
        """The enrolment page (``enrol_page.EnrolPage``), made anew for each customer."""
        self.state = ENROL
        if self.pages.count() > 4:
            old = self.pages.widget(4)
            self.pages.removeWidget(old)
            old.deleteLater()
        page.setParent(self)
        self.pages.addWidget(page)
        self.pages.setCurrentIndex(4)

    def update_thanks(self, view: CustomerView | None, currency: str) -> None:
        """New balances under "Thank you" (an outside write), the question as it was."""
        self.thanks_summary.show_view(view, currency)

    def answered(self) -> None:
        """The score is stored: the buttons go, a word of thanks stays."""
        self.question.hide()
        self.answer.setText(words.tr("Thank you for your answer!"))
        self.answer.show()

    @property
    def asking(self) -> bool:
        """The 0–10 question is on screen, waiting for a tap."""
        return self.state == THANKS and not self.question.isHidden()

    def texts(self) -> list[str]:
        """Every text the customer can see now (for the tests: nothing else is there)."""
        page = self.pages.currentWidget()
        out = []
        for widget in page.findChildren(QLabel):
            if widget.isVisibleTo(page) and widget.text():
                out.append(widget.text())
        for widget in page.findChildren(QWidget):
            if (
                widget.isVisibleTo(page)
                and hasattr(widget, "text")
                and not isinstance(widget, QLabel)
            ):
                out.append(widget.text())
        return out

    # Scans and closing ------------------------------------------------------------

    def take_scan(self, code: str) -> ScanReply:
        """A scan typed while this window was active belongs to the counter."""
        if self._scans is None:
            return refused(words.tr("Scan at the counter."))
        return self._scans(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Only the counter closes it (the customer has no way to): ``close_for_good``."""
        if not self.property("closing"):
            event.ignore()
            return
        super().closeEvent(event)

    def close_for_good(self) -> None:
        self.setProperty("closing", True)
        self.close()
