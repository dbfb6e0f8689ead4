"""Writing reports to CSV and PDF files.

CSV: each table with its title row, a blank line between tables, every cell passed
through ``safe_cell`` (no spreadsheet formulas). PDF: an A4 document drawn by Qt
(QTextDocument on a QPdfWriter) with the same tables and the charts as pictures.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from ...domain.report_table import Table, safe_cell, to_csv


def write_csv(path: Path, tables: list[Table]) -> None:
    parts = []
    for table in tables:
        head = to_csv(Table("", [table.title], []))
        parts.append(head + to_csv(table))
        if table.note:
            parts.append(to_csv(Table("", [safe_cell(table.note)], [])))
    # UTF-8 with BOM: spreadsheets on Windows then read "Kovács" and "Đức" correctly.
    path.write_text("\r\n".join(parts), encoding="utf-8-sig", newline="")


def tables_html(title: str, tables: list[Table], images: list[str]) -> str:
    out = [f"<h1>{html.escape(title)}</h1>"]
    for name in images:
        out.append(f'<p><img src="{name}" width="640"></p>')
    for table in tables:
        out.append(f"<h2>{html.escape(table.title)}</h2>")
        out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">')
        out.append(
            "<tr>" + "".join(f"<th>{html.escape(str(h))}</th>" for h in table.headers) + "</tr>"
        )
        for row in table.rows:
            cells = "".join(f"<td>{html.escape('' if c is None else str(c))}</td>" for c in row)
            out.append(f"<tr>{cells}</tr>")
        out.append("</table>")
        if table.note:
            out.append(f"<p><i>{html.escape(table.note)}</i></p>")
    return "\n".join(out)


def write_pdf(path: Path, title: str, tables: list[Table], charts: list[QWidget]) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    doc = QTextDocument()
    names = []
    for i, chart in enumerate(charts):
        name = f"chart{i}.png"
        doc.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), chart.grab().toImage()
        )
        names.append(name)
    doc.setHtml(tables_html(title, tables, names))
    doc.print_(writer)
