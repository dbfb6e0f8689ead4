"""SQL of the demo's bulk fill: rows worked out in memory, written with ``executemany``.

``services/demo_history.py`` runs the demo's four months of checkouts through the pure
rules (``domain.checkout.plan_checkout``) and keeps the member's balances, lots and tier
in memory; this module writes what it decided, in batches, inside the caller's
transaction. Every row goes through a plain INSERT or UPDATE, so the tables' triggers
(guards, check notes, summaries) see it as they see the counter's rows.

The hash chain is linked here, not by ``chain.link_pending``: that reads every noted row
back, one SELECT per row. The links are made from the rows as written, in the order the
counter would have inserted them (``Batch.links``), so the chain is the one the
checkouts one by one would have made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ..domain.chain import CHAINED, GENESIS, row_hash
from . import chain

VISIT_COLUMNS = (
    "id", "member_id", "staff_id", "created_at", "request_id", "amount", "discount",
    "charged", "paid_credit", "paid_gift", "gift_sold", "imported",
)  # fmt: skip
LEDGER_COLUMNS = (
    "id", "member_id", "program_id", "visit_id", "account", "kind", "delta", "reverses_id",
    "staff_id", "created_at", "note", "refund_id", "pays",
)  # fmt: skip
LOT_COLUMNS = (
    "id", "member_id", "program_id", "account", "visit_id", "kind", "earned_at", "expires",
    "amount", "live", "remaining",
)  # fmt: skip
TIER_COLUMNS = ("id", "member_id", "tier_id", "reason", "until", "visit_id", "staff_id",
                "created_at")  # fmt: skip


@dataclass
class Batch:
    """Rows decided since the last write, in the order the counter would insert them.

    ``lots`` maps a lot's id to its row (a list: ``remaining`` still moves while it is
    buffered); ``lot_left`` holds the new ``remaining`` of lots written earlier.
    ``balances`` and ``tiers_now`` hold final values per key (what the counter's
    UPDATEs add up to). ``links`` names every chained row in insertion order.
    """

    visits: list[dict[str, Any]] = field(default_factory=list)
    items: list[tuple[int, int, int]] = field(default_factory=list)
    discounts: list[tuple[int, int, str, int | None, str, int]] = field(default_factory=list)
    ledger: list[dict[str, Any]] = field(default_factory=list)
    lots: dict[int, list[Any]] = field(default_factory=dict)
    lot_left: dict[int, int] = field(default_factory=dict)
    moves: list[tuple[int, int, int, str, int]] = field(default_factory=list)
    balances: dict[tuple[int, int, str], int] = field(default_factory=dict)
    tier_changes: list[dict[str, Any]] = field(default_factory=list)
    tiers_now: dict[int, tuple[int | None, str | None]] = field(default_factory=dict)
    links: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def next_ids(db: Database) -> dict[str, int]:
    """The next free id of each table the fill gives ids to itself."""
    out = {}
    for table in ("visits", "ledger", "lot_moves", "visit_discounts", "tier_changes"):
        out[table] = db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]
    return out


def next_visit_offers(db: Database) -> int:
    """Coupon offers a checkout would issue after the visit (the bulk fill issues none)."""
    row = db.execute("SELECT COUNT(*) FROM coupon_offers WHERE trigger = 'next_visit'")
    return int(row.fetchone()[0])


def member_balances(db: Database, member_id: int) -> dict[tuple[int, str], int]:
    return {
        (pid, acc): value
        for pid, acc, value in db.execute(
            "SELECT program_id, account, value FROM balances WHERE member_id = ?", [member_id]
        ).fetchall()
    }


def member_owes(db: Database, member_id: int) -> bool:
    return bool(
        db.execute(
            "SELECT 1 FROM balances WHERE member_id = ? AND owed > 0", [member_id]
        ).fetchone()
    )


def open_lots(db: Database, member_id: int) -> list[tuple[int, str, str, int, int]]:
    """(program, account, earned_at, id, remaining) of the member's lots not used up,
    oldest first as ``LotStore.draw`` takes them."""
    return db.execute(
        "SELECT program_id, account, earned_at, id, remaining FROM lots "
        "WHERE member_id = ? AND remaining > 0 ORDER BY earned_at, id",
        [member_id],
    ).fetchall()


def member_tier(db: Database, member_id: int) -> int | None:
    return db.execute("SELECT tier_id FROM members WHERE id = ?", [member_id]).fetchone()[0]


def visit_status(db: Database, visit_id: int) -> str:
    return db.execute("SELECT status FROM visits WHERE id = ?", [visit_id]).fetchone()[0]


def write(db: Database, batch: Batch) -> None:
    """Write ``batch`` (inside the caller's transaction) and link its chained rows.

    Rows the connection noted before (set-up, a void) are linked first, as the counter's
    commit would have; the notes of this batch's own inserts are then dropped, and its
    rows linked from the values just written.
    """
    chain.link_pending(db)
    conn = db.conn
    conn.executemany(_insert("visits", VISIT_COLUMNS), [_values(r, VISIT_COLUMNS) for r in
                                                         batch.visits])  # fmt: skip
    conn.executemany(
        "INSERT INTO visit_items (visit_id, item_id, quantity) VALUES (?,?,?)", batch.items
    )
    conn.executemany(
        "INSERT INTO visit_discounts (id, visit_id, source, ref_id, label, amount) "
        "VALUES (?,?,?,?,?,?)",
        batch.discounts,
    )
    conn.executemany(_insert("ledger", LEDGER_COLUMNS), [_values(r, LEDGER_COLUMNS) for r in
                                                         batch.ledger])  # fmt: skip
    conn.executemany(_insert("lots", LOT_COLUMNS), list(batch.lots.values()))
    conn.executemany(
        "UPDATE lots SET remaining = ? WHERE id = ?",
        [(left, lot_id) for lot_id, left in batch.lot_left.items()],
    )
    conn.executemany(
        "INSERT INTO lot_moves (id, lot_id, row_id, cause, qty) VALUES (?,?,?,?,?)", batch.moves
    )
    conn.executemany(
        "INSERT INTO balances (member_id, program_id, account, value) VALUES (?,?,?,?) "
        "ON CONFLICT (member_id, program_id, account) DO UPDATE SET value = excluded.value",
        [(*key, value) for key, value in batch.balances.items()],
    )
    conn.executemany(_insert("tier_changes", TIER_COLUMNS), [_values(r, TIER_COLUMNS) for r in
                                                             batch.tier_changes])  # fmt: skip
    conn.executemany(
        "UPDATE members SET tier_id = ?, tier_until = ? WHERE id = ?",
        [(tier, until, member_id) for member_id, (tier, until) in batch.tiers_now.items()],
    )
    chain.clear_pending(db)
    _link(db, batch.links)


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _values(row: dict[str, Any], columns: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(row[c] for c in columns)


def _link(db: Database, links: list[tuple[str, dict[str, Any]]]) -> None:
    """Append ``links`` to this till's chain, as ``link_pending`` would have."""
    if not links:
        return
    till = chain.till_name(db)
    head = db.execute("SELECT seq, hash FROM chain_heads WHERE till = ?", [till]).fetchone()
    prev = bytes(head[1]).hex() if head else GENESIS
    rows = []
    for table, row in links:
        prev = row_hash(prev, table, (row["id"], *(row[c] for c in CHAINED[table])))
        rows.append((till, table, row["id"], bytes.fromhex(prev)))
    db.conn.executemany("INSERT INTO chain (till, tbl, row_id, hash) VALUES (?,?,?,?)", rows)
    seq = db.execute("SELECT MAX(seq) FROM chain").fetchone()[0]
    if head is not None:
        db.execute(
            "UPDATE chain_heads SET seq = ?, hash = ? WHERE till = ?", [seq, rows[-1][3], till]
        )
    else:
        db.execute(
            "INSERT INTO chain_heads (till, seq, hash) VALUES (?,?,?)", [till, seq, rows[-1][3]]
        )
