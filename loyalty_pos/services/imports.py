"""Importing members from a CSV file: a preview first, then all of it or nothing.

``preview`` reads the file and says, row by row, what would be created and what is
broken (with the line number and every reason), including duplicates of members the
shop already has. It writes nothing. ``run`` does the same checks again inside one
write transaction, against the database as it is at that moment, and then:

* refuses the whole file (``ImportRefused``, nothing written) if any row is broken,
  unless the owner chose ``skip_broken``: then the good rows are imported and the
  broken ones are reported as skipped;
* creates each member with a card (the file's number if it is one of this shop's, a new
  one otherwise), the search index, and the opening balances as ledger rows of kind
  ``adjust`` with the note "imported", like a correction by the owner: the balance is
  still the sum of its rows and the history says where it came from.

Imported balances never expire by themselves (the expiry rule counts from the visit
that earned a stamp, which an import does not know), exactly like a manual correction.
Importing the same file twice is refused: every row is then a duplicate.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

from ..domain.cardnumber import random_card_number
from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..domain.import_columns import ColumnMap
from ..domain.ledger import Entry, Kind
from ..domain.member_import import (
    BrokenRow,
    MemberRow,
    Row,
    break_rows,
    parse_members,
    row_keys,
)
from ..store.codes import new_unique_code
from ..store.database import write_transaction
from ..store.imports import Holder, ImportStore
from ..store.ledger import LedgerStore
from ..store.members import MemberStore
from ..store.settings import SettingsStore
from .actor import Actor

IMPORT_NOTE = "imported"
# Windows code page tried first for a file that is not UTF-8, by the shop's language.
CODE_PAGES = {"hu": ("cp1250", "cp1252"), "vi": ("cp1258", "cp1252"), "nb": ("cp1252",)}


@dataclass(frozen=True)
class ImportPreview:
    """What an import file would do: every row, good or broken, in the file's order."""

    file: str
    encoding: str
    delimiter: str
    columns: ColumnMap
    rows: list[Row] = field(default_factory=list)
    blank_cards: frozenset[str] = frozenset()  # the shop's blank cards the file hands out

    @property
    def valid(self) -> list[MemberRow]:
        return [r for r in self.rows if isinstance(r, MemberRow)]

    @property
    def broken(self) -> list[BrokenRow]:
        return [r for r in self.rows if isinstance(r, BrokenRow)]

    @property
    def ok(self) -> bool:
        return not self.broken


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote."""

    preview: ImportPreview
    member_ids: list[int]
    skipped: list[int]  # line numbers of the broken rows left out
    ledger_rows: int

    @property
    def created(self) -> int:
        return len(self.member_ids)


class ImportRefused(UserError):
    """Some rows are broken and the owner did not choose to skip them: nothing written."""

    def __init__(self, preview: ImportPreview) -> None:
        first = preview.broken[0]
        super().__init__(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "{broken} of {rows} rows cannot be imported (the first is line {line}). "
                "Nothing was imported.",
            ),
            broken=len(preview.broken),
            rows=len(preview.rows),
            line=first.line,
        )
        self.preview = preview


def read_file(path: str | Path) -> bytes:
    """The file's bytes, or a UserError a person understands."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "There is no file {path}."), path=str(path)
        ) from None
    except OSError as err:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "Cannot read {path}: {error}"),
            path=str(path),
            error=err.strerror or str(err),
        ) from None


