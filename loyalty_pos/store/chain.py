"""The hash chains' SQL: linking new rows, the guard triggers, and verifying.

``chain`` holds one row per chained row: ``(seq, till, tbl, row_id, hash)``; a row's
predecessor is the row with the next lower ``seq`` on the same till, and
``chain_heads`` keeps each till's last ``(seq, hash)`` so a new link needs no scan.
The hashing itself is ``domain.chain``.

**Linking without touching every store.** ``install`` creates, on the app's own
connection, TEMP triggers that note ``(table, id)`` of every row inserted into a chained
table in ``temp.chain_pending``. ``database.write_transaction`` calls ``link_pending``
just before the outermost COMMIT, so the links are written in the same transaction as
the rows, in the order the rows were inserted. A rolled-back transaction (or savepoint)
takes its pending notes with it. Rows the app's connection inserts outside a
transaction (autocommit, e.g. test fixtures with ``db.execute("INSERT ...")``) stay
noted and are linked by the next write transaction on that connection, by the check
(``flush``) or when the services close; they are never lost while the connection is
open. Rows inserted by another program (the sqlite3 shell) are never noted, so the
check reports them as not in the chain.

**Guards.** ``GUARDS`` are permanent triggers that make the chained tables append-only
(visits: only their void and refund fields may change) and refuse ``INSERT OR REPLACE``
of an existing row, which would otherwise delete it without firing a delete trigger.
Someone with the file can still drop a trigger; the check then names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.chain import CHAINED, DEFAULT_TILL, GENESIS, Head, link_hash, row_hash

BATCH = 20_000

SCHEMA = """
CREATE TABLE chain (
    seq INTEGER PRIMARY KEY,
    till TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    hash BLOB NOT NULL
);
CREATE UNIQUE INDEX chain_row ON chain(tbl, row_id);
CREATE INDEX chain_till ON chain(till, seq);
CREATE TABLE chain_heads (
    till TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE chain_checkpoint (
    name TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash BLOB,
    at TEXT
);
"""

_APPEND_ONLY = (
    "ledger",
    "gift_card_ledger",
    "coupon_uses",
    "refunds",
    "tier_changes",
    "audit",
    "chain",
)
_VISIT_FIXED = ("id", *CHAINED["visits"])


def _guards() -> dict[str, str]:
    out: dict[str, str] = {}
    for t in _APPEND_ONLY:
        out[f"{t}_no_update"] = (
            f"CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t} "
            f"BEGIN SELECT RAISE(ABORT, '{t} rows are append-only'); END"
        )
        out[f"{t}_no_delete"] = (
            f"CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t} "
            f"BEGIN SELECT RAISE(ABORT, '{t} rows are append-only'); END"
        )
    for t in ("ledger", "gift_card_ledger", "coupon_uses", "tier_changes", "audit"):
        out[f"{t}_no_replace"] = (
            f"CREATE TRIGGER {t}_no_replace BEFORE INSERT ON {t} "
            f"WHEN EXISTS (SELECT 1 FROM {t} WHERE id = NEW.id) "
            f"BEGIN SELECT RAISE(ABORT, '{t} rows are never replaced'); END"
        )
    for t in ("visits", "refunds"):
        out[f"{t}_no_replace"] = (
            f"CREATE TRIGGER {t}_no_replace BEFORE INSERT ON {t} "
            f"WHEN EXISTS (SELECT 1 FROM {t} WHERE id = NEW.id OR request_id = NEW.request_id) "
            f"BEGIN SELECT RAISE(ABORT, '{t} rows are never replaced'); END"
        )
    out["chain_no_replace"] = (
        "CREATE TRIGGER chain_no_replace BEFORE INSERT ON chain "
        "WHEN EXISTS (SELECT 1 FROM chain WHERE seq = NEW.seq "
        "OR (tbl = NEW.tbl AND row_id = NEW.row_id)) "
        "BEGIN SELECT RAISE(ABORT, 'chain rows are never replaced'); END"
    )
    out["visits_fixed"] = (
        f"CREATE TRIGGER visits_fixed BEFORE UPDATE OF {', '.join(_VISIT_FIXED)} ON visits "
        "BEGIN SELECT RAISE(ABORT, 'a visit''s amounts, member, staff and time never change'); "
        "END"
    )
    # The fields that do change only move forward: confirmed -> voided or refunded, the
    # refunded amount only grows, a void is never rewritten.
    out["visits_forward"] = (
        "CREATE TRIGGER visits_forward BEFORE UPDATE OF status, refunded, void_reason, "
        "voided_at, voided_by ON visits "
        "WHEN NEW.refunded < OLD.refunded "
        "OR (OLD.status <> 'confirmed' AND NEW.status IS NOT OLD.status) "
        "OR (OLD.voided_at IS NOT NULL AND (NEW.voided_at IS NOT OLD.voided_at "
        "OR NEW.void_reason IS NOT OLD.void_reason OR NEW.voided_by IS NOT OLD.voided_by)) "
        "BEGIN SELECT RAISE(ABORT, 'a void or refund is never undone'); END"
    )
    out["visits_no_delete"] = (
        "CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits "
        "BEGIN SELECT RAISE(ABORT, 'visits are never deleted'); END"
    )
    out["chain_heads_forward"] = (
        "CREATE TRIGGER chain_heads_forward BEFORE UPDATE ON chain_heads "
        "WHEN NEW.till IS NOT OLD.till OR NEW.seq <= OLD.seq "
        "BEGIN SELECT RAISE(ABORT, 'a chain head only moves forward'); END"
    )
    out["chain_heads_no_delete"] = (
        "CREATE TRIGGER chain_heads_no_delete BEFORE DELETE ON chain_heads "
        "BEGIN SELECT RAISE(ABORT, 'chain heads are never deleted'); END"
    )
    out["chain_heads_no_replace"] = (
        "CREATE TRIGGER chain_heads_no_replace BEFORE INSERT ON chain_heads "
        "WHEN EXISTS (SELECT 1 FROM chain_heads WHERE till = NEW.till) "
        "BEGIN SELECT RAISE(ABORT, 'chain heads are never replaced'); END"
    )
    return out


GUARDS = _guards()


def create_guards(db: Database) -> None:
    """(Re)create every guard trigger as ``GUARDS`` says (the migration's last step)."""
    for name, sql in GUARDS.items():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(sql)


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip().rstrip(";")


def guard_problems(db: Database) -> list[tuple[str, str]]:
    """(trigger, 'missing' | 'changed') for every guard not as ``GUARDS`` made it."""
    found = {
        name: sql
        for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    }
    out = []
    for name, sql in GUARDS.items():
        if name not in found:
            out.append((name, "missing"))
        elif _normal(found[name]) != _normal(sql):
            out.append((name, "changed"))
    return out


# The till ---------------------------------------------------------------------------------


def till_name(db: Database) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = 'till_name'").fetchone()
    return row[0] if row and row[0] else DEFAULT_TILL


def installed(db: Database) -> bool:
    """Whether the chain tables exist in this file (migration m007 ran)."""
    row = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chain_heads'"
    ).fetchone()
    return row is not None


# Linking ----------------------------------------------------------------------------------


def install(db: Database) -> None:
    """The TEMP table and triggers that note this connection's inserts (see above).

    Does nothing on a file without the chain tables (before m007); ``migrate`` calls it
    again after the migrations. Dropped first, so a table rebuilt by a migration gets
    its trigger back.
    """
    if not installed(db):
        return
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS chain_pending "
        "(n INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id INTEGER NOT NULL)"
    )
    for table in CHAINED:
        db.execute(f"DROP TRIGGER IF EXISTS temp.chain_note_{table}")
        db.execute(
            f"CREATE TEMP TRIGGER chain_note_{table} AFTER INSERT ON main.{table} "
            f"BEGIN INSERT INTO chain_pending (tbl, row_id) VALUES ('{table}', NEW.id); END"
        )


