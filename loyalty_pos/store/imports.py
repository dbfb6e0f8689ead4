"""SQL the member import needs beyond ``MemberStore``: programs and who holds what.

The duplicate checks look up only the phone numbers, e-mails and card numbers that
the file holds, in chunks through the existing indexes, so a file of 10,000 rows never
reads the whole member table into memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.chain import CHAINED, GENESIS, row_hash
from ..domain.import_columns import ProgramRef
from . import chain
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
    """A file being imported (or imported): how far the staging and the move got."""

    id: str
    name: str
    rows: int
    staged: int
    moved: int
    status: str  # "staging", "moving" or "done"
    started_at: str
    finished_at: str | None

    @property
    def done(self) -> bool:
        return self.status == "done"


@dataclass(frozen=True)
class Moved:
    """What one chunk of the move wrote."""

    member_ids: list[int]
    ledger_rows: int
    left_out: list[int]  # lines whose phone, e-mail or card another till took meanwhile


_RUN = "SELECT id, name, rows, staged, moved, status, started_at, finished_at FROM import_runs"
_RANGE = "run = :run AND seq >= :lo AND seq < :hi"


class ImportStaging:
    """SQL of the staged import: runs, chunks of staged rows, and chunks of the move."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def run(self, run_id: str) -> ImportRun | None:
        row = self.db.execute(f"{_RUN} WHERE id = ?", [run_id]).fetchone()
        return None if row is None else ImportRun(*row)

    def unfinished(self) -> list[ImportRun]:
        sql = f"{_RUN} WHERE status <> 'done' ORDER BY started_at"
        return [ImportRun(*row) for row in self.db.execute(sql)]

    def start(self, run_id: str, name: str, rows: int, now: str) -> None:
        """A fresh run (an earlier unfinished one of the same file is forgotten)."""
        self.discard(run_id)
        self.db.execute(
            "INSERT INTO import_runs (id, name, rows, status, started_at) "
            "VALUES (?, ?, ?, 'staging', ?)",
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
            "UPDATE import_runs SET staged = staged + ?, "
            "status = CASE WHEN staged + ? = rows THEN 'moving' ELSE status END WHERE id = ?",
            [len(rows), len(rows), run_id],
        )

    def clashes(self, run_id: str, lo: int = 0, hi: int = 2**62) -> list[int]:
        """Lines of staged rows (seq in [lo, hi)) whose phone, e-mail or card number
        the shop has now (another till wrote meanwhile); by indexed joins."""
        args = {"run": run_id, "lo": lo, "hi": hi}
        lines: set[int] = set()
        for sql in (
            "SELECT s.line FROM import_staging s JOIN members m "
            "ON m.phone_digits = s.phone_digits WHERE s.phone_digits IS NOT NULL",
            "SELECT s.line FROM import_staging s JOIN members m "
            "ON m.email = s.email WHERE s.email IS NOT NULL",
            "SELECT s.line FROM import_staging s JOIN cards c ON c.code = s.card "
            "WHERE (s.card_kind <> 'blank' OR c.status <> 'blank')",
            "SELECT s.line FROM import_staging s WHERE (s.card IN (SELECT code FROM gift_cards) "
            "OR s.card IN (SELECT code FROM coupons))",
        ):
            where = " AND " if " WHERE " in sql else " WHERE "
            sql += where + " AND ".join(f"s.{c}" for c in _RANGE.split(" AND "))
            lines.update(line for (line,) in self.db.execute(sql, args))
        return sorted(lines)

    def renumber(self, run_id: str, line: int, card: str, terms: str) -> None:
        """A new card number made again (another till took the staged one meanwhile)."""
        self.db.execute(
            "UPDATE import_staging SET card = ?, terms = ? WHERE run = ? AND line = ?",
            [card, terms, run_id, line],
        )

    def made_taken(self, run_id: str, lo: int, hi: int) -> list[int]:
        """Lines in [lo, hi) whose new card number is taken now."""
        return [
            line
            for (line,) in self.db.execute(
                "SELECT s.line FROM import_staging s WHERE s.run = :run AND s.seq >= :lo "
                "AND s.seq < :hi AND s.card_kind = 'made' AND (s.card IN (SELECT code FROM "
                "cards) OR s.card IN (SELECT code FROM gift_cards) OR s.card IN "
                "(SELECT code FROM coupons))",
                {"run": run_id, "lo": lo, "hi": hi},
            )
        ]

    def move(self, run_id: str, lo: int, hi: int, staff_id: int, now: str, note: str) -> Moved:
        """One chunk of the move, inside the caller's transaction: the staged rows with
        seq in [lo, hi) become members, cards, search rows, ledger rows (kind
        ``adjust``), their lots and the cached balances, with bulk statements; then
        they leave the staging. Ids follow the shop's highest: nobody else writes while
        this transaction holds the lock. Rows that clash now are left out."""
        db = self.db
        left_out = self.clashes(run_id, lo, hi)
        base = db.execute("SELECT COALESCE(MAX(id), 0) FROM members").fetchone()[0]
        first_row = db.execute("SELECT COALESCE(MAX(id), 0) FROM ledger").fetchone()[0]
        args = {"run": run_id, "lo": lo, "hi": hi, "base": base, "now": now,
                "staff": staff_id, "note": note}  # fmt: skip
        db.execute(  # the ones left out are dropped first: ids stay dense
            f"DELETE FROM import_openings WHERE {_RANGE} AND seq IN (SELECT seq FROM "
            f"import_staging WHERE {_RANGE} AND line IN (SELECT value FROM json_each(:out)))",
            {**args, "out": json.dumps(left_out)},
        )
        db.execute(
            f"DELETE FROM import_staging WHERE {_RANGE} AND line IN "
            "(SELECT value FROM json_each(:out))",
            {**args, "out": json.dumps(left_out)},
        )
        # Member ids: base + its rank among the chunk's rows still staged.
        db.execute("DROP TABLE IF EXISTS temp.import_ids")
        db.execute(
            "CREATE TEMP TABLE import_ids AS SELECT seq, :base + ROW_NUMBER() OVER "
            f"(ORDER BY seq) AS id FROM import_staging WHERE {_RANGE}",
            args,
        )
        db.execute(
            "INSERT INTO members (id, name, phone, phone_digits, email, birthday, "
            "marketing_consent, notes, status, created_at, created_by) "
            "SELECT i.id, name, phone, phone_digits, email, birthday, "
            "marketing_consent, notes, status, COALESCE(created_at, :now), :staff "
            f"FROM import_staging JOIN temp.import_ids i USING (seq) WHERE {_RANGE} "
            "ORDER BY seq",
            args,
        )
        # A "yes" in the file's consent column is the old single flag: e-mail and SMS
        # (as m012 carried it over); no row for a "no" or an empty cell: never asked.
        db.execute(
            "INSERT INTO consents (member_id, channel, answer, at, source, wording_version, "
            "actor) SELECT i.id, ch.channel, 1, :now, 'import', 'import-file', :staff "
            "FROM import_staging JOIN temp.import_ids i USING (seq) CROSS JOIN "
            "(SELECT 'email' AS channel UNION ALL SELECT 'sms') ch "
            f"WHERE {_RANGE} AND marketing_consent = 1 ORDER BY seq, ch.channel",
            args,
        )
        db.execute(
            "INSERT INTO cards (code, member_id, status, created_at) "
            "SELECT card, i.id, 'active', :now FROM import_staging JOIN temp.import_ids i "
            f"USING (seq) WHERE {_RANGE} AND card_kind <> 'blank' ORDER BY seq",
            args,
        )
        db.execute(
            "UPDATE cards SET status = 'active', member_id = (SELECT i.id "
            "FROM import_staging s JOIN temp.import_ids i USING (seq) "
            "WHERE s.run = :run AND s.card = cards.code) "
            "WHERE status = 'blank' AND code IN (SELECT card FROM import_staging "
            f"WHERE {_RANGE} AND card_kind = 'blank')",
            args,
        )
        db.execute(
            "INSERT INTO members_fts (rowid, terms) SELECT i.id, terms FROM import_staging "
            f"JOIN temp.import_ids i USING (seq) WHERE {_RANGE} ORDER BY seq",
            args,
        )
        # The ledger rows are linked here in one pass (as the genesis links a table),
        # not noted one by one for ``link_pending``, which reads each row back: 4 s of
        # the lock for 90,000 rows. Earlier notes are linked first, in their order.
        chain.link_pending(db)
        noting = _drop_ledger_note(db)
        db.execute(
            "INSERT INTO ledger (member_id, program_id, visit_id, account, kind, delta, "
            "reverses_id, staff_id, created_at, note, refund_id, pays) "
            "SELECT i.id, program_id, NULL, account, 'adjust', amount, NULL, "
            ":staff, :now, :note, NULL, 0 FROM import_openings JOIN temp.import_ids i "
            f"USING (seq) WHERE {_RANGE} ORDER BY seq, n",
            args,
        )
        if noting:
            chain.install(db)  # the connection notes its inserts again
        _link_ledger(db, first_row)
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
        ids = [i for (i,) in db.execute("SELECT id FROM temp.import_ids ORDER BY id")]
        ledger_rows = db.execute(
            "SELECT COUNT(*) FROM ledger WHERE id > ?", [first_row]
        ).fetchone()[0]
        db.execute("DROP TABLE temp.import_ids")
        for table in ("import_openings", "import_staging"):
            db.execute(f"DELETE FROM {table} WHERE {_RANGE}", args)
        db.execute(
            "UPDATE import_runs SET moved = moved + :n, "
            "status = CASE WHEN moved + :n = rows THEN 'done' ELSE status END, "
            "finished_at = CASE WHEN moved + :n = rows THEN :now END WHERE id = :run",
            {"n": hi - lo, "now": now, "run": run_id},
        )
        return Moved(ids, int(ledger_rows), left_out)


