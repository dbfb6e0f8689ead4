"""What can be applied to this checkout, as a list of check boxes.

Only what applies to the member at the counter is listed: rewards ready on a punch
card, catalogue rewards they can afford, paying with points (when points have a money
value), their store credit, a pass they hold, and passes or a paid tier to sell. Space
ticks the highlighted line; the totals beside show at once what it does.

Points and store credit pay as much of the bill as they can, unless the cashier set a
part (Ctrl+H, see ``parts.py``): then the line says so ("HUF500 of HUF558").

The first nine lines show their digit ("2  Pay with Bean points…"), and that digit
ticks or unticks the line wherever the highlight is: with the Apply key (``focus.py``)
paying with points is the amount, then three keys, whatever else the member holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...domain.checkout import Schemes
from ...domain.coupons import CP_PREFIX
from ...domain.singlecode import strip_code
from ...services.coupons import MemberCoupon
from ...services.member_extras import MemberExtras
from ...services.views import MemberView
from .. import theme
from ..fit_scroll import FitRows
from ..formatting import coupon_terms, format_date, format_money, reward_description

OFFER_ROLE = Qt.ItemDataRole.UserRole
CONTEXT = "Offers"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Offer:
    kind: str  # stamp | reward | coupon | points | credit | use_pass | sell_pass | tier
    ref: int | None
    text: str
    amount: int = 0  # points or credit held, for paying with them
    name: str = ""  # the points program's name, for paying with points
    point_value: int = 0  # minor units a point pays, for paying with points
    code: str = ""  # a coupon the member holds: its single-use code


@dataclass
class Chosen:
    """The ticked offers, as the parts of a CheckoutRequest."""

    redeem_stamps: dict[int, int] = field(default_factory=dict)
    redeem_rewards: tuple[int, ...] = ()
    use_points: dict[int, int] = field(default_factory=dict)
    use_credit: int = 0
    use_passes: dict[int, int] = field(default_factory=dict)
    buy_passes: dict[int, int] = field(default_factory=dict)
    buy_tier: int | None = None


def offers_for(
    member: MemberView,
    schemes: Schemes,
    extras: MemberExtras | None,
    currency: str,
    coupons: Sequence[MemberCoupon] = (),
) -> list[Offer]:
    """Everything the member could apply now, in the order the checkout applies it.

    ``coupons`` are the codes issued to the member and usable today (a birthday coupon,
    a next-visit coupon): the member need not bring the slip; ticking one puts its code
    in the coupon field, where a typed or scanned code would go.
    """
    loc = QLocale()
    out: list[Offer] = []
    for card in member.cards:
        # A reward ready on a switched-off card is still the member's to redeem.
        if card.rewards_ready:
            out.append(
                Offer(
                    "stamp",
                    card.program_id,
                    tr("{reward} · {program} ({n} ready)").format(
                        reward=reward_description(card, currency),
                        program=card.program,
                        n=loc.toString(card.rewards_ready),
                    ),
                )
            )
    held = {p.program_id: p.points for p in extras.points} if extras else {}
    for r in schemes.rewards.values():
        if r.active and held.get(r.program_id, 0) >= r.cost:
            out.append(
                Offer(
                    "reward",
                    r.id,
                    tr("{reward} · {cost} points").format(reward=r.name, cost=loc.toString(r.cost)),
                )
            )
    for c in coupons:
        until = tr(" · until {date}").format(date=format_date(c.valid_to)) if c.valid_to else ""
        out.append(
            Offer(
                "coupon",
                None,
                tr("Coupon {name}: {terms}{until}").format(
                    name=c.offer.name, terms=coupon_terms(c.offer, currency), until=until
                ),
                code=c.code,
            )
        )
    for p in extras.points if extras else ():
        program = schemes.points.get(p.program_id)
        # Points held stay spendable when their program is switched off.
        if program and program.point_value and p.points:
            out.append(
                Offer(
                    "points",
                    p.program_id,
                    tr("Pay with {name}: {points} = {value}").format(
                        name=p.name,
                        points=loc.toString(p.points),
                        value=format_money(p.points * program.point_value, currency),
                    ),
                    p.points,
                    p.name,
                    program.point_value,
                )
            )
    if extras and extras.credit > 0:
        out.append(
            Offer(
                "credit",
                None,
                tr("Use store credit: {amount}").format(
                    amount=format_money(extras.credit, currency)
                ),
                extras.credit,
            )
        )
    for p in extras.passes if extras else ():
        out.append(
            Offer(
                "use_pass",
                p.program_id,
                tr("Use one {name} ({left} left)").format(name=p.name, left=loc.toString(p.uses)),
            )
        )
    for p in schemes.passes.values():
        if p.active:
            out.append(
                Offer(
                    "sell_pass",
                    p.id,
                    tr("Sell {name}: {uses} uses for {price}").format(
                        name=p.name,
                        uses=loc.toString(p.pass_uses),
                        price=format_money(p.price, currency),
                    ),
                )
            )
    for t in schemes.tiers:
        if t.active and t.fee is not None:
            out.append(
                Offer(
                    "tier",
                    t.id,
                    tr("Sell {tier} membership: {fee}").format(
                        tier=t.name, fee=format_money(t.fee, currency)
                    ),
                )
            )
    return out


def part_text(offer: Offer, part: int, currency: str) -> str:
    """The line of a points or credit offer that pays only ``part`` of what is held."""
    if offer.kind == "points":
        return tr("{name}: {part} of {points} = {value}").format(
            name=offer.name,
            part=QLocale().toString(part),
            points=QLocale().toString(offer.amount),
            value=format_money(part * offer.point_value, currency),
        )
    return tr("Store credit: {part} of {amount}").format(
        part=format_money(part, currency), amount=format_money(offer.amount, currency)
    )


Key = tuple[str, int | None]
DIGIT_ROWS = 9  # lines 1 to 9 have a digit key


class DigitRows(QStyledItemDelegate):
    """Shows each of the first nine lines with its digit in front ("2  Pay with…"), as
    the key bar shows "F3  Enroll". Only what is painted: the line's text stays the
    offer's, for the tests, the screen reader and ``part_text``."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.row() < DIGIT_ROWS:
            option.text = f"{index.row() + 1}  {option.text}"


