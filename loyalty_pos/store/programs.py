"""Punch-card programs."""

from __future__ import annotations

from sqlite_utils import Database

from ..domain.programs import StampProgram
from .rowids import inserted_id
from .rows import from_row


def _fields(p: StampProgram) -> list:
    """The stored columns of a program's terms, in the order of the SQL below."""
    return [
        p.name.strip(),
        p.stamps_needed,
        p.reward_text.strip(),
        p.reward_kind.value,
        p.reward_value,
        p.stamps_per_item,
        p.expiry_days,
        p.per_day_limit,
        int(p.active),
    ]


class ProgramStore:
    """SQL for punch-card programs (``kind = 'stamp'``).

    Points, credit and pass programs share the table (and so the ledger's program
    key) but have stores of their own; this one never returns them.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self, *, active_only: bool = False) -> list[StampProgram]:
        where = "AND active = 1 " if active_only else ""
        return [
            from_row(StampProgram, r)
            for r in self.db.query(
                f"SELECT * FROM programs WHERE kind = 'stamp' {where}ORDER BY position, id"
            )
        ]

    def get(self, program_id: int) -> StampProgram | None:
        rows = list(
            self.db.query("SELECT * FROM programs WHERE id = ? AND kind = 'stamp'", [program_id])
        )
        return from_row(StampProgram, rows[0]) if rows else None

    def by_name(self, name: str) -> StampProgram | None:
        rows = list(
            self.db.query(
                "SELECT * FROM programs WHERE name = ? AND kind = 'stamp'", [name.strip()]
            )
        )
        return from_row(StampProgram, rows[0]) if rows else None

    def name_owner(self, name: str) -> int | None:
        """The id of the program of any kind with this name (names are unique)."""
        row = self.db.execute("SELECT id FROM programs WHERE name = ?", [name.strip()]).fetchone()
        return row[0] if row else None

    def insert(self, p: StampProgram, created_at: str) -> int:
        cur = self.db.execute(
            "INSERT INTO programs (name, stamps_needed, reward_text, reward_kind, reward_value, "
            "stamps_per_item, expiry_days, per_day_limit, active, position, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?, (SELECT COALESCE(MAX(position), 0) + 1 FROM programs), ?)",
            [*_fields(p), created_at],
        )
        return inserted_id(cur)

    def update(self, p: StampProgram) -> None:
        """Change a program's terms. stamps_needed applies to stamps earned from now on."""
        self.db.execute(
            "UPDATE programs SET name=?, stamps_needed=?, reward_text=?, reward_kind=?, "
            "reward_value=?, stamps_per_item=?, expiry_days=?, per_day_limit=?, active=? "
            "WHERE id=?",
            [*_fields(p), p.id],
        )
