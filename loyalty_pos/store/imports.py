"""SQL the member import needs beyond ``MemberStore``: programs and who holds what.

The duplicate checks look up only the phone numbers, e-mails and card numbers that
the file holds, in chunks through the existing indexes, so a file of 10,000 rows never
reads the whole member table into memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.import_columns import ProgramRef
from .schema_lots import lot_expires

CHUNK = 500


@dataclass(frozen=True)
class Holder:
    """Who already has a phone number, e-mail or code."""

    name: str  # member's name; empty for a gift card or coupon
    card: str | None  # the member's active card
    kind: str = "member"  # "member"; for codes: "card", "gift_card" or "coupon"
    status: str = ""  # a card's status ("blank" cards may be handed out)


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(values))
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


_CARD_OF = (
    "(SELECT c.code FROM cards c WHERE c.member_id = m.id AND c.status = 'active' "
    "ORDER BY c.created_at DESC LIMIT 1)"
)


class ImportStore:
    """Read-only look-ups for checking an import; writes go through the member store."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def programs(self) -> list[ProgramRef]:
        """Every program, of every kind, switched off or not (a balance is a balance)."""
        return [
            ProgramRef(pid, name, kind, needed)
            for pid, name, kind, needed in self.db.execute(
                "SELECT id, name, kind, stamps_needed FROM programs ORDER BY position, id"
            )
        ]

    def phone_holders(self, digits: Iterable[str]) -> dict[str, Holder]:
        return self._members_by("phone_digits", digits)

    def email_holders(self, emails: Iterable[str]) -> dict[str, Holder]:
        return self._members_by("email", emails)

    def _members_by(self, column: str, values: Iterable[str]) -> dict[str, Holder]:
        out: dict[str, Holder] = {}
        for chunk in _chunks(values):
            marks = ",".join("?" * len(chunk))
            for value, name, card in self.db.execute(
                f"SELECT m.{column}, m.name, {_CARD_OF} FROM members m "
                f"WHERE m.{column} IN ({marks})",
                chunk,
            ):
                out.setdefault(value, Holder(name, card))
        return out

    def code_holders(self, codes: Iterable[str]) -> dict[str, Holder]:
        """Member cards (with their status and member), gift cards and coupons."""
        out: dict[str, Holder] = {}
        for chunk in _chunks(codes):
            marks = ",".join("?" * len(chunk))
            for code, status, name in self.db.execute(
                "SELECT c.code, c.status, COALESCE(m.name, '') FROM cards c "
                f"LEFT JOIN members m ON m.id = c.member_id WHERE c.code IN ({marks})",
                chunk,
            ):
                out[code] = Holder(name, code, "card", status)
            for kind, table in (("gift_card", "gift_cards"), ("coupon", "coupons")):
                for (code,) in self.db.execute(
                    f"SELECT code FROM {table} WHERE code IN ({marks})", chunk
                ):
                    out.setdefault(code, Holder("", None, kind))
        return out


# Staging (migration m009) -----------------------------------------------------------------


@dataclass(frozen=True)
class StagedMember:
    """One good row, ready to become a member: every column computed before staging,
    so that the last step is bulk SQL only."""

    seq: int  # its place among the file's good rows, from 0
    line: int
    fields: tuple  # MEMBER_COLUMNS' values (``members.member_fields``)
    status: str  # "active" or "blocked"
    created_at: str | None  # "member since"; None: the moment the import finishes
    card: str
    card_kind: str  # "kept" (the file's), "made" (new number), "blank" (handed out)
    terms: str  # the search row
    openings: tuple[tuple[int, str, int], ...]  # (program id, account, amount)


@dataclass(frozen=True)
class ImportRun:
    """A file being imported (or imported): how far the staging got."""

    id: str
    name: str
    rows: int
    staged: int
    done: bool
    started_at: str
    finished_at: str | None


@dataclass(frozen=True)
class Moved:
    """What the last step wrote."""

    member_ids: list[int]
    ledger_rows: int


@dataclass(frozen=True)
class Clashes:
    """Staged rows that now collide with the shop (another till wrote meanwhile)."""

    lines: list[int]  # rows to refuse: their phone, e-mail or kept card is taken
    made: list[int]  # seqs whose new card number was taken: to be made again


