"""Changing and switching schemes from the admin command line.

``programs update KIND NAME [options]`` changes one scheme: the options are those of the
command that adds that kind (``add-points`` for ``points``, ``add-stamp-card`` for
``card``...), every one optional; what is not given stays as it is, ``--name`` renames,
and the word ``none`` empties an optional value (``--expiry-days none``: never).
``programs switch KIND NAME --off|--on`` switches one off or on again. Both go through
the same services as the owner's screens, so the rules are theirs: new terms apply from
the next checkout, and members keep what they hold in a switched-off scheme
(``domain/schemes.py``).

NAME ignores case. Catalogue rewards and promotions need not have unique names: when
several share one, the command says their ids, and NAME may be the id instead.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.programs import RewardKind
from ..l10n import translate
from ..services import Services
from ..services.schemes import Switched
from . import args as arg
from . import lookup
from . import output as out
from .args import CLI, CliError
from .output import Outcome
from .registry import Registry


class _Clear:
    """The value of an option given as ``none``: empty that optional value."""

    def __repr__(self) -> str:
        return "none"


CLEAR = _Clear()


def _or_none(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    def parse_or_clear(text: str) -> Any:
        return CLEAR if text.strip().casefold() == "none" else parse(text)

    parse_or_clear.__name__ = getattr(parse, "__name__", "value")
    return parse_or_clear


def _weekday(text: str) -> int:
    try:
        day = int(text)
    except ValueError:
        day = -1
    if not 0 <= day <= 6:
        raise argparse.ArgumentTypeError(translate(CLI, "the weekday is 0 (Monday) to 6 (Sunday)"))
    return day


@dataclass(frozen=True)
class Opt:
    """One option of an add command, as ``update`` takes it: it sets ``field``."""

    flag: str
    field: str
    parse: Callable[[str], Any] | None = None
    metavar: str | None = None
    clearable: bool = False
    choices: tuple[str, ...] | None = None
    repeat: bool = False
    to_ids: bool = False  # program names → ids (one, or a set when ``repeat``)
    to_kind: bool = False  # a reward kind's name → RewardKind


NAME = Opt("--name", "name", metavar="NEW_NAME")  # renames; the positional NAME finds it
EXPIRY = Opt("--expiry-days", "expiry_days", arg.count, "N", clearable=True)
DAY_LIMIT = Opt("--per-day-limit", "per_day_limit", arg.count, "N", clearable=True)
KINDS = tuple(k.value for k in RewardKind)

# The options of each kind's add command (in ``programs.py``); a test holds them
# equal, so ``update`` never lags behind.
OPTIONS: dict[str, tuple[Opt, ...]] = {
    "points": (
        NAME,
        Opt("--points-per-amount", "points_per_step", arg.count, "N"),
        Opt("--amount-step", "amount_step", arg.count, "MINOR_UNITS"),
        Opt("--per-visit", "points_per_visit", arg.money, "N"),
        Opt("--per-item", "points_per_item", arg.money, "N"),
        Opt("--point-value", "point_value", arg.count, "MINOR_UNITS", clearable=True),
        EXPIRY,
        DAY_LIMIT,
    ),
    "credit": (NAME, Opt("--percent", "rate_bp", arg.rate_bp, "P"), EXPIRY),
    "pass": (
        NAME,
        Opt("--uses", "pass_uses", arg.count, "N"),
        Opt("--price", "price", arg.money, "MINOR_UNITS"),
    ),
    "reward": (
        Opt("--program", "program_id", metavar="NAME", to_ids=True),
        NAME,
        Opt("--cost", "cost", arg.count, "POINTS"),
        Opt("--kind", "kind", choices=KINDS, to_kind=True),
        Opt("--value", "value", arg.money, "N"),
        Opt("--max-discount", "max_discount", arg.money, "MINOR_UNITS", clearable=True),
    ),
    "promotion": (
        Opt("--program", "program_id", metavar="NAME", to_ids=True),
        NAME,
        Opt("--multiplier", "multiplier_pct", arg.multiplier_pct, "X"),
        Opt("--weekday", "weekday", _weekday, "0-6", clearable=True),
        Opt("--from", "starts_on", arg.day, "YYYY-MM-DD", clearable=True),
        Opt("--to", "ends_on", arg.day, "YYYY-MM-DD", clearable=True),
    ),
    "tier": (
        NAME,
        Opt("--rank", "rank", arg.count),
        Opt("--min-spend", "min_spend", arg.money, "MINOR_UNITS", clearable=True),
        Opt("--min-visits", "min_visits", arg.money, "N", clearable=True),
        Opt("--window-days", "window_days", arg.count, "N"),
        Opt("--multiplier", "earn_multiplier_pct", arg.multiplier_pct, "X"),
        Opt("--discount-percent", "discount_bp", arg.discount_bp, "P"),
        Opt("--fee", "fee", arg.money, "MINOR_UNITS", clearable=True),
    ),
    "item": (
        NAME,
        Opt("--category", "category"),
        Opt("--price", "price", arg.money, "MINOR_UNITS", clearable=True),
        Opt(
            "--counts-for", "programs", metavar="PROGRAM", clearable=True, repeat=True, to_ids=True
        ),
    ),
    "card": (
        NAME,
        Opt("--stamps-needed", "stamps_needed", arg.count, "N"),
        Opt("--reward", "reward_text", metavar="TEXT"),
        DAY_LIMIT,
        EXPIRY,
        Opt("--stamps-per-item", "stamps_per_item", arg.count, "N"),
        Opt("--reward-kind", "reward_kind", choices=KINDS, to_kind=True),
        Opt("--reward-value", "reward_value", arg.count, "N"),
    ),
}

# What each KIND names, for messages.
WHAT = {
    "points": QT_TRANSLATE_NOOP(CLI, "points program"),
    "credit": QT_TRANSLATE_NOOP(CLI, "credit program"),
    "pass": QT_TRANSLATE_NOOP(CLI, "pass"),
    "reward": QT_TRANSLATE_NOOP(CLI, "catalogue reward"),
    "promotion": QT_TRANSLATE_NOOP(CLI, "promotion"),
    "tier": QT_TRANSLATE_NOOP(CLI, "tier"),
    "item": QT_TRANSLATE_NOOP(CLI, "item"),
    "card": QT_TRANSLATE_NOOP(CLI, "punch card"),
}


def what(kind: str) -> str:
    """The kind in words, in the shop's language ("points program", not "points")."""
    return translate(CLI, WHAT[kind]) if kind in WHAT else kind


