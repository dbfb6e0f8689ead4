"""Which tills a report or an end of day counts: the whole shop, a branch, or one till.

A shop on a server has several tills, each in a branch (``tills``, m017); every visit,
refund and ledger row names the till that wrote it. The owner narrows a report to a
branch or a till by name; ``resolve`` turns the names into the list of tills the store
filters by (``ReportStore(tills=...)``), and refuses a name the shop does not know, so
a typing mistake is a clear message rather than a report of zeros.

A file is one till: its rows leave ``till`` empty, and its name is the ``till_name``
setting (``store/chain.py``). Filtering a file by its own till (or its branch) is the
whole shop.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..store.chain import till_name
from ..store.dialect import is_server
from ..store.reports import ReportStore

# The branch of a file's own till when no ``tills`` row names it (till_identity's default).
FILE_BRANCH = "main"


@dataclass(frozen=True)
class Till:
    name: str
    branch: str


@dataclass(frozen=True)
class Scope:
    """What the owner asked for (``branch``, ``till``: None = any) and the tills it
    names (``tills``: None = the whole shop, every row whatever its till)."""

    branch: str | None = None
    till: str | None = None
    tills: tuple[str, ...] | None = None

    @property
    def whole(self) -> bool:
        """No filter asked for."""
        return self.branch is None and self.till is None

    def as_json(self) -> dict[str, str | None]:
        return {"branch": self.branch, "till": self.till}


WHOLE = Scope()


def tills(db: Database) -> list[Till]:
    """The shop's tills by branch and name; a file has one, its own."""
    listed = ReportStore(db).till_branches()
    if not is_server(db):
        own = till_name(db)
        return [Till(own, listed.get(own) or FILE_BRANCH)]
    return sorted((Till(n, b) for n, b in listed.items()), key=lambda t: (t.branch, t.name))


def resolve(db: Database, branch: str | None = None, till: str | None = None) -> Scope:
    """The scope of ``branch`` and/or ``till`` (names as the owner typed them, blank =
    any); a branch with no till, an unknown till or a till of another branch is refused."""
    branch = (branch or "").strip() or None
    till = (till or "").strip() or None
    if branch is None and till is None:
        return WHOLE
    known = tills(db)
    chosen = known
    if branch is not None:
        chosen = [t for t in chosen if t.branch.casefold() == branch.casefold()]
        if not chosen:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "This shop has no branch named {branch}."),
                branch=branch,
            )
        branch = chosen[0].branch
    if till is not None:
        named = [t for t in known if t.name.casefold() == till.casefold()]
        if not named:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "This shop has no till named {till}."), till=till
            )
        if named[0] not in chosen:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    ERRORS, "The till {till} is in the branch {other}, not {branch}."
                ),
                till=named[0].name,
                other=named[0].branch,
                branch=branch,
            )
        chosen = named
        till = named[0].name
    if not is_server(db):  # the file's rows are all its own till's
        return Scope(branch, till, None)
    return Scope(branch, till, tuple(t.name for t in chosen))
