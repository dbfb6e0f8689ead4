"""Merging a duplicate member into the member kept (odoo#171706, erpnext#40732).

Nothing is rewritten: visits, ledger rows and their chains stay on the duplicate's id
(a visit's member is a chained, fixed column); the member kept counts and lists them
as its own (``store.members.FAMILY``). What the duplicate holds moves as new
ledger rows: for each balance, one ``adjust`` row out of the duplicate (it draws the
duplicate's lots, oldest first), and one ``adjust`` row into the member kept for each
lot that still held something, noted with the lot's id and date, so the kept member
gets the same lots in the same order. Sums are unchanged: what the two held before,
the kept member holds after.

Also moved: unused coupons (one the kept member already has from the same offer and
issue stays where it is), feedback, and the newer consent answer per channel (a
``merge`` row). The duplicate is marked ``merged_into``; its cards then open the member
kept, with a note (``MemberService.lookup``). An audit row says who merged whom and why.

Not moved: a debt the duplicate owes after a refund stays with it; moved value is a
correction (``adjust``), which does not expire, whatever the program's expiry (the
expiry rules count lots earned at visits only).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused
from ..domain.ledger import Account, Entry, Kind
from ..store.audit import AuditStore
from ..store.consents import CHANNELS, ConsentStore
from ..store.database import write_transaction
from ..store.ledger import LedgerStore
from ..store.members import MemberStore
from .actor import Actor
from .erase import clean_reason, require_live
from .members import MemberService


@dataclass(frozen=True)
class Merged:
    """The member kept, the duplicate merged into it, and the balances moved:
    ``(program_id, account, amount)``."""

    keep_id: int
    other_id: int
    moved: tuple[tuple[int, str, int], ...]
    coupons: int


class MergeService:
    """``merge``: a duplicate member into the member kept, in one transaction."""

    def __init__(self, db, clock: Clock, actor: Actor, members: MemberService) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.member_service = members
        self.members = MemberStore(db)
        self.ledger = LedgerStore(db)
        self.consents = ConsentStore(db)
        self.audit = AuditStore(db)

    def merge(self, keep_id: int, other_id: int, reason: str) -> Merged:
        """Merge ``other_id`` into ``keep_id`` (see the module). Refused, with nothing
        changed: the same member twice, an unknown, erased or already merged member."""
        reason = clean_reason(reason)
        if keep_id == other_id:
            raise Refused(QT_TRANSLATE_NOOP(ERRORS, "A member cannot be merged with themselves."))
        with write_transaction(self.db):
            require_live(self.members, keep_id)
            require_live(self.members, other_id)
            expire = self.member_service.expire_for_member
            if expire is not None:  # what is due to expire goes before anything moves
                expire(other_id)
                expire(keep_id)
            at = to_db(self.clock())
            moved = self._move_balances(keep_id, other_id, at)
            coupons = self.db.execute(
                # a coupon the kept member already holds (same offer and issue) stays
                # with the merged one: the unique key, said so both engines can run it
                "UPDATE coupons SET member_id = ? WHERE member_id = ? AND status = 'active' "
                "AND NOT EXISTS (SELECT 1 FROM coupons k WHERE k.member_id = ? "
                "AND k.offer_id = coupons.offer_id AND k.issue_key IS coupons.issue_key)",
                [keep_id, other_id, keep_id],
            ).rowcount
            self.db.execute(
                "UPDATE feedback SET member_id = ? WHERE member_id = ?", [keep_id, other_id]
            )
            self._move_consents(keep_id, other_id, at)
            self.db.execute(
                "UPDATE members SET merged_into = ? WHERE id = ? OR merged_into = ?",
                [keep_id, other_id, other_id],
            )
            self.db.execute("DELETE FROM members_fts WHERE rowid = ?", [other_id])
            self.audit.record(
                self.actor.by(),
                "merge",
                f"member:{keep_id}",
                {"from": other_id, "reason": reason, "moved": [list(m) for m in moved]},
                at,
            )
        return Merged(keep_id, other_id, moved, max(coupons, 0))

    def _move_balances(self, keep_id: int, other_id: int, at: str) -> tuple:
        moved = []
        staff = self.actor.staff_id
        for (program_id, account), value in sorted(self.ledger.balances(other_id).items()):
            if value <= 0:
                continue
            lots = self.db.execute(
                "SELECT id, remaining, earned_at FROM lots WHERE member_id = ? "
                "AND program_id = ? AND account = ? AND remaining > 0 ORDER BY earned_at, id",
                [other_id, program_id, account.value],
            ).fetchall()
            self.ledger.append(
                other_id,
                [Entry(program_id, account, Kind.ADJUST, -value)],
                visit_id=None,
                staff_id=staff,
                created_at=at,
                note=f"merged into member #{keep_id}",
            )
            if sum(r[1] for r in lots) != value:  # a balance from before lots: one row
                lots = [(None, value, None)]
            for lot_id, remaining, earned_at in lots:
                note = f"merged from member #{other_id}"
                if lot_id is not None:
                    note += f", lot {lot_id} of {str(earned_at)[:10]}"
                self._gain(keep_id, program_id, account, remaining, at, note)
            moved.append((program_id, account.value, value))
        return tuple(moved)

    def _gain(
        self, member_id: int, program_id: int, account: Account, qty: int, at: str, note: str
    ) -> None:
        self.ledger.append(
            member_id,
            [Entry(program_id, account, Kind.ADJUST, qty)],
            visit_id=None,
            staff_id=self.actor.staff_id,
            created_at=at,
            note=note,
        )

    def _move_consents(self, keep_id: int, other_id: int, at: str) -> None:
        """Per channel, the newer answer of the two becomes the kept member's."""
        theirs = self.consents.latest_rows(other_id)
        ours = self.consents.latest_rows(keep_id)
        for channel in CHANNELS:
            row = theirs.get(channel)
            if row is None:
                continue
            mine = ours.get(channel)
            if mine is not None and mine["at"] >= row["at"]:
                continue
            self.db.execute(
                "INSERT INTO consents (member_id, channel, answer, at, source, "
                "wording_version, actor) VALUES (?,?,?,?,'merge',?,?)",
                [keep_id, channel, row["answer"], at, row["wording_version"], self.actor.by()],
            )
        self.consents.sync_flag(keep_id)
