"""Round numbers for a chart's value axis: where the ticks go and how they are written.

An owner reads a chart from arm's length. Ticks at 0, 247, 494, 741, 988 (the data's
maximum split in four) make them do arithmetic; ticks at 0, 250, 500, 750, 1 000 do
not. Steps are 1, 2 or 5 times a power of ten, the top tick is the first multiple of
the step at or above the data ("a nice maximum"), and there are three to ``most`` of
them, so an axis never turns into a ruler.

Everything here is integers: counts, and money in minor units (``domain/money.py``).
A step is never less than one unit (a third of a visit, a tenth of a fillér), which is
why a chart of nothing still gets the ticks 0, 1, 2. Writing the labels (the locale's
digits, the currency) is the UI's job; this module says which numbers, and how many
decimals and which power of ten the labels need.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

LEAST = 3  # fewer ticks than this and the eye cannot read a value off the axis
MOST = 7  # more, and the labels crowd a chart of a few hundred pixels
DEFAULT_MOST = 6
MULTIPLIERS = (1, 2, 5)


@dataclass(frozen=True)
class Ticks:
    """Tick values from the lowest to the highest, ``step`` apart."""

    step: int
    values: tuple[int, ...]

    @property
    def low(self) -> int:
        return self.values[0]

    @property
    def high(self) -> int:
        """The nice maximum: where the axis ends."""
        return self.values[-1]


def round_steps(smallest: int = 1) -> Iterator[int]:
    """1, 2, 5, 10, 20, 50, … from the first one at or above ``smallest``."""
    power = 1
    while True:
        for m in MULTIPLIERS:
            if m * power >= smallest:
                yield m * power
        power *= 10


def is_round(step: int) -> bool:
    """Whether ``step`` is 1, 2 or 5 times a power of ten."""
    if step < 1:
        return False
    while step % 10 == 0:
        step //= 10
    return step in MULTIPLIERS


def nice_ticks(low: int, high: int, *, most: int = DEFAULT_MOST) -> Ticks:
    """Round ticks that cover every value in [low, high], at least ``LEAST`` of them
    and at most ``most`` (between ``LEAST`` and ``MOST``).

    Takes the smallest round step that needs no more than ``most`` ticks: the finest
    grid that still reads. Bars start at zero, so callers pass ``low=0`` for them; a
    score from −100 to 100 passes both ends.
    """
    if not LEAST <= most <= MOST:
        raise ValueError(f"most must be between {LEAST} and {MOST}")
    if high < low:
        low, high = high, low
    for step in round_steps():
        first = (low // step) * step
        last = -(-high // step) * step
        count = (last - first) // step + 1
        if count <= most:
            break
    while count < LEAST:  # all values equal (or one unit apart): widen upwards
        last += step
        count += 1
    return Ticks(step, tuple(range(first, last + 1, step)))


def trailing_zeros(n: int) -> int:
    """How many times 10 divides ``n`` (0 for 0)."""
    if n == 0:
        return 0
    count = 0
    while n % 10 == 0:
        n //= 10
        count += 1
    return count


# Money ---------------------------------------------------------------------------

COMPACT_FROM = 6  # a million major units and more: "1,5 M Ft" instead of "1 500 000 Ft"
SCALES = (9, 6)  # billions, millions (of major units)


@dataclass(frozen=True)
class MoneyLabels:
    """How to write every tick of one money axis, the same way for all of them.

    ``scale`` is the power of ten of major units the numbers are written in (0: plain
    amounts, 6: millions, 9: billions) and ``decimals`` how many decimals the step
    needs in that unit: ticks 0, 500 000, 1 000 000 Ft are 0, 0.5 and 1.0 million.
    Whole amounts drop the minor unit when no tick needs it ("kr 5 000", not
    "kr 5 000,00"); when one does, all ticks show it as money does ("kr 0,10").
    """

    scale: int
    decimals: int

    def value(self, minor: int, digits: int) -> Decimal:
        """The tick in the label's unit, exactly: 1 500 000 Ft in millions is 1.5."""
        return Decimal(minor).scaleb(-(digits + self.scale))


def money_labels(ticks: Ticks, digits: int) -> MoneyLabels:
    """The unit and decimals for labels of ``ticks`` (minor units, ``digits`` decimals).

    Millions and billions are written short: round ticks have at most two significant
    digits, so "1,5 M Ft" keeps all there is to read and drops the six zeros an owner
    would have to count at arm's length, and a narrower axis leaves the bars more room.
    Below a million the whole amount is short enough and needs no abbreviation.
    """
    top = max(abs(ticks.low), abs(ticks.high)) // 10**digits
    scale = next((s for s in SCALES if top >= 10**s), 0)
    exponent = digits + scale
    decimals = max(0, exponent - trailing_zeros(ticks.step))
    if scale == 0 and decimals:  # øre and cents are written in full, as on a receipt
        decimals = digits
    return MoneyLabels(scale, decimals)
