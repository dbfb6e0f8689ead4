"""Checkout commands of the admin command line: visit, refund, schemes, adjustments.

``visit`` keeps the counter's ``--program NAME --items N`` and ``--redeem NAME`` forms
and adds money, items, catalogue rewards, coupons, gift cards, points and credit.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import cli_output as out
from .cli import CLI, CliError, Outcome, _count, _day, _lookup
from .domain.checkout import CheckoutPlan
from .domain.errors import QT_TRANSLATE_NOOP, UserError
from .domain.ledger import Account
from .domain.programs import RewardKind
from .domain.rates import parse_multiplier_pct, parse_rate_bp
from .domain.schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
    Promotion,
    Tier,
)
from .i18n import message, translate
from .services import Services
from .services.checkout import CheckoutRequest, CheckoutResult


def _money(text: str) -> int:
    """A whole number of minor units, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not a whole number of minor units").format(value=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(translate(CLI, "an amount cannot be negative"))
    return value


# Rates are read exactly, as stored (domain/rates.py): more decimals than are kept are
# refused, never rounded. "." or "," is the decimal mark, whatever the shop's language:
# the command line is for scripts, and at most two decimals leave no room for confusion
# with a thousands separator.
_MARKS = ".,"


def _exact(parse: Callable[[str], int]) -> Callable[[str], int]:
    """An argparse type from a domain parser: its message becomes the usage error."""

    def read(text: str) -> int:
        try:
            return parse(text)
        except UserError as err:
            raise argparse.ArgumentTypeError(message(err)) from None

    return read


_multiplier_pct = _exact(lambda text: parse_multiplier_pct(text, _MARKS))
"""A multiplier such as 2 or 1.5, in percent (200, 150)."""
_rate_bp = _exact(lambda text: parse_rate_bp(text, _MARKS))
"""A cashback rate such as 5 or 2.5 (percent), in basis points."""
_discount_bp = _exact(lambda text: parse_rate_bp(text, _MARKS, zero=True))
"""A tier's standing discount, 0 (none) to 100 percent, in basis points."""


def _item_arg(text: str) -> tuple[str, int]:
    name, sep, qty = text.rpartition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(translate(CLI, "write --item NAME=N"))
    try:
        n = int(qty)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(CLI, "write --item NAME=N")) from None
    if n < 1:
        raise argparse.ArgumentTypeError(translate(CLI, "an item count is 1 or more"))
    return name.strip(), n


def _moment(text: str) -> datetime:
    try:
        moment = datetime.strptime(text, "%Y-%m-%dT%H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(CLI, "“{value}” is not a time YYYY-MM-DDTHH:MM").format(value=text)
        ) from None
    return moment.astimezone()  # local time of this machine


def add_visit_options(visit: argparse.ArgumentParser) -> None:
    visit.add_argument("--amount", type=_money, metavar="MINOR_UNITS", default=0)
    visit.add_argument("--item", type=_item_arg, action="append", default=[], metavar="ITEM=N")
    visit.add_argument("--coupon", metavar="CODE")
    visit.add_argument("--gift-card", metavar="CODE")
    visit.add_argument("--gift-amount", type=_money, metavar="N")
    visit.add_argument("--use-points", type=_money, metavar="N")
    visit.add_argument("--use-credit", type=_money, metavar="N", default=0)
    visit.add_argument("--use-pass", metavar="NAME")
    visit.add_argument("--buy-pass", metavar="NAME")
    visit.add_argument("--at", type=_moment, metavar="YYYY-MM-DDTHH:MM")
    visit.add_argument("--no-member", action="store_true", help=translate(CLI, "no card"))