def _noting(db: Database) -> bool:
    row = db.execute(
        "SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = 'chain_pending'"
    ).fetchone()
    return row is not None


def has_pending(db: Database) -> bool:
    return _noting(db) and db.execute("SELECT 1 FROM temp.chain_pending LIMIT 1").fetchone()


def clear_pending(db: Database) -> None:
    """Forget the notes (after a restore replaced the rows they name)."""
    if _noting(db):
        db.execute("DELETE FROM temp.chain_pending")


def _content(db: Database, table: str, row_id: int) -> dict | None:
    cols = CHAINED[table]
    row = db.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE id = ?", [row_id]).fetchone()
    return None if row is None else dict(zip(cols, row, strict=True))


def link_pending(db: Database) -> int:
    """Link the noted rows to this till's chain; inside the caller's transaction.

    Returns how many rows were linked. A noted row already in the chain (linked by the
    migration) is skipped, so linking twice never forks the chain.
    """
    if not _noting(db):
        return 0
    notes = db.execute("SELECT tbl, row_id FROM temp.chain_pending ORDER BY n").fetchall()
    if not notes:
        return 0
    till = till_name(db)
    head = db.execute("SELECT seq, hash FROM chain_heads WHERE till = ?", [till]).fetchone()
    prev = bytes(head[1]).hex() if head else GENESIS
    links = []
    for table, row_id in notes:
        if db.execute(
            "SELECT 1 FROM chain WHERE tbl = ? AND row_id = ?", [table, row_id]
        ).fetchone():
            continue
        content = _content(db, table, row_id)
        if content is None:  # cannot happen: deletes are refused; never link a ghost
            continue
        prev = link_hash(prev, table, row_id, content)
        links.append((till, table, row_id, bytes.fromhex(prev)))
    db.execute("DELETE FROM temp.chain_pending")
    if links:
        _append(db, till, head is not None, links)
    return len(links)


