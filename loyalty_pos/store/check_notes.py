"""What the start-up check reads instead of the whole file.

At a million members ``PRAGMA quick_check`` (45 s) and the ledger invariants over every
row (24 s) made every start cost a minute and a half of CPU. The start-up check now
reads only what changed since its last clean run:

* **Check notes.** Permanent triggers (``NOTE_TRIGGERS``, made by m008) note in
  ``check_notes`` the member of every write to ``balances``, ``lots``, ``ledger`` and
  ``lot_moves``, and the code of every write to ``gift_cards`` and
  ``gift_card_ledger`` — whoever writes: the app, the command line, the sqlite3 shell.
  The invariants (cached balance = ledger sum = what the lots hold, every row explains
  its lot moves, no negative sum) are checked for those members and cards only
  (``violations``), through the indexes by member. A check that found nothing deletes
  the notes it read (``forget``), never those written meanwhile by another connection.
  Dropping or rewriting a note trigger is reported like a dropped guard
  (``trigger_problems``); deleting the notes themselves is not seen at start, only by
  ``admin check``, which reads everything.
* **The file's structure, cheaply** (``shallow_file_problems``): the header, the page and
  freelist counts, the schema, and the first and last entry of every table and index
  (a root-to-leaf walk at each end). Damage inside a b-tree (an index that disagrees
  with its table) is not found this way; ``full_file_problems`` (``PRAGMA
  integrity_check``) finds it, once a day on the newest backup and in ``admin check``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from . import damage, rawfile
from .dialect import is_server

# AUTOINCREMENT: a number is never given twice, so a check that forgets "up to n" never
# forgets a note written after another check emptied the table (two checks at once).
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS check_notes "
    "(n INTEGER PRIMARY KEY AUTOINCREMENT, member_id INTEGER, card TEXT)"
)

_MEMBER_SOURCES = {
    "balances": ("INSERT", "UPDATE", "DELETE"),
    "lots": ("INSERT", "UPDATE"),
    "ledger": ("INSERT",),
}
_CARD_SOURCES = {"gift_cards": ("INSERT", "UPDATE", "DELETE"), "gift_card_ledger": ("INSERT",)}


def _note_triggers() -> dict[str, str]:
    out: dict[str, str] = {}
    for table, events in _MEMBER_SOURCES.items():
        for event in events:
            row = "OLD" if event == "DELETE" else "NEW"
            name = f"{table}_note_{event.lower()}"
            out[name] = (
                f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN "
                f"INSERT INTO check_notes (member_id) VALUES ({row}.member_id); END"
            )
    out["lot_moves_note_insert"] = (
        "CREATE TRIGGER lot_moves_note_insert AFTER INSERT ON lot_moves BEGIN "
        "INSERT INTO check_notes (member_id) "
        "SELECT member_id FROM lots WHERE id = NEW.lot_id; END"
    )
    for table, events in _CARD_SOURCES.items():
        for event in events:
            row = "OLD" if event == "DELETE" else "NEW"
            name = f"{table}_note_{event.lower()}"
            out[name] = (
                f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN "
                f"INSERT INTO check_notes (card) VALUES ({row}.code); END"
            )
    return out


NOTE_TRIGGERS = _note_triggers()


def install_notes(db: Database) -> None:
    """The notes table and its triggers (m008); dropped first so a rebuilt table gets
    its trigger back."""
    db.execute(SCHEMA)
    for name, sql in NOTE_TRIGGERS.items():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(sql)


def noting(db: Database) -> bool:
    """Whether this file has the notes (m008 ran)."""
    row = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'check_notes'"
    ).fetchone()
    return row is not None


def trigger_problems(db: Database) -> list[tuple[str, str]]:
    """(trigger, 'missing' | 'changed') for every note trigger not as m008 made it."""
    found = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    out = []
    for name, sql in NOTE_TRIGGERS.items():
        if name not in found:
            out.append((name, "missing"))
        elif " ".join(found[name].split()) != " ".join(sql.split()):
            out.append((name, "changed"))
    return out


def last_note(db: Database) -> int:
    """The newest note's number: the check reads up to it and later forgets up to it."""
    return int(db.execute("SELECT COALESCE(MAX(n), 0) FROM check_notes").fetchone()[0])


def forget(db: Database, upto: int) -> None:
    """Drop the notes a clean check read; inside the caller's write transaction."""
    db.execute("DELETE FROM check_notes WHERE n <= ?", [upto])


def _stage(db: Database, upto: int | None) -> None:
    """TEMP tables of the noted members and cards (everyone when ``upto`` is None)."""
    db.execute("DROP TABLE IF EXISTS temp.check_members")
    db.execute("DROP TABLE IF EXISTS temp.check_cards")
    if upto is None:
        db.execute("CREATE TEMP TABLE check_members AS SELECT id AS member_id FROM members")
        db.execute("CREATE TEMP TABLE check_cards AS SELECT code AS card FROM gift_cards")
    else:
        db.execute(
            "CREATE TEMP TABLE check_members AS SELECT DISTINCT member_id FROM check_notes "
            "WHERE n <= ? AND member_id IS NOT NULL",
            [upto],
        )
        db.execute(
            "CREATE TEMP TABLE check_cards AS SELECT DISTINCT card FROM check_notes "
            "WHERE n <= ? AND card IS NOT NULL",
            [upto],
        )


