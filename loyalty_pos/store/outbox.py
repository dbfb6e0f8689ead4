"""The till's outbox: a small SQLite file of its own, beside the till's settings.

While the shop's server cannot be reached, an earn-only visit is written here with its
request id and sent later (``services/outbox.py``). The file also keeps the till's
last-known copy of the member list (name, card, balances), so that lookups still answer
offline, marked as possibly out of date.

The file is not the shop: it holds nothing the server does not get or already has. It
is written with ``synchronous=FULL`` in WAL mode, so a visit the cashier was told is
queued survives a power cut. A row goes from ``queued`` to ``sent`` only after the
server committed the visit; a till killed in between sends it again, and the server's
request-id uniqueness answers "already there" (exactly once).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

VERSION = 2  # 2: members_copy.allowance (each member's own offline allowance)
SCHEMA = """
CREATE TABLE IF NOT EXISTS queued (
    id INTEGER PRIMARY KEY,
    request_id TEXT NOT NULL UNIQUE,
    member_id INTEGER,
    card TEXT,
    request TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    till TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'refused')),
    visit_id INTEGER,
    already INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    done_at TEXT
);
CREATE INDEX IF NOT EXISTS queued_state ON queued(state, id);
CREATE INDEX IF NOT EXISTS queued_member ON queued(member_id, state, id);
CREATE TABLE IF NOT EXISTS members_copy (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    folded TEXT NOT NULL,
    card TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    balances TEXT NOT NULL,
    synced_at TEXT NOT NULL,
    allowance INTEGER
);
CREATE INDEX IF NOT EXISTS members_copy_card ON members_copy(card);
CREATE TABLE IF NOT EXISTS names_copy (
    kind TEXT NOT NULL,
    folded TEXT NOT NULL,
    id INTEGER NOT NULL,
    PRIMARY KEY (kind, folded)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
UPGRADES = {
    # version 1 → 2: the member's own offline allowance in the copy (NULL: the default)
    2: "ALTER TABLE members_copy ADD COLUMN allowance INTEGER; "
    "CREATE INDEX IF NOT EXISTS queued_member ON queued(member_id, state, id);",
}


@dataclass(frozen=True)
class QueuedRow:
    id: int
    request_id: str
    member_id: int | None
    card: str | None
    request: dict[str, Any]
    queued_at: str
    till: str
    state: str
    visit_id: int | None
    already: bool
    error: str | None
    done_at: str | None = None  # when it was sent, or refused


@dataclass(frozen=True)
class CopiedMember:
    id: int
    name: str
    card: str | None
    status: str
    balances: dict[str, Any]
    synced_at: str
    allowance: int | None = None  # the member's own offline allowance; None: the default


def _row(r: sqlite3.Row) -> QueuedRow:
    return QueuedRow(
        id=r["id"],
        request_id=r["request_id"],
        member_id=r["member_id"],
        card=r["card"],
        request=json.loads(r["request"]),
        queued_at=r["queued_at"],
        till=r["till"],
        state=r["state"],
        visit_id=r["visit_id"],
        already=bool(r["already"]),
        error=r["error"],
        done_at=r["done_at"],
    )


def _member(r: sqlite3.Row) -> CopiedMember:
    return CopiedMember(
        r["id"],
        r["name"],
        r["card"],
        r["status"],
        json.loads(r["balances"]),
        r["synced_at"],
        r["allowance"],
    )


class OutboxStore:
    """One till's outbox file; every write is its own durable transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            # executescript commits first: the script is its own transaction
            self.conn.executescript(
                f"BEGIN IMMEDIATE; {SCHEMA} PRAGMA user_version={VERSION}; COMMIT;"
            )
        elif version < VERSION:  # a file an older till made: its queue is kept
            steps = " ".join(UPGRADES[n] for n in range(version + 1, VERSION + 1))
            self.conn.executescript(
                f"BEGIN IMMEDIATE; {steps} PRAGMA user_version={VERSION}; COMMIT;"
            )

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # The queue --------------------------------------------------------------------------

    def add(
        self,
        *,
        request_id: str,
        member_id: int | None,
        card: str | None,
        request: dict[str, Any],
        queued_at: str,
        till: str,
    ) -> bool:
        """Queue a visit; False if its request id is queued already (a double Enter)."""
        with self._write() as c:
            cur = c.execute(
                "INSERT OR IGNORE INTO queued "
                "(request_id, member_id, card, request, queued_at, till) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [request_id, member_id, card, json.dumps(request, sort_keys=True), queued_at,
                 till],
            )  # fmt: skip
            return cur.rowcount == 1

    def get(self, request_id: str) -> QueuedRow | None:
        r = self.conn.execute("SELECT * FROM queued WHERE request_id = ?", [request_id]).fetchone()
        return _row(r) if r is not None else None

    def waiting(self) -> list[QueuedRow]:
        """The visits still to send, oldest first."""
        rows = self.conn.execute("SELECT * FROM queued WHERE state = 'queued' ORDER BY id")
        return [_row(r) for r in rows]

    def in_state(self, state: str) -> list[QueuedRow]:
        rows = self.conn.execute("SELECT * FROM queued WHERE state = ? ORDER BY id", [state])
        return [_row(r) for r in rows]

    def waiting_for(self, member_id: int) -> list[QueuedRow]:
        """One member's visits still to send, oldest first (an index range: a long
        queue of other members' visits is not read)."""
        rows = self.conn.execute(
            "SELECT * FROM queued WHERE member_id = ? AND state = 'queued' ORDER BY id",
            [member_id],
        )
        return [_row(r) for r in rows]

    def sent_since(self, at: str, member_id: int) -> list[QueuedRow]:
        """One member's visits sent to the server after ``at`` (the copy's time): their
        spends are in the server's balances, not yet in the copy's."""
        rows = self.conn.execute(
            "SELECT * FROM queued WHERE member_id = ? AND state = 'sent' AND done_at > ? "
            "ORDER BY id",
            [member_id, at],
        )
        return [_row(r) for r in rows]

    def count(self, state: str = "queued") -> int:
        return int(
            self.conn.execute("SELECT count(*) FROM queued WHERE state = ?", [state]).fetchone()[0]
        )

    def mark_sent(self, row_id: int, visit_id: int, *, already: bool, at: str) -> None:
        with self._write() as c:
            c.execute(
                "UPDATE queued SET state = 'sent', visit_id = ?, already = ?, done_at = ? "
                "WHERE id = ? AND state = 'queued'",
                [visit_id, int(already), at, row_id],
            )

    def mark_refused(self, row_id: int, error: str, *, at: str) -> None:
        with self._write() as c:
            c.execute(
                "UPDATE queued SET state = 'refused', error = ?, done_at = ? "
                "WHERE id = ? AND state = 'queued'",
                [error, at, row_id],
            )

    # The last-known copy of the members -------------------------------------------------

    def replace_copy(
        self,
        members: Iterable[tuple[int, str, str, str | None, str, dict[str, Any]]],
        names: Iterable[tuple[str, str, int]],
        synced_at: str,
        allowances: Mapping[int, int] | None = None,
    ) -> int:
        """Put a new copy in place of the old one, in one transaction (a till killed
        half-way keeps the old copy whole); returns the number of members copied.
        ``allowances``: member id → the member's own offline allowance (the others
        follow the shop's default, kept in ``meta``)."""
        own = allowances or {}
        n = 0
        with self._write() as c:
            c.execute("DELETE FROM members_copy")
            c.execute("DELETE FROM names_copy")
            for mid, name, folded, card, status, balances in members:
                c.execute(
                    "INSERT INTO members_copy "
                    "(id, name, folded, card, status, balances, synced_at, allowance) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [mid, name, folded, card, status, json.dumps(balances, sort_keys=True),
                     synced_at, own.get(mid)],
                )  # fmt: skip
                n += 1
            c.executemany(
                "INSERT OR REPLACE INTO names_copy (kind, folded, id) VALUES (?, ?, ?)", names
            )
            c.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('synced_at', ?)",
                [json.dumps(synced_at)],
            )
        return n

    def meta(self, key: str) -> Any:
        """A value the last sync kept (JSON), or None."""
        r = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return json.loads(r[0]) if r is not None else None

    def set_meta(self, key: str, value: Any) -> None:
        with self._write() as c:
            c.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, json.dumps(value)]
            )

    def synced_at(self) -> str | None:
        found = self.meta("synced_at")
        return str(found) if found is not None else None

    def member_by_card(self, card: str) -> CopiedMember | None:
        r = self.conn.execute("SELECT * FROM members_copy WHERE card = ?", [card]).fetchone()
        return _member(r) if r is not None else None

    def member(self, member_id: int) -> CopiedMember | None:
        r = self.conn.execute("SELECT * FROM members_copy WHERE id = ?", [member_id]).fetchone()
        return _member(r) if r is not None else None

    def members_named(self, words: list[str], limit: int = 50) -> list[CopiedMember]:
        """Members whose folded name holds every folded word (diacritic-blind: the
        caller folds both with ``domain/textsearch.fold``)."""
        where = " AND ".join("instr(folded, ?) > 0" for _ in words) or "1 = 1"
        rows = self.conn.execute(
            f"SELECT * FROM members_copy WHERE {where} ORDER BY name, id LIMIT ?",
            [*words, limit],
        )
        return [_member(r) for r in rows]

    def name_id(self, kind: str, folded: str) -> int | None:
        r = self.conn.execute(
            "SELECT id FROM names_copy WHERE kind = ? AND folded = ?", [kind, folded]
        ).fetchone()
        return int(r[0]) if r is not None else None
