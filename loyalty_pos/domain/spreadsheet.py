"""Cells a spreadsheet will open safely, and the way back when such a file is imported.

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula,
so a member called ``=HYPERLINK(...)`` (or a comment typed at the counter) could run
code on the owner's computer when an export is opened. Such text cells get a leading
single quote, which spreadsheets show as text (OWASP's advice for CSV injection).
Numbers are written as numbers: a negative change of -3 is data, not a formula.

Every CSV the app writes (reports, member, visit and ledger exports) goes through
``safe_cell``; the member import undoes it with ``restore_cell``, so a phone number
``+36 30 123 4567`` exported as ``'+36 30 123 4567`` comes back as it was.
"""

from __future__ import annotations

from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The cell's text; text that a spreadsheet would run gets a leading quote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float | Decimal):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def restore_cell(text: str) -> str:
    """The text ``safe_cell`` was given: one leading quote before a formula start goes.

    Only that exact shape is undone, so a name that really begins with a quote
    (``'Tis Café``) stays as it is.
    """
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
