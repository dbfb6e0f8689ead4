"""The owner's data in their own files: members, visits and the ledger as CSV.

Every file is UTF-8 with a byte order mark (Excel on Windows then reads "Kovács" and
"Đức" right), comma-separated with CRLF line ends (RFC 4180), and every text cell goes
through ``spreadsheet.safe_cell``, so a name typed as ``=HYPERLINK(...)`` opens as text,
never as a formula. Rows are streamed from SQLite to the file one at a time, inside one
read transaction (the file shows one moment). The file is written beside the target and
renamed over it at the end: a failed export never leaves half a file under the name.

Money is in major units of the shop's currency ("12.50", "1500") with a ``currency``
column; times are the shop computer's local time. The member file's headers are the
ones the member import reads back, balances included ("stamps:Coffee card").
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.clock import Clock, from_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..domain.money import to_major
from ..domain.spreadsheet import safe_cell
from ..store.exports import ExportStore
from ..store.settings import SettingsStore

KINDS = ("members", "visits", "ledger")

MEMBER_HEADERS = [
    "card", "name", "phone", "email", "birthday", "consent", "notes", "blocked",
    "member since", "visits", "last visit", "tier",
]  # fmt: skip
VISIT_HEADERS = [
    "visit", "time", "card", "member", "staff", "status", "currency", "amount", "discount",
    "charged", "paid with credit", "paid with gift cards", "gift cards sold", "refunded",
    "items", "void reason",
]  # fmt: skip
LEDGER_HEADERS = [
    "row", "time", "card", "member", "program", "account", "kind", "change", "currency",
    "visit", "refund", "reverses row", "staff", "note",
]  # fmt: skip


@dataclass(frozen=True)
class ExportResult:
    what: str  # "members", "visits" or "ledger"
    path: Path
    rows: int  # data rows, header not counted


class ExportService:
    """Write one of ``KINDS`` to a CSV file."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.store = ExportStore(db)
        self.settings = SettingsStore(db)

    def export(self, what: str, path: str | Path) -> ExportResult:
        """Write ``what`` to ``path`` (replaced if it exists); refused for an unknown kind
        or a place that cannot be written, leaving any earlier file there untouched."""
        if what not in KINDS:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Export members, visits or ledger, not “{what}”."),
                what=what,
            )
        path = Path(path)
        with self.store.snapshot():
            headers, rows = {
                "members": self._members,
                "visits": self._visits,
                "ledger": self._ledger,
            }[what]()
            count = _write(path, headers, rows)
        return ExportResult(what, path, count)

    # Rows -----------------------------------------------------------------------------

    def _currency(self) -> str:
        return self.settings.get("currency") or "HUF"

    def _time(self) -> Callable[[str | None], str]:
        zone = self.clock().tzinfo

        def local(text: str | None) -> str:
            return from_db(text).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S") if text else ""

        return local

    def _members(self) -> tuple[list[str], Iterator[list]]:
        balances = self.store.balance_columns()
        currency = self._currency()
        local = self._time()
        headers = MEMBER_HEADERS + [f"{b.account}:{b.program}" for b in balances]
        credit = [b.account == "credit" for b in balances]

        def rows() -> Iterator[list]:
            for r in self.store.members(balances):
                card, name, phone, email, birthday, consent, notes, status, created = r[:9]
                visits, last, tier = r[9:12]
                values = [
                    to_major(v or 0, currency) if is_money else (v or 0)
                    for v, is_money in zip(r[12:], credit, strict=True)
                ]
                yield [
                    card,
                    name,
                    phone,
                    email,
                    birthday,
                    "yes" if consent else "no",
                    notes,
                    "yes" if status == "blocked" else "no",
                    local(created)[:10],
                    visits,
                    local(last),
                    tier,
                    *values,
                ]

        return headers, rows()

    def _visits(self) -> tuple[list[str], Iterator[list]]:
        currency = self._currency()
        local = self._time()

        def rows() -> Iterator[list]:
            for r in self.store.visits():
                vid, at, card, member, staff, status = r[:6]
                money = [to_major(v or 0, currency) for v in r[6:13]]
                items, reason = r[13:]
                yield [vid, local(at), card, member, staff, status, currency, *money, items, reason]

        return VISIT_HEADERS, rows()

    def _ledger(self) -> tuple[list[str], Iterator[list]]:
        currency = self._currency()
        local = self._time()

        def rows() -> Iterator[list]:
            for r in self.store.ledger():
                rid, at, card, member, program, account, kind, delta = r[:8]
                visit, refund, reverses, staff, note = r[8:]
                change = to_major(delta, currency) if account == "credit" else delta
                unit = currency if account == "credit" else ""
                yield [
                    rid, local(at), card, member, program, account, kind, change, unit,
                    visit, refund, reverses, staff, note,
                ]  # fmt: skip

        return LEDGER_HEADERS, rows()


def _write(path: Path, headers: list[str], rows: Iterable[list]) -> int:
    """Stream ``rows`` into ``path`` through a temporary file beside it; the row count."""
    part = path.with_name(path.name + ".part")
    count = 0
    try:
        with open(part, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([safe_cell(h) for h in headers])
            for row in rows:
                writer.writerow([safe_cell(c) for c in row])
                count += 1
        os.replace(part, path)
    except OSError as err:
        with contextlib.suppress(OSError):
            part.unlink()
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "Cannot write {path}: {error}"),
            path=str(path),
            error=err.strerror or str(err),
        ) from None
    return count


write_csv = _write
"""Stream rows into a CSV file the way every export does (BOM, safe cells, atomic)."""


def suggested_name(what: str, today: datetime) -> str:
    """A file name that says what and when: ``members-2026-03-10.csv``."""
    return f"{what}-{today.date().isoformat()}.csv"
