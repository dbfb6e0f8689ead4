"""Recording a visit, voiding one, and writing off expired stamps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from ..domain.checkout import Schemes
from ..domain.clock import Clock, local_day_start, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..domain.ledger import Account, Entry, Kind
from ..domain.refunds import Counted
from ..domain.stamps import CardState, LineOutcome, plan_line
from ..store.audit import AuditStore
from ..store.database import write_transaction
from ..store.ledger import LedgerStore
from ..store.lots import expiry_cutoff
from ..store.programs import ProgramStore
from ..store.schemes import SchemeStore
from ..store.visits import VisitStore
from .actor import Actor
from .approvals import Approval, ApprovalService
from .members import MemberService
from .refund_plans import RefundPlanner
from .views import MemberView, VisitResult

SYSTEM_STAFF = 1
REQUEST_ID_MAX = 64


class Expiring(NamedTuple):
    """One balance that lapses with age: its program, rule and the rule's start."""

    program_id: int
    days: int
    account: Account
    counts_from: datetime | None


def expiring_of(schemes: Schemes) -> list[Expiring]:
    """``VisitService._expiring_programs`` from programs already read (a checkout's
    ``Schemes``): the same balances in the same order, without reading them again."""
    out = [(p.id, p.expiry_days, Account.STAMPS) for p in schemes.stamp_programs.values()]
    out += [(p.id, p.expiry_days, Account.POINTS) for p in schemes.points.values()]
    out += [(p.id, p.expiry_days, Account.CREDIT) for p in schemes.credit.values()]
    starts = schemes.expiry_starts
    return [Expiring(pid, days, acc, starts.get(pid)) for pid, days, acc in out if days is not None]


@dataclass(frozen=True)
class VisitLine:
    """The cashier's entry for one card: qualifying items and rewards to redeem."""

    program_id: int
    items: int = 0
    redeem: int = 0


