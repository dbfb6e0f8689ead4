"""Manual corrections of a member's balances, by the owner, with a reason.

An adjustment is a ledger row like any other (kind ``adjust``), so the balance still
equals the sum of its rows and the correction shows in the history. Above the owner's
limit (setting ``adjust_owner_limit``; 0 = every adjustment) only the owner may do it:
the till must be switched to the owner (after the owner's PIN) first.
"""

from __future__ import annotations

from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..domain.ledger import Account, Entry, Kind
from ..store.database import write_transaction
from ..store.ledger import LedgerStore
from ..store.schemes import SchemeStore
from ..store.settings import SettingsStore
from ..store.staff import StaffStore
from .actor import Actor
from .members import MemberService
from .views import MemberView

ACCOUNTS_BY_KIND = {
    "stamp": (Account.STAMPS, Account.REWARDS),
    "points": (Account.POINTS,),
    "credit": (Account.CREDIT,),
    "pass": (Account.PASSES,),
}
MAX_ADJUSTMENT = 10**9


class AdjustmentService:
    def __init__(self, db, clock: Clock, actor: Actor, members: MemberService) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.members = members
        self.ledger = LedgerStore(db)
        self.schemes = SchemeStore(db)
        self.settings = SettingsStore(db)
        self.staff = StaffStore(db)

    def role(self) -> str:
        found = self.staff.get(self.actor.staff_id)
        return found["role"] if found else "cashier"

    def adjust(
        self, member_id: int, program_id: int, account: Account, delta: int, reason: str
    ) -> MemberView:
        """Add (or take, if negative) ``delta`` on one balance; never below zero."""
        reason = " ".join(reason.split())
        if not reason:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Say why the balance is corrected."))
        if delta == 0 or abs(delta) > MAX_ADJUSTMENT:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Enter a correction other than zero."))
        limit = int(self.settings.get("adjust_owner_limit") or 0)
        if abs(delta) > limit and self.role() not in ("owner", "system"):
            raise Refused(
                QT_TRANSLATE_NOOP(
                    ERRORS, "Only the owner can correct a balance by more than {limit}."
                ),
                limit=limit,
            )
        with write_transaction(self.db):
            self.members.row(member_id)
            kind = self.schemes.program_kind(program_id)
            if kind is None or account not in ACCOUNTS_BY_KIND[kind]:
                raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "That program has no such balance."))
            held = self.ledger.balances(member_id).get((program_id, account), 0)
            if held + delta < 0:
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "The member holds only {held}; nothing changed."),
                    held=held,
                )
            self.ledger.append(
                member_id,
                [Entry(program_id, account, Kind.ADJUST, delta)],
                visit_id=None,
                staff_id=self.actor.staff_id,
                created_at=to_db(self.clock()),
                note=reason,
            )
        return self.members.view(member_id)
