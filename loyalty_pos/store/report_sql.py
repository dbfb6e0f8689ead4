"""The conditions every report and the summary rows share (``docs/metrics.md``).

A visit *counts* when it has a member, is confirmed (not voided, not refunded) and was
not refunded in full; sales take every member visit that is not voided. The raw queries
(``store/reports.py``), the summary triggers and their check
(``store/schema_report_totals.py``) all spell them from here, so they cannot drift.
"""

from __future__ import annotations


def counted(alias: str = "") -> str:
    """The condition for a visit that counts, on table alias ``alias``."""
    a = f"{alias}." if alias else ""
    return f"({a}status = 'confirmed' AND ({a}refunded = 0 OR {a}refunded < {a}charged))"


COUNTED = counted()
NOT_VOIDED = "status <> 'voided'"


def at_tills(tills: tuple[str, ...] | None, alias: str = "") -> str:
    """`` AND till IN (...)`` for rows written at ``tills`` on table alias ``alias``, or
    nothing for the whole shop (None).

    The names are written into the SQL as quoted literals rather than parameters so
    that every query keeps its own placeholder style (``?`` lists and ``:name`` maps
    both occur); they come from the ``tills`` table, never straight from the user, and
    a till's name holds only letters, digits, spaces, dots and dashes
    (``services/till_identity.clean``): no quote, ``?``, ``%`` or ``:`` for a dialect's
    placeholders to take. A quote is doubled all the same. Portable: a plain ``IN``
    list, on a file and on a server alike."""
    if tills is None:
        return ""
    a = f"{alias}." if alias else ""
    if not tills:
        return " AND 1 = 0"
    names = ", ".join("'" + t.replace("'", "''") + "'" for t in tills)
    return f" AND {a}till IN ({names})"