class ImportStaging:
    """SQL of the staged import: runs, chunks of staged rows, and the final move."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def run(self, run_id: str) -> ImportRun | None:
        row = self.db.execute(
            "SELECT id, name, rows, staged, status, started_at, finished_at "
            "FROM import_runs WHERE id = ?",
            [run_id],
        ).fetchone()
        return None if row is None else _run(row)

    def unfinished(self) -> list[ImportRun]:
        return [
            _run(row)
            for row in self.db.execute(
                "SELECT id, name, rows, staged, status, started_at, finished_at "
                "FROM import_runs WHERE status = 'staging' ORDER BY started_at"
            )
        ]

    def start(self, run_id: str, name: str, rows: int, now: str) -> None:
        """A fresh run (an earlier unfinished one of the same file is forgotten)."""
        self.discard(run_id)
        self.db.execute(
            "INSERT INTO import_runs (id, name, rows, staged, status, started_at) "
            "VALUES (?, ?, ?, 0, 'staging', ?)",
            [run_id, name, rows, now],
        )

    def discard(self, run_id: str) -> None:
        for table in ("import_openings", "import_staging"):
            self.db.execute(f"DELETE FROM {table} WHERE run = ?", [run_id])
        self.db.execute("DELETE FROM import_runs WHERE id = ?", [run_id])

    def staged_lines(self, run_id: str) -> list[int]:
        return [
            line
            for (line,) in self.db.execute(
                "SELECT line FROM import_staging WHERE run = ? ORDER BY seq", [run_id]
            )
        ]

    def staged_cards(self, run_id: str) -> set[str]:
        return {
            code
            for (code,) in self.db.execute(
                "SELECT card FROM import_staging WHERE run = ? AND card_kind = 'made'", [run_id]
            )
        }

    def stage(self, run_id: str, rows: list[StagedMember]) -> None:
        """One chunk: its rows and openings, and the run's count moved on."""
        conn = self.db.conn
        conn.executemany(
            "INSERT INTO import_staging (run, seq, line, name, phone, phone_digits, email, "
            "birthday, marketing_consent, notes, status, created_at, card, card_kind, terms) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (run_id, r.seq, r.line, *r.fields, r.status, r.created_at, r.card,
                 r.card_kind, r.terms)
                for r in rows
            ],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO import_openings (run, seq, n, program_id, account, amount) "
            "VALUES (?,?,?,?,?,?)",
            [(run_id, r.seq, n, *o) for r in rows for n, o in enumerate(r.openings)],
        )
        self.db.execute(
            "UPDATE import_runs SET staged = staged + ? WHERE id = ?", [len(rows), run_id]
        )

    def clashes(self, run_id: str) -> Clashes:
        """Staged rows whose phone, e-mail or card the shop has now, by indexed joins."""
        lines: set[int] = set()
        for sql in (
            "SELECT s.line FROM import_staging s JOIN members m "
            "ON m.phone_digits = s.phone_digits WHERE s.run = ? AND s.phone_digits IS NOT NULL",
            "SELECT s.line FROM import_staging s JOIN members m "
            "ON m.email = s.email WHERE s.run = ? AND s.email IS NOT NULL",
            "SELECT s.line FROM import_staging s JOIN cards c ON c.code = s.card "
            "WHERE s.run = ? AND (s.card_kind = 'kept' OR "
            "(s.card_kind = 'blank' AND c.status <> 'blank'))",
            "SELECT s.line FROM import_staging s WHERE s.run = ? AND s.card_kind <> 'made' "
            "AND (s.card IN (SELECT code FROM gift_cards) OR s.card IN (SELECT code FROM coupons))",
        ):
            lines.update(line for (line,) in self.db.execute(sql, [run_id]))
        made = [
            seq
            for (seq,) in self.db.execute(
                "SELECT s.seq FROM import_staging s WHERE s.run = ? AND s.card_kind = 'made' "
                "AND (s.card IN (SELECT code FROM cards) OR s.card IN (SELECT code FROM "
                "gift_cards) OR s.card IN (SELECT code FROM coupons))",
                [run_id],
            )
        ]
        return Clashes(sorted(lines), made)

    def renumber(self, run_id: str, seq: int, card: str, terms: str) -> None:
        self.db.execute(
            "UPDATE import_staging SET card = ?, terms = ? WHERE run = ? AND seq = ?",
            [card, terms, run_id, seq],
        )

    def move(self, run_id: str, staff_id: int, now: str, note: str) -> Moved:
        """The last step, inside the caller's transaction: the staged rows become
        members, cards, search rows, ledger rows (kind ``adjust``), their lots and the
        cached balances, with bulk statements; the run is marked done. The ids follow
        the shop's highest: nobody else writes while this transaction holds the lock."""
        db = self.db
        base = db.execute("SELECT COALESCE(MAX(id), 0) FROM members").fetchone()[0]
        first_row = db.execute("SELECT COALESCE(MAX(id), 0) FROM ledger").fetchone()[0]
        args = {"run": run_id, "base": base, "now": now, "staff": staff_id, "note": note}
        db.execute(
            "INSERT INTO members (id, name, phone, phone_digits, email, birthday, "
            "marketing_consent, notes, status, created_at, created_by) "
            "SELECT :base + seq + 1, name, phone, phone_digits, email, birthday, "
            "marketing_consent, notes, status, COALESCE(created_at, :now), :staff "
            "FROM import_staging WHERE run = :run ORDER BY seq",
            args,
        )
        db.execute(
            "INSERT INTO cards (code, member_id, status, created_at) "
            "SELECT card, :base + seq + 1, 'active', :now FROM import_staging "
            "WHERE run = :run AND card_kind <> 'blank' ORDER BY seq",
            args,
        )
        db.execute(
            "UPDATE cards SET status = 'active', member_id = (SELECT :base + s.seq + 1 "
            "FROM import_staging s WHERE s.run = :run AND s.card = cards.code) "
            "WHERE status = 'blank' AND code IN "
            "(SELECT card FROM import_staging WHERE run = :run AND card_kind = 'blank')",
            args,
        )
        db.execute(
            "INSERT INTO members_fts (rowid, terms) "
            "SELECT :base + seq + 1, terms FROM import_staging WHERE run = :run ORDER BY seq",
            args,
        )
        db.execute(
            "INSERT INTO ledger (member_id, program_id, visit_id, account, kind, delta, "
            "reverses_id, staff_id, created_at, note, refund_id, pays) "
            "SELECT :base + seq + 1, program_id, NULL, account, 'adjust', amount, NULL, "
            ":staff, :now, :note, NULL, 0 FROM import_openings WHERE run = :run "
            "ORDER BY seq, n",
            args,
        )
        # New members owe nothing, so each opening row is one lot, as LedgerStore.append
        # makes it; an adjustment never expires (lot_expires).
        expires = int(lot_expires("adjust", "points"))
        db.execute(
            "INSERT INTO lots (id, member_id, program_id, account, visit_id, kind, earned_at, "
            "expires, amount, live, remaining) SELECT id, member_id, program_id, account, "
            "NULL, kind, created_at, ?, delta, delta, delta FROM ledger WHERE id > ? ORDER BY id",
            [expires, first_row],
        )
        db.execute(
            "INSERT INTO balances (member_id, program_id, account, value) "
            "SELECT member_id, program_id, account, SUM(delta) FROM ledger WHERE id > ? "
            "GROUP BY member_id, program_id, account",
            [first_row],
        )
        count = db.execute("SELECT staged FROM import_runs WHERE id = ?", [run_id]).fetchone()[0]
        ledger_rows = db.execute(
            "SELECT COUNT(*) FROM ledger WHERE id > ?", [first_row]
        ).fetchone()[0]
        db.execute(
            "UPDATE import_runs SET status = 'done', finished_at = ? WHERE id = ?", [now, run_id]
        )
        return Moved(list(range(base + 1, base + count + 1)), int(ledger_rows))

    def clean_up(self, run_id: str, limit: int) -> int:
        """Delete up to ``limit`` staged rows of a finished run (after the move, in short
        transactions of their own); returns how many were left to delete."""
        for table in ("import_openings", "import_staging"):
            self.db.execute(
                f"DELETE FROM {table} WHERE run = ? AND seq IN "
                f"(SELECT seq FROM import_staging WHERE run = ? ORDER BY seq LIMIT ?)",
                [run_id, run_id, limit],
            )
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM import_staging WHERE run = ?", [run_id]
            ).fetchone()[0]
        )


def _run(row: tuple) -> ImportRun:
    run_id, name, rows, staged, status, started, finished = row
    return ImportRun(run_id, name, rows, staged, status == "done", started, finished)
