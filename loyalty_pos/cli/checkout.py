"""Checkout commands of the admin command line: ``visit``, ``void``, ``adjust``,
``refer`` and ``unusual``.

``visit`` keeps the counter's ``--program NAME --items N`` and ``--redeem NAME`` forms
and adds money, items, catalogue rewards, coupons, gift cards, points and credit.
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from ..domain.checkout import CheckoutPlan
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.ledger import Account
from ..l10n import translate
from ..services import Services
from ..services.checkout import CheckoutRequest, CheckoutResult
from ..services.visits import REQUEST_ID_MAX
from . import args as arg
from . import lookup
from . import output as out
from .args import CLI, CliError
from .output import Outcome
from .registry import Registry


def register(r: Registry) -> None:
    visit = r.command(
        "visit", cmd_visit, translate(CLI, "check out: earn and redeem"), check=check_visit
    )
    visit.add_argument("code", metavar="CODE", nargs="?")
    visit.add_argument("--program", metavar="NAME")
    visit.add_argument("--items", type=arg.count, metavar="N")
    visit.add_argument("--redeem", metavar="NAME", action="append")
    visit.add_argument("--request-id", metavar="ID", default=None)
    visit.add_argument("--amount", type=arg.money, metavar="MINOR_UNITS", default=0)
    visit.add_argument("--item", type=arg.item, action="append", default=[], metavar="ITEM=N")
    visit.add_argument("--coupon", metavar="CODE")
    visit.add_argument("--gift-card", metavar="CODE")
    visit.add_argument("--gift-amount", type=arg.money, metavar="N")
    visit.add_argument("--use-points", type=arg.money, metavar="N")
    visit.add_argument("--use-credit", type=arg.money, metavar="N", default=0)
    visit.add_argument("--use-pass", metavar="NAME")
    visit.add_argument("--buy-pass", metavar="NAME")
    visit.add_argument("--at", type=arg.moment, metavar="YYYY-MM-DDTHH:MM")
    visit.add_argument("--no-member", action="store_true", help=translate(CLI, "no card"))

    void = r.command("void", cmd_void, translate(CLI, "undo a visit"))
    void.add_argument("visit_id", type=arg.ident, metavar="VISIT_ID")
    void.add_argument("--reason", required=True, metavar="TEXT")

    adjust = r.command("adjust", cmd_adjust, translate(CLI, "correct a balance"))
    adjust.add_argument("code", metavar="CODE")
    adjust.add_argument("--program", required=True, metavar="NAME")
    adjust.add_argument("--account", choices=[a.value for a in Account], required=True)
    adjust.add_argument("--delta", type=arg.count, required=True, metavar="N")
    adjust.add_argument("--reason", required=True, metavar="TEXT")
    refer = r.command("refer", cmd_refer, translate(CLI, "name who brought a member"))
    refer.add_argument("code", metavar="CODE")
    refer.add_argument("--by", required=True, metavar="CODE")
    r.command("unusual", cmd_unusual, translate(CLI, "members with many visits today"))


def check_visit(args: argparse.Namespace) -> None:
    """Combinations argparse cannot express; checked before the file is opened."""
    if args.program is not None and args.items is None:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "--program needs --items N."))
    if args.items is not None and args.program is None:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "--items needs --program NAME."))
    if args.code is None and not args.no_member:
        raise CliError(QT_TRANSLATE_NOOP(CLI, "Give the member's CODE, or --no-member."))
    doing = (
        args.program,
        args.redeem,
        args.amount,
        args.item,
        args.coupon,
        args.gift_card,
        args.use_points,
        args.use_credit,
        args.use_pass,
        args.buy_pass,
    )
    if not any(doing):
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI,
                "Say what the visit does: --amount N, --item NAME=N, --program NAME --items N, "
                "--redeem NAME.",
            )
        )
    if args.request_id is None:
        args.request_id = uuid.uuid4().hex
    if not 1 <= len(args.request_id) <= REQUEST_ID_MAX:
        raise CliError(
            QT_TRANSLATE_NOOP(CLI, "--request-id must be 1 to {max} characters."),
            max=REQUEST_ID_MAX,
        )


# Visit --------------------------------------------------------------------------------


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
        use_passes={lookup.program_id(services, args.use_pass): 1} if args.use_pass else {},
        buy_passes={lookup.program_id(services, args.buy_pass): 1} if args.buy_pass else {},
        coupon_code=args.coupon,
        gift_card_code=args.gift_card,
        gift_amount=args.gift_amount,
    )


def cmd_visit(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """One checkout, written once per request id."""
    member = None if args.no_member else lookup.member(services, args.code)
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
        "queued": False,  # True: taken offline, in the till's outbox (cli/sync.py)
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


def cmd_void(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    member = services.visits.void(args.visit_id, args.reason)
    data = {
        "visit_id": args.visit_id,
        "voided": True,
        "reason": " ".join(args.reason.split()),
        "member": out.member_json(member),
    }
    text = translate(CLI, "Visit {id} voided.").format(id=args.visit_id)
    return Outcome(data, text + "\n" + out.member_text(member))


# Adjustments, referrals, unusual activity ---------------------------------------------


def cmd_adjust(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    member = lookup.member(services, args.code)
    view = services.adjustments.adjust(
        member.id,
        lookup.program_id(services, args.program),
        Account(args.account),
        args.delta,
        args.reason,
    )
    data = {"member": out.member_json(view), **services.checkout.balances_summary(view.id)}
    return Outcome(data, out.member_text(view))


def cmd_refer(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    member = lookup.member(services, args.code)
    referrer = lookup.member(services, args.by)
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