HELP = {
    "points": QT_TRANSLATE_NOOP(CLI, "change a points program (options of add-points)"),
    "credit": QT_TRANSLATE_NOOP(CLI, "change a credit program (options of add-credit)"),
    "pass": QT_TRANSLATE_NOOP(CLI, "change a pass (options of add-pass)"),
    "reward": QT_TRANSLATE_NOOP(CLI, "change a catalogue reward (options of add-reward)"),
    "promotion": QT_TRANSLATE_NOOP(CLI, "change a promotion (options of add-promotion)"),
    "tier": QT_TRANSLATE_NOOP(CLI, "change a tier (options of add-tier)"),
    "item": QT_TRANSLATE_NOOP(CLI, "change an item (options of add-item)"),
    "card": QT_TRANSLATE_NOOP(CLI, "change a punch card (options of add-stamp-card)"),
}


def register(r: Registry) -> None:
    """``programs update KIND NAME ...`` (one sub-command per kind) and ``programs switch``."""
    r.group(
        "programs update",
        translate(CLI, "change a scheme: points|credit|pass|reward|promotion|tier|item|card"),
        description=translate(
            CLI, "Change a scheme. Options not given stay as they are; “none” empties one."
        ),
        dest="scheme_kind",
        metavar="KIND",
    )
    for kind, opts in OPTIONS.items():
        sub = r.command(f"programs update {kind}", cmd_update, translate(CLI, HELP[kind]))
        sub.add_argument("target", metavar="NAME", help=translate(CLI, "its name, or its id"))
        for o in opts:
            parse = _or_none(o.parse or str) if o.clearable else o.parse
            extra: dict[str, Any] = {"action": "append"} if o.repeat else {}
            sub.add_argument(
                o.flag,
                dest=o.field,
                type=parse,
                metavar=o.metavar,
                choices=o.choices,
                default=None,
                **extra,
            )
    switch = r.command(
        "programs switch", cmd_switch, translate(CLI, "switch a scheme off or on again")
    )
    switch.add_argument(
        "scheme_kind", choices=list(OPTIONS), metavar="KIND", help="|".join(OPTIONS)
    )
    switch.add_argument("target", metavar="NAME", help=translate(CLI, "its name, or its id"))
    state = switch.add_mutually_exclusive_group(required=True)
    state.add_argument(
        "--off",
        dest="on",
        action="store_false",
        default=None,
        help=translate(CLI, "nothing new from it; members keep what they hold"),
    )
    state.add_argument("--on", dest="on", action="store_true", help=translate(CLI, "on again"))


# Finding the scheme ---------------------------------------------------------------------


