"""Members, their cards, and the search index (searching it: ``member_search.py``)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..domain.textsearch import phone_digits, search_terms
from ..domain.validation import CleanMember
from .rowids import inserted_id


def member_fields(m: CleanMember) -> tuple:
    """The stored columns of a member's details, in MEMBER_COLUMNS order."""
    return (
        m.name,
        m.phone,
        phone_digits(m.phone) or None,
        m.email,
        m.birthday,
        int(m.marketing_consent),
        m.notes,
    )


MEMBER_COLUMNS = "name, phone, phone_digits, email, birthday, marketing_consent, notes"


# A member and every duplicate merged into it, at any depth (``services/merge.py``): one
# probe of ``members_merged`` for a member nobody was merged into.
FAMILY = (
    "WITH RECURSIVE family(id) AS (SELECT ? UNION "
    "SELECT m.id FROM members m JOIN family f ON m.merged_into = f.id)"
)


class MemberStore:
    """SQL for members and cards. Every query here is served by an index."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(self, m: CleanMember, created_at: str, created_by: int) -> int:
        cur = self.db.execute(
            f"INSERT INTO members ({MEMBER_COLUMNS}, created_at, created_by) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            [*member_fields(m), created_at, created_by],
        )
        return inserted_id(cur)

    def update(self, member_id: int, m: CleanMember) -> None:
        sets = ", ".join(f"{c.strip()} = ?" for c in MEMBER_COLUMNS.split(","))
        self.db.execute(f"UPDATE members SET {sets} WHERE id = ?", [*member_fields(m), member_id])

    def set_status(self, member_id: int, status: str) -> None:
        self.db.execute("UPDATE members SET status=? WHERE id=?", [status, member_id])

    def reindex(self, member_id: int) -> None:
        """Rewrite the member's search terms (after enrolment, an edit or a new card)."""
        row = self.get(member_id)
        if row is None:
            return
        terms = search_terms(row["name"], row["phone"], row["email"], row["card_number"])
        self.db.execute("DELETE FROM members_fts WHERE rowid=?", [member_id])
        self.db.execute("INSERT INTO members_fts (rowid, terms) VALUES (?, ?)", [member_id, terms])

    def index_new(self, member_id: int, m: CleanMember, card_number: str) -> None:
        """The search row of a member just inserted (what ``reindex`` would write, without
        reading the member back: the bulk import writes thousands)."""
        terms = search_terms(m.name, m.phone, m.email, card_number)
        self.db.execute("INSERT INTO members_fts (rowid, terms) VALUES (?, ?)", [member_id, terms])

    def get(self, member_id: int) -> dict[str, Any] | None:
        rows = list(
            self.db.query(
                "SELECT m.*, c.code AS card_number FROM members m "
                "LEFT JOIN cards c ON c.member_id = m.id AND c.status = 'active' "
                "WHERE m.id = ?",
                [member_id],
            )
        )
        return rows[0] if rows else None

    def with_phone_or_email(self, digits: str | None, email: str | None) -> list[dict]:
        """Members sharing a phone number or e-mail (for the duplicate warning)."""
        if not digits and not email:
            return []
        return list(
            self.db.query(
                "SELECT m.id, m.name, m.phone, m.email, c.code AS card_number FROM members m "
                "LEFT JOIN cards c ON c.member_id = m.id AND c.status = 'active' "
                "WHERE (m.phone_digits = ? OR m.email = ?) AND m.merged_into IS NULL LIMIT 5",
                [digits or None, email or None],
            )
        )

    # Cards -------------------------------------------------------------------------

    def card(self, code: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM cards WHERE code = ?", [code]))
        return rows[0] if rows else None

    def card_and_holder(self, code: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """``card(code)`` (its status, member and replacement) and its member's row as
        ``get`` reads it, in one statement: a scan needs both, and on a server each
        statement is a round trip. The member is ``None`` for a blank card."""
        rows = list(
            self.db.query(
                "SELECT c.status AS lp_card_status, c.member_id AS lp_card_member, "
                "c.replaced_by AS lp_card_replaced_by, m.*, a.code AS card_number "
                "FROM cards c LEFT JOIN members m ON m.id = c.member_id "
                "LEFT JOIN cards a ON a.member_id = m.id AND a.status = 'active' "
                "WHERE c.code = ?",
                [code],
            )
        )
        if not rows:
            return None, None
        row = rows[0]
        card = {
            "code": code,
            "status": row.pop("lp_card_status"),
            "member_id": row.pop("lp_card_member"),
            "replaced_by": row.pop("lp_card_replaced_by"),
        }
        return card, (row if row["id"] is not None else None)

    def add_card(self, code: str, member_id: int | None, status: str, created_at: str) -> None:
        self.db.execute(
            "INSERT INTO cards (code, member_id, status, created_at) VALUES (?,?,?,?)",
            [code, member_id, status, created_at],
        )

    def assign_blank(self, code: str, member_id: int) -> None:
        self.db.execute(
            "UPDATE cards SET member_id = ?, status = 'active' WHERE code = ? AND status = 'blank'",
            [member_id, code],
        )

    def set_card_status(self, code: str, status: str) -> None:
        self.db.execute("UPDATE cards SET status = ? WHERE code = ?", [status, code])

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM members").fetchone()[0])
