"""SQL for the member panel's extra figures: what a member earned, batch by batch."""

from __future__ import annotations

from sqlite_utils import Database

from ..domain.clock import from_db
from ..domain.ledger import Account
from ..domain.stamps import EarnedBatch
from ..domain.usual import ItemTally

# Each item over a member's latest visits still standing: visits, quantity, last bought.
ITEM_TALLIES_SQL = (
    "SELECT vi.item_id, COUNT(*), SUM(vi.quantity), MAX(v.created_at) "
    "FROM (SELECT id, created_at FROM visits "
    "      WHERE member_id = ? AND status = 'confirmed' "
    "      ORDER BY created_at DESC LIMIT ?) AS v "
    "JOIN visit_items vi ON vi.visit_id = v.id "
    "GROUP BY vi.item_id"
)


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

    def item_tallies(self, member_id: int, last_visits: int) -> list[ItemTally]:
        """Each item over the member's ``last_visits`` latest visits still standing
        (neither voided nor refunded in full): on how many visits, how many in all.

        One aggregate in SQL, a row per item: the visits come newest first from the
        ``visits_member`` index and stop at ``last_visits``, and their items from
        ``visit_items``' primary key, so a member with ten thousand visits costs what
        one with fifty does, and no visit is read into Python.
        """
        rows = self.db.execute(ITEM_TALLIES_SQL, [member_id, last_visits]).fetchall()
        return [ItemTally(int(i), int(n), int(q), str(at)) for i, n, q, at in rows]

    def program_names(self) -> dict[int, str]:
        """Every program's name, of every kind (punch card, points, credit, pass)."""
        return {pid: name for pid, name in self.db.execute("SELECT id, name FROM programs")}
