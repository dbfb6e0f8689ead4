"""The liability statement: what the shop owes its customers, and how it moved.

For each program's balance (points, store credit, pass uses, a punch card's stamps and
its ready rewards) and for gift cards, over a period: the opening balance, what was
issued, redeemed, expired, refunded and adjusted, and the closing balance, with

    opening + issued − redeemed − expired + refunded + adjusted = closing

exactly. It is the deferred-revenue view of IFRS 15: value handed to customers that
they have not used yet is owed to them. Pure: the ledger sums arrive from
``store/liability.py``; the definitions are in ``docs/metrics.md``.

**Classification** is by the ledger row's kind (the sign of each figure is how it is
shown; ``refunded`` and ``adjusted`` keep the row's sign):

* issued = earn, bonus, purchase (and a gift card's issue); a punch card's ``complete``
  on its ``rewards`` line (a completed card issues a reward);
* redeemed = redeem; a punch card's ``complete`` on its ``stamps`` line (the stamps
  given up for the reward);
* expired = expire, net of positive expire rows (an expiry reversed by a refund);
* refunded = refund (either sign: restored to the member, or taken back) and void;
* adjusted = adjust.

**Money** is a line's count times the value of one unit (``unit_value``). A unit worth a
fraction of the minor unit (a pass of 3 uses for 1000) is valued on the running balance:
opening and closing are each rounded down, and every movement is the change it makes to
the rounded-down running balance, so the money columns add up exactly as the counts do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from fractions import Fraction
from math import floor

from .ledger import Account, Kind

GIFT_ISSUE = "issue"  # the gift-card ledger's own kind for value sold

# The statement's movement columns, in the order the identity applies them.
MOVEMENTS = ("issued", "redeemed", "expired", "refunded", "adjusted")
# How each column enters the identity: + adds to the balance, − takes from it.
SIGNS = {"issued": 1, "redeemed": -1, "expired": -1, "refunded": 1, "adjusted": 1}

_COLUMN_OF_KIND = {
    Kind.EARN.value: "issued",
    Kind.BONUS.value: "issued",
    Kind.PURCHASE.value: "issued",
    GIFT_ISSUE: "issued",
    Kind.REDEEM.value: "redeemed",
    Kind.EXPIRE.value: "expired",
    Kind.REFUND.value: "refunded",
    Kind.VOID.value: "refunded",
    Kind.ADJUST.value: "adjusted",
}

SCHEME_ORDER = ("points", "credit", "pass", "stamp")
# The balances of each kind of program, in the order the statement lists them.
ACCOUNTS_OF_SCHEME = {
    "points": (Account.POINTS.value,),
    "credit": (Account.CREDIT.value,),
    "pass": (Account.PASSES.value,),
    "stamp": (Account.STAMPS.value, Account.REWARDS.value),
}
GIFT_CARDS = "gift_cards"


def column_of(account: str, kind: str) -> str:
    """The statement column a ledger row of ``kind`` on ``account`` belongs to.

    A ``complete`` row moves stamps into a ready reward (−N stamps, +1 reward): on the
    stamps line it is a redemption, on the rewards line an issue. Any kind the ledger
    does not know raises ``KeyError``: a new kind must be classified here on purpose.
    """
    if kind == Kind.COMPLETE.value:
        return "issued" if account == Account.REWARDS.value else "redeemed"
    return _COLUMN_OF_KIND[kind]


@dataclass(frozen=True)
class Figures:
    """One line of the statement, in units (points, minor units, uses) or in money.

    ``redeemed`` and ``expired`` are what left the balance (positive when value left);
    ``refunded`` and ``adjusted`` are signed (+ back to the customer, − taken back).
    """

    opening: int = 0
    issued: int = 0
    redeemed: int = 0
    expired: int = 0
    refunded: int = 0
    adjusted: int = 0
    closing: int = 0

    @property
    def balanced(self) -> bool:
        """opening + issued − redeemed − expired + refunded + adjusted == closing."""
        moved = sum(SIGNS[c] * getattr(self, c) for c in MOVEMENTS)
        return self.opening + moved == self.closing

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def __add__(self, other: Figures) -> Figures:
        return Figures(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


def figures(account: str, opening: int, by_kind: Mapping[str, int]) -> Figures:
    """A line from its opening balance and the period's sum of deltas per row kind.

    The closing balance is the opening plus every delta, whatever its kind; the columns
    come from the classification. ``balanced`` therefore checks the classification.
    """
    columns = dict.fromkeys(MOVEMENTS, 0)
    for kind, delta in by_kind.items():
        column = column_of(account, kind)
        columns[column] += SIGNS[column] * delta
    return Figures(opening=opening, closing=opening + sum(by_kind.values()), **columns)


def in_money(counts: Figures, unit: Fraction) -> Figures:
    """``counts`` valued at ``unit`` per unit, rounded down on the running balance.

    With a whole unit value this is plain multiplication; with a fraction, each column
    is the change of the rounded-down running balance, so the identity holds in money.
    """

    def value(n: int) -> int:
        return floor(n * unit)

    running = counts.opening
    out = {"opening": value(running)}
    for column in MOVEMENTS:
        after = running + SIGNS[column] * getattr(counts, column)
        out[column] = SIGNS[column] * (value(after) - value(running))
        running = after
    out["closing"] = value(counts.closing)
    return Figures(**out)


@dataclass(frozen=True)
class ProgramTerms:
    """What the statement needs of a program: its name, order and what a unit is worth."""

    id: int
    name: str
    kind: str  # 'stamp', 'points', 'credit', 'pass'
    active: bool = True
    position: int = 0
    point_value: int | None = None  # minor units per point, when set
    price: int | None = None  # a pass's price
    pass_uses: int | None = None  # uses a pass holds
    reward_kind: str = "free_item"
    reward_value: int = 0


def unit_value(program: ProgramTerms | None, account: str) -> Fraction | None:
    """Money per unit of a balance, or None when it has no money value.

    Points: the program's ``point_value`` when set. Store credit and gift cards: 1 (they
    are money). Pass uses: price ÷ uses per pass. Ready punch-card rewards: the reward
    value when it is a fixed amount off (a free item or a percentage has no fixed value).
    Stamps on an unfinished card are not owed yet and have none.
    """
    if account in (Account.CREDIT.value, GIFT_CARDS):
        return Fraction(1)
    if program is None:
        return None
    if account == Account.POINTS.value:
        return Fraction(program.point_value) if program.point_value else None
    if account == Account.PASSES.value:
        if program.price is None or not program.pass_uses:
            return None
        return Fraction(program.price, program.pass_uses)
    if account == Account.REWARDS.value and program.reward_kind == "fixed_discount":
        return Fraction(program.reward_value)
    return None


@dataclass(frozen=True)
class StatementLine:
    """One balance: a program's account, or all gift cards (``program_id`` None)."""

    program_id: int | None
    program: str
    scheme: str  # 'points', 'credit', 'pass', 'stamp', or 'gift_cards'
    account: str  # 'points', 'credit', 'passes', 'stamps', 'rewards', or 'gift_cards'
    counts: Figures
    money: Figures | None  # None: no money value (stamps, free items, unpriced points)
    unit: Fraction | None = None

    @property
    def owed(self) -> bool:
        """Stamps on an unfinished card are shown but are not yet owed."""
        return self.account != Account.STAMPS.value


