"""What the customer screen says, in the shop's language.

Plain functions from the views (``services/customer_screen.py``) and the checkout's plan
to lines of text, so the window only lays them out and the tests can read each line.
The customer sees totals, not the cashier's rules: "+12 points", not "1 point per 100 Ft".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.checkout import CheckoutPlan, Schemes
from ...services.customer_screen import CustomerBalance, CustomerCard, CustomerView
from ..formatting import format_money, reward_description

CONTEXT = "CustomerScreen"
FILLED, EMPTY = "●", "○"
DOTS_MAX = 12  # a longer card is written as "17 / 20"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def stamp_dots(card: CustomerCard) -> str:
    """●●●○○○ for a card of up to 12 stamps; a longer one as figures."""
    needed = max(card.stamps_needed, 1)
    shown = min(card.stamps, needed)
    if needed > DOTS_MAX:
        return tr("{stamps} of {needed}").format(
            stamps=QLocale().toString(shown), needed=QLocale().toString(needed)
        )
    return FILLED * shown + EMPTY * (needed - shown)


def card_count(card: CustomerCard) -> str:
    return tr("{stamps} of {needed}").format(
        stamps=QLocale().toString(card.stamps), needed=QLocale().toString(card.stamps_needed)
    )


def ready_text(card: CustomerCard, currency: str) -> str:
    """ "Ready: Free coffee" (×2 when there are two)."""
    if not card.rewards_ready:
        return ""
    what = reward_description(card.card, currency)
    if card.rewards_ready > 1:
        return tr("Ready: {reward} ×{n}").format(reward=what, n=card.rewards_ready)
    return tr("Ready: {reward}").format(reward=what)


def balance_text(balance: CustomerBalance, currency: str) -> tuple[str, str]:
    """(name, figure) of points, store credit or passes."""
    loc = QLocale()
    if balance.kind == "credit":
        return tr("Store credit"), format_money(balance.amount, currency)
    if balance.kind == "passes":
        return balance.name, tr("{n} left").format(n=loc.toString(balance.amount))
    return balance.name, loc.toString(balance.amount)


def greeting(view: CustomerView | None) -> str:
    if view is None or not view.first_name:
        return tr("Welcome!")
    return tr("Hello, {name}!").format(name=view.first_name)


def thanks(view: CustomerView | None) -> str:
    if view is None or not view.first_name:
        return tr("Thank you!")
    return tr("Thank you, {name}!").format(name=view.first_name)


def tier_text(view: CustomerView) -> str:
    return tr("Tier: {tier}").format(tier=view.tier) if view.tier else ""


def visit_lines(plan: CheckoutPlan, rung_up: int, currency: str) -> list[tuple[str, str]]:
    """The bill as the customer follows it: the amount, each discount, what pays."""
    money = lambda v: format_money(v, currency)  # noqa: E731
    lines = [(tr("Amount"), money(rung_up))]
    for d in plan.discounts:
        if d.amount:
            label = tr("Coupon: {name}").format(name=d.label) if d.source == "coupon" else d.label
            lines.append((label, "−" + money(d.amount)))
    if plan.amount != rung_up and plan.amount > rung_up:
        lines.append((tr("Also bought"), "+" + money(plan.amount - rung_up)))
    if plan.paid_credit:
        lines.append((tr("Paid with store credit"), "−" + money(plan.paid_credit)))
    if plan.paid_gift:
        lines.append((tr("Paid with gift card"), "−" + money(plan.paid_gift)))
    return lines


def earned_text(plan: CheckoutPlan, schemes: Schemes, currency: str) -> str:
    """ "This visit earns: Coffee +1 · +12 Points · +150 Ft Credit" ("" for nothing)."""
    loc = QLocale()
    bits = [
        tr("{program} +{n}").format(program=o.program.name, n=loc.toString(o.stamps_added))
        for o in plan.stamp_outcomes
        if o.stamps_added
    ]
    for pid, n in sorted(plan.points_earned.items()):
        if n and pid in schemes.points:
            bits.append(tr("+{n} {name}").format(n=loc.toString(n), name=schemes.points[pid].name))
    for pid, amount in sorted(plan.credit_earned.items()):
        if amount and pid in schemes.credit:
            bits.append(
                tr("+{amount} {name}").format(
                    amount=format_money(amount, currency), name=schemes.credit[pid].name
                )
            )
    return tr("This visit earns: {what}").format(what=" · ".join(bits)) if bits else ""


def applied_text(plan: CheckoutPlan) -> str:
    """The rewards used in this visit ("Free coffee"), for the line under the bill."""
    used = [o.program.reward_text for o in plan.stamp_outcomes if o.redeemed]
    return tr("Used now: {what}").format(what=", ".join(used)) if used else ""
