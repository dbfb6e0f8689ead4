"""The hash chains' SQL: linking new rows, verifying links, the check's checkpoint.

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
(``Integrity.link_own_rows``), by a snapshot, or when the services close; they are never
lost while the connection is open. Rows inserted by another program (the sqlite3 shell)
are never noted, so the check reports them as not in the chain.

The guard triggers that keep the chained tables append-only are ``store/guards.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.chain import CHAINED, DEFAULT_TILL, GENESIS, Head, row_hash
from .dialect import is_server

BATCH = 20_000  # rows linked per INSERT batch by the genesis
CHUNK = 50_000  # links verified per pass

SCHEMA = """
CREATE TABLE chain (
    seq INTEGER PRIMARY KEY,
    till TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    hash BLOB NOT NULL
);
CREATE UNIQUE INDEX chain_row ON chain(tbl, row_id);
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


def _hex(value: object) -> str:
    """A stored hash as hex. SQLite lets anyone store text or a number in a BLOB column:
    such a value is shown as it is (and so never matches) instead of crashing the check."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return repr(value)


# The till ---------------------------------------------------------------------------------


def till_name(db: Database) -> str:
    """This till's chain: on a server, the till's own name (each till has its own
    chain, so several tills never wait on one head); in a file, the shop's setting."""
    own = getattr(db, "till", None)
    if own:
        return str(own)
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
    if is_server(db):  # the server's own triggers note into this table (store/pg/notes.py)
        db.conn.remember(  # type: ignore[attr-defined]  # made again after a reconnection
            "CREATE TEMP TABLE IF NOT EXISTS chain_pending "
            "(n BIGSERIAL PRIMARY KEY, tbl TEXT NOT NULL, row_id BIGINT NOT NULL)"
        )
        db.conn.noting_chain = True  # type: ignore[attr-defined]
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
    """Whether this connection notes its inserts. On a server the notes table is made
    with the session (``install`` remembers it: a reconnection makes it again), so the
    answer is kept on the connection instead of asked of the catalogue on every commit,
    a round trip each."""
    if getattr(db.conn, "noting_chain", False):
        return True
    row = db.execute(
        "SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = 'chain_pending'"
    ).fetchone()
    return row is not None


def has_pending(db: Database) -> bool:
    """Whether this connection noted rows it has not linked yet."""
    return _noting(db) and bool(db.execute("SELECT 1 FROM temp.chain_pending LIMIT 1").fetchone())


def clear_pending(db: Database) -> None:
    """Forget the notes (after a restore replaced the rows they name)."""
    if _noting(db):
        db.execute("DELETE FROM temp.chain_pending")


LOOKUP = 500  # noted rows read per query (well under any engine's parameter limit)


def _noted_rows(
    db: Database, notes: list[tuple[str, int]]
) -> tuple[set[tuple[str, int]], dict[tuple[str, int], tuple]]:
    """(noted rows already in a chain, each noted row's (id, *content)): one query per
    table and per ``LOOKUP`` rows, not two per row (on a server each is a round trip);
    the row and whether it is linked already come in the same query."""
    by_table: dict[str, list[int]] = {}
    for table, row_id in notes:
        by_table.setdefault(table, []).append(int(row_id))
    linked: set[tuple[str, int]] = set()
    rows: dict[tuple[str, int], tuple] = {}
    for table, ids in by_table.items():
        cols = ", ".join(f"t.{c}" for c in CHAINED[table])
        for at in range(0, len(ids), LOOKUP):
            part = ids[at : at + LOOKUP]
            marks = ", ".join("?" * len(part))
            for *row, in_chain in db.execute(
                f"SELECT t.id, {cols}, EXISTS (SELECT 1 FROM chain c "
                f"WHERE c.tbl = ? AND c.row_id = t.id) FROM {table} t WHERE t.id IN ({marks})",
                [table, *part],
            ).fetchall():
                rows[(table, int(row[0]))] = tuple(row)
                if in_chain:
                    linked.add((table, int(row[0])))
    return linked, rows


def link_pending(db: Database) -> int:
    """Link the noted rows to this till's chain; inside the caller's transaction.

    Returns how many rows were linked. A noted row already in the chain (linked by the
    migration) is skipped, so linking twice never forks the chain.
    """
    if not _noting(db):
        return 0
    # taken in the statement that reads them (a round trip less on a server); a failure
    # after it rolls the transaction back, the notes with it
    taken = db.execute("DELETE FROM temp.chain_pending RETURNING n, tbl, row_id").fetchall()
    if not taken:
        return 0
    notes = [(table, row_id) for _n, table, row_id in sorted(taken)]
    till = till_name(db)
    head = db.execute("SELECT seq, hash FROM chain_heads WHERE till = ?", [till]).fetchone()
    prev = _hex(head[1]) if head else GENESIS
    linked, rows = _noted_rows(db, [(t, int(r)) for t, r in notes])
    links = []
    for table, row_id in notes:
        key = (table, int(row_id))
        row = rows.get(key)
        if key in linked or row is None:  # no row: deletes are refused; never link a ghost
            continue
        linked.add(key)  # noted twice: linked once
        prev = row_hash(prev, table, row)
        links.append((till, table, int(row_id), bytes.fromhex(prev)))
    if links:
        _append(db, till, head is not None, links)
    return len(links)