def _append(db: Database, till: str, had_head: bool, links: list[tuple]) -> None:
    db.conn.executemany("INSERT INTO chain (till, tbl, row_id, hash) VALUES (?,?,?,?)", links)
    seq = db.execute(
        "SELECT seq FROM chain WHERE tbl = ? AND row_id = ?", [links[-1][1], links[-1][2]]
    ).fetchone()[0]
    if had_head:
        db.execute(
            "UPDATE chain_heads SET seq = ?, hash = ? WHERE till = ?", [seq, links[-1][3], till]
        )
    else:
        db.execute(
            "INSERT INTO chain_heads (till, seq, hash) VALUES (?,?,?)", [till, seq, links[-1][3]]
        )


def link_everything(db: Database, till: str) -> int:
    """The genesis: link every row not yet in a chain, table by table in ``CHAINED``'s
    order, each by id (deterministic, so the same file always gets the same hashes).

    Streams each table once and writes in batches: about a million rows in seconds.
    """
    head = db.execute("SELECT seq, hash FROM chain_heads WHERE till = ?", [till]).fetchone()
    had_head = head is not None
    prev = bytes(head[1]).hex() if head else GENESIS
    total = 0
    for table, cols in CHAINED.items():
        after = -(2**62)
        while True:
            rows = db.conn.execute(
                f"SELECT id, {', '.join(cols)} FROM {table} t WHERE id > ? AND NOT EXISTS "
                f"(SELECT 1 FROM chain c WHERE c.tbl = '{table}' AND c.row_id = t.id) "
                f"ORDER BY id LIMIT {BATCH}",
                [after],
            ).fetchall()
            if not rows:
                break
            links = []
            for row in rows:
                prev = row_hash(prev, table, row)
                links.append((till, table, row[0], bytes.fromhex(prev)))
            _append(db, till, had_head, links)
            had_head = True
            total += len(links)
            after = rows[-1][0]
    return total


def heads(db: Database) -> list[Head]:
    """Every till's last link, as ``chain_heads`` records it."""
    return [
        Head(till, int(seq), bytes(h).hex())
        for till, seq, h in db.execute("SELECT till, seq, hash FROM chain_heads ORDER BY till")
    ]


# Verifying --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Break:
    """One place where the chain does not hold.

    ``kind``: 'changed' (the row's content or its link does not match its hash),
    'missing' (a linked row is gone), 'unlinked' (a row in no chain), 'head' (a till's
    recorded head is not its last link), 'anchor' (a hash recorded earlier, by a check or
    in a backup's name, is not the hash at that place now).
    """

    kind: str
    table: str | None = None
    row_id: int | None = None
    seq: int | None = None
    till: str | None = None
    detail: str = ""


def verify_links(db: Database, first: int = 1, last: int | None = None) -> Iterator[Break]:
    """Recompute the hash of every link with ``first <= seq <= last`` from its
    predecessor's stored hash and its row; yields every link that does not match and
    every linked row that is gone.

    Each link is checked against the stored hash before it, so the links can be checked
    table by table, a table's rows read in id order (fast), and any range of them on
    its own (the start-up check's slices). Together with ``verify_heads`` (the last
    link is the recorded head) this proves the whole chain.
    """
    last = last if last is not None else 2**62
    for table, cols in CHAINED.items():
        select = ", ".join(f"t.{c}" for c in cols)
        cur = db.conn.execute(
            f"SELECT c.seq, c.till, c.row_id, c.hash, "
            f"(SELECT p.hash FROM chain p WHERE p.till = c.till AND p.seq < c.seq "
            f" ORDER BY p.seq DESC LIMIT 1), t.id, {select} "
            f"FROM chain c LEFT JOIN {table} t ON t.id = c.row_id "
            f"WHERE c.tbl = ? AND c.seq BETWEEN ? AND ? ORDER BY c.row_id",
            [table, first, last],
        )
        for seq, till, row_id, stored, before, found, *values in cur:
            if found is None:
                yield Break("missing", table, row_id, seq, till)
                continue
            prev = bytes(before).hex() if before is not None else GENESIS
            if row_hash(prev, table, (row_id, *values)) != bytes(stored).hex():
                yield Break("changed", table, row_id, seq, till)