def _drop_ledger_note(db: Database) -> bool:
    """Stop noting ledger inserts on this connection (inside the transaction, so a
    rollback brings the trigger back); whether it was noting."""
    if not db.execute(
        "SELECT 1 FROM sqlite_temp_master WHERE type = 'trigger' AND name = 'chain_note_ledger'"
    ).fetchone():
        return False
    db.execute("DROP TRIGGER temp.chain_note_ledger")
    return True


def _link_ledger(db: Database, after: int) -> None:
    """Link the ledger rows above ``after`` to this till's chain, by id, streamed once."""
    if not chain.installed(db):
        return
    till = chain.till_name(db)
    head = db.execute("SELECT seq, hash FROM chain_heads WHERE till = ?", [till]).fetchone()
    prev = bytes(head[1]).hex() if head else GENESIS
    links = []
    for row in db.conn.execute(
        f"SELECT id, {', '.join(CHAINED['ledger'])} FROM ledger WHERE id > ? ORDER BY id",
        [after],
    ):
        prev = row_hash(prev, "ledger", row)
        links.append((till, "ledger", row[0], bytes.fromhex(prev)))
    if not links:
        return
    db.conn.executemany("INSERT INTO chain (till, tbl, row_id, hash) VALUES (?,?,?,?)", links)
    seq = db.execute("SELECT MAX(seq) FROM chain").fetchone()[0]
    if head is not None:
        db.execute(
            "UPDATE chain_heads SET seq = ?, hash = ? WHERE till = ?", [seq, links[-1][3], till]
        )
    else:
        db.execute(
            "INSERT INTO chain_heads (till, seq, hash) VALUES (?,?,?)", [till, seq, links[-1][3]]
        )
