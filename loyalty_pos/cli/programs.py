"""``programs add-…``, ``programs list`` and ``programs rules``: setting up the shop's
punch cards and schemes. (``programs update`` and ``switch`` are in ``schemes.py``.)

Each command builds the domain object and hands it to the service, which checks it as
the owner's screen does; the command prints what was stored.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.programs import RewardKind, StampProgram
from ..domain.schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
    Promotion,
    Tier,
)
from ..l10n import translate
from ..services import Services
from ..services.schemes import MAX_DISCOUNTS_PER_VISIT
from . import args as arg
from . import lookup
from . import output as out
from .args import CLI
from .output import Outcome
from .registry import Registry
from .schemes import what


def register(r: Registry) -> None:
    """The ``programs`` group and the commands that add to it."""
    r.group("programs", translate(CLI, "punch cards and schemes: add, update, switch, list"))
    stamp = r.command(
        "programs add-stamp-card", cmd_programs_add, translate(CLI, "add a punch card")
    )
    stamp.add_argument("--name", required=True)
    stamp.add_argument("--stamps-needed", type=arg.count, required=True, metavar="N")
    stamp.add_argument("--reward", required=True, metavar="TEXT")
    stamp.add_argument("--per-day-limit", type=arg.count, metavar="N")
    stamp.add_argument("--expiry-days", type=arg.count, metavar="N")
    stamp.add_argument("--stamps-per-item", type=arg.count, default=1, metavar="N")
    stamp.add_argument(
        "--reward-kind", choices=[k.value for k in RewardKind], default=RewardKind.FREE_ITEM
    )
    stamp.add_argument("--reward-value", type=arg.count, default=0, metavar="N")
    r.command("programs list", cmd_programs_list, translate(CLI, "list the programs"))
    pts = r.command("programs add-points", cmd_add_points, translate(CLI, "add points"))
    pts.add_argument("--name", required=True)
    pts.add_argument("--points-per-amount", type=arg.count, required=True, metavar="N")
    pts.add_argument("--amount-step", type=arg.count, required=True, metavar="MINOR_UNITS")
    pts.add_argument("--per-visit", type=arg.money, default=0, metavar="N")
    pts.add_argument("--per-item", type=arg.money, default=0, metavar="N")
    pts.add_argument("--point-value", type=arg.count, metavar="MINOR_UNITS")
    pts.add_argument("--expiry-days", type=arg.count, metavar="N")
    pts.add_argument("--per-day-limit", type=arg.count, metavar="N")
    credit = r.command("programs add-credit", cmd_add_credit, translate(CLI, "add cashback credit"))
    credit.add_argument("--name", required=True)
    credit.add_argument("--percent", type=arg.rate_bp, required=True, metavar="P")
    credit.add_argument("--expiry-days", type=arg.count, metavar="N")
    passes = r.command("programs add-pass", cmd_add_pass, translate(CLI, "add a prepaid pass"))
    passes.add_argument("--name", required=True)
    passes.add_argument("--uses", type=arg.count, required=True, metavar="N")
    passes.add_argument("--price", type=arg.money, required=True, metavar="MINOR_UNITS")
    reward = r.command(
        "programs add-reward", cmd_add_reward, translate(CLI, "add a catalogue reward")
    )
    reward.add_argument("--program", required=True, metavar="NAME")
    reward.add_argument("--name", required=True)
    reward.add_argument("--cost", type=arg.count, required=True, metavar="POINTS")
    reward.add_argument("--kind", choices=[k.value for k in RewardKind], required=True)
    reward.add_argument("--value", type=arg.money, default=0, metavar="N")
    reward.add_argument("--max-discount", type=arg.money, metavar="MINOR_UNITS")
    promo = r.command(
        "programs add-promotion", cmd_add_promotion, translate(CLI, "multiply points")
    )
    promo.add_argument("--program", required=True, metavar="NAME")
    promo.add_argument("--name", required=True)
    promo.add_argument("--multiplier", type=arg.multiplier_pct, required=True, metavar="X")
    promo.add_argument("--weekday", type=arg.count, choices=range(7), metavar="0-6")
    promo.add_argument("--from", dest="starts_on", type=arg.day, metavar="YYYY-MM-DD")
    promo.add_argument("--to", dest="ends_on", type=arg.day, metavar="YYYY-MM-DD")
    tier = r.command("programs add-tier", cmd_add_tier, translate(CLI, "add a tier"))
    tier.add_argument("--name", required=True)
    tier.add_argument("--rank", type=arg.count, required=True)
    tier.add_argument("--min-spend", type=arg.money, metavar="MINOR_UNITS")
    tier.add_argument("--min-visits", type=arg.money, metavar="N")
    tier.add_argument("--window-days", type=arg.count, default=365, metavar="N")
    tier.add_argument("--multiplier", type=arg.multiplier_pct, default=100, metavar="X")
    tier.add_argument("--discount-percent", type=arg.discount_bp, default=0, metavar="P")
    tier.add_argument("--fee", type=arg.money, metavar="MINOR_UNITS")
    item = r.command("programs add-item", cmd_add_item, translate(CLI, "add an item"))
    item.add_argument("--name", required=True)
    item.add_argument("--category", default="")
    item.add_argument("--price", type=arg.money, metavar="MINOR_UNITS")
    item.add_argument("--counts-for", action="append", default=[], metavar="PROGRAM")
    rules = r.command("programs rules", cmd_rules, translate(CLI, "stacking and referral"))
    rules.add_argument(
        "--discounts-per-visit", type=arg.between(0, MAX_DISCOUNTS_PER_VISIT), metavar="N"
    )
    rules.add_argument("--referral-program", metavar="NAME")
    rules.add_argument("--referral-bonus", type=arg.money, metavar="N")


def cmd_programs_add(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    program = services.programs.add(
        StampProgram(
            id=0,
            name=args.name,
            stamps_needed=args.stamps_needed,
            reward_text=args.reward,
            reward_kind=RewardKind(args.reward_kind),
            reward_value=args.reward_value,
            stamps_per_item=args.stamps_per_item,
            expiry_days=args.expiry_days,
            per_day_limit=args.per_day_limit,
        )
    )
    text = translate(CLI, "Program added:") + "\n" + out.program_text(program)
    return Outcome(out.program_json(program), text)


def cmd_programs_list(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    programs = services.programs.list()
    text = "\n".join(out.program_text(p) for p in programs) or translate(CLI, "No programs yet.")
    return Outcome([out.program_json(p) for p in programs], text)


def _scheme_outcome(kind: str, obj: Any) -> Outcome:
    data = {"kind": kind, **{k: out.plain(v) for k, v in vars(obj).items()}}
    text = translate(CLI, "Added {kind} “{name}” (id {id}).").format(
        kind=what(kind), name=obj.name, id=obj.id
    )
    return Outcome(data, text)


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
            lookup.program_id(services, args.program),
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
            lookup.program_id(services, args.program),
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
    programs = frozenset(lookup.program_id(services, n) for n in args.counts_for)
    i = services.schemes.add_item(Item(0, args.name, args.category, args.price, programs))
    return _scheme_outcome("item", i)


def cmd_rules(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    # Two writes, so every refusal must come before the first: the program is looked up
    # first, the referral (refused inside its transaction) goes before the discount
    # limit, whose range the argument type already checked. A refused command changes
    # nothing (the fuzz test found the limit written and the referral then refused).
    referral = args.referral_program is not None or args.referral_bonus is not None
    pid = lookup.program_id(services, args.referral_program) if args.referral_program else None
    if referral:
        services.schemes.set_referral(pid, args.referral_bonus or 0)
    if args.discounts_per_visit is not None:
        services.schemes.set_discounts_per_visit(args.discounts_per_visit)
    s = services.checkout.schemes()
    data = {
        "discounts_per_visit": s.discounts_per_visit,
        "referral_program_id": s.referral_program_id,
        "referral_bonus": s.referral_bonus,
    }
    return Outcome(data, "\n".join(f"{k} = {v}" for k, v in data.items()))