class ImportService:
    """Member import: ``preview`` (writes nothing) and ``run`` (one transaction)."""

    def __init__(self, db, clock: Clock, actor: Actor) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.store = ImportStore(db)
        self.members = MemberStore(db)
        self.ledger = LedgerStore(db)
        self.settings = SettingsStore(db)

    def preview(self, data: bytes, name: str = "") -> ImportPreview:
        """Every row of the file as it would be imported now; nothing is written."""
        return self._check(data, name)

    def preview_file(self, path: str | Path) -> ImportPreview:
        return self.preview(read_file(path), Path(path).name)

    def run(self, data: bytes, name: str = "", *, skip_broken: bool = False) -> ImportResult:
        """Import the file in one transaction: every row, or (``skip_broken``) the good
        ones. Refused, with nothing written, while a row is broken and not skipped."""
        with write_transaction(self.db):
            preview = self._check(data, name)
            if preview.broken and not skip_broken:
                raise ImportRefused(preview)
            if not preview.valid:
                raise UserError(QT_TRANSLATE_NOOP(ERRORS, "No row of the file can be imported."))
            ids, rows = self._write(preview.valid, name, preview.blank_cards)
        return ImportResult(preview, ids, [r.line for r in preview.broken], rows)

    def run_file(self, path: str | Path, *, skip_broken: bool = False) -> ImportResult:
        return self.run(read_file(path), Path(path).name, skip_broken=skip_broken)

    # Checking -------------------------------------------------------------------------

    def _check(self, data: bytes, name: str) -> ImportPreview:
        now = self.clock()
        language = (self.settings.get("language") or "en").split("_")[0]
        parsed = parse_members(
            data,
            self.store.programs(),
            now.date(),
            self.settings.get("currency") or "HUF",
            CODE_PAGES.get(language, ("cp1252", "cp1250")),
        )
        clashes, blanks = self._clashes(parsed.rows)
        rows = break_rows(parsed.rows, clashes)
        return ImportPreview(
            name, parsed.encoding, parsed.delimiter, parsed.columns, rows, frozenset(blanks)
        )

    def _clashes(self, rows: list[Row]) -> tuple[dict[int, list[UserError]], set[str]]:
        """Per line, the members, gift cards or coupons of the shop a row collides with;
        and the blank cards of the shop that rows name (they are handed out)."""
        good = [r for r in rows if isinstance(r, MemberRow)]
        wanted: dict[str, set[str]] = {"phone": set(), "email": set(), "card": set()}
        for row in good:
            for kind, value in row_keys(row):
                wanted[kind].add(value)
        holders: dict[str, dict[str, Holder]] = {
            "phone": self.store.phone_holders(wanted["phone"]),
            "email": self.store.email_holders(wanted["email"]),
            "card": self.store.code_holders(wanted["card"]),
        }
        out: dict[int, list[UserError]] = {}
        blanks: set[str] = set()
        for row in good:
            for kind, value in row_keys(row):
                holder = holders[kind].get(value)
                if holder is None:
                    continue
                if holder.kind == "card" and holder.status == "blank":
                    blanks.add(value)
                    continue
                # a "phone" key comes from the row's phone: show it as the file wrote it
                shown = (row.member.phone or value) if kind == "phone" else value
                out.setdefault(row.line, []).append(_clash(kind, shown, holder))
        return out, blanks

    # Writing --------------------------------------------------------------------------

    def _write(
        self, rows: list[MemberRow], name: str, blanks: frozenset[str]
    ) -> tuple[list[int], int]:
        now = self.clock()
        created_at = to_db(now)
        staff = self.actor.staff_id
        prefix = self.settings.get("card_prefix", "29") or "29"
        make = _avoiding({r.card for r in rows if r.card})
        note = f"{IMPORT_NOTE} ({name})" if name else IMPORT_NOTE
        ids: list[int] = []
        ledger_rows = 0
        for row in rows:
            # Noon of that day in the shop's zone: the same date in any zone it is read in.
            since = (
                to_db(datetime.combine(row.member_since, time(12), now.tzinfo))
                if row.member_since
                else created_at
            )
            member_id = self.members.insert(row.member, since, staff)
            code = row.card
            if code is None:
                code = new_unique_code(self.db, prefix, make)
                self.members.add_card(code, member_id, "active", created_at)
            elif code in blanks:
                self.members.assign_blank(code, member_id)
            else:
                self.members.add_card(code, member_id, "active", created_at)
            if row.blocked:
                self.members.set_status(member_id, "blocked")
            self.members.index_new(member_id, row.member, code)
            if row.openings:
                entries = [
                    Entry(o.program_id, o.account, Kind.ADJUST, o.amount) for o in row.openings
                ]
                self.ledger.append(
                    member_id,
                    entries,
                    visit_id=None,
                    staff_id=staff,
                    created_at=created_at,
                    note=note,
                )
                ledger_rows += len(entries)
            ids.append(member_id)
        return ids, ledger_rows


def _avoiding(reserved: set[str]) -> Callable[[str], str]:
    """A card number maker that never hands out a number a later row of the file keeps."""

    def make(prefix: str) -> str:
        while True:
            code = random_card_number(prefix, secrets.randbelow)
            if code not in reserved:
                return code

    return make


def _clash(kind: str, value: str, holder: Holder) -> UserError:
    if kind == "card" and holder.kind != "card":
        return UserError(
            QT_TRANSLATE_NOOP(ERRORS, "{code} is already a gift card or coupon of this shop."),
            code=value,
        )
    if kind == "card":
        return UserError(
            QT_TRANSLATE_NOOP(ERRORS, "Card {code} already belongs to {name}."),
            code=value,
            name=holder.name or "—",
        )
    template = (
        QT_TRANSLATE_NOOP(ERRORS, "{name} (card {card}) already has the phone number {value}.")
        if kind == "phone"
        else QT_TRANSLATE_NOOP(ERRORS, "{name} (card {card}) already has the e-mail {value}.")
    )
    return UserError(template, name=holder.name, card=holder.card or "—", value=value)
