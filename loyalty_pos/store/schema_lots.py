"""Migration m006: the ledger of lots (``domain/lots.py``).

``lots`` holds one row per ledger row that added value (its id is that row's id), with
its date, what still counts of it (``live``) and what is left of it (``remaining``),
both caches of ``lot_moves``: every row that took value from a lot, or put some back,
says which lot and how much. ``spend_cancels`` records what a refund handed back of a
spending. A refund row says where its money went (``cash_back``, ``credit_back``,
``gift_back``; refunds made before this migration gave cash only until the last, full
one). ``balances.owed`` caches a member's debt per balance (a refund whose points
had been spent since), and ``ledger.pays`` marks points used as money (a tender).

An existing shop's lots are derived by replaying each member's rows oldest first; the
rows written until now are taken literally, so every balance stays what it was.
``lots_meta.legacy_until`` remembers where that history ends.
"""

from __future__ import annotations

from itertools import groupby

from sqlite_utils import Database

from ..domain.lot_events import Row, events
from ..domain.lots import replay

NAME = "m006_lots"
EXPIRING_ACCOUNTS = ("stamps", "points", "credit")
BATCH = 20_000

SCHEMA = """
ALTER TABLE balances ADD COLUMN owed INTEGER NOT NULL DEFAULT 0 CHECK (owed >= 0);
ALTER TABLE ledger ADD COLUMN pays INTEGER NOT NULL DEFAULT 0 CHECK (pays IN (0, 1));
ALTER TABLE refunds ADD COLUMN cash_back INTEGER NOT NULL DEFAULT 0 CHECK (cash_back >= 0);
ALTER TABLE refunds ADD COLUMN credit_back INTEGER NOT NULL DEFAULT 0 CHECK (credit_back >= 0);
ALTER TABLE refunds ADD COLUMN gift_back INTEGER NOT NULL DEFAULT 0 CHECK (gift_back >= 0);
ALTER TABLE refunds ADD COLUMN gift_as_cash INTEGER NOT NULL DEFAULT 0
    CHECK (gift_as_cash IN (0, 1));
UPDATE refunds SET cash_back = amount;
CREATE TABLE lots_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE lots (
    id INTEGER PRIMARY KEY REFERENCES ledger(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    program_id INTEGER NOT NULL REFERENCES programs(id),
    account TEXT NOT NULL,
    visit_id INTEGER REFERENCES visits(id),
    kind TEXT NOT NULL,
    earned_at TEXT NOT NULL,
    expires INTEGER NOT NULL CHECK (expires IN (0, 1)),
    amount INTEGER NOT NULL CHECK (amount > 0),
    live INTEGER NOT NULL CHECK (live BETWEEN 0 AND amount),
    remaining INTEGER NOT NULL CHECK (remaining BETWEEN 0 AND live)
);
CREATE INDEX lots_open ON lots(member_id, program_id, earned_at) WHERE remaining > 0;
CREATE INDEX lots_due ON lots(program_id, earned_at) WHERE remaining > 0 AND expires = 1;
CREATE TABLE lot_moves (
    id INTEGER PRIMARY KEY,
    lot_id INTEGER NOT NULL REFERENCES lots(id),
    row_id INTEGER NOT NULL REFERENCES ledger(id),
    cause TEXT NOT NULL CHECK (cause IN ('draw', 'expire', 'complete', 'shrink')),
    qty INTEGER NOT NULL CHECK (qty <> 0)
);
CREATE INDEX lot_moves_lot ON lot_moves(lot_id);
CREATE TABLE spend_cancels (
    id INTEGER PRIMARY KEY,
    spend_id INTEGER NOT NULL REFERENCES ledger(id),
    row_id INTEGER NOT NULL REFERENCES ledger(id),
    qty INTEGER NOT NULL CHECK (qty > 0)
);
CREATE INDEX spend_cancels_spend ON spend_cancels(spend_id);
-- The guard triggers (append-only moves and handed-back spendings, lots that keep
-- their origin) are made with every other guard by m007 (store/guards.py).
"""


def lot_expires(kind: str, account: str) -> bool:
    """Earned stamps, points and credit follow their program's expiry; nothing else."""
    return kind == "earn" and account in EXPIRING_ACCOUNTS


def m006_lots(db: Database) -> None:
    """The lots tables, and lots derived from the history oldest first."""
    db.executescript(SCHEMA)
    legacy_until = db.execute("SELECT COALESCE(MAX(id), 0) FROM ledger").fetchone()[0]
    db.execute("INSERT INTO lots_meta (key, value) VALUES ('legacy_until', ?)", [legacy_until])
    derive_lots(db, legacy_until)


def derive_lots(db: Database, legacy_until: int) -> None:
    """Replay every member's rows per program and store the lots and moves it gives."""
    conn = db.conn
    cursor = conn.execute(
        "SELECT member_id, program_id, id, account, kind, delta, visit_id, created_at "
        "FROM ledger ORDER BY member_id, program_id, id"
    )
    lots: list[tuple] = []
    moves: list[tuple] = []
    owed: list[tuple] = []
    for (member_id, program_id), group in groupby(cursor, key=lambda r: (r[0], r[1])):
        rows = [Row(r[2], r[3], r[4], r[5], r[6], r[7]) for r in group]
        by_id = {r.id: r for r in rows}
        state = replay(events(rows, legacy_until=legacy_until))
        for lot in state.lots.values():
            row = by_id[lot.key]
            lots.append(
                (
                    lot.key, member_id, program_id, lot.account, row.visit_id, row.kind,
                    lot.earned_at, int(lot_expires(row.kind, lot.account)), lot.amount,
                    lot.live, lot.remaining,
                )
            )  # fmt: skip
        moves.extend((m.lot, m.row, m.cause, m.qty) for m in state.moves)
        for account in state.accounts():
            if state.owed(account):
                owed.append((state.owed(account), member_id, program_id, account))
        if len(lots) + len(moves) > BATCH:
            _flush(conn, lots, moves)
    _flush(conn, lots, moves)
    conn.executemany(
        "UPDATE balances SET owed = ? WHERE member_id = ? AND program_id = ? AND account = ?",
        owed,
    )


def _flush(conn, lots: list[tuple], moves: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO lots (id, member_id, program_id, account, visit_id, kind, earned_at, "
        "expires, amount, live, remaining) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        lots,
    )
    conn.executemany("INSERT INTO lot_moves (lot_id, row_id, cause, qty) VALUES (?,?,?,?)", moves)
    lots.clear()
    moves.clear()
