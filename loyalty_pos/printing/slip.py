"""The loyalty slip after a visit, for a 58 or 80 mm receipt printer (or a PDF).

``Slip`` is plain lines of label and value, so a later kind of balance (points, store
credit, a gift card) is one more line, not a new layout. ``slip_for_visit`` words a
visit; ``draw_slip`` lays any slip out on a paper width and returns its height, which
sets the page length (receipt paper is a roll).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from ..domain.card_design import BarcodeKind
from ..l10n import format_date, format_money, format_time, translate
from ..services.checkout import CheckoutResult
from ..services.refunding import RefundResult
from ..services.wording import reward_description, stamps_of
from . import text as textfit
from .card import group_digits
from .codes import draw_bars, module_size
from .patterns import bar_pattern

CONTEXT = "Slip"
PRINTABLE_MM = {"58": 48.0, "80": 72.0}  # the print head's width on each paper
BODY_MM = 3.0  # text height: about 8.5 pt
HEADING_MM = 4.4
LINE_GAP_MM = 0.8
END_FEED_MM = 6.0  # blank paper after the last line, for the tear-off
CODE_BARS_MM = 12.0  # bar height of a coupon's barcode
CODE_MODULE_MM = 0.375  # 3 dots of a 203 dpi receipt printer


def tr(text: str) -> str:
    return translate(CONTEXT, text)


class Style(StrEnum):
    HEADING = "heading"  # centred, large, bold
    CENTRE = "centre"
    SECTION = "section"  # bold label across the width
    LINE = "line"  # label left, value right
    STRONG = "strong"  # a line in bold (a reward to collect)
    RULE = "rule"  # a dashed separator
    CODE = "code"  # the label centred, then ``value`` as an EAN-13 barcode (a coupon)


@dataclass(frozen=True)
class SlipLine:
    label: str = ""
    value: str = ""
    style: Style = Style.LINE


@dataclass(frozen=True)
class Slip:
    lines: list[SlipLine] = field(default_factory=list)


def slip_for_visit(
    result: CheckoutResult,
    shop_name: str,
    currency: str,
    now: datetime,
    balances: dict | None = None,
    coupons: Sequence[tuple[str, str]] = (),
) -> Slip:
    """What the member takes home: the bill, earned this visit, balances, rewards ready.

    ``balances`` is the checkout's ``balances_summary`` (points, credit, passes, tier).
    ``coupons`` are (what it gives, code) of the coupons this visit issued (a next-visit
    coupon): each prints with its barcode, so the slip itself is the coupon.
    """
    m = result.member
    money = lambda n: format_money(n, currency)  # noqa: E731 - a local shorthand
    lines = [
        SlipLine(shop_name, style=Style.HEADING),
        SlipLine(f"{format_date(now)} {format_time(now)}", style=Style.CENTRE),
        SlipLine(style=Style.RULE),
        SlipLine(tr("Member"), m.name),
        SlipLine(tr("Card"), m.card_number or "—"),
        SlipLine(style=Style.RULE),
        SlipLine(tr("This visit"), style=Style.SECTION),
    ]
    if result.amount or result.discount:
        lines.append(SlipLine(tr("Amount"), money(result.amount)))
        for d in result.plan.discounts if result.plan else ():
            lines.append(SlipLine(d.label, "−" + money(d.amount)))
        if result.paid_credit:
            lines.append(SlipLine(tr("Paid with credit"), "−" + money(result.paid_credit)))
        if result.paid_gift:
            lines.append(SlipLine(tr("Paid with gift card"), "−" + money(result.paid_gift)))
        lines.append(SlipLine(tr("To pay"), money(result.cash_due), style=Style.STRONG))
    earned = []
    plan = result.plan
    if plan is not None and plan.points_earned:
        n = sum(plan.points_earned.values())
        earned.append(SlipLine(tr("Points"), tr("+{n}").format(n=n)))
    if plan is not None and plan.credit_earned:
        earned.append(SlipLine(tr("Store credit"), "+" + money(sum(plan.credit_earned.values()))))
    for line in plan.stamp_outcomes if plan is not None else ():
        name = line.program.name
        if line.stamps_added:
            earned.append(SlipLine(name, tr("+{n} stamps").format(n=line.stamps_added)))
        if line.cards_completed:
            earned.append(SlipLine(tr("{program}: card complete!").format(program=name)))
        if line.redeemed:
            card = m.card_for(name)
            reward = reward_description(card, currency) if card else line.program.reward_text
            earned.append(SlipLine(tr("Reward given: {reward}").format(reward=reward)))
    lines += earned or [SlipLine(tr("Nothing earned this time."))]
    lines += [SlipLine(style=Style.RULE), SlipLine(tr("Your cards"), style=Style.SECTION)]
    for card in m.cards:  # a switched-off card is listed only while it holds something
        name = (
            card.program
            if card.active
            else tr("{program} (switched off)").format(program=card.program)
        )
        lines.append(SlipLine(name, stamps_of(card.stamps, card.stamps_needed)))
    if balances:
        if balances.get("points_by_program"):
            for name, n in balances["points_by_program"].items():
                lines.append(SlipLine(name, tr("{n} points").format(n=n)))
        if balances.get("credit"):
            lines.append(SlipLine(tr("Store credit"), money(balances["credit"])))
        for name, left in (balances.get("passes") or {}).items():
            if left:
                lines.append(SlipLine(name, tr("{n} left").format(n=left)))
        if balances.get("tier"):
            lines.append(SlipLine(tr("Tier"), balances["tier"]))
    ready = [c for c in m.cards if c.rewards_ready]
    if ready:
        lines += [SlipLine(style=Style.RULE), SlipLine(tr("Rewards ready"), style=Style.SECTION)]
        for card in ready:
            text = reward_description(card, currency)
            if card.rewards_ready > 1:
                text += f" × {card.rewards_ready}"
            lines.append(SlipLine(text, style=Style.STRONG))
    if coupons:
        lines += [SlipLine(style=Style.RULE), SlipLine(tr("Your coupon"), style=Style.SECTION)]
        for text, code in coupons:
            lines.append(SlipLine(text, code, style=Style.CODE))
    lines += [SlipLine(style=Style.RULE), SlipLine(tr("Thank you!"), style=Style.CENTRE)]
    return Slip(lines)


def slip_for_refund(
    result: RefundResult,
    shop_name: str,
    currency: str,
    now: datetime,
    names: dict[int, str],
) -> Slip:
    """The refund slip: the cash handed back first, then what went back where, and the
    loyalty taken back or given back, so the customer and the till agree."""
    money = lambda n: format_money(n, currency)  # noqa: E731 - a local shorthand
    t = result.tenders
    lines = [
        SlipLine(shop_name, style=Style.HEADING),
        SlipLine(f"{format_date(now)} {format_time(now)}", style=Style.CENTRE),
        SlipLine(style=Style.RULE),
        SlipLine(
            (tr("Refund in full") if result.full else tr("Partial refund")), style=Style.SECTION
        ),
        SlipLine(tr("Visit"), str(result.visit_id)),
        SlipLine(tr("Refunded"), money(result.amount)),
    ]
    if result.member is not None:
        lines.insert(3, SlipLine(tr("Member"), result.member.name))
    if t is not None:
        lines.append(SlipLine(tr("Cash back"), money(t.cash), style=Style.STRONG))
        if t.gift:
            lines.append(SlipLine(tr("Back on gift card"), money(t.gift)))
            lines.append(SlipLine(t.gift_code or "", style=Style.CENTRE))
        if t.credit:
            lines.append(SlipLine(tr("Back to store credit"), money(t.credit)))
        for pid, n in sorted(t.passes.items()):
            lines.append(SlipLine(names.get(pid, "?"), tr("+{n} uses").format(n=n)))
        for pid, n in sorted(t.points.items()):
            lines.append(SlipLine(names.get(pid, "?"), tr("+{n} points").format(n=n)))
    changes = {k: v for k, v in result.changes.items() if v}
    if changes:
        lines += [SlipLine(style=Style.RULE), SlipLine(tr("Loyalty"), style=Style.SECTION)]
        for (pid, account), delta in sorted(changes.items()):
            sign = "+" if delta > 0 else "−"
            value = money(abs(delta)) if account.value == "credit" else str(abs(delta))
            lines.append(SlipLine(f"{names.get(pid, '?')} ({account_word(account.value)})",
                                  sign + value))  # fmt: skip
    lines += [SlipLine(style=Style.RULE), SlipLine(tr("Thank you!"), style=Style.CENTRE)]
    return Slip(lines)


def account_word(account: str) -> str:
    return {
        "stamps": tr("stamps"),
        "rewards": tr("rewards"),
        "points": tr("points"),
        "credit": tr("store credit"),
        "passes": tr("pass uses"),
    }[account]


@dataclass(frozen=True)
class DrawnSlip:
    height_mm: float
    boxes: list[textfit.FittedText]  # every text as drawn, for checks


def draw_slip(
    painter: QPainter | None, slip: Slip, paper: str, dpi: float, *, top_mm: float = 2.0
) -> DrawnSlip:
    """Lay out (and draw, when ``painter`` is given) the slip; returns its height."""
    k = dpi / 25.4
    printable = PRINTABLE_MM[paper]
    left = (float(paper) - printable) / 2
    y = top_mm
    boxes: list[textfit.FittedText] = []
    if painter is not None:
        painter.save()
        painter.setPen(QColor("#000000"))
    for line in slip.lines:
        if line.style is Style.RULE:
            if painter is not None:
                pen = QPen(QColor("#000000"), 0.2 * k)
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(
                    QPointF(left * k, (y + 1) * k), QPointF((left + printable) * k, (y + 1) * k)
                )
                painter.setPen(QColor("#000000"))
            y += 2.0
            continue
        if line.style is Style.CODE:
            y = _draw_code_line(painter, line, left, printable, y, k, boxes)
            continue
        size = HEADING_MM if line.style is Style.HEADING else BODY_MM
        bold = line.style in (Style.HEADING, Style.SECTION, Style.STRONG)
        row_h = size * 1.35
        value_w = 0.0
        if line.value:
            vf = textfit.card_font(line.value, bold=bold)
            value = textfit.fit(
                line.value,
                vf,
                QRectF(left * k, y * k, printable * 0.6 * k, row_h * k),
                size * k,
                size * 0.8 * k,
            )
            value_w = value.width / k + 1.5
            right_box = QRectF((left + printable) * k - value.width, y * k, value.width, row_h * k)
            value = textfit.FittedText(value.text, value.font, value.width, right_box)
            boxes.append(value)
            if painter is not None:
                textfit.draw(painter, value, Qt.AlignmentFlag.AlignRight)
        font = textfit.card_font(line.label, bold=bold)
        box = QRectF(left * k, y * k, (printable - value_w) * k, row_h * k)
        fitted = textfit.fit(line.label, font, box, size * k, size * 0.75 * k)
        boxes.append(fitted)
        if painter is not None and line.label:
            align = (
                Qt.AlignmentFlag.AlignHCenter
                if line.style in (Style.HEADING, Style.CENTRE)
                else Qt.AlignmentFlag.AlignLeft
            )
            textfit.draw(painter, fitted, align)
        y += QFontMetricsF(fitted.font).height() / k + LINE_GAP_MM if line.label else row_h
    if painter is not None:
        painter.restore()
    return DrawnSlip(y + END_FEED_MM, boxes)


def _draw_code_line(
    painter: QPainter | None,
    line: SlipLine,
    left: float,
    printable: float,
    y: float,
    k: float,
    boxes: list[textfit.FittedText],
) -> float:
    """The label centred (shrunk to fit), the code's bars and digits under it; returns
    the new ``y``. Modules are whole printer dots (0.375 mm at most), like the cards."""
    if line.label:
        font = textfit.card_font(line.label, bold=True)
        box = QRectF(left * k, y * k, printable * k, BODY_MM * 1.35 * k)
        fitted = textfit.fit(line.label, font, box, BODY_MM * k, BODY_MM * 0.7 * k)
        boxes.append(fitted)
        if painter is not None:
            textfit.draw(painter, fitted, Qt.AlignmentFlag.AlignHCenter)
        y += QFontMetricsF(fitted.font).height() / k + LINE_GAP_MM
    pattern = bar_pattern(BarcodeKind.EAN13, line.value)
    module = module_size(printable * k, pattern.total_modules, CODE_MODULE_MM * k)
    width = pattern.total_modules * module
    x = left * k + (printable * k - width) / 2
    if painter is not None:
        bars = draw_bars(painter, pattern, x, y * k, module, CODE_BARS_MM * k)
        digits_box = QRectF(bars.x(), bars.bottom(), bars.width(), BODY_MM * 1.2 * k)
        shown = group_digits(pattern)
        digits = textfit.fit(shown, textfit.card_font(shown), digits_box, BODY_MM * k, 2.0 * k)
        boxes.append(digits)
        textfit.draw(painter, digits, Qt.AlignmentFlag.AlignHCenter)
    return y + CODE_BARS_MM + BODY_MM * 1.2 + LINE_GAP_MM


def slip_layout(slip: Slip, paper: str) -> QPageLayout:
    """A page exactly as wide as the paper and as long as the slip."""
    height = draw_slip(None, slip, paper, 1200).height_mm
    size = QPageSize(
        QSizeF(float(paper), height),
        QPageSize.Unit.Millimeter,
        f"Receipt {paper} mm",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )


def paint_slip(printer, slip: Slip, paper: str) -> None:
    """Draw on a printer already set up with ``slip_layout`` and ``setFullPage(True)``."""
    painter = QPainter()
    if painter.begin(printer):
        try:
            draw_slip(painter, slip, paper, printer.resolution())
        finally:
            painter.end()


def write_slip_pdf(path: str | Path, slip: Slip, paper: str) -> None:
    from .document import PDF_DPI, ensure_gui

    ensure_gui()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator("Loyalty POS")
    writer.setPageLayout(slip_layout(slip, paper))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        draw_slip(painter, slip, paper, PDF_DPI)
    finally:
        painter.end()
