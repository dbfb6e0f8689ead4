"""``admin liability --from --to``: the liability statement of a period.

What the shop owed its customers at the start, what it issued, what was redeemed,
expired, refunded and adjusted, and what it owes at the end, per program and for gift
cards (``docs/metrics.md``, "Liability statement"). Counts are points, pass uses,
stamps, rewards, or minor units of money for credit and gift cards; ``money`` values
them in minor units of the shop currency.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

from ..domain.liability import MOVEMENTS, Figures, LiabilityStatement, StatementLine
from ..l10n import translate
from ..services import Services
from . import args as arg
from .args import CLI
from .output import Outcome
from .registry import Registry

COLUMNS = ("opening", *MOVEMENTS, "closing")


def register(r: Registry) -> None:
    sub = r.command(
        "liability",
        cmd_liability,
        translate(CLI, "what the shop owes its customers: balances and how they moved"),
    )
    arg.period_options(sub, required=True)


def cmd_liability(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """``--to`` is inclusive: the period is [from, to + 1 day)."""
    arg.check_period(args)
    statement = services.liability.statement(args.start, args.end + timedelta(days=1))
    currency = services.shop.all()["currency"]
    data = statement_json(statement, args.start.isoformat(), args.end.isoformat(), currency)
    return Outcome(data, statement_text(statement, args, services.shop.money_text))


def _unit(value: Fraction | None) -> dict[str, int] | None:
    """Money per unit as a fraction: 1000 for 3 pass uses is ``{"amount": 1000, "per": 3}``."""
    if value is None:
        return None
    return {"amount": value.numerator, "per": value.denominator}


def line_json(line: StatementLine) -> dict[str, Any]:
    return {
        "program": line.program or None,
        "program_id": line.program_id,
        "scheme": line.scheme,
        "account": line.account,
        **asdict(line.counts),
        "money": asdict(line.money) if line.money is not None else None,
        "value_per_unit": _unit(line.unit),
    }


def statement_json(s: LiabilityStatement, start: str, end: str, currency: str) -> dict[str, Any]:
    return {
        "from": start,
        "to": end,
        "currency": currency,
        "lines": [line_json(line) for line in s.lines],
        "total_money": asdict(s.total),
        "unvalued": [{"program": x.program, "account": x.account} for x in s.unvalued],
    }


def line_label(line: StatementLine) -> str:
    if line.account == "gift_cards":
        return translate(CLI, "Gift cards")
    what = {
        "points": translate(CLI, "points"),
        "credit": translate(CLI, "store credit"),
        "passes": translate(CLI, "pass uses"),
        "stamps": translate(CLI, "stamps"),
        "rewards": translate(CLI, "rewards ready"),
    }.get(line.account, line.account)
    return f"{line.program} – {what}"


def statement_text(s: LiabilityStatement, args: argparse.Namespace, money) -> str:
    """A table: each balance's counts, then its money on a line of its own."""
    headers = [
        translate(CLI, "opening"),
        translate(CLI, "issued"),
        translate(CLI, "redeemed"),
        translate(CLI, "expired"),
        translate(CLI, "refunded"),
        translate(CLI, "adjusted"),
        translate(CLI, "closing"),
    ]
    in_money = "  " + translate(CLI, "in money")
    rows: list[list[str]] = [["", *headers]]

    def cells(f: Figures, fmt) -> list[str]:
        return [fmt(getattr(f, c)) for c in COLUMNS]

    for line in s.lines:
        if line.account in ("credit", "gift_cards"):
            rows.append([line_label(line), *cells(line.counts, money)])
            continue
        rows.append([line_label(line), *cells(line.counts, str)])
        if line.money is not None:
            rows.append([in_money, *cells(line.money, money)])
    rows.append([translate(CLI, "Total in money"), *cells(s.total, money)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = [
        translate(CLI, "Liability statement {start} – {end}").format(
            start=args.start.isoformat(), end=args.end.isoformat()
        )
    ]
    for r in rows:
        out.append(
            "  ".join(
                [r[0].ljust(widths[0])]
                + [c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)]
            )
        )
    if s.unvalued:
        out.append(
            translate(CLI, "Without a money value (not in the total): {lines}").format(
                lines=", ".join(line_label(x) for x in s.unvalued)
            )
        )
    return "\n".join(line.rstrip() for line in out)
