"""SQL for customer feedback rows."""

from __future__ import annotations

from sqlite_utils import Database

from .rowids import inserted_id


class FeedbackStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def visit(self, visit_id: int) -> tuple[int | None, str] | None:
        """(member id, status) of a visit, or None."""
        row = self.db.execute(
            "SELECT member_id, status FROM visits WHERE id = ?", [visit_id]
        ).fetchone()
        return (row[0], row[1]) if row else None

    def exists(self, visit_id: int) -> bool:
        return bool(
            self.db.execute("SELECT 1 FROM feedback WHERE visit_id = ?", [visit_id]).fetchone()
        )

    def insert(
        self, visit_id: int, member_id: int | None, score: int, comment: str, staff_id: int, at: str
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO feedback (visit_id, member_id, score, comment, staff_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [visit_id, member_id, score, comment, staff_id, at],
        )
        return inserted_id(cur)
