"""The append-only ledger and the cached balances written beside it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlite_utils import Database

from ..domain.ledger import Account, Entry, Kind
from ..domain.stamps import EarnedBatch
from .lots import LotError, LotStore
from .rowids import inserted_id

DEBT_NOTE = "debt"


class LedgerStore:
    """SQL for ledger rows and balances.

    ``append`` is the only writer of both, so the cached balance always moves with its
    rows, inside the caller's transaction. The balances table refuses a negative value.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.lots = LotStore(db)
        self._owed: dict[tuple[int, str], int] = {}
        #: What the last ``append`` moved each cached balance by, per (program, account):
        #: a checkout builds the member's view after its commit from this, unread.
        self.last_moves: dict[tuple[int, str], int] = {}

    def append(
        self,
        member_id: int,
        entries: Iterable[Entry],
        *,
        visit_id: int | None,
        staff_id: int,
        created_at: str,
        note: str | None = None,
        refund_id: int | None = None,
        owed: Mapping[tuple[int, str], int] | None = None,
    ) -> list[int]:
        """Write ``entries`` and keep the lots in step (``store/lots.py``).

        ``owed``: what the member owes, by (program, account), when the caller read it
        in this transaction already (the checkout's member state): not asked again.

        A row that adds value makes a lot, and first pays what that balance owes (a
        ``refund`` row noted "debt" draws it); a row that takes value draws the oldest
        lots; an expiry takes the lots it names; stamps turned into a reward draw the
        oldest stamps. A row that cannot be drawn in full is a bug: nothing is written.
        """
        ids = []
        net: dict[tuple[int, str], int] = {}
        entries = list(entries)
        # What the member owes, read once: most members owe nothing, and a new lot pays
        # a debt first (domain/lots.py).
        if not any(e.delta > 0 for e in entries):
            self._owed = {}
        elif owed is not None:
            self._owed = dict(owed)
        else:
            self._owed = self.lots.owed_by_member(member_id)
        for e in entries:
            rid = self.insert_row(
                member_id, e.program_id, e.account.value, e.kind.value, e.delta,
                visit_id=visit_id, staff_id=staff_id, created_at=created_at, note=note,
                refund_id=refund_id, reverses_id=e.reverses_id, pays=e.pays,
            )  # fmt: skip
            ids.append(rid)
            key = (e.program_id, e.account.value)
            net[key] = net.get(key, 0) + e.delta
            paid = self._keep_lots(rid, member_id, e, visit_id, created_at, staff_id, refund_id)
            if paid:
                net[key] -= paid
        self.move_balances(member_id, net)
        self.last_moves = net
        return ids

    def insert_row(
        self,
        member_id: int,
        program_id: int,
        account: str,
        kind: str,
        delta: int,
        *,
        visit_id: int | None,
        staff_id: int,
        created_at: str,
        note: str | None = None,
        refund_id: int | None = None,
        reverses_id: int | None = None,
        pays: bool = False,
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO ledger (member_id, program_id, visit_id, account, kind, delta, "
            "reverses_id, staff_id, created_at, note, refund_id, pays) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                member_id, program_id, visit_id, account, kind, delta, reverses_id,
                staff_id, created_at, note, refund_id, int(pays),
            ],
        )  # fmt: skip
        return inserted_id(cur)

    def move_balances(self, member_id: int, net: dict[tuple[int, str], int]) -> None:
        """Move the cached balances by ``net`` per (program, account).

        Net per balance: a visit may pass through zero (earn 12, complete -10) and the
        balances table refuses a negative value even for a moment.
        """
        for (program_id, account), delta in net.items():
            if delta == 0:
                continue
            cur = self.db.execute(
                "UPDATE balances SET value = value + ? "
                "WHERE member_id = ? AND program_id = ? AND account = ?",
                [delta, member_id, program_id, account],
            )
            if cur.rowcount == 0:
                self.db.execute(
                    "INSERT INTO balances (member_id, program_id, account, value) VALUES (?,?,?,?)",
                    [member_id, program_id, account, delta],
                )

    def _keep_lots(
        self,
        rid: int,
        member_id: int,
        e: Entry,
        visit_id: int | None,
        created_at: str,
        staff_id: int,
        refund_id: int | None,
    ) -> int:
        """The lots' side of one new row; returns what a new lot paid of a debt."""
        acc = e.account.value
        if e.kind is Kind.EXPIRE:
            taken = 0
            for lot_id, qty in e.lots:
                self.lots.take(lot_id, rid, "expire", qty)
                taken += qty
            if taken != -e.delta:
                raise LotError(f"expiry row {rid} names {taken} of {-e.delta}")
            return 0
        if e.delta > 0:
            if e.kind in (Kind.REFUND, Kind.VOID):
                raise LotError(f"row {rid}: a refund adds value only through a replay")
            self.lots.gain(rid, member_id, e.program_id, acc, e.kind.value, visit_id,
                           created_at, e.delta)  # fmt: skip
            owed = self._owed.get((e.program_id, acc), 0)
            pay = min(owed, e.delta)
            if pay:
                debt_row = self.insert_row(
                    member_id, e.program_id, acc, Kind.REFUND.value, -pay, visit_id=visit_id,
                    staff_id=staff_id, created_at=created_at, note=DEBT_NOTE,
                    refund_id=refund_id,
                )  # fmt: skip
                self.lots.take(rid, debt_row, "draw", pay)
                self.lots.set_owed(member_id, e.program_id, acc, owed - pay)
                self._owed[(e.program_id, acc)] = owed - pay
            return pay
        if e.delta < 0:
            cause = "complete" if e.kind is Kind.COMPLETE else "draw"
            drawn = self.lots.draw(member_id, e.program_id, acc, -e.delta, rid, cause)
            if drawn != -e.delta:
                raise LotError(f"row {rid} takes {-e.delta} but the lots hold {drawn}")
        return 0

    def balances(self, member_id: int) -> dict[tuple[int, Account], int]:
        return {
            (pid, Account(acc)): value
            for pid, acc, value in self.db.execute(
                "SELECT program_id, account, value FROM balances WHERE member_id = ?",
                [member_id],
            ).fetchall()
        }

    def visit_rows(self, visit_id: int) -> list[tuple[int, Entry]]:
        return [
            (rid, Entry(pid, Account(acc), Kind(kind), delta, rev))
            for rid, pid, acc, kind, delta, rev in self.db.execute(
                "SELECT id, program_id, account, kind, delta, reverses_id FROM ledger "
                "WHERE visit_id = ? AND kind != 'void' "
                "AND member_id = (SELECT member_id FROM visits WHERE id = ?) ORDER BY id",
                [visit_id, visit_id],
            ).fetchall()
        ]

    def bonus_rows_of_others(
        self, visit_id: int, member_id: int | None
    ) -> dict[int, list[tuple[int, Entry]]]:
        """Referral bonus rows a visit wrote for members other than its own."""
        out: dict[int, list[tuple[int, Entry]]] = {}
        for rid, mid, pid, acc, delta in self.db.execute(
            "SELECT id, member_id, program_id, account, delta FROM ledger "
            "WHERE visit_id = ? AND kind = 'bonus' AND member_id IS NOT ?",
            [visit_id, member_id],
        ).fetchall():
            out.setdefault(mid, []).append((rid, Entry(pid, Account(acc), Kind.BONUS, delta)))
        return out

    def visit_summaries(self, visit_ids: list[int]) -> dict[int, list[tuple[int, str, str, int]]]:
        """Per visit, its (program_id, account, kind, delta) rows other than voids."""
        if not visit_ids:
            return {}
        marks = ",".join("?" * len(visit_ids))
        out: dict[int, list[tuple[int, str, str, int]]] = {v: [] for v in visit_ids}
        for vid, pid, acc, kind, delta in self.db.execute(
            f"SELECT visit_id, program_id, account, kind, delta FROM ledger "
            f"WHERE visit_id IN ({marks}) AND kind != 'void' "
            f"AND member_id = (SELECT member_id FROM visits v WHERE v.id = visit_id) ORDER BY id",
            visit_ids,
        ).fetchall():
            out[vid].append((pid, acc, kind, delta))
        return out

    def earned_since(self, member_id: int, program_id: int, since: str) -> int:
        """Stamps earned on a card since ``since`` in visits that were not voided."""
        row = self.db.execute(
            "SELECT COALESCE(SUM(l.delta), 0) FROM visits v "
            "JOIN ledger l ON l.visit_id = v.id "
            "WHERE v.member_id = ? AND v.created_at >= ? AND v.status = 'confirmed' "
            "AND l.program_id = ? AND l.kind = 'earn'",
            [member_id, since, program_id],
        ).fetchone()
        return int(row[0])

    def earned_batches(self, member_id: int, program_id: int) -> list[EarnedBatch]:
        """Stamps earned per visit that still counts, newest first."""
        return [
            EarnedBatch(datetime.fromisoformat(at), n)
            for at, n in self.db.execute(
                "SELECT l.created_at, l.delta FROM ledger l JOIN visits v ON v.id = l.visit_id "
                "WHERE l.member_id = ? AND l.program_id = ? AND l.kind = 'earn' "
                "AND v.status = 'confirmed' ORDER BY l.id DESC",
                [member_id, program_id],
            ).fetchall()
        ]

    def holders_of_at_least(self, program_id: int, stamps: int) -> list[tuple[int, int]]:
        """(member, stamps) for members holding ``stamps`` or more on a program."""
        return [
            (mid, value)
            for mid, value in self.db.execute(
                "SELECT member_id, value FROM balances WHERE program_id = ? "
                "AND account = 'stamps' AND value >= ? AND value > 0",
                [program_id, stamps],
            ).fetchall()
        ]

    def members_with_old_stamps(
        self, program_id: int, cutoff: str, account: str = "stamps"
    ) -> list[int]:
        """Members holding some of this balance earned before ``cutoff`` (their lots)."""
        return self.lots.members_with_due(program_id, account, cutoff)

    def invariant_violations(self) -> tuple[list[tuple[int, int, str, int, int]], int]:
        """One pass over the ledger: balances that differ from their rows' sum as
        (member, program, account, cached, sum), and how many sums are negative."""
        self.db.execute("DROP TABLE IF EXISTS temp.ledger_sums")
        self.db.execute(
            "CREATE TEMP TABLE ledger_sums AS SELECT member_id, program_id, account, "
            "SUM(delta) AS total FROM ledger GROUP BY member_id, program_id, account"
        )
        try:
            mismatches = [
                tuple(r)
                for r in self.db.execute(
                    "SELECT b.member_id, b.program_id, b.account, b.value, COALESCE(s.total, 0) "
                    "FROM balances b LEFT JOIN temp.ledger_sums s "
                    "USING (member_id, program_id, account) "
                    "WHERE b.value != COALESCE(s.total, 0) "
                    "UNION ALL "
                    "SELECT s.member_id, s.program_id, s.account, 0, s.total "
                    "FROM temp.ledger_sums s LEFT JOIN balances b "
                    "USING (member_id, program_id, account) "
                    "WHERE b.member_id IS NULL AND s.total != 0"
                ).fetchall()
            ]
            negatives = self.db.execute(
                "SELECT COUNT(*) FROM temp.ledger_sums WHERE total < 0"
            ).fetchone()[0]
        finally:
            self.db.execute("DROP TABLE IF EXISTS temp.ledger_sums")
        return mismatches, int(negatives)
