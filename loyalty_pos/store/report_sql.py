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
