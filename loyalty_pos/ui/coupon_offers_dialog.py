"""The owner's screen for coupon offers: list them, add one, change one, issue a code,
and print a batch of new codes as coupons to hand out (Ctrl+P).

Validation is the service's (``validate_offer``); the dialog turns the fields into a
``CouponOffer`` and shows the service's answer under the form. Optional numbers are the
zero value of their spin boxes ("no maximum", "no limit"), optional dates an empty field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..domain.coupons import MAX_PER_MEMBER, MAX_VALID_DAYS, CouponOffer
from ..domain.money import minor_digits, to_major, to_minor
from ..domain.programs import RewardKind
from ..printing.faces import PrintedFace, coupon_face
from ..printing.layouts import LayoutKind
from ..services import Services
from ..services.changes import ChangeTracker
from ..services.coupons import ISSUE_MAX, CouponService
from . import theme
from .button_row import push_button
from .formatting import format_money
from .list_form import Entry, ListFormDialog, Texts
from .ops import Ops
from .print_codes_dialog import PrintCodesDialog

MONEY_MAX = 1_000_000  # major units in the spin boxes; the service has the real limit


class DateError(Exception):
    """A date field holds something that is not YYYY-MM-DD."""


class CouponOffersDialog(ListFormDialog):
    """Offers on the left, the chosen (or new) offer's fields on the right."""

    KIND = "coupons"

    def __init__(
        self,
        coupons: CouponService,
        currency: str,
        parent: QWidget | None = None,
        services=None,
        *,
        ops: Ops | None = None,
    ) -> None:
        tracker = services.changes if services is not None else ChangeTracker(coupons.db)
        super().__init__(parent, ops=ops, changes=tracker)
        self.coupons = coupons
        self.services = services  # the card design, for printing codes
        self.print_dialog: PrintCodesDialog | None = None
        self.currency = currency
        self.editing: CouponOffer | None = None
        self.setWindowTitle(self.tr("Coupon offers"))
        self.resize(1180, 720)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. 10 % off in spring"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Fixed discount"), RewardKind.FIXED_DISCOUNT)
        self.kind.addItem(self.tr("Percent discount"), RewardKind.PERCENT_DISCOUNT)
        self.kind.addItem(self.tr("Free item"), RewardKind.FREE_ITEM)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.value = QDoubleSpinBox(self)
        self.max_discount = self._money_box(self.tr("no maximum"))
        self.min_spend = self._money_box(self.tr("none"))
        self.valid_from = self._date_edit()
        self.valid_to = self._date_edit()
        self.valid_days = QSpinBox(self)
        self.valid_days.setRange(0, MAX_VALID_DAYS)
        self.valid_days.setSpecialValueText(self.tr("the offer's dates"))
        self.valid_days.setSuffix(self.tr(" days"))
        self.per_member = QSpinBox(self)
        self.per_member.setRange(0, MAX_PER_MEMBER)
        self.per_member.setSpecialValueText(self.tr("no limit"))
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("optional, e.g. SPRING-10 (anyone may type it)"))
        self.code.setMaxLength(20)
        self.trigger = QComboBox(self)
        self.trigger.addItem(self.tr("Only by hand"), None)
        self.trigger.addItem(self.tr("In the member's birthday month"), "birthday")
        self.trigger.addItem(self.tr("After a visit charging at least…"), "next_visit")
        self.trigger.currentIndexChanged.connect(self._trigger_changed)
        self.trigger_spend = self._money_box("")
        self.active = QCheckBox(self.tr("Active (accepted at the counter)"), self)
        self.active.setChecked(True)

        form = self.form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Value"), self.value)
        form.addRow(self.tr("&Maximum discount"), self.max_discount)
        form.addRow(self.tr("Minimum &spend"), self.min_spend)
        form.addRow(self.tr("Valid &from"), self.valid_from)
        form.addRow(self.tr("Valid &until"), self.valid_to)
        form.addRow(self.tr("Each code valid &for"), self.valid_days)
        form.addRow(self.tr("Uses &per member"), self.per_member)
        form.addRow(self.tr("Shared &code"), self.code)
        form.addRow(self.tr("&Given out"), self.trigger)
        form.addRow(self.tr("Visit charging at &least"), self.trigger_spend)
        form.addRow("", self.active)

        self.issued = QLabel(self)
        self.issued.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.set_font(self.issued, theme.CARD_TITLE_PT, bold=True)
        self.issued.hide()
        self.issue_button = push_button(
            self, self.tr("Issue a code (Ctrl+I)"), self.issue_code, key="Ctrl+I"
        )
        self.print_button = push_button(
            self, self.tr("Print codes… (Ctrl+P)"), self.print_codes, key="Ctrl+P"
        )
        texts = Texts(
            new=self.tr("New offer (Ctrl+N)"),
            save=self.tr("Save (Ctrl+S)"),
            close=self.tr("Close (Esc)"),
            list_name=self.tr("Coupon offers"),
        )
        # The form scrolls on a short till; the buttons under it stay in view.
        self.build(
            form,
            texts,
            under_error=[self.issued],
            leading=[self.issue_button, self.print_button],
            scroll=True,
        )
        self.start()

    def _money_box(self, none_text: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setDecimals(minor_digits(self.currency))
        box.setRange(0, MONEY_MAX)
        box.setSuffix(" " + self.currency)
        if none_text:
            box.setSpecialValueText(none_text)
        return box

    def _date_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        edit.setMaxLength(10)
        return edit

    # Loading ----------------------------------------------------------------------

    def describe(self, o: CouponOffer) -> str:
        """One list line: "Spring: 10 % off, code SPRING" ."""
        if o.kind is RewardKind.FIXED_DISCOUNT:
            what = self.tr("{amount} off").format(amount=format_money(o.value, self.currency))
        elif o.kind is RewardKind.PERCENT_DISCOUNT:
            what = self.tr("{percent} % off").format(percent=o.value)
        else:
            what = self.tr("free item")
        text = self.tr("{name}: {what}").format(name=o.name, what=what)
        if o.code:
            text += self.tr(", code {code}").format(code=o.code)
        if o.trigger == "birthday":
            text += self.tr(", birthday")
        elif o.trigger == "next_visit":
            text += self.tr(", next visit")
        if not o.active:
            text += self.tr(" (off)")
        return text

    def entries(self) -> list[Entry]:
        return [Entry(self.describe(o), o, o.id) for o in self.coupons.list_offers()]

    def first_field(self) -> QWidget:
        return self.name

    def new_offer(self) -> None:
        self.new_entry()

    def _major(self, minor: int | None) -> float:
        return float(to_major(minor or 0, self.currency))

    def edit(self, offer: CouponOffer | None) -> None:
        """Fill the form from ``offer``; None starts a new one."""
        self.editing = offer
        self.hide_messages()
        o = offer or CouponOffer(0, "", RewardKind.FIXED_DISCOUNT)
        self.heading.setText(
            self.tr("New coupon offer")
            if offer is None
            else self.tr("Edit “{name}”").format(name=o.name)
        )
        self.name.setText(o.name)
        self.kind.setCurrentIndex(self.kind.findData(o.kind))
        self._kind_changed()
        if o.kind is RewardKind.FIXED_DISCOUNT:
            self.value.setValue(self._major(o.value))
        else:
            self.value.setValue(o.value)
        self.max_discount.setValue(self._major(o.max_discount))
        self.min_spend.setValue(self._major(o.min_spend))
        self.valid_from.setText(o.valid_from.isoformat() if o.valid_from else "")
        self.valid_to.setText(o.valid_to.isoformat() if o.valid_to else "")
        self.valid_days.setValue(o.valid_days or 0)
        self.per_member.setValue(o.per_member_limit or 0)
        self.code.setText(o.code or "")
        self.trigger.setCurrentIndex(self.trigger.findData(o.trigger))
        self.trigger_spend.setValue(self._major(o.trigger_spend))
        self._trigger_changed()
        self.active.setChecked(o.active)
        self.issue_button.setEnabled(offer is not None)
        self.print_button.setEnabled(offer is not None and self.services is not None)

    def _kind_changed(self, _index: int = 0) -> None:
        kind = self.kind.currentData()
        # Rows that mean nothing for this kind are hidden, not just greyed out.
        self.form.setRowVisible(self.value, kind != RewardKind.FREE_ITEM)
        self.form.setRowVisible(self.max_discount, kind == RewardKind.PERCENT_DISCOUNT)
        if kind == RewardKind.FIXED_DISCOUNT:
            self.value.setDecimals(minor_digits(self.currency))
            self.value.setRange(0, MONEY_MAX)
            self.value.setSuffix(" " + self.currency)
        elif kind == RewardKind.PERCENT_DISCOUNT:
            self.value.setDecimals(0)
            self.value.setRange(0, 100)
            self.value.setSuffix(" %")
        else:
            self.value.setDecimals(0)
            self.value.setSuffix("")
            self.value.setValue(0)
        if kind != RewardKind.PERCENT_DISCOUNT:
            self.max_discount.setValue(0)

    def _trigger_changed(self, _index: int = 0) -> None:
        on_visit = self.trigger.currentData() == "next_visit"
        self.form.setRowVisible(self.trigger_spend, on_visit)
        if not on_visit:
            self.trigger_spend.setValue(0)
        self.form.setRowVisible(self.code, self.trigger.currentData() is None)

    # Saving -----------------------------------------------------------------------

    def _minor(self, box: QDoubleSpinBox) -> int:
        digits = minor_digits(self.currency)
        return to_minor(f"{box.value():.{digits}f}", self.currency)

    def _date(self, edit: QLineEdit) -> date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise DateError(text) from None

    def offer(self) -> CouponOffer:
        """The form as an offer (money in minor units); DateError for a bad date."""
        kind = RewardKind(self.kind.currentData())
        if kind == RewardKind.FIXED_DISCOUNT:
            value = self._minor(self.value)
        elif kind == RewardKind.PERCENT_DISCOUNT:
            value = round(self.value.value())
        else:
            value = 0
        trigger = self.trigger.currentData()
        return CouponOffer(
            id=self.editing.id if self.editing is not None else 0,
            name=self.name.text().strip(),
            kind=kind,
            value=value,
            max_discount=self._minor(self.max_discount) or None,
            item_id=self.editing.item_id if self.editing is not None else None,
            min_spend=self._minor(self.min_spend),
            valid_from=self._date(self.valid_from),
            valid_to=self._date(self.valid_to),
            valid_days=self.valid_days.value() or None,
            per_member_limit=self.per_member.value() or None,
            code=(self.code.text().strip() or None) if trigger is None else None,
            trigger=trigger,
            trigger_spend=self._minor(self.trigger_spend) if trigger == "next_visit" else None,
            active=self.active.isChecked(),
        )

    def hide_messages(self) -> None:
        super().hide_messages()
        self.issued.hide()

    def save(self) -> None:
        self.hide_messages()
        try:
            offer = self.offer()
        except DateError as err:
            self.show_error(
                self.tr("“{text}” is not a date (use YYYY-MM-DD).").format(text=err.args[0])
            )
            return
        add, update = self.coupons.add_offer, self.coupons.update_offer
        self.run(lambda: add(offer) if offer.id == 0 else update(offer), self.saved)

    def issue_code(self) -> None:
        """A single-use code of the saved offer, shown to copy or print."""
        if self.editing is None:
            return

        def issued(code: str) -> None:
            self.issued.setText(self.tr("New code: {code}").format(code=code))
            self.issued.show()

        offer_id = self.editing.id
        self.run(lambda: self.coupons.issue(offer_id), issued)

    def print_codes(self) -> None:
        """Ctrl+P: issue new codes of the saved offer and print them as cards."""
        if self.editing is None or self.services is None:
            return
        offer = self.editing
        self.print_dialog = PrintCodesDialog(
            self.services,
            self.tr("Print coupons"),
            self.tr("New single-use codes of “{name}”").format(name=offer.name),
            CouponBatch(self.coupons, offer.id, self.currency),
            self,
            count_max=ISSUE_MAX,
            layout=LayoutKind.A4,
            pdf_name="coupons.pdf",
        )
        self.print_dialog.open()


class CouponBatch:
    """The codes a print dialog prints: issued the first time they are needed and kept,
    so a preview and then a print show the same codes; asking for more issues only the
    difference."""

    def __init__(self, coupons: CouponService, offer_id: int, currency: str) -> None:
        self.coupons = coupons
        self.offer_id = offer_id
        self.currency = currency
        self.codes: list[str] = []

    def __call__(self, count: int) -> list[PrintedFace]:
        if count > len(self.codes):
            self.codes += self.coupons.issue_many(self.offer_id, count - len(self.codes))
        faces = []
        for code in self.codes[:count]:
            c = self.coupons.printable(code)
            face = coupon_face(
                c.code,
                c.offer,
                self.currency,
                valid_to=c.valid_to,
                item_name=c.item_name,
                member_name=c.member_name,
            )
            faces.append(face)
        return faces


def open_coupon_offers(
    parent: QWidget | None, services: Services, *, ops: Ops | None = None
) -> CouponOffersDialog:
    """Open the coupon offers screen (window-modal) and return it."""
    dialog = CouponOffersDialog(
        services.coupons, services.shop.all()["currency"], parent, services=services, ops=ops
    )
    dialog.open()
    return dialog