@dataclass(frozen=True)
class LiabilityStatement:
    """Every line of the period [start, end) (``end`` exclusive, like the reports)."""

    start: date
    end: date
    lines: list[StatementLine]

    @property
    def total(self) -> Figures:
        """The money columns summed over the lines that have a money value."""
        return sum((line.money for line in self.lines if line.money is not None), Figures())

    @property
    def unvalued(self) -> list[StatementLine]:
        """Owed balances with no money value (free-item rewards, points without a value)."""
        return [line for line in self.lines if line.owed and line.money is None]

    @property
    def balanced(self) -> bool:
        return all(line.counts.balanced for line in self.lines) and self.total.balanced


def _line(
    program: ProgramTerms | None,
    scheme: str,
    account: str,
    opening: int,
    by_kind: Mapping[str, int],
) -> StatementLine:
    counts = figures(account, opening, by_kind)
    unit = unit_value(program, account)
    return StatementLine(
        program_id=program.id if program is not None else None,
        program=program.name if program is not None else "",
        scheme=scheme,
        account=account,
        counts=counts,
        money=None if unit is None else in_money(counts, unit),
        unit=unit,
    )


def build_statement(
    start: date,
    end: date,
    programs: Iterable[ProgramTerms],
    opening: Mapping[tuple[int, str], int],
    within: Mapping[tuple[int, str, str], int],
    gift_opening: int,
    gift_within: Mapping[str, int],
) -> LiabilityStatement:
    """The statement from the ledger's sums.

    ``opening`` is the balance per (program, account) at ``start``; ``within`` the sum of
    the period's deltas per (program, account, kind); the gift cards' likewise. A
    program is listed when it is switched on or any of its figures is not zero; gift
    cards when any figure is not zero. A balance of an account its program does not
    normally use is listed too, without a money value, so that nothing owed is dropped.
    """
    by_account: dict[tuple[int, str], dict[str, int]] = {}
    for (pid, account, kind), delta in within.items():
        by_account.setdefault((pid, account), {})[kind] = delta
    keys = set(opening) | set(by_account)
    ordered = sorted(
        programs,
        key=lambda p: (
            SCHEME_ORDER.index(p.kind) if p.kind in SCHEME_ORDER else 9,
            p.position,
            p.id,
        ),
    )
    lines: list[StatementLine] = []
    for p in ordered:
        accounts = ACCOUNTS_OF_SCHEME.get(p.kind, ())
        extra = sorted(a for pid, a in keys if pid == p.id and a not in accounts)
        made = [
            _line(p, p.kind, a, opening.get((p.id, a), 0), by_account.get((p.id, a), {}))
            for a in (*accounts, *extra)
        ]
        if p.active or any(not line.counts.empty for line in made):
            lines.extend(line if line.account in accounts else _unvalued(line) for line in made)
    gift = _line(None, GIFT_CARDS, GIFT_CARDS, gift_opening, gift_within)
    if not gift.counts.empty:
        lines.append(gift)
    return LiabilityStatement(start, end, lines)


def _unvalued(line: StatementLine) -> StatementLine:
    return StatementLine(
        line.program_id, line.program, line.scheme, line.account, line.counts, None, None
    )
