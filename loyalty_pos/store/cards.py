"""SQL for printing cards: blank numbers, replacements, who to print."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database


class CardStore:
    """Cards beyond look-up: reserving blank numbers, replacing, listing for print."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def replace(self, old: str, new: str, member_id: int, created_at: str) -> None:
        """The new card becomes active; the old one is retired and points to it."""
        self.db.execute(
            "INSERT INTO cards (code, member_id, status, created_at) VALUES (?,?,'active',?)",
            [new, member_id, created_at],
        )
        self.db.execute(
            "UPDATE cards SET status = 'replaced', replaced_by = ? WHERE code = ?", [new, old]
        )

    def active_cards(self, member_ids: list[int]) -> list[dict[str, Any]]:
        """(member id, name, active card) for the given members, in the order given."""
        if not member_ids:
            return []
        marks = ",".join("?" * len(member_ids))
        rows = {
            r["id"]: r
            for r in self.db.query(
                "SELECT m.id, m.name, c.code FROM members m "
                "JOIN cards c ON c.member_id = m.id AND c.status = 'active' "
                f"WHERE m.id IN ({marks})",
                member_ids,
            )
        }
        return [rows[i] for i in member_ids if i in rows]

    def all_active(self) -> Iterator[dict[str, Any]]:
        """Every active member with an active card, by name; streamed, not loaded."""
        yield from self.db.query(
            "SELECT m.id, m.name, c.code FROM members m "
            "JOIN cards c ON c.member_id = m.id AND c.status = 'active' "
            "WHERE m.status = 'active' ORDER BY m.name, m.id"
        )

    def count_active(self) -> int:
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM members m "
                "JOIN cards c ON c.member_id = m.id AND c.status = 'active' "
                "WHERE m.status = 'active'"
            ).fetchone()[0]
        )
