"""A PostgreSQL connection that the stores use as they use SQLite's.

The stores call ``db.execute(sql, params)``, ``db.query(sql)``, ``db.conn.execute``,
``executemany`` and ``in_transaction``, and read ``cursor.lastrowid``. ``PgDatabase``
and ``PgConnection`` offer exactly that over one psycopg 3 connection in autocommit
mode, so that, as on SQLite, the only transactions are the ones the code opens:

- ``BEGIN IMMEDIATE`` (a write transaction) becomes ``BEGIN`` plus a transaction-level
  advisory lock: one writer at a time across every till, which is what SQLite's write
  lock gave a single till. Two tills spending one member's points are therefore
  serialised: the second reads the balance the first committed (no lost update, no
  overspend) and a use case never has to be retried half-way;
- ``BEGIN DEFERRED`` (the checks' snapshot) becomes ``BEGIN ISOLATION LEVEL
  REPEATABLE READ``: every read inside sees one committed state;
- ``PRAGMA`` statements have no PostgreSQL meaning: the integrity pragmas answer "ok"
  (the server keeps its own pages), the others do nothing;
- ``lastrowid`` comes from a ``RETURNING`` added to an ``INSERT`` into a table with a
  generated key; an ``INSERT`` that names the key itself (imports, the demo) moves the
  key's sequence past it, so the next generated key is free.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import pq
from psycopg.adapt import Loader
from psycopg.types.numeric import Int8Dumper

from .sql import translate

MEMO_ROWS = 256  # larger answers (reports, exports) are not kept by ``reads_once``
WRITE_LOCK = 0x4C6F79  # the advisory lock every write transaction holds ("Loy")
_PRAGMA = re.compile(r"^\s*PRAGMA\s+(?:main\.)?(\w+)", re.IGNORECASE)
_PRAGMA_ANSWERS: dict[str, object] = {
    "quick_check": "ok",  # the server keeps its own pages (and its own checksums)
    "integrity_check": "ok",
    "data_version": 0,  # other tills' writes arrive by LISTEN/NOTIFY instead
    "secure_delete": 0,
    "journal_mode": "server",
    "schema_version": 0,
}
_ROLLBACK = re.compile(r"^\s*ROLLBACK(?:\s+TRANSACTION)?\s*;?\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*(?:COMMIT|END|ROLLBACK)(?:\s+TRANSACTION)?\s*;?\s*$", re.IGNORECASE)
_BEGIN = re.compile(r"^\s*BEGIN(?:\s+(\w+))?(?:\s+TRANSACTION)?\s*;?\s*$", re.IGNORECASE)
# Statements that cannot write a row (so no trigger notes a change): a plain SELECT, or a
# WITH whose text names no INSERT, UPDATE or DELETE. Anything else may have written.
_READS = re.compile(
    r"^\s*(?:SELECT\b|PRAGMA\b|WITH\b(?!.*\b(?:INSERT|UPDATE|DELETE)\b))",
    re.IGNORECASE | re.DOTALL,
)
# A write to this session's own TEMP tables (the change notes, the chain's pending rows):
# it changes nothing another statement of the shop's reads, so it keeps the read memo.
_SESSION_WRITE = re.compile(r"^\s*(?:DELETE\s+FROM|INSERT\s+INTO)\s+temp\.", re.IGNORECASE)


class _NumericAsNumber(Loader):
    """``numeric`` (what ``SUM`` of integers returns) as Python's ``int`` when whole, as
    SQLite returns it; a fraction (an ``AVG``) as ``float``."""

    def load(self, data: Buffer) -> int | float:
        text = bytes(data).decode()
        if "." in text or "e" in text.lower() or "N" in text:
            return float(text)
        return int(text)


Buffer = bytes | bytearray | memoryview


class PgCursor:
    """The part of ``sqlite3.Cursor`` the stores use."""

    def __init__(self, cur: psycopg.Cursor | None, lastrowid: int | None = None,
                 rows: list[tuple] | None = None, description: Any = None) -> None:  # fmt: skip
        self._cur = cur
        self._rows = rows
        self._description = description
        self.lastrowid = lastrowid
        self.rowcount = cur.rowcount if cur is not None else len(rows or ())

    @property
    def description(self) -> Any:
        if self._cur is None:
            return self._description
        return self._cur.description

    def fetchone(self) -> tuple | None:
        if self._rows is not None:
            return self._rows.pop(0) if self._rows else None
        if self._cur is None or self._cur.description is None:
            return None
        return self._cur.fetchone()

    def fetchall(self) -> list[tuple]:
        if self._rows is not None:
            rows, self._rows = self._rows, []
            return rows
        if self._cur is None or self._cur.description is None:
            return []
        return self._cur.fetchall()

    def fetchmany(self, size: int = 1) -> list[tuple]:
        if self._rows is not None:
            rows, self._rows = self._rows[:size], self._rows[size:]
            return rows
        if self._cur is None or self._cur.description is None:
            return []
        return self._cur.fetchmany(size)

    def __iter__(self) -> Iterator[tuple]:
        while True:
            row = self.fetchone()
            if row is None:
                return
            yield row

    def close(self) -> None:
        if self._cur is not None:
            self._cur.close()


class ServerGone(sqlite3.OperationalError):
    """The connection to the server broke (network down, server restarted)."""


_ERRORS: tuple[tuple[type[Exception], type[Exception]], ...] = (
    (psycopg.OperationalError, ServerGone),
    (psycopg.IntegrityError, sqlite3.IntegrityError),
    (psycopg.errors.RaiseException, sqlite3.IntegrityError),
    (psycopg.errors.QueryCanceled, sqlite3.OperationalError),
    (psycopg.DataError, sqlite3.DataError),
    (psycopg.ProgrammingError, sqlite3.ProgrammingError),
    (psycopg.InternalError, sqlite3.InternalError),
    (psycopg.DatabaseError, sqlite3.DatabaseError),
)


@contextmanager
def sqlite_errors() -> Iterator[None]:
    """psycopg's errors as the ``sqlite3`` ones the stores and their callers already
    handle: one error path for both engines (a guard's refusal is an IntegrityError
    with the guard's words on both). A broken connection is :class:`ServerGone`."""
    try:
        yield
    except psycopg.Error as exc:
        if isinstance(exc, psycopg.errors.QueryCanceled):
            raise sqlite3.OperationalError("interrupted") from exc
        for theirs, ours in _ERRORS:
            if isinstance(exc, theirs):
                text = (exc.diag.message_primary or str(exc)) if hasattr(exc, "diag") else str(exc)
                raise ours(text) from exc
        raise sqlite3.DatabaseError(str(exc)) from exc


def _frozen(params: Any) -> Any:
    """Parameters as a dictionary key (``TypeError`` for one that cannot be)."""
    if params is None:
        return ()
    if isinstance(params, Mapping):
        return tuple(sorted(params.items()))
    key = tuple(params)
    hash(key)
    return key


def _params(params: Any) -> Any:
    """SQLite's parameters for psycopg: a ``bool`` as 0/1 (the columns are integers)."""
    if params is None:
        return ()
    if isinstance(params, Mapping):
        return {k: int(v) if isinstance(v, bool) else v for k, v in params.items()}
    return [int(v) if isinstance(v, bool) else v for v in params]


class PgConnection:
    """``sqlite3.Connection``'s surface over a psycopg connection (see the module)."""

    dialect = "postgresql"

    def __init__(self, url: str, *, connect_timeout: int = 5) -> None:
        self.url = url
        self.connect_timeout = connect_timeout
        self.session: list[tuple[str, Any]] = []  # replayed on a new connection
        self._tx_open = False  # a BEGIN not yet ended by COMMIT or ROLLBACK
        self._keys: dict[str, str] | None = None
        # Whether a statement since ``mark_read`` may have written a row: while not, the
        # change notes (store/change_notes.py) are known empty without asking the server.
        self.wrote = True
        # Within ``reads_once``: each read's rows by (statement, parameters), so one
        # cashier's action asks the server once for what several screens read.
        self._memo: dict[tuple[str, Any], tuple[Any, list[tuple]]] | None = None
        self._memo_depth = 0
        self._memo_thread = 0
        self.raw = self._connect()

    def _connect(self) -> psycopg.Connection:
        raw = psycopg.connect(self.url, autocommit=True, connect_timeout=self.connect_timeout)
        raw.adapters.register_loader("numeric", _NumericAsNumber)
        # every Python int as bigint, as SQLite's integers (a small one would otherwise
        # go as smallint, and a UNION or CASE of it with a column would not type-check)
        raw.adapters.register_dumper(int, Int8Dumper)
        return raw

    def remember(self, sql: str, params: Any = None) -> None:
        """Run a statement that sets this session up (its TEMP tables, the till's name,
        LISTEN) and run it again on every new connection after a lost one."""
        if (sql, params) not in self.session:
            self.session.append((sql, params))
        self._execute(sql, params, memo=False)

    def reconnect_if_lost(self) -> None:
        """After the server restarted or the network came back: a new connection with
        the same session set-up. Only between transactions — a transaction that lost
        its connection is gone, its writes with it, and the use case says so."""
        if not self.raw.closed and not self.raw.broken:
            return
        with contextlib.suppress(psycopg.Error):
            self.raw.close()
        self.raw = self._connect()
        self._keys = None
        if self._memo is not None:
            self._memo.clear()  # read on the old connection
        for sql, params in self.session:
            self._execute(sql, params, memo=False)

    # transactions ----------------------------------------------------------------------
    @property
    def in_transaction(self) -> bool:
        if self.raw.closed or self.raw.broken:
            return self._tx_open
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def commit(self) -> None:
        if self.in_transaction:
            self.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()

    def interrupt(self) -> None:
        """Cancel the statement running on this connection (from another thread)."""
        self.raw.cancel_safe()

    @contextmanager
    def reads_once(self) -> Iterator[None]:
        """One cashier's action: a read repeated inside it is answered from its first
        answer, without a round trip.

        After a scan, the lookup, the checkout form and its preview each read the
        member's balances, tier and the scheme version; after a checkout, the result,
        the bus's re-read and the form read them again: on a server each is a round
        trip, 30 of a checkout's 59. Inside this block, a read with the same statement
        and parameters as an earlier one returns the earlier rows. What keeps it exact:
        only reads outside a transaction are kept (a use case's reads inside its write
        transaction always go to the server, under the write lock); any statement that
        may write, a ``BEGIN`` or a new connection forgets everything kept; and the
        block ends with the action. Another till's write during those few milliseconds
        reaches this till by ``LISTEN`` as always and is read again after it.
        Answers of more than ``MEMO_ROWS`` rows (a report, an export) are not kept.
        Nested blocks share the outermost one; a statement from another thread (a
        connection belongs to one thread, but in case) never uses it."""
        if self._memo_depth == 0:
            self._memo = {}
            self._memo_thread = threading.get_ident()
        self._memo_depth += 1
        try:
            yield
        finally:
            self._memo_depth -= 1
            if self._memo_depth == 0:
                self._memo = None

    def _recall(self, sql: str, params: Any) -> tuple[tuple[str, Any] | None, PgCursor | None]:
        """The memo's key for a read (``None`` when it may not be kept) and its kept
        answer; forgets everything kept before a statement that may write."""
        memo = self._memo
        if memo is None or self._memo_thread != threading.get_ident():
            return None, None
        if self.raw.closed or self.raw.broken:  # read on a connection now lost
            memo.clear()
            return None, None
        if not _READS.match(sql) or _BEGIN.match(sql):
            if not _SESSION_WRITE.match(sql):
                memo.clear()
            return None, None
        if self._tx_open or self.in_transaction:
            return None, None
        try:
            key = (sql, _frozen(params))
            kept = memo.get(key)
        except TypeError:  # a parameter that cannot be a key
            return None, None
        if kept is None:
            return key, None
        description, rows = kept
        return key, PgCursor(None, rows=list(rows), description=description)

    # keys --------------------------------------------------------------------------------
    def generated_keys(self) -> dict[str, str]:
        """Each table's generated key column (``lastrowid``), read once per connection."""
        if self._keys is None:
            rows = self.raw.execute(
                "SELECT c.table_name, c.column_name FROM information_schema.columns c "
                "WHERE c.table_schema = current_schema() AND c.is_identity = 'YES'"
            ).fetchall()
            self._keys = {t: c for t, c in rows}
        return self._keys

    def forget_keys(self) -> None:
        self._keys = None

    # statements ----------------------------------------------------------------------
    def execute(self, sql: str, params: Any = None) -> PgCursor:
        with sqlite_errors():
            return self._execute(sql, params)

    def executemany(self, sql: str, seq_of_params: Iterable[Any]) -> PgCursor:
        with sqlite_errors():
            return self._executemany(sql, seq_of_params)

    def _execute(self, sql: str, params: Any = None, *, memo: bool = True) -> PgCursor:
        if memo and self._memo is not None:
            key, kept = self._recall(sql, params)
            if kept is not None:
                return kept
            if key is not None:
                cur = self._run(sql, params)
                if not 0 <= cur.rowcount <= MEMO_ROWS:  # a report's, an export's: as is
                    return cur
                rows = cur.fetchall()
                if self._memo is not None:
                    self._memo[key] = (cur.description, rows)
                return PgCursor(None, rows=list(rows), description=cur.description)
        return self._run(sql, params)

    def _run(self, sql: str, params: Any = None) -> PgCursor:
        if self.raw.closed or self.raw.broken:
            if self._tx_open:  # the transaction died with its connection
                self._tx_open = False
                if _ROLLBACK.match(sql):
                    return PgCursor(None, rows=[])  # nothing left to undo
                raise psycopg.OperationalError("the connection to the server was lost")
            self.reconnect_if_lost()  # a new statement, a new connection
        if _END.match(sql):
            self._tx_open = False
        if not _READS.match(sql):
            self.wrote = True
        special = self._special(sql)
        if special is not None:
            return special
        st = translate(sql)
        key = self.generated_keys().get(st.insert_into or "")
        text = st.text
        wants_id = key is not None and not st.returning and key not in st.columns
        if wants_id:
            text += f" RETURNING {key}"
        cur = self.raw.cursor()
        cur.execute(text, _params(params), prepare=False if st.pattern else None)
        lastrowid = None
        if wants_id:
            row = cur.fetchone()
            lastrowid = row[0] if row else None
            result = PgCursor(cur, lastrowid, rows=[])
            result.rowcount = cur.rowcount
            return result
        if key is not None and key in st.columns:
            self._move_sequence(st.insert_into or "", key)
        return PgCursor(cur)

    def _executemany(self, sql: str, seq_of_params: Iterable[Any]) -> PgCursor:
        self.wrote = True
        if self._memo is not None and not _SESSION_WRITE.match(sql):
            self._memo.clear()
        st = translate(sql)
        cur = self.raw.cursor()
        cur.executemany(st.text, [_params(p) for p in seq_of_params])
        key = self.generated_keys().get(st.insert_into or "")
        if key is not None and key in st.columns:
            self._move_sequence(st.insert_into or "", key)
        return PgCursor(cur)

    def executescript(self, script: str) -> None:
        """Runs statements with no parameters, as SQLite's ``executescript``."""
        for statement in split_script(script):
            self.execute(statement)

    def _move_sequence(self, table: str, key: str) -> None:
        self.raw.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{key}'), "
            f"(SELECT COALESCE(MAX({key}), 0) + 1 FROM {table}), false)"
        )

    def _special(self, sql: str) -> PgCursor | None:
        """What PostgreSQL says for SQLite's PRAGMAs and BEGIN forms (see the module)."""
        begin = _BEGIN.match(sql)
        if begin:
            mode = (begin.group(1) or "").upper()
            if mode == "DEFERRED":
                self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            elif mode in ("IMMEDIATE", "EXCLUSIVE"):
                # one message, one round trip (no parameters: the simple protocol,
                # which takes several statements); the lock is a constant
                try:
                    self.raw.execute(f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK:d})")
                except psycopg.Error:  # begun but not locked (cancelled): not left open
                    if self.raw.info.transaction_status == pq.TransactionStatus.INERROR:
                        with contextlib.suppress(psycopg.Error):
                            self.raw.execute("ROLLBACK")
                    raise
            else:
                self.raw.execute("BEGIN")
            self._tx_open = True  # only once the server has begun it
            return PgCursor(None, rows=[])
        pragma = _PRAGMA.match(sql)
        if pragma is None:
            return None
        name = pragma.group(1).lower()
        if name == "wal_checkpoint":
            return PgCursor(None, rows=[(0, 0, 0)])
        if "=" in sql or name not in _PRAGMA_ANSWERS:
            return PgCursor(None, rows=[])
        return PgCursor(None, rows=[(_PRAGMA_ANSWERS[name],)])


