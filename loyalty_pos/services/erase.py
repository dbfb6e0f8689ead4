"""Erasing a member at their request (GDPR art. 17, Vietnam's personal-data law).

The member's personal data is removed for good: blanked in its rows, with SQLite's
``secure_delete`` on so that the old bytes are overwritten, the search index merged so
that no old segment keeps their words, and the WAL checkpointed and truncated
(``store/erase.py`` says why each step is needed). What stays is what holds no
personal data and keeps the books right: the member's id, their visits, ledger rows,
lots and their hash chains, consent rows, cards (numbers only). So every sum and every
chain is the same after an erasure, and ``admin check`` passes.

The member is shown as "Erased member #id" and their card is refused ("this card was
erased"). An ``erase`` row in the audit trail says who erased whom, when and why
(never the data erased). Backups taken before keep the data until they rotate out
(``docs/privacy.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..store import erase as sql
from ..store.audit import AuditStore
from ..store.database import write_transaction
from ..store.members import MemberStore
from .actor import Actor

REASON_MAX = 200


@dataclass(frozen=True)
class Erased:
    """The member erased, and whether the WAL was emptied at once (False: another
    program was reading; the old pages leave it at the next full checkpoint)."""

    member_id: int
    wal_emptied: bool


def clean_reason(reason: str) -> str:
    """A reason is required: the audit trail must say why data was removed."""
    text = " ".join((reason or "").split())
    if not text or len(text) > REASON_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "Give a reason of 1 to {max} characters."), max=REASON_MAX
        )
    return text


def require_live(members: MemberStore, member_id: int) -> dict:
    """The member's row; unknown, erased and merged-away members are refused."""
    row = members.get(member_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no member number {id}."), id=member_id)
    if row.get("erased_at"):
        raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Member #{id} was erased."), id=member_id)
    if row.get("merged_into"):
        raise Refused(
            QT_TRANSLATE_NOOP(ERRORS, "Member #{id} was merged into member #{into}."),
            id=member_id,
            into=row["merged_into"],
        )
    return row


class EraseService:
    """``erase``: one member's personal data removed for good, in one transaction."""

    def __init__(self, db, clock: Clock, actor: Actor) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.members = MemberStore(db)
        self.audit = AuditStore(db)

    def erase(self, member_id: int, reason: str) -> Erased:
        """Erase the member (see the module). Refused, with nothing changed, for an
        unknown member, one erased already, or a duplicate merged into another (erase
        the member it was merged into: that erases both)."""
        reason = clean_reason(reason)
        at = to_db(self.clock())
        before = sql.set_secure_delete(self.db, True)
        try:
            with write_transaction(self.db):
                require_live(self.members, member_id)
                merged = [
                    r[0]
                    for r in self.db.execute(
                        "SELECT id FROM members WHERE merged_into = ? AND erased_at IS NULL",
                        [member_id],
                    )
                ]
                for mid in (member_id, *merged):
                    sql.erase_member_rows(self.db, mid, at)
                sql.merge_search_index(self.db)
                self.audit.record(
                    self.actor.by(),
                    "erase",
                    f"member:{member_id}",
                    {"reason": reason, "also": merged} if merged else {"reason": reason},
                    at,
                )
            emptied = sql.checkpoint_truncate(self.db)
        finally:
            sql.set_secure_delete(self.db, before)
        return Erased(member_id, emptied)
