"""The banner after a confirmed checkout: what to hand over, what was earned, the
discount, coupons issued and a tier reached."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.checkout import Schemes
from ...domain.programs import RewardKind
from ...services.checkout import CheckoutResult
from ..formatting import format_money
from ..outcome import BannerText, combine, stamp_lines
from ..theme import Tone

CONTEXT = "Outcome"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe_checkout(
    result: CheckoutResult, currency: str, schemes: Schemes, tier_before: str | None
) -> BannerText:
    """Banner lines for one confirmed (or replayed) checkout."""
    if result.replayed or result.plan is None:
        return BannerText(
            Tone.INFO, tr("This visit was already confirmed. Nothing was added again.")
        )
    plan = result.plan
    loc = QLocale()
    give, warn, done = stamp_lines(plan.stamp_outcomes, result.member, currency)
    for d in plan.discounts:
        reward = schemes.rewards.get(d.ref_id) if d.source == "points_reward" else None
        if reward is not None and reward.kind is RewardKind.FREE_ITEM:
            give.append(tr("GIVE: {reward}").format(reward=d.label))
    money = [tr("Cash due {amount}").format(amount=format_money(result.cash_due, currency))]
    if result.discount:
        money.append(tr("discount {amount}").format(amount=format_money(result.discount, currency)))
    earned = []
    for pid, n in sorted(plan.points_earned.items()):
        name = schemes.points[pid].name if pid in schemes.points else ""
        earned.append(tr("+{n} {name}").format(n=loc.toString(n), name=name))
    for pid, n in sorted(plan.credit_earned.items()):
        name = schemes.credit[pid].name if pid in schemes.credit else ""
        earned.append(tr("+{amount} {name}").format(amount=format_money(n, currency), name=name))
    if plan.points_capped:
        warn.append(tr("Daily points limit reached: fewer points given."))
    if not (result.amount or result.discount or result.paid_gift):
        money = []
    # The money first (what to collect), then progress on one line, so the banner stays
    # short enough to leave the counter where it was.
    lines = [" · ".join(money + earned)] if money or earned else []
    if done:
        lines.append(" · ".join(done))
    for code in result.coupons_issued:
        lines.append(tr("Coupon for the next visit: {code}").format(code=code))
    if result.tier and result.tier != tier_before:
        lines.append(tr("Now {tier}!").format(tier=result.tier))
    said = combine(give, warn, lines)
    return said if (give or warn) else BannerText(Tone.SUCCESS, said.text)
