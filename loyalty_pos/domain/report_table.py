"""A report as a plain table, and its CSV text with formula injection neutralised.

Cells go through ``spreadsheet.safe_cell`` (shared with the member, visit and ledger
exports): text a spreadsheet would run as a formula gets a leading quote.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from .spreadsheet import FORMULA_STARTS, safe_cell

__all__ = ["FORMULA_STARTS", "Table", "safe_cell", "to_csv"]


@dataclass(frozen=True)
class Table:
    """A titled table: what every report exports (CSV and PDF)."""

    title: str
    headers: list[str]
    rows: list[list[object]] = field(default_factory=list)
    note: str = ""


def to_csv(table: Table) -> str:
    """RFC 4180 CSV (comma, CRLF, quotes as needed), headers first."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_cell(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([safe_cell(c) for c in row])
    return out.getvalue()
