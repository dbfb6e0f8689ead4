"""The outcome of a use case: its value and the ``Changes`` it made.

``ChangeTracker.collect()`` wraps one use case; the store's TEMP-trigger notes
(``store/change_notes.py``) say which rows it wrote, and this turns them into a
``Changes`` value. The UI's ``Ops.run`` is the only caller in the app; tests use it to
assert what a use case touched.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from sqlite_utils import Database

from ..domain.changes import FROM_OUTSIDE, NOTHING, Changes
from ..store import change_notes
from ..store.dialect import is_server, reads_once
from ..store.pg import listen

T = TypeVar("T")


@dataclass
class Outcome(Generic[T]):
    """What a use case returned, and what it changed."""

    value: T
    changes: Changes


@dataclass
class Collected:
    """Filled in when the ``collect`` block ends (also when it raised)."""

    changes: Changes = field(default_factory=Changes)


def changes_from(notes: list[tuple[str, object]]) -> Changes:
    """The ``Changes`` that a list of (kind, id) notes describes."""
    members: set[int] = set()
    visits: set[int] = set()
    settings: set[str] = set()
    kinds: set[str] = set()
    for kind, ident in notes:
        if kind == "member":
            members.add(int(ident))  # type: ignore[call-overload]
        elif kind == "visit":
            visits.add(int(ident))  # type: ignore[call-overload]
        elif kind == "setting":
            settings.add(str(ident))
        else:
            kinds.add(kind)
    return Changes(
        members=frozenset(members),
        visits=frozenset(visits),
        settings=frozenset(settings),
        programs="programs" in kinds,
        coupons="coupons" in kinds,
        gift_cards="gift_cards" in kinds,
        staff="staff" in kinds,
    )


def parse_notes(notes: list[tuple[str, str]]) -> list[tuple[str, object]]:
    """A server's notes as ``changes_from`` reads them: member and visit ids as numbers
    (a note of a row without one, e.g. a ledger row of no member, says nothing)."""
    out: list[tuple[str, object]] = []
    for kind, ident in notes:
        if kind in ("member", "visit"):
            if ident.isdigit():
                out.append((kind, int(ident)))
        elif kind == "setting":
            if ident:
                out.append((kind, ident))
        elif kind:
            out.append((kind, ident))
    return out


class ChangeTracker:
    """Turns what this connection wrote into ``Changes``; watches other writers."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._seen_version: int | None = None
        self._listening = False
        self._listened_on: object | None = None  # the server session that LISTENs

    def start(self) -> None:
        """Note every write from now on (the GUI calls this once it is open)."""
        change_notes.install(self.db)
        change_notes.take(self.db)
        if is_server(self.db):  # other tills are heard, not counted (store/pg/listen.py)
            listen.listen(self.db)
            listen.heard(self.db)
            self._listening = True
            self._listened_on = listen.session(self.db)
            return
        self._seen_version = change_notes.data_version(self.db)

    def restart(self) -> None:
        """After a restore or migration rebuilt tables: the triggers again."""
        if change_notes.installed(self.db):
            change_notes.install(self.db)

    def take(self) -> Changes:
        """What this connection changed since the last call."""
        return changes_from(change_notes.take(self.db))

    @contextmanager
    def collect(self) -> Iterator[Collected]:
        """``with tracker.collect() as got: use_case()`` → ``got.changes``."""
        self.take()  # anything written outside a use case is not this one's
        got = Collected()
        try:
            yield got
        finally:
            got.changes = self.take()

    def one_action(self) -> contextlib.AbstractContextManager[None]:
        """A cashier's action from start to the screens drawn after it (``Ops.run``
        with its publishing and ``on_done``): a read repeated inside it asks the server
        once (``store/dialect.reads_once``)."""
        return reads_once(self.db)

    def written_elsewhere(self) -> bool:
        """Whether another connection committed since the last call."""
        return bool(self.from_elsewhere())

    def from_elsewhere(self) -> Changes:
        """What other connections committed since the last call, marked ``external``.

        A file only says *that* another process wrote (SQLite's ``data_version``):
        ``FROM_OUTSIDE``, every screen re-reads. A server says *what* it wrote, in the
        notes its triggers send (``store/pg/listen.py``): the members, visits and
        settings by id, the programs, coupons, gift cards or staff as a whole, so the
        counter re-reads its member only when another till touched that member."""
        if is_server(self.db):
            return self._heard_from_server()
        version = change_notes.data_version(self.db)
        seen, self._seen_version = self._seen_version, version
        return FROM_OUTSIDE if seen is not None and version != seen else NOTHING

    def _heard_from_server(self) -> Changes:
        """``from_elsewhere`` on a server, through an outage: while the connection is
        lost, nothing (the next use case makes it again; a poll never waits on a
        connect); once it is made again, ``LISTEN`` again and ``FROM_OUTSIDE``, since
        what the other tills wrote meanwhile was never heard."""
        if not self._listening:
            return NOTHING
        now = listen.session(self.db)
        if now is None:
            return NOTHING
        if now is not self._listened_on:
            try:
                listen.listen(self.db)
            except sqlite3.OperationalError:  # lost again at once: try next time
                return NOTHING
            self._listened_on = now
            return FROM_OUTSIDE
        try:
            notes = listen.heard(self.db)
        except sqlite3.OperationalError:  # lost during this poll (ServerGone)
            return NOTHING
        if notes is None:  # a flood (an import elsewhere): everything
            return FROM_OUTSIDE
        found = changes_from(parse_notes(notes))
        return replace(found, external=True) if found else NOTHING