def verify_heads(db: Database) -> Iterator[Break]:
    """Each till's recorded head is its last link, and every link's till has a head."""
    recorded = {h.till: h for h in heads(db)}
    for till, seq, h in db.execute(
        "SELECT c.till, c.seq, c.hash FROM chain c JOIN "
        "(SELECT till, MAX(seq) AS seq FROM chain GROUP BY till) m USING (till, seq)"
    ):
        head = recorded.pop(till, None)
        if head is None or head.seq != seq or head.hash != bytes(h).hex():
            yield Break("head", seq=seq, till=till)
    for head in recorded.values():  # a head with no links at all
        yield Break("head", seq=head.seq, till=head.till)


def unlinked(db: Database, limit: int = 20) -> Iterator[Break]:
    """Rows of chained tables that are in no chain (inserted by another program)."""
    for table in CHAINED:
        for (row_id,) in db.execute(
            f"SELECT id FROM {table} t WHERE NOT EXISTS "
            f"(SELECT 1 FROM chain c WHERE c.tbl = ? AND c.row_id = t.id) ORDER BY id LIMIT ?",
            [table, limit],
        ):
            yield Break("unlinked", table, int(row_id))


def gone(db: Database, limit: int = 20) -> Iterator[Break]:
    """Links whose row no longer exists, anywhere in the chain (C speed, no hashing)."""
    for table in CHAINED:
        for seq, till, row_id in db.execute(
            f"SELECT c.seq, c.till, c.row_id FROM chain c WHERE c.tbl = ? AND NOT EXISTS "
            f"(SELECT 1 FROM {table} t WHERE t.id = c.row_id) ORDER BY c.seq LIMIT ?",
            [table, limit],
        ):
            yield Break("missing", table, int(row_id), int(seq), till)


def hash_at(db: Database, seq: int) -> tuple[str, str, str, int] | None:
    """(till, hash, table, row id) of the link at ``seq``, or None."""
    row = db.execute("SELECT till, hash, tbl, row_id FROM chain WHERE seq = ?", [seq]).fetchone()
    return None if row is None else (row[0], bytes(row[1]).hex(), row[2], int(row[3]))


def last_seq(db: Database) -> int:
    return int(db.execute("SELECT COALESCE(MAX(seq), 0) FROM chain").fetchone()[0])


# The check's checkpoint ---------------------------------------------------------------------


def checkpoint(db: Database) -> tuple[list[Head], int, int]:
    """(each till's head when the chain was last fully verified up to it, the seq up to
    which every link was verified, where the rolling re-verification stands)."""
    verified_to, rolled = 0, 0
    marks = []
    for name, seq, h in db.execute("SELECT name, seq, hash FROM chain_checkpoint"):
        if name == "verified":
            verified_to = int(seq)
        elif name == "rolled":
            rolled = int(seq)
        elif name.startswith("till:") and h is not None:
            marks.append(Head(name[5:], int(seq), bytes(h).hex()))
    return marks, verified_to, rolled


def save_checkpoint(db: Database, verified_to: int, rolled: int, at: str) -> None:
    """Remember how far the chain is verified; inside the caller's transaction."""
    rows = [("verified", verified_to, None), ("rolled", rolled, None)]
    for till, seq, h in db.execute(
        "SELECT c.till, c.seq, c.hash FROM chain c JOIN "
        "(SELECT till, MAX(seq) AS seq FROM chain WHERE seq <= ? GROUP BY till) m "
        "USING (till, seq)",
        [verified_to],
    ).fetchall():
        rows.append((f"till:{till}", int(seq), bytes(h)))
    db.conn.executemany(
        "INSERT INTO chain_checkpoint (name, seq, hash, at) VALUES (?,?,?,?) "
        "ON CONFLICT (name) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, "
        "at = excluded.at",
        [(*r, at) for r in rows],
    )