def register(commands, program_cmds, command) -> None:
    from . import cli_refund  # refund: a module of its own

    cli_refund.register(commands, command, _money)

    pts = command(program_cmds, "add-points", cmd_add_points, translate(CLI, "add points"))
    pts.add_argument("--name", required=True)
    pts.add_argument("--points-per-amount", type=_count, required=True, metavar="N")
    pts.add_argument("--amount-step", type=_count, required=True, metavar="MINOR_UNITS")
    pts.add_argument("--per-visit", type=_money, default=0, metavar="N")
    pts.add_argument("--per-item", type=_money, default=0, metavar="N")
    pts.add_argument("--point-value", type=_count, metavar="MINOR_UNITS")
    pts.add_argument("--expiry-days", type=_count, metavar="N")
    pts.add_argument("--per-day-limit", type=_count, metavar="N")
    credit = command(
        program_cmds, "add-credit", cmd_add_credit, translate(CLI, "add cashback credit")
    )
    credit.add_argument("--name", required=True)
    credit.add_argument("--percent", type=_rate_bp, required=True, metavar="P")
    credit.add_argument("--expiry-days", type=_count, metavar="N")
    passes = command(program_cmds, "add-pass", cmd_add_pass, translate(CLI, "add a prepaid pass"))
    passes.add_argument("--name", required=True)
    passes.add_argument("--uses", type=_count, required=True, metavar="N")
    passes.add_argument("--price", type=_money, required=True, metavar="MINOR_UNITS")
    reward = command(
        program_cmds, "add-reward", cmd_add_reward, translate(CLI, "add a catalogue reward")
    )
    reward.add_argument("--program", required=True, metavar="NAME")
    reward.add_argument("--name", required=True)
    reward.add_argument("--cost", type=_count, required=True, metavar="POINTS")
    reward.add_argument("--kind", choices=[k.value for k in RewardKind], required=True)
    reward.add_argument("--value", type=_money, default=0, metavar="N")
    reward.add_argument("--max-discount", type=_money, metavar="MINOR_UNITS")
    promo = command(
        program_cmds, "add-promotion", cmd_add_promotion, translate(CLI, "multiply points")
    )
    promo.add_argument("--program", required=True, metavar="NAME")
    promo.add_argument("--name", required=True)
    promo.add_argument("--multiplier", type=_multiplier_pct, required=True, metavar="X")
    promo.add_argument("--weekday", type=int, choices=range(7), metavar="0-6")
    promo.add_argument("--from", dest="starts_on", type=_day, metavar="YYYY-MM-DD")
    promo.add_argument("--to", dest="ends_on", type=_day, metavar="YYYY-MM-DD")
    tier = command(program_cmds, "add-tier", cmd_add_tier, translate(CLI, "add a tier"))
    tier.add_argument("--name", required=True)
    tier.add_argument("--rank", type=_count, required=True)
    tier.add_argument("--min-spend", type=_money, metavar="MINOR_UNITS")
    tier.add_argument("--min-visits", type=_money, metavar="N")
    tier.add_argument("--window-days", type=_count, default=365, metavar="N")
    tier.add_argument("--multiplier", type=_multiplier_pct, default=100, metavar="X")
    tier.add_argument("--discount-percent", type=_discount_bp, default=0, metavar="P")
    tier.add_argument("--fee", type=_money, metavar="MINOR_UNITS")
    item = command(program_cmds, "add-item", cmd_add_item, translate(CLI, "add an item"))
    item.add_argument("--name", required=True)
    item.add_argument("--category", default="")
    item.add_argument("--price", type=_money, metavar="MINOR_UNITS")
    item.add_argument("--counts-for", action="append", default=[], metavar="PROGRAM")
    rules = command(program_cmds, "rules", cmd_rules, translate(CLI, "stacking and referral"))
    rules.add_argument("--discounts-per-visit", type=_money, metavar="N")
    rules.add_argument("--referral-program", metavar="NAME")
    rules.add_argument("--referral-bonus", type=_money, metavar="N")

    adjust = command(commands, "adjust", cmd_adjust, translate(CLI, "correct a balance"))
    adjust.add_argument("code", metavar="CODE")
    adjust.add_argument("--program", required=True, metavar="NAME")
    adjust.add_argument("--account", choices=[a.value for a in Account], required=True)
    adjust.add_argument("--delta", type=int, required=True, metavar="N")
    adjust.add_argument("--reason", required=True, metavar="TEXT")
    refer = command(commands, "refer", cmd_refer, translate(CLI, "name who brought a member"))
    refer.add_argument("code", metavar="CODE")
    refer.add_argument("--by", required=True, metavar="CODE")
    command(commands, "unusual", cmd_unusual, translate(CLI, "members with many visits today"))


# Visit --------------------------------------------------------------------------------


def _program_id(services: Services, name: str) -> int:
    pid = services.programs.store.name_owner(name)
    if pid is None:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "There is no program “{name}”."), name=name)
    return pid


