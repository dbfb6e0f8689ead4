"""Paying with part of a balance: "use 500 Ft of my credit, not all of it".

Store credit, points with a money value and a gift card each pay as much of the bill
as they can unless the cashier says how much (Ctrl+H at the counter). This module reads
and checks that amount; the checkout service does the paying. What the service does
with a too-large amount is to use only what the bill needs, silently; at the counter
that would hide a misunderstanding ("500" typed, 300 used), so an amount above what is
still owed is refused here with a message instead, and nothing changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.checkout import CheckoutPlan, Schemes
from ...domain.errors import UserError
from ...domain.ledger import Account, Kind
from ...l10n import message
from ..formatting import format_money
from .amount import parse_local

CONTEXT = "Parts"

CREDIT = "credit"
POINTS = "points"
GIFT = "gift"

TenderKey = tuple[str, int | None]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Tender:
    """A balance that can pay part of this bill: what it is and how much it holds."""

    kind: str  # CREDIT | POINTS | GIFT
    ref: int | None  # the points program; None for store credit and the gift card
    name: str  # "Store credit", the points program's name, "Gift card"
    held: int  # minor units (credit, gift card) or points
    point_value: int = 0  # minor units one point pays (points only)

    @property
    def key(self) -> TenderKey:
        return (self.kind, self.ref)

    @property
    def in_points(self) -> bool:
        return self.kind == POINTS


@dataclass(frozen=True)
class Held:
    """Balances before this visit, for the totals' "… left" beside each tender used."""

    credit: int = 0
    points: dict[int, int] = field(default_factory=dict)
    gift: int | None = None


class PartError(ValueError):
    """A part amount the counter refuses; ``text`` is already translated and filled in."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def parse_points(text: str) -> int:
    """A whole number of points as typed ("1 500" or "1,500" in the locale); or PartError.

    Group separators count only every three digits, as for amounts, so "2.5" is never
    read as 25 where the locale groups with a dot.
    """
    raw = text.strip()
    if raw.startswith(("-", "\u2212")):
        raise PartError(tr("A number of points cannot be negative."))
    seps = re.escape("".join({" ", "\u00a0", "\u202f", "'", QLocale().groupSeparator()}))
    digits = raw.removeprefix("+").strip()
    if not re.fullmatch(rf"\d+|\d{{1,3}}(?:[{seps}]\d{{3}})+", digits, flags=re.ASCII):
        raise PartError(tr("“{text}” is not a whole number of points.").format(text=raw))
    return int(re.sub(r"\D", "", digits))


def parse_part(tender: Tender, text: str, currency: str) -> int | None:
    """What the cashier typed for ``tender``: None when empty (as much as the bill needs).

    Refuses (PartError) a malformed or negative amount, zero, and more than is held.
    """
    if not text.strip():
        return None
    if tender.in_points:
        value = parse_points(text)
    else:
        try:
            value = parse_local(text, currency)
        except UserError as err:
            raise PartError(message(err)) from None
    if value == 0:
        raise PartError(tr("Type more than zero, or leave it empty for as much as the bill needs."))
    if value > tender.held:
        raise PartError(too_much_held(tender, currency))
    return value


def too_much_held(tender: Tender, currency: str) -> str:
    if tender.kind == CREDIT:
        return tr("The member has only {held} in store credit.").format(
            held=format_money(tender.held, currency)
        )
    if tender.kind == GIFT:
        return tr("The gift card holds only {held}.").format(
            held=format_money(tender.held, currency)
        )
    return tr("The member has only {held} {name}.").format(
        held=QLocale().toString(tender.held), name=tender.name
    )


def held_text(tender: Tender, currency: str) -> str:
    """ "Holds HUF558", "Has 60 points (worth HUF600)"."""
    if tender.in_points:
        return tr("Has {n} points (worth {value})").format(
            n=QLocale().toString(tender.held),
            value=format_money(tender.held * tender.point_value, currency),
        )
    return tr("Holds {amount}").format(amount=format_money(tender.held, currency))


def points_paid(plan: CheckoutPlan, schemes: Schemes) -> dict[int, int]:
    """Points program → points spent paying the bill (not on catalogue rewards)."""
    spent: dict[int, int] = {}
    for e in plan.entries:
        if e.account is Account.POINTS and e.kind is Kind.REDEEM:
            spent[e.program_id] = spent.get(e.program_id, 0) - e.delta
    for d in plan.discounts:
        reward = schemes.rewards.get(d.ref_id) if d.source == "points_reward" else None
        if reward is not None and d.ref_id is not None:
            spent[reward.program_id] = spent.get(reward.program_id, 0) - reward.cost
    return {pid: n for pid, n in spent.items() if n > 0}


def used_by(tender: TenderKey, plan: CheckoutPlan, schemes: Schemes) -> int:
    """What the plan takes from ``tender``: minor units, or points for a points program."""
    kind, ref = tender
    if kind == CREDIT:
        return plan.paid_credit
    if kind == GIFT:
        return plan.paid_gift
    return points_paid(plan, schemes).get(ref or 0, 0)


def over_owed(
    tender: TenderKey, part: int, plan: CheckoutPlan, schemes: Schemes, currency: str
) -> str | None:
    """Why ``part`` is more than the bill still needs from ``tender``, or None if it isn't.

    ``plan`` was made with ``part`` asked for; the checkout uses less only when less is
    owed, so what it used is what is owed.
    """
    used = used_by(tender, plan, schemes)
    if part <= used:
        return None
    kind, ref = tender
    if kind == POINTS:
        program = schemes.points.get(ref or 0)
        name = program.name if program else ""
        if not used:
            return tr("Nothing is left to pay with {name}.").format(name=name)
        return tr("The rest of the bill needs only {n} {name}: type at most that.").format(
            n=QLocale().toString(used), name=name
        )
    what = tr("store credit") if kind == CREDIT else tr("the gift card")
    if not used:
        return tr("Nothing is left to pay with {what}.").format(what=what)
    return tr("Only {owed} is still owed: use at most that from {what}.").format(
        owed=format_money(used, currency), what=what
    )
