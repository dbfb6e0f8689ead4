"""The live totals beside the checkout: each discount, the amount to charge, what
credit or a gift card pays, and the cash due, the biggest number on the counter.

Below it, what the visit earns with the rounding rule spelt out ("1 point per 100 Ft,
rounded down"), so the cashier can answer "why only 12 points?" without a manager.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...domain.checkout import CheckoutPlan, Schemes
from ...domain.earning import combined_multiplier, earn_multipliers
from ...domain.ledger import Account, Kind
from ...domain.programs import RewardKind
from ...domain.schemes import PointsProgram, Tier
from .. import theme
from ..formatting import format_money as format_money_now
from ..shrink_label import ShrinkLabel
from .fit_label import FitLabel
from .parts import Held, points_paid

CONTEXT = "Totals"
CASH_DUE_PT = 40


_MONEY_MEMO: dict[tuple[int, str, str], str] = {}
_MONEY_MEMO_MAX = 512


def format_money(minor: int, currency: str) -> str:
    """``formatting.format_money``, remembered per locale: the same few amounts ("0 Ft",
    the price of a coffee) are formatted on every scan and every key, and each takes
    Babel a quarter of a millisecond."""
    key = (minor, currency, QLocale().name())
    text = _MONEY_MEMO.get(key)
    if text is None:
        if len(_MONEY_MEMO) >= _MONEY_MEMO_MAX:
            _MONEY_MEMO.clear()
        text = _MONEY_MEMO[key] = format_money_now(minor, currency)
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def points_rule(p: PointsProgram, currency: str, multipliers_pct: Sequence[int] = ()) -> str:
    """ "1 point per 100 Ft, rounded down" (+ per visit, per item, today's multiplier:
    the exact product of ``multipliers_pct``, the one the checkout applies)."""
    loc = QLocale()
    parts = [
        tr("{n} point per {step}, rounded down").format(
            n=loc.toString(p.points_per_step), step=format_money(p.amount_step, currency)
        )
        if p.points_per_step == 1
        else tr("{n} points per {step}, rounded down").format(
            n=loc.toString(p.points_per_step), step=format_money(p.amount_step, currency)
        )
    ]
    if p.points_per_visit:
        parts.append(tr("+{n} per visit").format(n=loc.toString(p.points_per_visit)))
    if p.points_per_item:
        parts.append(tr("+{n} per item").format(n=loc.toString(p.points_per_item)))
    multiplier = combined_multiplier(multipliers_pct)
    if multiplier != 1:
        parts.append(tr("×{m}").format(m=times_text(multiplier)))
    return "; ".join(parts)


def times_text(multiplier: Fraction) -> str:
    """An exact multiplier in the locale's digits: 15/8 → "1.875" ("1,875" in Hungarian).

    Never rounded for show: ×1.5 and ×1.25 are ×1.875 on screen as in the checkout, so
    the cashier's sum on paper agrees with the points written. Multipliers are stored in
    percent, so the product always ends after a few decimals.
    """
    exact = Decimal(multiplier.numerator) / Decimal(multiplier.denominator)
    text = format(exact.normalize(), "f")
    return text.replace(".", QLocale().decimalPoint())


def percent_text(bp: int) -> str:
    """Basis points as a percentage: 500 → "5 %", 250 → "2.5 %"."""
    return tr("{p} %").format(p=QLocale().toString(bp / 100, "g", 4))


class TotalsView(QFrame):
    """Lines, cash due, what is earned, what to hand over, and an inline error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totals")
        self.lines: list[tuple[str, str]] = []
        self.table = QLabel(self)
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setWordWrap(True)  # a long line wraps in a narrow column
        theme.set_font(self.table, theme.BASE_PT)
        self.cash_caption = QLabel(tr("CASH\nDUE"), self)
        theme.set_font(self.cash_caption, theme.BASE_PT + 1, bold=True)
        self.cash_due = ShrinkLabel(self, floor_pt=theme.pt(theme.SMALL_PT), elide=False)
        self.cash_due.setAccessibleName(tr("Cash due"))
        self.cash_due.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        theme.set_font(self.cash_due, CASH_DUE_PT, bold=True)
        self.give = QLabel(self)
        self.give.setWordWrap(True)
        theme.set_font(self.give, theme.CARD_TITLE_PT, bold=True)
        self.give.setObjectName("give")
        self.earn = FitLabel(self)
        if theme.text_size() > theme.TEXT_SIZES[0]:
            self.earn.lines_claimed = 2  # the fields above need the height more
        self.earn.setObjectName("earn")
        theme.set_font(self.earn, theme.SMALL_PT + 1, bold=True)
        self.error = QLabel(self)
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        theme.set_font(self.error, theme.BASE_PT, bold=True)
        for label in (self.error, self.give):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        cash = QHBoxLayout()
        cash.addWidget(self.cash_caption)
        cash.addWidget(self.cash_due, 1)
        layout.addWidget(self.table)
        layout.addLayout(cash)
        layout.addWidget(self.give)
        layout.addWidget(self.error)  # right under the figures it refuses
        layout.addWidget(self.earn, 1)  # takes what is left, and fits its text into it
        self.show_idle("", "HUF")

    def sizeHint(self) -> QSize:
        """Only its minimum: when the height is short, the fields above (which scroll)
        give way before the totals do; with room to spare the totals take it all
        (stretch), and the earned line shows its rules."""
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:
        """Every line whole at the current width (a long line wraps in a narrow column
        and needs another line's height)."""
        layout = self.layout()
        least = layout.totalMinimumSize()
        if layout.hasHeightForWidth() and self.width() > 0:
            height = layout.totalMinimumHeightForWidth(self.width())
            return QSize(least.width(), max(least.height(), height))
        return least

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        """No: the form's layout would ask for the height at the preferred size of
        every line and never let the fields above have their room first."""
        return False

    # What the tests and the cashier read ---------------------------------------------

    def text(self) -> str:
        """Everything shown, as plain text (lines, cash due, give, error, earned).

        The earned line in full, as its tooltip has it: on a small screen the label may
        show a shorter form of it (without the rounding rules).
        """
        parts = [f"{a} {b}" for a, b in self.lines]
        parts += [self.cash_caption.text(), self.cash_due.text()]
        parts += [w.text() for w in (self.give, self.error) if w.isVisibleTo(self)]
        if self.earn.isVisibleTo(self):
            parts.append(self.earn.full_text())
        return "\n".join(p for p in parts if p)

    # States ------------------------------------------------------------------------

    def show_idle(self, hint: str, currency: str) -> None:
        self._set_lines([])
        self.cash_due.setText(format_money(0, currency))
        self._show(self.give, "")
        self.earn.set_texts([hint])
        self._show(self.error, "")

    def show_confirmed(self, visit_id: int) -> None:
        """Under the figures of a visit just written: it is done, collect the cash due."""
        self.cash_caption.setText(tr("CASH\nDUE"))
        self._show(self.error, "")
        self.earn.set_texts(
            [
                tr(
                    "Visit {id} confirmed. Collect the cash due; the next entry starts a new visit."
                ).format(id=visit_id)
            ]
        )

    def show_error(self, text: str) -> None:
        """Keep the last figures but say why they can't be confirmed, in red."""
        self._show(self.error, text)

    def show_plan(
        self,
        plan: CheckoutPlan,
        *,
        rung_up: int,
        schemes: Schemes,
        currency: str,
        day: date,
        tier: Tier | None,
        has_member: bool,
        passes_used: dict[int, int],
        held: Held | None = None,
    ) -> None:
        """The figures of ``plan``; with ``held``, what each tender used leaves over."""
        money = lambda v: format_money(v, currency)  # noqa: E731
        loc = QLocale()
        points_used = points_paid(plan, schemes)
        lines = [(tr("Amount"), money(rung_up))]
        for e in plan.entries:
            if e.kind is Kind.PURCHASE and e.account is Account.PASSES:
                p = schemes.passes[e.program_id]
                n = e.delta // p.pass_uses
                lines.append((tr("{name} (pass)").format(name=p.name), "+" + money(p.price * n)))
        if plan.tier_bought is not None:
            lines.append(
                (
                    tr("{tier} membership").format(tier=plan.tier_bought.name),
                    "+" + money(plan.tier_bought.fee or 0),
                )
            )
        give: list[str] = []
        for d in plan.discounts:
            label = d.label
            if d.source == "tier":
                label = tr("{tier} discount ({percent})").format(
                    tier=d.label, percent=percent_text(tier.discount_bp if tier else 0)
                )
            elif d.source == "coupon":
                label = tr("Coupon: {name}").format(name=d.label)
            elif d.source == "points_reward" and d.ref_id is None and held is not None:
                pid = next((k for k, p in schemes.points.items() if p.name == d.label), None)
                if pid is not None:  # paying with points: how many, and how many are left
                    n = points_used.get(pid, 0)
                    label = tr("{n} {name} ({left} left)").format(
                        n=loc.toString(n),
                        name=d.label,
                        left=loc.toString(held.points.get(pid, 0) - n),
                    )
            if d.amount:
                lines.append((label, "−" + money(d.amount)))
            reward = schemes.rewards.get(d.ref_id) if d.source == "points_reward" else None
            if reward is not None and reward.kind is RewardKind.FREE_ITEM:
                give.append(d.label)
        for outcome in plan.stamp_outcomes:
            if outcome.redeemed and outcome.program.reward_kind is RewardKind.FREE_ITEM:
                give.append(outcome.program.reward_text)
        if plan.discount or plan.paid_credit or plan.paid_gift or plan.amount != rung_up:
            lines.append((f"<b>{tr('To charge')}</b>", f"<b>{money(plan.charged)}</b>"))
        if plan.paid_credit:
            label = tr("Paid with store credit")
            if held is not None:
                left = money(held.credit - plan.paid_credit)
                label = tr("Store credit ({left} left)").format(left=left)
            lines.append((label, "−" + money(plan.paid_credit)))
        if plan.paid_gift:
            label = tr("Paid with gift card")
            if held is not None and held.gift is not None:
                label = tr("Gift card ({left} left)").format(left=money(held.gift - plan.paid_gift))
            lines.append((label, "−" + money(plan.paid_gift)))
        for pid, n in passes_used.items():
            if n and pid in schemes.passes:
                lines.append((tr("Uses {name}").format(name=schemes.passes[pid].name), f"×{n}"))
        self._set_lines(lines)
        self.cash_due.setText(money(plan.cash_due))
        self._show(self.give, tr("GIVE: {items}").format(items=", ".join(give)) if give else "")
        self.earn.set_texts(self._earned(plan, schemes, currency, day, tier, has_member))
        self._show(self.error, "")

    def _earned(
        self,
        plan: CheckoutPlan,
        schemes: Schemes,
        currency: str,
        day: date,
        tier: Tier | None,
        has_member: bool,
    ) -> list[str]:
        """What the visit earns: in full (with each rounding rule), then without rules.

        The label shows the full form when it fits and the short one otherwise, so four
        programs still fit a 1280×800 till; the full form is its tooltip.
        """
        if not has_member:
            return [tr("No member: nothing is earned. Scan a card to earn.")]
        loc = QLocale()
        bits: list[tuple[str, str]] = []  # (with the rule, without)
        for o in plan.stamp_outcomes:
            if o.stamps_added:
                bit = tr("{program} +{n}").format(
                    program=o.program.name, n=loc.toString(o.stamps_added)
                )
                bits.append((bit, bit))
        for pid, p in sorted(schemes.points.items()):
            if not p.active:
                continue
            mults = earn_multipliers(schemes.promotions, pid, day, tier)  # as the checkout
            n = plan.points_earned.get(pid, 0)
            capped = tr(", daily limit reached") if pid in plan.points_capped else ""
            full = tr("+{n} {name} ({rule}{capped})").format(
                n=loc.toString(n),
                name=p.name,
                rule=points_rule(p, currency, mults),
                capped=capped,
            )
            short = tr("+{n} {name}").format(n=loc.toString(n), name=p.name)
            bits.append((full, short))
        for pid, c in sorted(schemes.credit.items()):
            if c.active:
                amount = format_money(plan.credit_earned.get(pid, 0), currency)
                full = tr("+{amount} {name} ({percent}, rounded down)").format(
                    amount=amount, name=c.name, percent=percent_text(c.rate_bp)
                )
                bits.append((full, tr("+{amount} {name}").format(amount=amount, name=c.name)))
        for e in plan.referral_entries:
            bit = tr("referral bonus +{n}").format(n=loc.toString(e.delta))
            bits.append((bit, bit))
        if not bits:
            return []
        earns = tr("Earns: {what}")
        full = earns.format(what=" · ".join(b[0] for b in bits))
        return [full, earns.format(what=" · ".join(b[1] for b in bits))]

    # Internals ---------------------------------------------------------------------

    def _set_lines(self, lines: list[tuple[str, str]]) -> None:
        self.lines = [(_plain(a), _plain(b)) for a, b in lines]
        rows = "".join(
            f"<tr><td>{_cell(a)}</td><td align='right'>&nbsp;&nbsp;{_cell(b)}</td></tr>"
            for a, b in lines
        )
        self.table.setText(f"<table width='100%'>{rows}</table>")
        self.table.setVisible(bool(lines))
        self.updateGeometry()

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        self.updateGeometry()  # now: the column's layout learns the new height this pass


def _plain(text: str) -> str:
    return text.replace("<b>", "").replace("</b>", "")


def _cell(text: str) -> str:
    """Escape a cell's text but keep the bold marks this module puts in itself."""
    bold = text.startswith("<b>")
    inner = html.escape(_plain(text))
    return f"<b>{inner}</b>" if bold else inner
