"""``admin end-of-day [--day] [--branch] [--till]``: what each cashier took, to count
the drawer against.

The same figures as the reports screen's End of day tab (``docs/metrics.md``, "End of
day"): how the amounts rung up were paid, gift cards sold, refunds and where they went,
and the line to count, per cashier and in total. Money is in minor units in JSON.

``--branch`` and ``--till`` narrow it to the rows of a branch or of one till (the JSON's
``filter`` says which; an unknown name exits 2); a whole shop on a server with several
tills adds each till's total (``tills``), one drawer each.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..domain.drawer import EndOfDay, Takings
from ..domain.errors import QT_TRANSLATE_NOOP
from ..l10n import translate
from ..services import Services
from ..services.report_scope import Scope, Till
from ..services.reports import ReportService
from . import args as arg
from .args import CLI
from .output import Outcome
from .registry import Registry

# (key, label, money?): the line to count first, with its parts; the screen's order too.
LINES: tuple[tuple[str, str, bool], ...] = (
    ("to_collect", QT_TRANSLATE_NOOP(CLI, "to collect (cash and bank card)"), True),
    ("cash_due", QT_TRANSLATE_NOOP(CLI, "cash or bank card for sales"), True),
    ("gift_cards_sold", QT_TRANSLATE_NOOP(CLI, "gift cards sold"), True),
    ("refund_cash", QT_TRANSLATE_NOOP(CLI, "refunded in cash"), True),
    ("visits", QT_TRANSLATE_NOOP(CLI, "visits"), False),
    ("rung_up", QT_TRANSLATE_NOOP(CLI, "rung up"), True),
    ("discounts", QT_TRANSLATE_NOOP(CLI, "discounts given"), True),
    ("paid_points", QT_TRANSLATE_NOOP(CLI, "paid with points"), True),
    ("paid_credit", QT_TRANSLATE_NOOP(CLI, "paid with store credit"), True),
    ("paid_gift", QT_TRANSLATE_NOOP(CLI, "paid with gift cards"), True),
    ("refunds", QT_TRANSLATE_NOOP(CLI, "refunds"), False),
    ("refund_credit", QT_TRANSLATE_NOOP(CLI, "refunded as store credit"), True),
    ("refund_gift", QT_TRANSLATE_NOOP(CLI, "refunded to gift cards"), True),
    ("stamps", QT_TRANSLATE_NOOP(CLI, "stamps given"), False),
    ("rewards_redeemed", QT_TRANSLATE_NOOP(CLI, "rewards redeemed"), False),
    ("sales", QT_TRANSLATE_NOOP(CLI, "sales"), True),
)


def register(r: Registry) -> None:
    sub = r.command(
        "end-of-day",
        cmd_end_of_day,
        translate(CLI, "a day's takings per cashier, to count the drawer"),
    )
    sub.add_argument(
        "--day",
        type=arg.day,
        default=None,
        metavar="YYYY-MM-DD",
        help=translate(CLI, "the local day (default: today)"),
    )
    scope_options(sub)


def scope_options(sub: argparse.ArgumentParser) -> None:
    """``--branch`` and ``--till``: the same filter for ``end-of-day`` and ``report``."""
    sub.add_argument(
        "--branch",
        default=None,
        metavar="NAME",
        help=translate(CLI, "count only the tills of this branch"),
    )
    sub.add_argument(
        "--till", default=None, metavar="NAME", help=translate(CLI, "count only this till")
    )


def scoped(services: Services, args: argparse.Namespace) -> ReportService:
    """The reports for the filter asked for; an unknown branch or till is refused."""
    return services.reports.scoped(branch=args.branch, till=args.till)


def scope_text(scope: Scope) -> str:
    """The line that says which filter applied: the whole shop, a branch, a till."""
    if scope.till is not None:
        return translate(CLI, "Till {till}").format(till=scope.till)
    if scope.branch is not None:
        return translate(CLI, "Branch {branch}").format(branch=scope.branch)
    return translate(CLI, "The whole shop")


def cmd_end_of_day(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    reports = scoped(services, args)
    day = args.day or reports.today()
    eod = reports.drawer(day)
    by_till = reports.drawers_by_till(day)
    currency = services.shop.all()["currency"]
    data = day_json(eod, day.isoformat(), currency)
    data["filter"] = reports.scope.as_json()
    if by_till:
        data["tills"] = [
            {"till": t.name, "branch": t.branch, **takings_json(d.total)} for t, d in by_till
        ]
    text = day_text(eod, day.isoformat(), services.shop.money_text, reports.scope)
    if by_till:
        text += "\n\n" + tills_text(by_till, services.shop.money_text)
    return Outcome(data, text)


def takings_json(t: Takings) -> dict[str, int]:
    return {**asdict(t), "to_collect": t.to_collect}


def day_json(eod: EndOfDay, day: str, currency: str) -> dict[str, Any]:
    return {
        "day": day,
        "currency": currency,
        "cashiers": [
            {"staff_id": c.staff_id, "name": c.name, **takings_json(c.takings)}
            for c in eod.cashiers
        ],
        "total": takings_json(eod.total),
    }


def table_lines(names: list[str], columns: list[Takings], money) -> list[str]:
    """One line per figure, one column per name, the figures right-aligned."""
    labels = {key: translate(CLI, text) for key, text, _ in LINES}
    rows = [["", *names]]
    for key, _, is_money in LINES:
        fmt = money if is_money else str
        rows.append([labels[key], *(fmt(getattr(t, key)) for t in columns)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        out.append("  ".join(cells).rstrip())
    return out


def day_text(eod: EndOfDay, day: str, money, scope: Scope | None = None) -> str:
    """A table: one line per figure, one column per cashier, then the total."""
    names = [c.name for c in eod.cashiers] + [translate(CLI, "total")]
    columns = [c.takings for c in eod.cashiers] + [eod.total]
    out = [translate(CLI, "End of day {day}").format(day=day)]
    if scope is not None and not scope.whole:  # the whole shop's says nothing more
        out.append(scope_text(scope))
    out += table_lines(names, columns, money)
    if not eod.cashiers:
        out.append(translate(CLI, "Nothing was rung up, sold or refunded that day."))
    return "\n".join(out)


def tills_text(by_till: list[tuple[Till, EndOfDay]], money) -> str:
    """Each till's total, one column per till ("name (branch)"): a drawer each."""
    names = [f"{t.name} ({t.branch})" if t.branch else t.name for t, _ in by_till]
    out = [translate(CLI, "By till")]
    out += table_lines(names, [d.total for _, d in by_till], money)
    return "\n".join(out)
