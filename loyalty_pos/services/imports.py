"""Importing members from a CSV file: a preview first, then all of it or nothing.

``preview`` reads the file and says, row by row, what would be created and what is
broken (with the line number and every reason), including duplicates of members the
shop already has. It writes nothing. ``run`` does the same checks again, outside any
transaction (a read never blocks a till), and then:

* refuses the whole file (``ImportRefused``, nothing written) if any row is broken,
  unless the owner chose ``skip_broken``: then the good rows are imported and the
  broken ones are reported as skipped;
* creates each member with a card (the file's number if it is one of this shop's, a new
  one otherwise), the search index, and the opening balances as ledger rows of kind
  ``adjust`` with the note "imported", like a correction by the owner: the balance is
  still the sum of its rows and the history says where it came from.

Imported balances never expire by themselves (the expiry rule counts from the visit
that earned a stamp, which an import does not know), exactly like a manual correction.

Never blocking the till (finding 6: a 60,000-row import held the write lock for 15 s
and checkouts failed with "database is locked"): the good rows are written
``CHUNK_ROWS`` at a time to staging tables (migration m009), each chunk its own short
write transaction, then made members ``MOVE_ROWS`` at a time, each member whole (card,
search row, linked ledger rows, lots, balances) by bulk ``INSERT … SELECT``. Staging
rather than a savepoint per chunk: the long part (checks and staging) leaves nothing
visible, so look-ups, search, reports and exports need not learn to hide half an
import. The move is chunked too, because one transaction for all of it measured 8.9 s
at 60,000 rows, past the tills' 5 s busy timeout: while it runs, members appear a chunk
at a time, never half a member. A run is keyed by the SHA-256 of the file: importing
the same file after an interruption goes on from the last chunk (``interrupted`` says
how far it got; ``discard`` forgets a run not yet moving); a finished file is refused.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, tzinfo
from hashlib import sha256
from pathlib import Path
from time import sleep

from ..domain.cardnumber import random_card_number
from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..domain.import_columns import ColumnMap
from ..domain.member_import import (
    BrokenRow,
    MemberRow,
    Row,
    break_rows,
    parse_members,
    row_keys,
)
from ..domain.textsearch import search_terms
from ..store.codes import new_unique_code
from ..store.database import write_transaction
from ..store.imports import Holder, ImportRun, ImportStaging, ImportStore, StagedMember
from ..store.members import member_fields
from ..store.settings import SettingsStore
from .actor import Actor

IMPORT_NOTE = "imported"
# Good rows staged per write transaction. Measured (benchmarks/import_members.py
# --tills 2, 2 cores at load 6.5): the longest of 60 chunks of 1,000 held the lock
# 229 ms, far below the tills' 5 s busy timeout (docs/performance.md).
CHUNK_ROWS = 1000
# Staged rows made members per transaction: 250 whole members (card, search row, about
# 380 ledger rows with their lots, balances and links): 473 ms at most of 240 chunks at
# load 6.5; chunks of 500 took 200-210 ms in a less loaded profile, 690 ms at most at 6.5.
MOVE_ROWS = 250
# A pause after each chunk of the move, so that the tills waiting for the lock get it:
# SQLite's busy handler polls every 100 ms once it has waited a while, and a writer
# that takes the lock again at once (as the move did) left one checkout waiting 4.4 s,
# near the 5 s timeout; 50 ms still let one wait 3.4 s.
# (The staging needs none: preparing its next chunk leaves the lock free as long.)
PAUSE_S = 0.1
Progress = Callable[[int, int], None]
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
    earlier: int = 0  # rows an interrupted run of the same file had made members already

    @property
    def created(self) -> int:
        return len(self.member_ids) + self.earlier


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
    """Member import: ``preview`` (writes nothing) and ``run`` (staged in short chunks,
    made visible in one last transaction; see the module's note)."""

    def __init__(self, db, clock: Clock, actor: Actor) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.store = ImportStore(db)
        self.staging = ImportStaging(db)
        self.settings = SettingsStore(db)

    def preview(self, data: bytes, name: str = "") -> ImportPreview:
        """Every row of the file as it would be imported now; nothing is written."""
        return self._check(data, name)

    def preview_file(self, path: str | Path) -> ImportPreview:
        return self.preview(read_file(path), Path(path).name)

    def run(
        self,
        data: bytes,
        name: str = "",
        *,
        skip_broken: bool = False,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Import the file: every row, or (``skip_broken``) the good ones. Refused, with
        nothing written, while a row is broken and not skipped. An earlier run of the
        same file that stopped half-way goes on where it stopped; a finished one is
        refused. ``progress(done, steps)`` is called after each chunk."""
        run_id = file_id(data)
        preview = self._check(data, name)  # no transaction: reads never block a till
        earlier = self.staging.run(run_id)
        if earlier is not None and earlier.moved and not earlier.done:  # partly in the shop
            return self._move(earlier, preview, preview.valid, progress)
        if preview.broken and not skip_broken:
            raise ImportRefused(preview)
        if not preview.valid:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "No row of the file can be imported."))
        rows = preview.valid
        staged = self._resume_or_start(run_id, name, rows)
        make = self._maker(run_id, rows)
        prefix = self.settings.get("card_prefix", "29") or "29"
        tz = self.clock().tzinfo
        for start in range(staged, len(rows), CHUNK_ROWS):
            chunk = [
                self._prepare(seq, row, preview.blank_cards, prefix, make, tz)
                for seq, row in enumerate(rows[start : start + CHUNK_ROWS], start)
            ]
            with write_transaction(self.db):
                self.staging.stage(run_id, chunk)
            if progress is not None:
                progress(start + len(chunk), 2 * len(rows))
        if self.staging.clashes(run_id):  # another till wrote meanwhile: nothing visible yet
            with write_transaction(self.db):
                self.staging.discard(run_id)
            again = self._check(data, name)
            if again.broken and not skip_broken:
                raise ImportRefused(again)
            return self.run(data, name, skip_broken=skip_broken, progress=progress)
        run = self.staging.run(run_id)
        assert run is not None
        return self._move(run, preview, rows, progress)

    def run_file(self, path: str | Path, *, skip_broken: bool = False) -> ImportResult:
        return self.run(read_file(path), Path(path).name, skip_broken=skip_broken)

    def interrupted(self, data: bytes) -> ImportRun | None:
        """The unfinished earlier run of this file, if one stopped half-way."""
        run = self.staging.run(file_id(data))
        return run if run is not None and not run.done else None

    def discard(self, data: bytes) -> None:
        """Forget the unfinished run of this file while none of its rows is a member;
        once the move began, only importing the file again finishes it (a member
        already in the shop may have visited since)."""
        with write_transaction(self.db):
            run = self.staging.run(file_id(data))
            if run is not None and not run.done and not run.moved:
                self.staging.discard(run.id)

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

    # Staging --------------------------------------------------------------------------

    def _resume_or_start(self, run_id: str, name: str, rows: list[MemberRow]) -> int:
        """How many rows are staged already: those of an unfinished run of the same
        file, if they are still the same rows (the shop may have changed meanwhile)."""
        run = self.staging.run(run_id)
        if run is not None and run.done:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    ERRORS, "This file was imported already ({when}). Nothing was imported again."
                ),
                when=run.finished_at or run.started_at,
            )
        lines = [r.line for r in rows]
        same = run is not None and run.rows == len(rows)
        if run is not None and same and self.staging.staged_lines(run_id) == lines[: run.staged]:
            return run.staged
        with write_transaction(self.db):
            self.staging.start(run_id, name, len(rows), to_db(self.clock()))
        return 0

    def _prepare(
        self,
        seq: int,
        row: MemberRow,
        blanks: frozenset[str],
        prefix: str,
        make: Callable[[str], str],
        tz: tzinfo | None,
    ) -> StagedMember:
        """A good row with everything the last step needs already worked out."""
        code = row.card
        if code is None:
            code, kind = new_unique_code(self.db, prefix, make), "made"
        else:
            kind = "blank" if code in blanks else "kept"
        # Noon of that day in the shop's zone: the same date in any zone it is read in.
        since = (
            to_db(datetime.combine(row.member_since, time(12), tz)) if row.member_since else None
        )
        m = row.member
        return StagedMember(
            seq=seq,
            line=row.line,
            fields=member_fields(m),
            status="blocked" if row.blocked else "active",
            created_at=since,
            card=code,
            card_kind=kind,
            terms=search_terms(m.name, m.phone, m.email, code),
            openings=tuple((o.program_id, o.account.value, o.amount) for o in row.openings),
        )

    def _maker(self, run_id: str, rows: list[MemberRow]) -> Callable[[str], str]:
        """New card numbers that no row of the file keeps and no staged row got."""
        return _avoiding({r.card for r in rows if r.card} | self.staging.staged_cards(run_id))

    def _move(
        self,
        run: ImportRun,
        preview: ImportPreview,
        rows: list[MemberRow],
        progress: Progress | None,
    ) -> ImportResult:
        """Make the staged rows members, ``MOVE_ROWS`` at a time, each chunk one short
        transaction of whole members. A new card number taken meanwhile is made
        again; a row whose phone, e-mail or card was taken meanwhile is left out."""
        note = f"{IMPORT_NOTE} ({run.name})" if run.name else IMPORT_NOTE
        prefix = self.settings.get("card_prefix", "29") or "29"
        make = self._maker(run.id, rows)
        ids: list[int] = []
        ledger_rows = 0
        left_out: list[int] = []
        for lo in range(run.moved, run.rows, MOVE_ROWS):
            hi = min(lo + MOVE_ROWS, run.rows)
            with write_transaction(self.db):
                for line in self.staging.made_taken(run.id, lo, hi):
                    m = next(r for r in rows if r.line == line).member
                    code = new_unique_code(self.db, prefix, make)
                    terms = search_terms(m.name, m.phone, m.email, code)
                    self.staging.renumber(run.id, line, code, terms)
                moved = self.staging.move(
                    run.id, lo, hi, self.actor.staff_id, to_db(self.clock()), note
                )
            sleep(PAUSE_S)
            ids += moved.member_ids
            ledger_rows += moved.ledger_rows
            left_out += moved.left_out
            if progress is not None:
                progress(run.rows + hi, 2 * run.rows)
        skipped = sorted({r.line for r in preview.broken} | set(left_out))
        if run.moved:  # resumed: the rows moved before count, not today's duplicates
            skipped = left_out
        return ImportResult(preview, ids, skipped, ledger_rows, earlier=run.moved)


def file_id(data: bytes) -> str:
    """What keys a run: the file's bytes, so the same file is resumed or refused."""
    return sha256(data).hexdigest()


def _avoiding(reserved: set[str]) -> Callable[[str], str]:
    """A card number maker that never hands out a number a later row of the file keeps."""

    def make(prefix: str) -> str:
        while True:
            code = random_card_number(prefix, secrets.randbelow)
            if code not in reserved:
                reserved.add(code)  # staged numbers are not in the shop yet: never twice
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
