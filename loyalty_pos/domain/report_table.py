"""A report as a plain table, and its CSV text with formula injection neutralised.

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula,
so a member called ``=HYPERLINK(...)`` (or a comment typed at the counter) could run
code on the owner's computer when the export is opened. Such text cells get a leading
single quote, which spreadsheets show as text (OWASP's advice for CSV injection).
Numbers are written as numbers: a negative change of -3 is data, not a formula.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The cell's text; text that a spreadsheet would run gets a leading quote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


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
