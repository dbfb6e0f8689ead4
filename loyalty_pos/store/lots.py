"""SQL for the ledger of lots: making and drawing lots, reading a balance's history.

The counter's writes are incremental and run here in SQL (a checkout only touches the
member's open lots); refunds and voids replay a balance in ``domain/lots.py`` and write
the differences through ``write_moves``. Both follow the same rules: lots are drawn
oldest first (by date, then by id), and a new lot first pays what the balance owes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from ..domain.clock import from_db, to_db
from ..domain.lot_events import Row
from .schema_lots import lot_expires


class LotError(Exception):
    """The lots do not add up to the ledger (a bug or a damaged file): nothing written."""


@dataclass(frozen=True)
class StoredLot:
    id: int
    account: str
    kind: str
    earned_at: str
    expires: bool
    amount: int
    live: int
    remaining: int
    visit_id: int | None


class LotStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._legacy_until: int | None = None

    def legacy_until(self) -> int:
        """The last ledger row written before lots existed (taken literally)."""
        if self._legacy_until is None:
            row = self.db.execute(
                "SELECT value FROM lots_meta WHERE key = 'legacy_until'"
            ).fetchone()
            self._legacy_until = int(row[0]) if row else 0
        return self._legacy_until

    # Incremental writes ------------------------------------------------------------------

    def gain(
        self,
        row_id: int,
        member_id: int,
        program_id: int,
        account: str,
        kind: str,
        visit_id: int | None,
        earned_at: str,
        amount: int,
    ) -> None:
        self.db.execute(
            "INSERT INTO lots (id, member_id, program_id, account, visit_id, kind, earned_at, "
            "expires, amount, live, remaining) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                row_id, member_id, program_id, account, visit_id, kind, earned_at,
                int(lot_expires(kind, account)), amount, amount, amount,
            ],
        )  # fmt: skip

    def take(self, lot_id: int, row_id: int, cause: str, qty: int) -> None:
        """Move ``qty`` out of a lot (negative: back in), keeping its caches."""
        if qty == 0:
            return
        self.db.execute(
            "INSERT INTO lot_moves (lot_id, row_id, cause, qty) VALUES (?,?,?,?)",
            [lot_id, row_id, cause, qty],
        )
        shrink = qty if cause == "shrink" else 0
        self.db.execute(
            "UPDATE lots SET remaining = remaining - ?, live = live - ? WHERE id = ?",
            [qty, shrink, lot_id],
        )

    def draw(
        self, member_id: int, program_id: int, account: str, qty: int, row_id: int, cause: str
    ) -> int:
        """Take ``qty`` from the balance's lots, oldest first; returns how much was there."""
        drawn = 0
        if qty <= 0:
            return 0
        for lot_id, left in self.db.execute(
            "SELECT id, remaining FROM lots WHERE member_id = ? AND program_id = ? "
            "AND account = ? AND remaining > 0 ORDER BY earned_at, id",
            [member_id, program_id, account],
        ).fetchall():
            take = min(left, qty - drawn)
            self.take(lot_id, row_id, cause, take)
            drawn += take
            if drawn == qty:
                break
        return drawn

    def owed(self, member_id: int, program_id: int, account: str) -> int:
        row = self.db.execute(
            "SELECT owed FROM balances WHERE member_id = ? AND program_id = ? AND account = ?",
            [member_id, program_id, account],
        ).fetchone()
        return int(row[0]) if row else 0

    def owed_by_member(self, member_id: int) -> dict[tuple[int, str], int]:
        return {
            (pid, acc): owed
            for pid, acc, owed in self.db.execute(
                "SELECT program_id, account, owed FROM balances WHERE member_id = ? AND owed > 0",
                [member_id],
            ).fetchall()
        }

    def owed_of(self, group: tuple[int, int]) -> dict[str, int]:
        return {
            acc: owed
            for acc, owed in self.db.execute(
                "SELECT account, owed FROM balances WHERE member_id = ? AND program_id = ? "
                "AND owed > 0",
                list(group),
            ).fetchall()
        }

    def groups(self) -> Iterator[tuple[int, int]]:
        """Every (member, program) with ledger rows, one at a time."""
        yield from self.db.execute(
            "SELECT DISTINCT member_id, program_id FROM ledger ORDER BY member_id, program_id"
        )

    def set_owed(self, member_id: int, program_id: int, account: str, owed: int) -> None:
        cur = self.db.execute(
            "UPDATE balances SET owed = ? WHERE member_id = ? AND program_id = ? AND account = ?",
            [owed, member_id, program_id, account],
        )
        if cur.rowcount == 0:
            self.db.execute(
                "INSERT INTO balances (member_id, program_id, account, value, owed) "
                "VALUES (?,?,?,0,?)",
                [member_id, program_id, account, owed],
            )

    def cancel(self, spend_id: int, row_id: int, qty: int) -> None:
        if qty > 0:
            self.db.execute(
                "INSERT INTO spend_cancels (spend_id, row_id, qty) VALUES (?,?,?)",
                [spend_id, row_id, qty],
            )

    # Reading a balance's history -----------------------------------------------------------

    def rows(self, member_id: int, program_id: int) -> list[Row]:
        return [
            Row(rid, acc, kind, delta, visit, at, bool(pays))
            for rid, acc, kind, delta, visit, at, pays in self.db.execute(
                "SELECT id, account, kind, delta, visit_id, created_at, pays FROM ledger "
                "WHERE member_id = ? AND program_id = ? ORDER BY id",
                [member_id, program_id],
            ).fetchall()
        ]

    def lots(self, member_id: int, program_id: int) -> dict[int, StoredLot]:
        """Every lot of one member's program (found through the ledger's own index: a
        lot's id is the id of the row that made it)."""
        return {
            r[0]: StoredLot(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7], r[8])
            for r in self.db.execute(
                "SELECT l.id, l.account, l.kind, l.earned_at, l.expires, l.amount, l.live, "
                "l.remaining, l.visit_id FROM ledger g JOIN lots l ON l.id = g.id "
                "WHERE g.member_id = ? AND g.program_id = ?",
                [member_id, program_id],
            ).fetchall()
        }

    def cancelled(self, member_id: int, program_id: int) -> dict[int, int]:
        return {
            sid: int(q)
            for sid, q in self.db.execute(
                "SELECT c.spend_id, SUM(c.qty) FROM spend_cancels c "
                "JOIN ledger l ON l.id = c.spend_id "
                "WHERE l.member_id = ? AND l.program_id = ? GROUP BY c.spend_id",
                [member_id, program_id],
            ).fetchall()
        }

    def lapse_lots(
        self, row_ids: Iterable[int], lot_ids: Iterable[int]
    ) -> dict[int, tuple[int, ...]]:
        """The lots each expiry row (of ``row_ids``) took from when it was written, among
        ``lot_ids`` (the balance's lots: moves are found by lot)."""
        wanted = set(row_ids)
        ids = list(lot_ids)
        out: dict[int, list[tuple[int, int]]] = {}  # expiry row -> (move, lot)
        if not wanted:
            return {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for move_id, row_id, lot_id in self.db.execute(
                f"SELECT id, row_id, lot_id FROM lot_moves WHERE lot_id IN ({marks}) "
                f"AND cause = 'expire' AND qty > 0",
                chunk,
            ).fetchall():
                if row_id in wanted:
                    out.setdefault(row_id, []).append((move_id, lot_id))
        return {k: tuple(lot for _, lot in sorted(v)) for k, v in out.items()}

    def credit_spends(self, visit_id: int) -> list[tuple[int, int]]:
        """(row, amount) of the store credit a visit's member paid with, oldest first."""
        return [
            (rid, -delta)
            for rid, delta in self.db.execute(
                "SELECT l.id, l.delta FROM ledger l JOIN visits v ON v.id = l.visit_id "
                "WHERE l.visit_id = ? AND l.member_id = v.member_id AND l.account = 'credit' "
                "AND l.kind = 'redeem' AND l.delta < 0 ORDER BY l.id",
                [visit_id],
            ).fetchall()
        ]

    def groups_of_visit(self, visit_id: int) -> list[tuple[int, int]]:
        """(member, program) of every balance a visit wrote to (a referrer's too)."""
        return [
            (mid, pid)
            for mid, pid in self.db.execute(
                "SELECT DISTINCT member_id, program_id FROM ledger WHERE visit_id = ? "
                "ORDER BY member_id, program_id",
                [visit_id],
            ).fetchall()
        ]

    # Expiry -----------------------------------------------------------------------------

    def due(
        self, member_id: int, program_id: int, account: str, cutoff: str
    ) -> list[tuple[int, int]]:
        """(lot, what is left) of lots earned before ``cutoff`` that still hold value."""
        return [
            (lid, left)
            for lid, left in self.db.execute(
                "SELECT id, remaining FROM lots WHERE member_id = ? AND program_id = ? "
                "AND account = ? AND remaining > 0 AND expires = 1 AND earned_at < ? "
                "ORDER BY earned_at, id",
                [member_id, program_id, account, cutoff],
            ).fetchall()
        ]

    def members_with_due(self, program_id: int, account: str, cutoff: str) -> list[int]:
        return [
            mid
            for (mid,) in self.db.execute(
                "SELECT DISTINCT member_id FROM lots WHERE program_id = ? AND account = ? "
                "AND remaining > 0 AND expires = 1 AND earned_at < ?",
                [program_id, account, cutoff],
            ).fetchall()
        ]

    def held_earned_before(self, member_id: int, program_id: int, account: str, cutoff: str) -> int:
        row = self.db.execute(
            "SELECT COALESCE(SUM(remaining), 0) FROM lots WHERE member_id = ? "
            "AND program_id = ? AND account = ? AND remaining > 0 AND expires = 1 "
            "AND earned_at < ?",
            [member_id, program_id, account, cutoff],
        ).fetchone()
        return int(row[0])


def expiry_cutoff(now: datetime, days: int, counts_from: datetime | None) -> str | None:
    """Lots earned before this moment have expired by ``now`` (None: none have).

    A lot expires ``days`` after it was earned; a rule introduced or shortened later
    counts from the change, so until ``days`` have passed since then nothing expires.
    """
    cutoff = now - timedelta(days=days)
    if counts_from is not None and counts_from >= cutoff:
        return None
    return to_db(cutoff)


def expires_at(earned_at: str, days: int | None, counts_from: datetime | None) -> str | None:
    """When a lot earned at ``earned_at`` expires under the program's current rule."""
    if days is None:
        return None
    start = from_db(earned_at)
    if counts_from is not None and counts_from > start:
        start = counts_from
    # Expired strictly after ``days``: the cut-off compares earned_at < now - days.
    return to_db(start + timedelta(days=days, microseconds=1))


@dataclass(frozen=True)
class Rule:
    """What a replay needs of a program: its kind, card size and expiry."""

    kind: str
    stamps_needed: int | None
    expiry_days: int | None
    counts_from: datetime | None


def program_rule(db: Database, program_id: int) -> Rule:
    row = db.execute(
        "SELECT kind, stamps_needed, expiry_days, expiry_from FROM programs WHERE id = ?",
        [program_id],
    ).fetchone()
    if row is None:
        return Rule("points", None, None, None)
    kind, needed, days, since = row
    return Rule(kind, needed, days, from_db(since) if since else None)


def record_moves(db: Database, moves: Iterable[tuple[int, int, str, int]]) -> None:
    """Write (lot, row, cause, qty) moves and move each lot's caches once, by the net.

    One update per lot: a refund may take a lot's whole size and hand back a spending
    drawn from it, and the caches must never leave their bounds even in between.
    """
    net: dict[int, list[int]] = {}
    rows = []
    for lot_id, row_id, cause, qty in moves:
        if qty == 0:
            continue
        rows.append((lot_id, row_id, cause, qty))
        acc = net.setdefault(lot_id, [0, 0])
        acc[0] += qty
        if cause == "shrink":
            acc[1] += qty
    db.conn.executemany("INSERT INTO lot_moves (lot_id, row_id, cause, qty) VALUES (?,?,?,?)", rows)
    db.conn.executemany(
        "UPDATE lots SET remaining = remaining - ?, live = live - ? WHERE id = ?",
        [(q, s, lot_id) for lot_id, (q, s) in net.items()],
    )


def lot_violations(db: Database, limit: int = 20) -> list[str]:
    """The lots' caches and the rows they explain, checked in SQL (one pass each).

    - a lot's ``remaining`` and ``live`` equal its size less its moves;
    - each balance equals what its lots hold, and a balance that owes holds nothing;
    - each row written since lots exist moves exactly its own value: the lot it made,
      less what it took from lots (a spending, an expiry, a correction).
    """
    out: list[str] = []
    for lot_id, remaining, live, moved, shrunk, amount in db.execute(
        "SELECT l.id, l.remaining, l.live, COALESCE(m.moved, 0), COALESCE(m.shrunk, 0), "
        "l.amount FROM lots l LEFT JOIN (SELECT lot_id, SUM(qty) AS moved, "
        "SUM(CASE WHEN cause = 'shrink' THEN qty ELSE 0 END) AS shrunk FROM lot_moves "
        "GROUP BY lot_id) m ON m.lot_id = l.id "
        "WHERE l.remaining != l.amount - COALESCE(m.moved, 0) "
        "OR l.live != l.amount - COALESCE(m.shrunk, 0) LIMIT ?",
        [limit],
    ).fetchall():
        out.append(
            f"lot {lot_id}: remaining {remaining}, live {live}, but its moves leave "
            f"{amount - moved} and {amount - shrunk}"
        )
    for mid, pid, acc, value, owed, held in db.execute(
        "SELECT b.member_id, b.program_id, b.account, b.value, b.owed, COALESCE(s.held, 0) "
        "FROM balances b LEFT JOIN (SELECT member_id, program_id, account, "
        "SUM(remaining) AS held FROM lots GROUP BY member_id, program_id, account) s "
        "USING (member_id, program_id, account) "
        "WHERE b.value != COALESCE(s.held, 0) OR (b.owed > 0 AND b.value > 0) LIMIT ?",
        [limit],
    ).fetchall():
        out.append(
            f"member {mid}, program {pid}, {acc}: balance {value} (owes {owed}) "
            f"but its lots hold {held}"
        )
    since = db.execute("SELECT COALESCE(MAX(value), 0) FROM lots_meta").fetchone()[0]
    for row_id, delta, made, moved in db.execute(
        "SELECT g.id, g.delta, COALESCE(l.amount, 0), COALESCE(m.moved, 0) FROM ledger g "
        "LEFT JOIN lots l ON l.id = g.id "
        "LEFT JOIN (SELECT row_id, SUM(qty) AS moved FROM lot_moves WHERE row_id > ? "
        "GROUP BY row_id) m ON m.row_id = g.id "
        "WHERE g.id > ? AND g.delta != COALESCE(l.amount, 0) - COALESCE(m.moved, 0) LIMIT ?",
        [since, since, limit],
    ).fetchall():
        out.append(f"ledger row {row_id}: moves {delta} but made {made} and took {moved} from lots")
    return out
