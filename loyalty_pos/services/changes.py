"""The outcome of a use case: its value and the ``Changes`` it made.

``ChangeTracker.collect()`` wraps one use case; the store's TEMP-trigger notes
(``store/change_notes.py``) say which rows it wrote, and this turns them into a
``Changes`` value. The UI's ``Ops.run`` is the only caller in the app; tests use it to
assert what a use case touched.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlite_utils import Database

from ..domain.changes import Changes
from ..store import change_notes

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


class ChangeTracker:
    """Turns what this connection wrote into ``Changes``; watches other writers."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._seen_version: int | None = None

    def start(self) -> None:
        """Note every write from now on (the GUI calls this once it is open)."""
        change_notes.install(self.db)
        change_notes.take(self.db)
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

    def written_elsewhere(self) -> bool:
        """Whether another connection committed since the last call."""
        version = change_notes.data_version(self.db)
        seen, self._seen_version = self._seen_version, version
        return seen is not None and version != seen
