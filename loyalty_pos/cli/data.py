"""``members import FILE`` and ``export members|visits|ledger --csv PATH``.

The import's contract is the service's: all or nothing. ``--dry-run`` prints the
preview (every member that would be created, every broken row with its line and
reasons) and changes nothing; its exit status is 1 when a row is broken, as ``check``
says 1 for a problem found. Without ``--dry-run`` a broken row refuses the whole file
(exit 2, one line on stderr naming the first) unless ``--skip-broken`` is given.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.import_columns import ACCOUNT_LABELS, FIELD_LABELS, IMPORT
from ..domain.ledger import Account
from ..domain.member_import import MemberRow, Opening
from ..domain.money import plain
from ..l10n import message, translate
from ..services import Services
from ..services.exports import KINDS
from ..services.imports import ImportPreview, ImportRefused, ImportResult, read_file
from .args import CLI, CliError
from .output import Outcome
from .registry import Registry

ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "cp1250": "Windows-1250",
    "cp1252": "Windows-1252",
    "cp1258": "Windows-1258",
}


def register(r: Registry) -> None:
    imp = r.command(
        "members import",
        cmd_members_import,
        translate(CLI, "import members from a CSV file: all rows or none"),
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=translate(CLI, "show what would be imported and every broken row; write nothing"),
    )
    imp.add_argument(
        "--skip-broken",
        action="store_true",
        help=translate(CLI, "import the valid rows and leave out the broken ones"),
    )
    export = r.command(
        "export", cmd_export, translate(CLI, "write members, visits or the ledger to CSV")
    )
    export.add_argument("what", choices=KINDS)
    export.add_argument("--csv", required=True, metavar="PATH")


# Commands -----------------------------------------------------------------------------


def cmd_members_import(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    file = Path(args.file)
    data = read_file(file)
    if args.dry_run:
        preview = services.imports.preview(data, file.name)
        status = 1 if preview.broken and not args.skip_broken else 0
        text = preview_text(services, preview) + "\n" + translate(CLI, "Dry run: nothing written.")
        return Outcome(preview_json(preview), text, status)
    try:
        result = services.imports.run(data, file.name, skip_broken=args.skip_broken)
    except ImportRefused as err:
        first = err.preview.broken[0]
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI,
                "{broken} of {rows} rows cannot be imported; line {line}: {reason} Nothing "
                "was imported. --dry-run lists every broken row; --skip-broken imports the "
                "others.",
            ),
            broken=len(err.preview.broken),
            rows=len(err.preview.rows),
            line=first.line,
            reason=message(first.problems[0]),
        ) from None
    return Outcome(result_json(result), result_text(services, result))


def cmd_export(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    result = services.exports.export(args.what, Path(args.csv))
    data = {"export": result.what, "path": str(result.path), "rows": result.rows}
    text = translate(CLI, "Written: {path} ({what}, rows: {rows}).").format(
        rows=result.rows, what=result.what, path=result.path
    )
    return Outcome(data, text)


# Output -------------------------------------------------------------------------------


def opening_json(o: Opening) -> dict[str, Any]:
    """``amount`` is a count, or minor units of the shop currency for store credit."""
    return {"program": o.program, "program_id": o.program_id, "account": str(o.account),
            "amount": o.amount}  # fmt: skip


def preview_json(preview: ImportPreview) -> dict[str, Any]:
    cols = preview.columns
    columns: list[dict[str, Any]] = [
        {"header": cols.headers[i], "field": str(f)}
        for f, i in sorted(cols.fields.items(), key=lambda kv: kv[1])
    ]
    columns += [
        {"header": b.header, "program": b.program.name, "account": str(b.account)}
        for b in cols.balances
    ]
    return {
        "file": preview.file,
        "encoding": preview.encoding,
        "delimiter": preview.delimiter,
        "rows": len(preview.rows),
        "valid": len(preview.valid),
        "broken": len(preview.broken),
        "columns": columns,
        "ignored_columns": list(cols.ignored),
        "members": [member_json(r) for r in preview.valid],
        "errors": [
            {"line": r.line, "name": r.name, "problems": [message(p) for p in r.problems]}
            for r in preview.broken
        ],
        "imported": False,
    }


def member_json(row: MemberRow) -> dict[str, Any]:
    m = row.member
    return {
        "line": row.line,
        "name": m.name,
        "phone": m.phone,
        "email": m.email,
        "birthday": m.birthday,
        "marketing_consent": m.marketing_consent,
        "notes": m.notes,
        "blocked": row.blocked,
        "member_since": row.member_since.isoformat() if row.member_since else None,
        "card": row.card,
        "old_card": row.old_card,
        "balances": [opening_json(o) for o in row.openings],
        "notices": [message(n) for n in row.notices],
    }


def result_json(result: ImportResult) -> dict[str, Any]:
    doc = preview_json(result.preview)
    for member, member_id in zip(doc["members"], result.member_ids, strict=True):
        member["member_id"] = member_id
    doc.update(
        imported=True,
        created=result.created,
        skipped_lines=result.skipped,
        ledger_rows=result.ledger_rows,
    )
    return doc


def opening_text(o: Opening, currency: str) -> str:
    if o.account is Account.CREDIT:
        return f"{o.program}: {plain(o.amount, currency)}"
    return f"{o.program} – {translate(IMPORT, ACCOUNT_LABELS[o.account])}: {o.amount}"


def preview_text(services: Services, preview: ImportPreview) -> str:
    currency = services.settings.get("currency") or "HUF"
    cols = preview.columns
    delimiter = {"\t": "tab"}.get(preview.delimiter, preview.delimiter)
    lines = [
        translate(
            CLI, "{file}: {encoding}, separator “{sep}”. Rows: {rows}; to import: {valid}; "
            "broken: {broken}."
        ).format(
            file=preview.file or "—",
            encoding=ENCODINGS.get(preview.encoding, preview.encoding),
            sep=delimiter,
            rows=len(preview.rows),
            valid=len(preview.valid),
            broken=len(preview.broken),
        )
    ]  # fmt: skip
    meanings = [
        f"{cols.headers[i]} → {translate(IMPORT, FIELD_LABELS[f])}"
        for f, i in sorted(cols.fields.items(), key=lambda kv: kv[1])
    ] + [
        f"{b.header} → {b.program.name} ({translate(IMPORT, ACCOUNT_LABELS[b.account])})"
        for b in cols.balances
    ]
    lines.append(translate(CLI, "Columns: {list}").format(list="; ".join(meanings)))
    if cols.ignored:
        lines.append(translate(CLI, "Not imported: {list}").format(list="; ".join(cols.ignored)))
    for row in preview.valid:
        card = row.card or translate(CLI, "new card")
        parts = [translate(CLI, "line {n}").format(n=row.line), row.name, card]
        parts += [v for v in (row.member.phone, row.member.email) if v]
        parts += [opening_text(o, currency) for o in row.openings]
        lines.append("  " + "  ".join(parts))
        lines.extend("    " + message(n) for n in row.notices)
    if preview.broken:
        lines.append(translate(CLI, "Broken rows:"))
        for broken in preview.broken:
            line = translate(CLI, "line {n}").format(n=broken.line)
            lines.append(f"  {line}  {broken.name}")
            lines.extend("    - " + message(p) for p in broken.problems)
    return "\n".join(lines)


def result_text(services: Services, result: ImportResult) -> str:
    text = translate(CLI, "Members imported: {n}; opening balances: {rows}.").format(
        n=result.created, rows=result.ledger_rows
    )
    if result.skipped:
        text += " " + translate(CLI, "Skipped broken lines: {lines}.").format(
            lines=", ".join(str(n) for n in result.skipped)
        )
    return text