class VisitService:
    """Use cases that move balances. Each is one IMMEDIATE transaction."""

    def __init__(self, db, clock: Clock, actor: Actor, members: MemberService) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.members = members
        self.programs = ProgramStore(db)
        self.ledger = LedgerStore(db)
        self.visits = VisitStore(db)
        self.schemes = SchemeStore(db)
        # Set by Services: re-evaluates a tier the voided visit had lifted the member into.
        self.after_void: Callable[[int, int, datetime], None] | None = None
        # Set by Services: an old or big visit is voided only with the owner's approval.
        self.approvals: ApprovalService | None = None

    @property
    def staff_id(self) -> int:
        return self.actor.staff_id

    def record(self, member_id: int, lines: list[VisitLine], request_id: str) -> VisitResult:
        """Confirm a visit: stamps for items, rewards redeemed, in one transaction.

        ``request_id`` is made once per visit on the counter screen (and per command
        line call). Confirming the same request again, by a double Enter or a retry
        after a crash, returns the visit already written and writes nothing.
        """
        if not request_id or len(request_id) > REQUEST_ID_MAX:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "A request id has 1 to {max} characters."),
                max=REQUEST_ID_MAX,
            )
        now = self.clock()
        with write_transaction(self.db):
            earlier = self.visits.by_request(request_id)
            if earlier is not None:
                return self._replay(earlier["id"], earlier["member_id"])
            view = self.members.row(member_id)
            if view["status"] == "blocked":
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "The membership of {name} is blocked."),
                    name=view["name"],
                )
            self._expire_member(member_id, now)
            outcomes = self._plan(member_id, lines, now)
            entries = [e for o in outcomes for e in o.entries]
            if not entries:
                capped = [o for o in outcomes if o.capped]
                if capped:
                    p = capped[0].program
                    raise Refused(
                        QT_TRANSLATE_NOOP(
                            ERRORS,
                            "{name}: the daily limit of {limit} stamps is reached. "
                            "No stamps were added.",
                        ),
                        name=p.name,
                        limit=p.per_day_limit,
                    )
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        ERRORS, "Nothing to confirm: enter the items bought or pick a reward."
                    )
                )
            visit_id = self.visits.insert(member_id, self.staff_id, to_db(now), request_id)
            self.ledger.append(
                member_id, entries, visit_id=visit_id, staff_id=self.staff_id, created_at=to_db(now)
            )
        return VisitResult(visit_id, False, outcomes, self.members.view(member_id))

    def _plan(self, member_id: int, lines: list[VisitLine], now: datetime) -> list[LineOutcome]:
        balances = self.ledger.balances(member_id)
        seen: set[int] = set()
        since = to_db(local_day_start(now))
        outcomes = []
        for line in lines:
            if line.items == 0 and line.redeem == 0:
                continue
            if line.program_id in seen:
                raise UserError(QT_TRANSLATE_NOOP(ERRORS, "A program appears twice in the visit."))
            seen.add(line.program_id)
            program = self.programs.get(line.program_id)
            if program is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no program number {id}."),
                    id=line.program_id,
                )
            state = CardState(
                stamps=balances.get((program.id, Account.STAMPS), 0),
                rewards_ready=balances.get((program.id, Account.REWARDS), 0),
                earned_today=(
                    self.ledger.earned_since(member_id, program.id, since)
                    if program.per_day_limit is not None
                    else 0
                ),
            )
            outcomes.append(plan_line(program, state, line.items, line.redeem))
        return outcomes

    def _replay(self, visit_id: int, member_id: int) -> VisitResult:
        return VisitResult(visit_id, True, [], self.members.view(member_id))

    def void(self, visit_id: int, reason: str, approval: Approval | None = None) -> MemberView:
        """Undo a visit with compensating ledger rows; the visit stays, marked voided.

        A visit from an earlier day, or one that charged more than the owner's limit,
        needs the owner (``services/approvals.py``): ``approval`` (their PIN just typed
        for this visit), an owner at the till or an owner session. Without one the
        void is refused and nothing is written.
        """
        reason = " ".join(reason.split())
        if not reason:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Say why the visit is voided."))
        now = self.clock()
        with write_transaction(self.db):
            visit = self.visits.get(visit_id)
            if visit is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no visit number {id}."), id=visit_id
                )
            if visit["status"] == "voided":
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Visit {id} was already voided."), id=visit_id
                )
            if (
                visit["status"] == "refunded"
                or visit["refunded"]
                or visit["paid_gift"]
                or self.visits.touched_others(visit_id)
            ):
                raise Refused(
                    QT_TRANSLATE_NOOP(
                        ERRORS,
                        "Visit {id} was paid with a gift card, used a coupon, paid a referral "
                        "bonus or was refunded: refund it instead of voiding it.",
                    ),
                    id=visit_id,
                )
            member_id = visit["member_id"]
            if member_id is None:
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Visit {id} has no member: refund it instead."),
                    id=visit_id,
                )
            planner = RefundPlanner(self.db)
            plan = planner.plan(visit, Counted(visit["charged"], 0, gone=True), now)
            if plan.any_debt():
                raise Refused(
                    QT_TRANSLATE_NOOP(
                        ERRORS,
                        "This visit cannot be voided: its stamps or reward have been used "
                        "since. Void the later visit first.",
                    )
                )
            need = self.approvals.void_need(visit) if self.approvals else None
            approver = self.approvals.approver(need, approval) if self.approvals else None
            planner.write(
                plan, kind="void", staff_id=self.staff_id, at=now, note=reason, refund_id=None
            )
            self.visits.mark_voided(visit_id, reason, to_db(now), self.staff_id)
            AuditStore(self.db).record_void(visit_id, reason, self.staff_id, to_db(now))
            if self.approvals is not None:
                self.approvals.record(approver, need, f"visit:{visit_id}", reason=reason)
            if self.after_void is not None:
                self.after_void(member_id, visit_id, now)
        return self.members.view(member_id)

    # Expiry -------------------------------------------------------------------------

    def expire_member(self, member_id: int, schemes: Schemes | None = None) -> int:
        """Write off this member's expired stamps; returns how many expired. ``schemes``:
        the programs as the caller's transaction already read them (a checkout's), so
        the expiry rules are not read a second time."""
        now = self.clock()
        programs = None if schemes is None else expiring_of(schemes)
        if self.db.conn.in_transaction:
            return self._expire_member(member_id, now, programs)
        # Read first: most look-ups find nothing to expire and need no write lock.
        if not self._expirable(member_id, now, programs):
            return 0
        with write_transaction(self.db):
            return self._expire_member(member_id, now, programs)

    def _expiring_programs(self) -> list[Expiring]:
        """(program, expiry days, account, counts from) for every balance that lapses.

        Stamps, points and store credit expire oldest first by the same rule, switched
        off or not; passes are paid for in advance and never lapse here. A program whose
        expiry was introduced or shortened lately expires nothing earned before the
        change until the full period has passed since it (``domain/schemes.py``).
        """
        out = [(p.id, p.expiry_days, Account.STAMPS) for p in self.programs.all()]
        out += [(p.id, p.expiry_days, Account.POINTS) for p in self.schemes.points_programs()]
        out += [(p.id, p.expiry_days, Account.CREDIT) for p in self.schemes.credit_programs()]
        starts = self.schemes.expiry_starts()
        return [
            Expiring(pid, days, acc, starts.get(pid)) for pid, days, acc in out if days is not None
        ]

    def _expirable(
        self,
        member_id: int,
        now: datetime,
        programs: list[Expiring] | None = None,
    ) -> list[tuple[int, Account, tuple[tuple[int, int], ...]]]:
        """(program, account, (lot, what is left)) of the member's lots that are due."""
        out = []
        for e in programs if programs is not None else self._expiring_programs():
            cutoff = expiry_cutoff(now, e.days, e.counts_from)
            if cutoff is None:
                continue
            due = self.ledger.lots.due(member_id, e.program_id, e.account.value, cutoff)
            if due:
                out.append((e.program_id, e.account, tuple(due)))
        return out

    def _expire_member(
        self,
        member_id: int,
        now: datetime,
        programs: list[Expiring] | None = None,
    ) -> int:
        """Expire what is left of each due lot, oldest first: one row per balance."""
        todo = self._expirable(member_id, now, programs)
        if todo:
            self.ledger.append(
                member_id,
                [
                    Entry(pid, account, Kind.EXPIRE, -sum(q for _, q in lots), lots=lots)
                    for pid, account, lots in todo
                ],
                visit_id=None,
                staff_id=SYSTEM_STAFF,
                created_at=to_db(now),
            )
        return sum(q for _, _, lots in todo for _, q in lots)

    def expire_all(self, batch: int = 100) -> int:
        """The expiry job: every member who may hold an expired stamp.

        Commits every ``batch`` members so the till is never locked for long.
        """
        total = 0
        now = self.clock()
        for e in self._expiring_programs():
            cutoff = now - timedelta(days=e.days)
            if e.counts_from is not None and e.counts_from >= cutoff:
                continue  # a new or shorter rule: nothing held is old enough yet
            ids = self.ledger.lots.members_with_due(e.program_id, e.account.value, to_db(cutoff))
            for start in range(0, len(ids), batch):
                with write_transaction(self.db):
                    for mid in ids[start : start + batch]:
                        total += self._expire_member(mid, now, [e])
        return total
