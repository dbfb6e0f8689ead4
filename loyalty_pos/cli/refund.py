"""The refund command of the admin command line: where the money goes, then the loyalty.

``admin refund VISIT_ID [--amount N] --reason TEXT [--request-id ID]`` runs the same
refund as F7 (``services/refunding.py``) and prints the cash to hand over first.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..l10n import translate
from ..services import Services
from . import args as arg
from . import output as out
from .args import CLI
from .output import Outcome
from .registry import Registry


def register(r: Registry) -> None:
    refund = r.command("refund", cmd_refund, translate(CLI, "refund a visit"))
    refund.add_argument("visit_id", type=arg.ident, metavar="VISIT_ID")
    refund.add_argument("--amount", type=arg.money, metavar="MINOR_UNITS")
    refund.add_argument("--reason", required=True, metavar="TEXT")
    refund.add_argument("--request-id", metavar="ID")


def cmd_refund(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    r = services.checkout.refund(args.visit_id, args.amount, args.reason, args.request_id)
    visit = services.checkout.visits.get(r.visit_id)
    data: dict[str, Any] = {
        "refund_id": r.refund_id,
        "visit_id": r.visit_id,
        "amount": visit["amount"],
        "discount": visit["discount"],
        "charged": visit["charged"],
        "refunded": r.amount,
        "refunded_total": r.refunded_total,
        "full": r.full,
        "duplicate": r.replayed,
        "shortfall": [
            {"program_id": pid, "account": acc.value, "amount": n}
            for (pid, acc), n in r.shortfall.items()
        ],
        "changes": [
            {"program_id": pid, "account": acc.value, "delta": n}
            for (pid, acc), n in sorted(r.changes.items())
        ],
        "member": None,
    }
    t = r.tenders
    if t is not None:
        data.update(
            cash_back=t.cash,
            credit_back=t.credit,
            gift_card_back=t.gift,
            gift_card=t.gift_code,
            gift_card_paid_in_cash=t.gift_as_cash,
        )
    text = translate(CLI, "Refunded {amount} of visit {id} ({state}).").format(
        amount=r.amount,
        id=r.visit_id,
        state=translate(CLI, "in full") if r.full else translate(CLI, "in part"),
    )
    text += "\n" + "\n".join(_tender_lines(services, r))
    if r.member is not None:
        data["member"] = out.member_json(r.member)
        data.update(services.checkout.balances_summary(r.member.id))
        data["cards"] = data["member"]["cards"]
        text += "\n" + out.member_text(r.member)
    return Outcome(data, text)


def _tender_lines(services: Services, r) -> list[str]:
    """Where the money goes: the cash to hand over first, then cards and accounts."""
    t = r.tenders
    if t is None:
        return []
    money = services.shop.money_text
    lines = [translate(CLI, "Hand back in cash: {amount}").format(amount=money(t.cash))]
    if t.gift:
        lines.append(
            translate(CLI, "Back on gift card {code}: {amount}").format(
                code=t.gift_code, amount=money(t.gift)
            )
        )
    if t.gift_as_cash:
        lines.append(
            translate(
                CLI, "The gift card {code} is void or expired: its {amount} is paid in cash."
            ).format(code=t.gift_code, amount=money(t.gift_as_cash))
        )
    if t.credit:
        lines.append(
            translate(CLI, "Back to store credit: {amount}").format(amount=money(t.credit))
        )
    return lines