def touched(db: Database, upto: int) -> tuple[int, int]:
    """(members, cards) noted up to ``upto`` (for the benchmark and the tests)."""
    _stage(db, upto)
    try:
        m = db.execute("SELECT COUNT(*) FROM temp.check_members").fetchone()[0]
        c = db.execute("SELECT COUNT(*) FROM temp.check_cards").fetchone()[0]
    finally:
        _drop(db)
    return int(m), int(c)


def _drop(db: Database) -> None:
    db.execute("DROP TABLE IF EXISTS temp.check_members")
    db.execute("DROP TABLE IF EXISTS temp.check_cards")


# The queries below take the member's rows through ``ledger_member`` (a lot's id is the
# ledger row's id that made it), so a member costs their own rows, not the ledger's.
# ``CROSS JOIN`` fixes the order (SQLite never reorders it): the noted members drive,
# even when the planner, knowing nothing of the TEMP table's size, would scan the ledger.
_BALANCE_SUMS = (
    "WITH sums AS (SELECT g.member_id, g.program_id, g.account, SUM(g.delta) AS total "
    "FROM temp.check_members m CROSS JOIN ledger g ON g.member_id = m.member_id "
    "GROUP BY g.member_id, g.program_id, g.account), "
    "cached AS (SELECT b.* FROM temp.check_members m "
    "CROSS JOIN balances b ON b.member_id = m.member_id) "
    "SELECT c.member_id, c.program_id, c.account, c.value, COALESCE(s.total, 0) "
    "FROM cached c LEFT JOIN sums s USING (member_id, program_id, account) "
    "WHERE c.value != COALESCE(s.total, 0) "
    "UNION ALL SELECT s.member_id, s.program_id, s.account, 0, s.total FROM sums s "
    "LEFT JOIN cached c USING (member_id, program_id, account) "
    "WHERE c.member_id IS NULL AND s.total != 0"
)
_NEGATIVE = (
    "SELECT COUNT(*) FROM (SELECT SUM(g.delta) AS total FROM temp.check_members m "
    "CROSS JOIN ledger g ON g.member_id = m.member_id "
    "GROUP BY g.member_id, g.program_id, g.account) WHERE total < 0"
)
_CARDS = (
    "SELECT code, balance, total FROM (SELECT g.code, g.balance, "
    "COALESCE((SELECT SUM(delta) FROM gift_card_ledger l WHERE l.code = g.code), 0) AS total "
    "FROM temp.check_cards c CROSS JOIN gift_cards g ON g.code = c.card) AS t "
    "WHERE balance != total "
    "UNION ALL SELECT c.card, 0, SUM(l.delta) FROM temp.check_cards c "
    "CROSS JOIN gift_card_ledger l ON l.code = c.card "
    "WHERE NOT EXISTS (SELECT 1 FROM gift_cards g WHERE g.code = c.card) "
    "GROUP BY c.card HAVING SUM(l.delta) != 0"
)
_LOT_CACHES = (
    "SELECT l.id, l.remaining, l.live, COALESCE(mv.moved, 0), COALESCE(mv.shrunk, 0), "
    "l.amount FROM temp.check_members m CROSS JOIN ledger g ON g.member_id = m.member_id "
    "JOIN lots l ON l.id = g.id "
    "LEFT JOIN (SELECT lot_id, SUM(qty) AS moved, "
    "SUM(CASE WHEN cause = 'shrink' THEN qty ELSE 0 END) AS shrunk FROM lot_moves "
    "WHERE lot_id IN (SELECT g2.id FROM temp.check_members m2 "
    "CROSS JOIN ledger g2 ON g2.member_id = m2.member_id) GROUP BY lot_id) mv ON mv.lot_id = l.id "
    "WHERE l.remaining != l.amount - COALESCE(mv.moved, 0) "
    "OR l.live != l.amount - COALESCE(mv.shrunk, 0) LIMIT ?"
)
# (``held`` and ``moved`` are named in an inner SELECT: PostgreSQL, unlike SQLite, does
# not let WHERE use a name the SELECT list gives)
_LOT_BALANCES = (
    "SELECT * FROM (SELECT b.member_id, b.program_id, b.account, b.value, b.owed, "
    "COALESCE((SELECT SUM(l.remaining) FROM ledger g JOIN lots l ON l.id = g.id "
    "WHERE g.member_id = b.member_id AND g.program_id = b.program_id "
    "AND g.account = b.account), 0) AS held "
    "FROM temp.check_members m CROSS JOIN balances b ON b.member_id = m.member_id) AS t "
    "WHERE value != held OR (owed > 0 AND value > 0) LIMIT ?"
)
_ROW_MOVES = (
    "SELECT id, delta, amount, moved FROM (SELECT g.id, g.delta, "
    "COALESCE(l.amount, 0) AS amount, "
    "COALESCE((SELECT SUM(qty) FROM lot_moves mv WHERE mv.row_id = g.id), 0) AS moved "
    "FROM temp.check_members m CROSS JOIN ledger g ON g.member_id = m.member_id "
    "LEFT JOIN lots l ON l.id = g.id WHERE g.id > ?) AS t "
    "WHERE delta != amount - moved LIMIT ?"
)