def split_script(script: str) -> list[str]:
    """Statements of a script at top-level semicolons (not inside quotes or ``$$``)."""
    out: list[str] = []
    buf: list[str] = []
    quote: str | None = None
    i = 0
    while i < len(script):
        ch = script[i]
        if quote:
            buf.append(ch)
            if script.startswith(quote, i):
                if len(quote) > 1:
                    buf.append(script[i + 1 : i + len(quote)])
                    i += len(quote) - 1
                quote = None
        elif script.startswith("$$", i):
            quote = "$$"
            buf.append("$$")
            i += 1
        elif ch in "'\"":
            quote = ch
            buf.append(ch)
        elif ch == ";":
            text = "".join(buf).strip()
            if text:
                out.append(text)
            buf = []
        else:
            buf.append(ch)
        i += 1
    text = "".join(buf).strip()
    if text:
        out.append(text)
    return out


class PgDatabase:
    """What the stores get instead of sqlite-utils' ``Database`` on a server."""

    dialect = "postgresql"

    def __init__(self, conn: PgConnection) -> None:
        self.conn = conn
        self.url = conn.url
        self.till: str | None = None  # this till's name (its chain, its rows)
        self.created = False  # the shop was set up on this database by this opening

    def execute(self, sql: str, parameters: Any = None) -> PgCursor:
        return self.conn.execute(sql, parameters)

    def executescript(self, script: str) -> PgCursor:
        self.conn.executescript(script)
        return PgCursor(None, rows=[])

    def query(self, sql: str, params: Sequence | dict[str, Any] | None = None) -> Iterator[dict]:
        cursor = self.conn.execute(sql, params)
        desc = cursor.description or []
        keys = [d[0] for d in desc]
        return (dict(zip(keys, row, strict=True)) for row in cursor.fetchall())

    def close(self) -> None:
        self.conn.close()
