"""The one search for "the biggest size at which this text still fits".

The member's name on the counter (``ui/shrink_label.py``), the totals at the till
(``ui/checkout/fit_label.py``) and every line printed on a card or slip
(``printing/text.py``) all shrink text until it fits its box. Each used to step down one
size at a time with its own loop; this is the one routine they share. It knows nothing of
Qt or fonts: the caller measures, so it is importable from ``printing`` and ``ui`` alike
without either importing the other.
"""

from __future__ import annotations

from collections.abc import Callable


def largest_fitting(low: int, high: int, fits: Callable[[int], bool]) -> int:
    """The largest ``size`` in ``low..high`` with ``fits(size)``, or ``low`` if none does.

    A binary search: ``fits`` must be monotone (true at a size, true at every smaller one),
    which holds for text measured at a point or pixel size. Takes about log2(high - low)
    measurements instead of one per size.
    """
    if high <= low:
        return low
    if fits(high):
        return high
    lo, hi = low, high  # invariant: fits(hi) is false; lo is the answer if nothing higher
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid
    return lo