def all_of_kind(services: Services, kind: str) -> list[Any]:
    store = services.schemes.store
    return {
        "points": store.points_programs,
        "credit": store.credit_programs,
        "pass": store.pass_programs,
        "reward": store.rewards,
        "promotion": store.promotions,
        "tier": store.tiers,
        "item": store.items,
        "card": services.programs.list,
    }[kind]()


def find(services: Services, kind: str, name: str) -> Any:
    """The scheme of ``kind`` called ``name`` (ignoring case), or with that id."""
    schemes = all_of_kind(services, kind)
    key = name.strip().casefold()
    named = [s for s in schemes if s.name.casefold() == key]
    if len(named) > 1:
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI, "Several of them are called “{name}” (ids {ids}): give the id instead."
            ),
            name=name.strip(),
            ids=", ".join(str(s.id) for s in named),
        )
    if not named and key.isdigit():
        named = [s for s in schemes if s.id == int(key)]
    if not named:
        raise CliError(
            QT_TRANSLATE_NOOP(CLI, "There is no {what} “{name}”."),
            what=translate(CLI, WHAT[kind]),
            name=name.strip(),
        )
    return named[0]


# Update ---------------------------------------------------------------------------------


def changed(services: Services, kind: str, args: argparse.Namespace, before: Any) -> Any:
    """``before`` with the options given; refused when none was."""
    changes: dict[str, Any] = {}
    for o in OPTIONS[kind]:
        value = getattr(args, o.field)
        if value is None:
            continue
        if o.repeat:
            value = frozenset(lookup.program_id(services, n) for n in value if n is not CLEAR)
        elif value is CLEAR:
            value = None
        elif o.to_ids:
            value = lookup.program_id(services, value)
        elif o.to_kind:
            value = RewardKind(value)
        changes[o.field] = value
    if not changes:
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI, "Say what to change: one or more options (programs update {kind} --help)."
            ),
            kind=kind,
        )
    return replace(before, **changes)


def cmd_update(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    kind = args.scheme_kind
    before = find(services, kind, args.target)
    after = changed(services, kind, args, before)
    if kind == "card":
        program = services.programs.update(after)
        text = translate(CLI, "Program changed:") + "\n" + out.program_text(program)
        return Outcome(out.program_json(program), text)
    saved = getattr(services.schemes, f"update_{kind}")(after)
    data = {"kind": kind, **{k: out.plain(v) for k, v in vars(saved).items()}}
    text = translate(CLI, "Changed {kind} “{name}” (id {id}): from the next checkout.").format(
        kind=what(kind), name=saved.name, id=saved.id
    )
    return Outcome(data, text)


# Switch ---------------------------------------------------------------------------------


def cmd_switch(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    kind = args.scheme_kind
    scheme = find(services, kind, args.target)
    said = services.schemes.switch(kind, scheme.id, args.on)
    data: dict[str, Any] = {
        "kind": kind,
        "id": said.id,
        "name": said.name,
        "active": said.active,
        "holders": said.holders,
        "held": said.held,
    }
    if kind == "card":
        data.update(unfinished=said.unfinished, stamps=said.stamps)
    return Outcome(data, switched_text(said))


def switched_text(s: Switched) -> str:
    """What switching did and what members keep (everything they hold)."""
    if s.active:
        return translate(CLI, "Switched on {kind} “{name}” (id {id}).").format(
            kind=what(s.kind), name=s.name, id=s.id
        )
    lines = [
        translate(CLI, "Switched off {kind} “{name}” (id {id}).").format(
            kind=what(s.kind), name=s.name, id=s.id
        )
    ]
    kept = {
        "points": QT_TRANSLATE_NOOP(
            CLI, "Members keep the points they hold ({held} in all, held by {n}) to spend."
        ),
        "credit": QT_TRANSLATE_NOOP(
            CLI, "Members keep their store credit ({held} in all, held by {n}) to pay with."
        ),
        "pass": QT_TRANSLATE_NOOP(
            CLI, "Members keep the uses they bought ({held} in all, held by {n}) to use."
        ),
        "card": QT_TRANSLATE_NOOP(
            CLI, "Members keep their rewards ready ({held} in all, held by {n}) to redeem."
        ),
        "tier": QT_TRANSLATE_NOOP(
            CLI, "Members in it keep it until their next tier review (now {n})."
        ),
    }
    if s.holders and s.kind in kept:
        lines.append(translate(CLI, kept[s.kind]).format(held=s.held, n=s.holders))
    if s.unfinished:
        lines.append(
            translate(
                CLI, "Unfinished cards ({stamps} stamps in all, held by {n}) get no new stamps."
            ).format(stamps=s.stamps, n=s.unfinished)
        )
    return "\n".join(lines)