def build_request(services: Services, args: argparse.Namespace) -> CheckoutRequest:
    schemes = services.checkout.schemes()
    stamp_items: dict[int, int] = {}
    redeem_stamps: dict[int, int] = {}
    redeem_rewards: list[int] = []
    if args.program is not None:
        stamp_items[services.programs.by_name(args.program).id] = args.items
    for name in args.redeem or []:
        key = name.strip().casefold()
        catalogue = [r for r in schemes.rewards.values() if r.name.casefold() == key]
        if catalogue:
            redeem_rewards.append(catalogue[0].id)
        else:
            pid = services.programs.by_name(name).id
            redeem_stamps[pid] = redeem_stamps.get(pid, 0) + 1
    items: dict[int, int] = {}
    for name, n in args.item:
        item = services.schemes.item_by_name(name)
        items[item.id] = items.get(item.id, 0) + n
    use_points: dict[int, int] = {}
    if args.use_points:
        payable = [p for p in schemes.points.values() if p.point_value is not None]
        if not payable:
            raise CliError(QT_TRANSLATE_NOOP(CLI, "No points program takes points as payment."))
        use_points[payable[0].id] = args.use_points
    return CheckoutRequest(
        amount=args.amount,
        items=items,
        stamp_items=stamp_items,
        redeem_stamps=redeem_stamps,
        redeem_rewards=tuple(redeem_rewards),
        use_points=use_points,
        use_credit=args.use_credit,
        use_passes={_program_id(services, args.use_pass): 1} if args.use_pass else {},
        buy_passes={_program_id(services, args.buy_pass): 1} if args.buy_pass else {},
        coupon_code=args.coupon,
        gift_card_code=args.gift_card,
        gift_amount=args.gift_amount,
    )


def cmd_visit(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """One checkout, written once per request id."""
    member = None if args.no_member else _lookup(services, args.code)
    request = build_request(services, args)
    result = services.checkout.confirm(
        member.id if member else None, request, args.request_id, at=args.at
    )
    data = visit_json(services, result, args.request_id)
    return Outcome(data, visit_text(services, result))


def visit_json(services: Services, result: CheckoutResult, request_id: str) -> dict[str, Any]:
    plan: CheckoutPlan | None = result.plan
    data: dict[str, Any] = {
        "visit_id": result.visit_id,
        "request_id": request_id,
        "duplicate": result.replayed,
        "amount": result.amount,
        "discount": result.discount,
        "charged": result.charged,
        "paid_credit": result.paid_credit,
        "paid_gift": result.paid_gift,
        "cash_due": result.cash_due,
        "discounts": [
            {"source": d.source, "label": d.label, "amount": d.amount}
            for d in (plan.discounts if plan else ())
        ],
        "points_earned": sum(plan.points_earned.values()) if plan else 0,
        "credit_earned": sum(plan.credit_earned.values()) if plan else 0,
        "coupons_issued": list(result.coupons_issued),
        "lines": [out.line_json(line) for line in (plan.stamp_outcomes if plan else ())],
        "member": None,
    }
    if result.member is not None:
        data["member"] = out.member_json(result.member)
        data.update(services.checkout.balances_summary(result.member.id))
        data["cards"] = data["member"]["cards"]
    return data


def visit_text(services: Services, result: CheckoutResult) -> str:
    lines = [out.visit_head(result.visit_id, result.replayed)]
    if result.amount or result.discount:
        lines.append(
            translate(CLI, "Amount {amount}, discount {discount}, charged {charged}.").format(
                amount=result.amount, discount=result.discount, charged=result.charged
            )
        )
    plan = result.plan
    if plan is not None:
        lines += out.stamp_lines(plan.stamp_outcomes)
        lines += [f"  − {d.label}: {d.amount}" for d in plan.discounts]
        if plan.points_earned:
            n = sum(plan.points_earned.values())
            lines.append(translate(CLI, "Points earned: {n}").format(n=n))
        if plan.credit_earned:
            n = sum(plan.credit_earned.values())
            lines.append(translate(CLI, "Credit earned: {n}").format(n=n))
    for code in result.coupons_issued:
        lines.append(translate(CLI, "Coupon for next visit: {code}").format(code=code))
    if result.member is not None:
        lines.append(out.member_text(result.member))
    return "\n".join(lines)


# Schemes ------------------------------------------------------------------------------


def _scheme_outcome(kind: str, obj: Any) -> Outcome:
    from .cli_schemes import what

    data = {"kind": kind, **{k: _plain(v) for k, v in vars(obj).items()}}
    text = translate(CLI, "Added {kind} “{name}” (id {id}).").format(
        kind=what(kind), name=obj.name, id=obj.id
    )
    return Outcome(data, text)


def _plain(value: Any) -> Any:
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, RewardKind):
        return value.value
    return value