def _append(db: Database, till: str, had_head: bool, links: list[tuple]) -> None:
    """Insert the links and move the till's head to the last one: the head's ``seq``
    is read from the inserted link inside the statement that moves it (one round trip
    on a server, not two)."""
    db.conn.executemany("INSERT INTO chain (till, tbl, row_id, hash) VALUES (?,?,?,?)", links)
    _till, table, row_id, last_hash = links[-1]
    if had_head:
        db.execute(
            "UPDATE chain_heads SET seq = (SELECT seq FROM chain WHERE tbl = ? AND row_id = ?), "
            "hash = ? WHERE till = ?",
            [table, row_id, last_hash, till],
        )
    else:
        db.execute(
            "INSERT INTO chain_heads (till, seq, hash) "
            "SELECT ?, seq, ? FROM chain WHERE tbl = ? AND row_id = ?",
            [till, last_hash, table, row_id],
        )


def link_everything(db: Database, till: str) -> int:
    """The genesis: link every row not yet in a chain, table by table in ``CHAINED``'s
    order, each by id (deterministic, so the same file always gets the same hashes).

    Streams each table once and writes in batches: about a million rows in seconds.
    """
    head = db.execute("SELECT seq, hash FROM chain_heads WHERE till = ?", [till]).fetchone()
    had_head = head is not None
    prev = _hex(head[1]) if head else GENESIS
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
        Head(till, int(seq), _hex(h))
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

    Each link is checked against the stored hash before it, so any range can be checked
    on its own (the start-up check's slices); together with ``verify_heads`` (the last
    link is the recorded head) the whole range proves the whole chain. The range is
    read in chunks of ``CHUNK`` links: their predecessors' hashes in one pass, then each
    table's rows of the chunk in one query (no lookup per link).
    """
    last = last_seq(db) if last is None else last
    for start in range(max(first, 1), last + 1, CHUNK):
        yield from _verify_chunk(db, start, min(start + CHUNK - 1, last))


def _verify_chunk(db: Database, first: int, last: int) -> Iterator[Break]:
    previous: dict[int, str] = {}  # seq -> the stored hash of the link before it
    latest: dict[str, str] = {}  # till -> the last stored hash seen
    for seq, till, stored in db.conn.execute(
        "SELECT seq, till, hash FROM chain WHERE seq BETWEEN ? AND ? ORDER BY seq", [first, last]
    ):
        if till not in latest:
            before = db.execute(
                "SELECT hash FROM chain WHERE till = ? AND seq < ? ORDER BY seq DESC LIMIT 1",
                [till, first],
            ).fetchone()
            latest[till] = _hex(before[0]) if before else GENESIS
        previous[seq] = latest[till]
        latest[till] = _hex(stored)
    if not previous:
        return
    for table, cols in CHAINED.items():
        select = ", ".join(f"t.{c}" for c in cols)
        for seq, till, row_id, stored, found, *values in db.conn.execute(
            f"SELECT c.seq, c.till, c.row_id, c.hash, t.id, {select} "
            f"FROM chain c LEFT JOIN {table} t ON t.id = c.row_id "
            f"WHERE c.seq BETWEEN ? AND ? AND c.tbl = ?",
            [first, last, table],
        ):
            if found is None:
                yield Break("missing", table, row_id, seq, till)
            elif row_hash(previous[seq], table, (row_id, *values)) != _hex(stored):
                yield Break("changed", table, row_id, seq, till)


def verify_heads(db: Database, *, every_till: bool = True) -> Iterator[Break]:
    """Each till's recorded head is its last link (and, ``every_till``, every till with
    links has a head: a full scan of the chain, left to ``admin check``).

    There is no index by till (it would cost a fifth of the chain's size): a till's last
    link is found walking back from the end, a few steps when tills take turns.
    """
    recorded = heads(db)
    for head in recorded:
        row = db.execute(
            "SELECT seq, hash FROM chain WHERE till = ? ORDER BY seq DESC LIMIT 1", [head.till]
        ).fetchone()
        if row is None or head.seq != row[0] or head.hash != _hex(row[1]):
            yield Break("head", seq=row[0] if row else head.seq, till=head.till)
    if every_till:
        known = [h.till for h in recorded]
        marks = ",".join("?" * len(known))
        for till, seq in db.execute(
            f"SELECT till, MAX(seq) FROM chain WHERE till NOT IN ({marks}) GROUP BY till", known
        ):
            yield Break("head", seq=seq, till=till)


def unlinked(db: Database, limit: int = 20, after: dict[str, int] | None = None) -> Iterator[Break]:
    """Rows of chained tables that are in no chain (inserted by another program).

    ``after``: only rows with a higher id than a clean check saw in each table
    (``row_marks``); the start-up check's form, which reads only the new rows.
    """
    for table in CHAINED:
        for (row_id,) in db.execute(
            f"SELECT id FROM {table} t WHERE id > ? AND NOT EXISTS "
            f"(SELECT 1 FROM chain c WHERE c.tbl = ? AND c.row_id = t.id) ORDER BY id LIMIT ?",
            [(after or {}).get(table, -(2**62)), table, limit],
        ):
            yield Break("unlinked", table, int(row_id))


def gone(db: Database, limit: int = 20, *, thorough: bool = True) -> Iterator[Break]:
    """Links whose row no longer exists, anywhere in the chain (C speed, no hashing).

    Not ``thorough``: only for tables whose row count differs from their link count.
    Links are unique per row, so when no row is unlinked (``unlinked`` says) equal counts
    mean every link has its row; the quick check saves the anti-join that way.
    """
    for table in CHAINED:
        if not thorough:
            rows = db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            linked = db.execute("SELECT COUNT(*) FROM chain WHERE tbl = ?", [table]).fetchone()
            if rows == linked[0]:
                continue
        for seq, till, row_id in db.execute(
            f"SELECT c.seq, c.till, c.row_id FROM chain c WHERE c.tbl = ? AND NOT EXISTS "
            f"(SELECT 1 FROM {table} t WHERE t.id = c.row_id) ORDER BY c.seq LIMIT ?",
            [table, limit],
        ):
            yield Break("missing", table, row_id, seq, till)


def hash_at(db: Database, seq: int) -> tuple[str, str, str, int] | None:
    """(till, hash, table, row id) of the link at ``seq``, or None."""
    row = db.execute("SELECT till, hash, tbl, row_id FROM chain WHERE seq = ?", [seq]).fetchone()
    return None if row is None else (row[0], _hex(row[1]), row[2], row[3])


def last_seq(db: Database) -> int:
    return int(db.execute("SELECT COALESCE(MAX(seq), 0) FROM chain").fetchone()[0])


# The check's checkpoint ---------------------------------------------------------------------


def checkpoint(db: Database) -> tuple[list[Head], int, int]:
    """(each till's head when the chain was last fully verified up to it, the seq up to
    which every link was verified, where the rolling re-verification stands)."""
    verified_to, rolled = 0, 0
    marks = []
    for name, seq, h in db.execute("SELECT name, seq, hash FROM chain_checkpoint"):
        if not isinstance(seq, int):
            return [], 0, 0  # not written by the app: verify everything, trust nothing here
        if name == "verified":
            verified_to = int(seq)
        elif name == "rolled":
            rolled = int(seq)
        elif name.startswith("till:") and h is not None:
            marks.append(Head(name[5:], int(seq), _hex(h)))
    return marks, verified_to, rolled


def mark(db: Database, name: str) -> int | None:
    """One position ``save_checkpoint`` kept under ``name`` (None: never saved)."""
    row = db.execute("SELECT seq FROM chain_checkpoint WHERE name = ?", [name]).fetchone()
    return row[0] if row is not None and isinstance(row[0], int) else None


def row_marks(db: Database) -> dict[str, int]:
    """Each chained table's highest id a clean check found linked (``rows:TABLE``)."""
    out = {}
    for name, seq in db.execute(
        "SELECT name, seq FROM chain_checkpoint WHERE name LIKE 'rows:%'"
    ).fetchall():
        if isinstance(seq, int) and name[5:] in CHAINED:
            out[name[5:]] = seq
    return out


def current_row_marks(db: Database) -> dict[str, int]:
    """Each chained table's highest id now, named as ``save_checkpoint`` keeps it (the
    next ``row_marks`` after a clean check)."""
    return {
        f"rows:{table}": int(db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])
        for table in CHAINED
    }


def save_checkpoint(
    db: Database, verified_to: int, rolled: int, at: str, marks: dict[str, int] | None = None
) -> None:
    """Remember how far the chain is verified; inside the caller's transaction.
    ``marks``: other positions a clean check reached (``rows:TABLE``, ``notes``)."""
    rows: list[tuple[str, int, bytes | None]] = [
        ("verified", verified_to, None),
        ("rolled", rolled, None),
    ]
    rows += [(name, seq, None) for name, seq in (marks or {}).items()]
    for head in heads(db):
        row = db.execute(
            "SELECT seq, hash FROM chain WHERE till = ? AND seq <= ? ORDER BY seq DESC LIMIT 1",
            [head.till, verified_to],
        ).fetchone()
        if row is not None:
            rows.append((f"till:{head.till}", int(row[0]), bytes(row[1])))
    db.conn.executemany(
        "INSERT INTO chain_checkpoint (name, seq, hash, at) VALUES (?,?,?,?) "
        "ON CONFLICT (name) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, "
        "at = excluded.at",
        [(*r, at) for r in rows],
    )