class OffersList(FitRows, QListWidget):
    """Check boxes, one per offer; ``chosen()`` gives what is ticked. Four lines where
    the height allows, down to the highlighted one where it does not."""

    most_rows = 4

    changed = Signal()
    coupon_ticked = Signal(str, bool)  # a held coupon's code, ticked or not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Rewards and payments to apply"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        theme.set_font(self, theme.BASE_PT)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(DigitRows(self))
        self._parts: dict[Key, int] = {}  # (kind, ref) → points or credit to use
        self.itemChanged.connect(self._item_changed)

    def _item_changed(self, row: QListWidgetItem) -> None:
        """Unticking a line with a part drops the part: ticked again, it pays in full.

        A visit takes one coupon: ticking one unticks any other."""
        offer: Offer = row.data(OFFER_ROLE)
        if offer.kind == "coupon":
            on = row.checkState() == Qt.CheckState.Checked
            if on:
                self._tick_coupon(offer.code)
            self.coupon_ticked.emit(offer.code, on)
        key = (offer.kind, offer.ref)
        if row.checkState() != Qt.CheckState.Checked and key in self._parts:
            del self._parts[key]
            row.setText(offer.text)  # emits itemChanged again, without the part
            return
        self.changed.emit()

    # Parts -------------------------------------------------------------------------

    def part(self, kind: str, ref: int | None) -> int | None:
        """The part set for this offer; None: as much as the bill needs."""
        return self._parts.get((kind, ref))

    def parts(self) -> dict[Key, int]:
        return dict(self._parts)

    def set_part(self, kind: str, ref: int | None, part: int | None, currency: str) -> bool:
        """Pay ``part`` with this offer (None: as much as needed), and tick it."""
        for i in range(self.count()):
            row = self.item(i)
            offer: Offer = row.data(OFFER_ROLE)
            if (offer.kind, offer.ref) != (kind, ref):
                continue
            self.blockSignals(True)
            try:
                if part is None:
                    self._parts.pop((kind, ref), None)
                    row.setText(offer.text)
                else:
                    self._parts[(kind, ref)] = part
                    row.setText(part_text(offer, part, currency))
                row.setCheckState(Qt.CheckState.Checked)
            finally:
                self.blockSignals(False)
            self.scrollToItem(row)  # the line may have grown: keep all of it in view
            self.changed.emit()
            return True
        return False

    # Coupons -----------------------------------------------------------------------

    def _tick_coupon(self, code: str) -> None:
        """Tick the held coupon ``code`` (if listed) and untick the others, silently."""
        self.blockSignals(True)
        try:
            for i in range(self.count()):
                row = self.item(i)
                offer: Offer = row.data(OFFER_ROLE)
                if offer.kind == "coupon":
                    on = offer.code == code
                    row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self.blockSignals(False)

    def bind_coupon_field(self, field: QLineEdit) -> None:
        """Keep the coupon lines and the coupon field saying the same: a ticked line
        fills the field, unticking empties it, and a code typed or scanned into the
        field ticks its line if the member holds it (and unticks any other)."""

        def ticked(code: str, on: bool) -> None:
            if on:
                field.setText(code)
            elif strip_code(field.text(), CP_PREFIX) == code:
                field.clear()

        self.coupon_ticked.connect(ticked)
        field.textChanged.connect(lambda text: self._tick_coupon(strip_code(text, CP_PREFIX)))

    def current_offer(self) -> Offer | None:
        row = self.currentItem()
        return row.data(OFFER_ROLE) if row is not None else None

    # Offers ------------------------------------------------------------------------

    def set_offers(self, offers: list[Offer]) -> None:
        """``offers``, none ticked, in the rows already in the list: a scan adds or
        removes only the rows the number of offers changes, and sets a row's text only
        when it differs (each change has the list lay its rows out again)."""
        before = self.count()
        self.blockSignals(True)
        try:
            self._parts = {}
            while self.count() > len(offers):
                self.takeItem(self.count() - 1)
            for i, offer in enumerate(offers):
                row = self.item(i)
                if row is None:
                    row = QListWidgetItem(offer.text, self)
                    row.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    row.setCheckState(Qt.CheckState.Unchecked)  # its box drawn from now on
                else:
                    if row.text() != offer.text:
                        row.setText(offer.text)
                    if row.checkState() != Qt.CheckState.Unchecked:
                        row.setCheckState(Qt.CheckState.Unchecked)
                row.setData(OFFER_ROLE, offer)
            if self.count():
                self.setCurrentRow(0)
                self.scrollToTop()
        finally:
            self.blockSignals(False)
        if self.count() != before:
            self.updateGeometry()  # as many lines as there are offers, up to four

    def offers(self) -> list[Offer]:
        return [self.item(i).data(OFFER_ROLE) for i in range(self.count())]

    def ticked(self) -> list[Offer]:
        return [
            self.item(i).data(OFFER_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def tick(self, kind: str, ref: int | None = None, on: bool = True) -> bool:
        """Tick the first offer of ``kind`` (and ``ref``); False when there is none."""
        for i in range(self.count()):
            offer: Offer = self.item(i).data(OFFER_ROLE)
            if offer.kind == kind and (ref is None or offer.ref == ref):
                state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                self.item(i).setCheckState(state)
                return True
        return False

    def reset(self) -> None:
        self.blockSignals(True)
        self._parts = {}
        for i in range(self.count()):
            self.item(i).setCheckState(Qt.CheckState.Unchecked)
            self.item(i).setText(self.item(i).data(OFFER_ROLE).text)
        self.blockSignals(False)

    def chosen(self) -> Chosen:
        c = Chosen()
        rewards: list[int] = []
        for i in range(self.count()):
            row = self.item(i)
            if row.checkState() != Qt.CheckState.Checked:
                continue
            o: Offer = row.data(OFFER_ROLE)
            if o.kind == "stamp" and o.ref is not None:
                c.redeem_stamps[o.ref] = 1
            elif o.kind == "reward" and o.ref is not None:
                rewards.append(o.ref)
            elif o.kind == "points" and o.ref is not None:
                # All held unless a part is set: the checkout uses only what the bill needs.
                c.use_points[o.ref] = self._parts.get((o.kind, o.ref), o.amount)
            elif o.kind == "credit":
                c.use_credit = self._parts.get((o.kind, o.ref), o.amount)  # likewise
            elif o.kind == "use_pass" and o.ref is not None:
                c.use_passes[o.ref] = 1
            elif o.kind == "sell_pass" and o.ref is not None:
                c.buy_passes[o.ref] = 1
            elif o.kind == "tier":
                c.buy_tier = o.ref
        c.redeem_rewards = tuple(rewards)
        return c

    def toggle(self, row: QListWidgetItem) -> None:
        """Tick the line, or untick it if it is ticked."""
        checked = row.checkState() == Qt.CheckState.Checked
        row.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentItem()
        if event.key() == Qt.Key.Key_Space and row is not None:
            self.toggle(row)
            return
        text = event.text()
        if len(text) == 1 and text in "123456789":
            n = int(text)
            if n <= min(self.count(), DIGIT_ROWS):
                self.setCurrentRow(n - 1)
                self.toggle(self.item(n - 1))
            return  # a digit past the last line does nothing (no jump by keyboard search)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the form confirms
            return
        super().keyPressEvent(event)