def violations(db: Database, upto: int, limit: int = 20) -> list[str]:
    """The ledger invariants of the members and cards noted up to ``upto``, in the
    words of ``MaintenanceService`` and ``lots.lot_violations`` (same checks, fewer rows)."""
    _stage(db, upto)
    try:
        return _violations(db, limit)
    finally:
        _drop(db)


def _violations(db: Database, limit: int) -> list[str]:
    out = []
    for member, program, account, cached, total in db.execute(_BALANCE_SUMS).fetchall():
        out.append(
            f"member {member}, program {program}, {account}: balance {cached} "
            f"but ledger sums to {total}"
        )
    negatives = db.execute(_NEGATIVE).fetchone()[0]
    if negatives:
        out.append(f"{negatives} ledger balances are negative")
    for code, cached, total in db.execute(_CARDS).fetchall():
        out.append(f"gift card {code}: balance {cached} but ledger sums to {total}")
    for lot_id, remaining, live, moved, shrunk, amount in db.execute(
        _LOT_CACHES, [limit]
    ).fetchall():
        out.append(
            f"lot {lot_id}: remaining {remaining}, live {live}, but its moves leave "
            f"{amount - moved} and {amount - shrunk}"
        )
    for mid, pid, acc, value, owed, held in db.execute(_LOT_BALANCES, [limit]).fetchall():
        out.append(
            f"member {mid}, program {pid}, {acc}: balance {value} (owes {owed}) "
            f"but its lots hold {held}"
        )
    since = db.execute("SELECT COALESCE(MAX(value), 0) FROM lots_meta").fetchone()[0]
    for row_id, delta, made, moved in db.execute(_ROW_MOVES, [since, limit]).fetchall():
        out.append(f"ledger row {row_id}: moves {delta} but made {made} and took {moved} from lots")
    return out


# The file itself ----------------------------------------------------------------------------

_MAGIC = b"SQLite format 3\x00"


def shallow_file_problems(db: Database, path: Path | None) -> list[str]:
    """The header, page and freelist counts, the schema, and both ends of every b-tree:
    milliseconds at any size (see the module for what this does not find). A server
    has no file: PostgreSQL keeps (and checksums) its own pages."""
    out: list[str] = []
    if is_server(db):
        return out
    # read without closing a live file's descriptor (store/rawfile.py)
    if path is not None and path.exists() and rawfile.read_prefix(path, 16) != _MAGIC:
        out.append("file header: not an SQLite 3 database header")
    try:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        free = db.execute("PRAGMA freelist_count").fetchone()[0]
        if pages <= 0 or free < 0 or free >= pages:
            out.append(f"file header: {pages} pages, {free} of them free")
        objects = db.execute(
            "SELECT type, name, tbl_name FROM sqlite_master "
            "WHERE type IN ('table', 'index') AND rootpage > 0 AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for kind, name, table in objects:
            out += _ends(db, kind, name, table)
    except sqlite3.DatabaseError as exc:
        if damage.not_damage(exc):
            raise
        out.append(f"file structure: {exc}")
    return out


def _ends(db: Database, kind: str, name: str, table: str) -> list[str]:
    """Read the first and last entry of one b-tree (a table, or an index through
    ``INDEXED BY``), which walks a path from its root to each end."""
    if kind == "table":
        sqls = [f'SELECT * FROM "{name}" LIMIT 1']
        if _has_rowid(db, name):
            sqls.append(f'SELECT * FROM "{name}" ORDER BY rowid DESC LIMIT 1')
    else:
        sqls = [f'SELECT 1 FROM "{table}" INDEXED BY "{name}" LIMIT 1']
    for sql in sqls:
        try:
            db.execute(sql).fetchall()
        except sqlite3.DatabaseError as exc:
            if damage.not_damage(exc):
                raise
            if "no query solution" in str(exc):  # a partial index a bare read can't use
                return []
            return [f"{kind} {name}: {exc}"]
    return []


def _has_rowid(db: Database, table: str) -> bool:
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()
    return not (sql and sql[0] and "WITHOUT ROWID" in sql[0].upper())


def full_file_problems(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` of the file at ``path``, opened read-only: every page,
    every index against its table. An empty list: the file is sound."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.DatabaseError as exc:
        return [f"{path}: {exc}"]
    with contextlib.closing(conn):
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            if damage.not_damage(exc):  # interrupted or busy: says nothing of the file
                raise
            return [f"{path}: {exc}"]
    return [] if rows == ["ok"] else rows
