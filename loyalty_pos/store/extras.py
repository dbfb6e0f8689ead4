"""SQL for the member panel's extra figures: what a member earned, batch by batch."""

from __future__ import annotations

from sqlite_utils import Database

from ..domain.clock import from_db
from ..domain.ledger import Account
from ..domain.stamps import EarnedBatch


class ExtrasStore:
    """Read-only queries beside the ledger store."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def earned_batches(
        self, member_id: int, program_id: int, account: Account
    ) -> list[EarnedBatch]:
        """What was added to a balance, row by row, net of refunds that took it back.

        Earned points, credit, referral bonuses and pass uses bought; rows of voided
        visits don't count (the void took them back), nor do the parts a refund reversed.
        """
        return [
            EarnedBatch(from_db(at), int(net))
            for at, net in self.db.execute(
                "SELECT e.created_at, e.delta + COALESCE((SELECT SUM(r.delta) FROM ledger r "
                "  WHERE r.reverses_id = e.id AND r.kind = 'refund' AND r.delta < 0), 0) "
                "FROM ledger e LEFT JOIN visits v ON v.id = e.visit_id "
                "WHERE e.member_id = ? AND e.program_id = ? AND e.account = ? "
                "AND e.kind IN ('earn', 'bonus', 'purchase') AND e.delta > 0 "
                "AND (v.id IS NULL OR v.status != 'voided') ORDER BY e.id DESC",
                [member_id, program_id, account.value],
            ).fetchall()
            if net > 0
        ]

    def program_names(self) -> dict[int, str]:
        """Every program's name, of every kind (punch card, points, credit, pass)."""
        return {pid: name for pid, name in self.db.execute("SELECT id, name FROM programs")}
