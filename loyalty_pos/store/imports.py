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