def cmd_add_points(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    p = services.schemes.add_points(
        PointsProgram(
            0,
            args.name,
            points_per_step=args.points_per_amount,
            amount_step=args.amount_step,
            points_per_visit=args.per_visit,
            points_per_item=args.per_item,
            point_value=args.point_value,
            expiry_days=args.expiry_days,
            per_day_limit=args.per_day_limit,
        )
    )
    return _scheme_outcome("points", p)


def cmd_add_credit(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    p = services.schemes.add_credit(
        CreditProgram(0, args.name, rate_bp=args.percent, expiry_days=args.expiry_days)
    )
    return _scheme_outcome("credit", p)


def cmd_add_pass(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    p = services.schemes.add_pass(PassProgram(0, args.name, args.uses, args.price))
    return _scheme_outcome("pass", p)


def cmd_add_reward(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    r = services.schemes.add_reward(
        CatalogueReward(
            0,
            _program_id(services, args.program),
            args.name,
            args.cost,
            RewardKind(args.kind),
            args.value,
            args.max_discount,
        )
    )
    return _scheme_outcome("reward", r)


def cmd_add_promotion(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    p = services.schemes.add_promotion(
        Promotion(
            0,
            _program_id(services, args.program),
            args.name,
            args.multiplier,
            args.weekday,
            args.starts_on,
            args.ends_on,
        )
    )
    return _scheme_outcome("promotion", p)


def cmd_add_tier(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    t = services.schemes.add_tier(
        Tier(
            0,
            args.name,
            args.rank,
            min_spend=args.min_spend,
            min_visits=args.min_visits,
            window_days=args.window_days,
            earn_multiplier_pct=args.multiplier,  # X as a percentage: 1.5 → 150
            discount_bp=args.discount_percent,
            fee=args.fee,
        )
    )
    return _scheme_outcome("tier", t)


def cmd_add_item(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    programs = frozenset(_program_id(services, n) for n in args.counts_for)
    i = services.schemes.add_item(Item(0, args.name, args.category, args.price, programs))
    return _scheme_outcome("item", i)


def cmd_rules(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    if args.discounts_per_visit is not None:
        services.schemes.set_discounts_per_visit(args.discounts_per_visit)
    if args.referral_program is not None or args.referral_bonus is not None:
        pid = _program_id(services, args.referral_program) if args.referral_program else None
        services.schemes.set_referral(pid, args.referral_bonus or 0)
    s = services.checkout.schemes()
    data = {
        "discounts_per_visit": s.discounts_per_visit,
        "referral_program_id": s.referral_program_id,
        "referral_bonus": s.referral_bonus,
    }
    return Outcome(data, "\n".join(f"{k} = {v}" for k, v in data.items()))


# Adjustments, referrals, unusual activity ---------------------------------------------


def cmd_adjust(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    member = _lookup(services, args.code)
    view = services.adjustments.adjust(
        member.id,
        _program_id(services, args.program),
        Account(args.account),
        args.delta,
        args.reason,
    )
    data = {"member": out.member_json(view), **services.checkout.balances_summary(view.id)}
    return Outcome(data, out.member_text(view))


def cmd_refer(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    member = _lookup(services, args.code)
    referrer = _lookup(services, args.by)
    services.checkout.set_referrer(member.id, referrer.id)
    text = translate(CLI, "{name} was brought by {referrer}.").format(
        name=member.name, referrer=referrer.name
    )
    return Outcome({"member_id": member.id, "referrer_id": referrer.id}, text)


def cmd_unusual(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    rows = services.checkout.unusual()
    data = [{"member_id": mid, "name": name, "visits": n} for mid, name, n in rows]
    text = "\n".join(f"{name}: {n}" for _, name, n in rows) or translate(
        CLI, "Nothing unusual today."
    )
    return Outcome(data, text)
