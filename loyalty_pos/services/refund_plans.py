"""Planning and writing what a refund or a void does to the member's balances.

``plan`` reads each balance the visit wrote to (the member's, and a referrer's bonus),
replays it as stored and with the visit counting less (``domain/refunds.py``), and
returns the differences. The refund dialog's preview and the refund itself both call
``plan``, so what the cashier is shown is what is written. ``write`` writes a plan in
the caller's transaction: the expiries and card completions the present adds, then one
correction row per balance with the lot moves and handed-back spendings it stands for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..domain.clock import to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused
from ..domain.ledger import Account
from ..domain.lot_events import Row, events, is_correction
from ..domain.lots import Fill, Lapse, replay
from ..domain.refunds import Change, Counted, lot_live, plan_change, spend_live
from ..store.ledger import LedgerStore
from ..store.lots import LotStore, Rule, StoredLot, expires_at, program_rule, record_moves

Group = tuple[int, int]  # (member, program)
VISIT_LOT_KINDS = frozenset({"earn", "bonus", "purchase"})  # what a refund makes count less


@dataclass
class VisitPlan:
    """What counting a visit as ``counted`` changes, balance by balance."""

    visit_id: int
    member_id: int | None
    counted: Counted
    changes: dict[Group, Change] = field(default_factory=dict)
    cancels: dict[Group, dict[int, tuple[str, int]]] = field(default_factory=dict)
    tender_spends: set[int] = field(default_factory=set)  # points rows paid as money

    def member_deltas(self) -> dict[tuple[int, Account], int]:
        """The visit's member's balance changes, per (program, account)."""
        out: dict[tuple[int, Account], int] = {}
        for (mid, pid), change in self.changes.items():
            if mid != self.member_id:
                continue
            for acc in sorted(change.accounts()):
                if change.delta(acc):
                    out[(pid, Account(acc))] = change.delta(acc)
        return out

    def shortfall(self) -> dict[tuple[int, Account], int]:
        """What the refund could not take back from the member (already used)."""
        out: dict[tuple[int, Account], int] = {}
        for (mid, pid), change in self.changes.items():
            if mid != self.member_id:
                continue
            for acc in sorted(change.accounts()):
                if change.shortfall(acc):
                    out[(pid, Account(acc))] = change.shortfall(acc)
        return out

    def any_debt(self) -> bool:
        return any(c.shortfall(acc) for c in self.changes.values() for acc in c.accounts())

    def handed_back(self, account: str) -> int:
        """What goes back to the member's ``account`` as a tender (credit, passes)."""
        return sum(
            qty
            for (mid, _), spends in self.cancels.items()
            if mid == self.member_id
            for acc, qty in spends.values()
            if acc == account
        )


class RefundPlanner:
    def __init__(self, db) -> None:
        self.db = db
        self._tender_rows: set[int] = set()
        self.lots = LotStore(db)
        self.ledger = LedgerStore(db)

    def plan(
        self,
        visit: dict[str, Any],
        counted: Counted,
        now: datetime,
        credit_back: int | None = None,
    ) -> VisitPlan:
        """What counting ``visit`` as ``counted`` changes. ``credit_back`` is how much of
        the store credit it paid goes back in all (the refund's tender split); without
        it, credit goes back in proportion like points paid as money."""
        out = VisitPlan(visit["id"], visit["member_id"], counted)
        self._tender_rows = out.tender_spends
        targets: dict[int, int] = {}
        if credit_back is not None:
            left = credit_back
            for row_id, spent in self.lots.credit_spends(visit["id"]):
                targets[row_id] = min(spent, left)
                left -= targets[row_id]
        for group in self.lots.groups_of_visit(visit["id"]):
            change, cancels = self._plan_group(group, visit["id"], counted, to_db(now), targets)
            out.changes[group] = change
            if cancels:
                out.cancels[group] = cancels
        return out

    def history(self, group: Group) -> _History:
        """Everything a replay of one member's program needs, as stored."""
        member_id, program_id = group
        legacy = self.lots.legacy_until()
        rows = self.lots.rows(member_id, program_id)
        stored = self.lots.lots(member_id, program_id)
        return _History(
            legacy=legacy,
            rows=rows,
            stored=stored,
            cancelled=self.lots.cancelled(member_id, program_id),
            rule=program_rule(self.db, program_id),
            lapses=self.lots.lapse_lots(
                (r.id for r in rows if r.kind == "expire" and r.id > legacy), stored
            ),
        )

    def verify(self, group: Group) -> list[str]:
        """Where the stored lots and debts of a member's program differ from a replay of
        its history (empty: they agree). ``admin check`` runs it for every member."""
        h = self.history(group)
        state = replay(h.events(h.lives(), h.cancelled))
        out = []
        for lot in h.stored.values():
            got = state.lots.get(lot.id)
            if got is None or (got.remaining, got.live) != (lot.remaining, lot.live):
                left = "none" if got is None else f"{got.remaining} of {got.live}"
                out.append(
                    f"member {group[0]}, program {group[1]}: lot {lot.id} holds "
                    f"{lot.remaining} of {lot.live} but its history leaves {left}"
                )
        for account in state.accounts() | set(self.lots.owed_of(group)):
            stored_owed = self.lots.owed(group[0], group[1], account)
            if stored_owed != state.owed(account):
                out.append(
                    f"member {group[0]}, program {group[1]}, {account}: owes {stored_owed} "
                    f"but its history owes {state.owed(account)}"
                )
        return out

    def _plan_group(
        self, group: Group, visit_id: int, counted: Counted, now: str, targets: dict[int, int]
    ) -> tuple[Change, dict[int, tuple[str, int]]]:
        h = self.history(group)
        legacy, rows, stored, cancelled, rule = h.legacy, h.rows, h.stored, h.cancelled, h.rule
        lives = {lot.id: lot.live for lot in stored.values()}
        new_lives = dict(lives)
        taken_before = self._taken_before(rows, visit_id, legacy)
        seen: set[str] = set()
        for lot in sorted(stored.values(), key=lambda x: x.id):
            if lot.visit_id != visit_id or lot.kind not in VISIT_LOT_KINDS:
                continue
            before = taken_before.get(lot.account, 0) if lot.account not in seen else 0
            seen.add(lot.account)
            new_lives[lot.id] = min(lot.live, lot_live(lot.kind, lot.amount, counted, before))
        new_cancelled = dict(cancelled)
        cancels: dict[int, tuple[str, int]] = {}
        for row in rows:
            if not self._spends(row, visit_id, legacy):
                continue
            if row.pays:
                self._tender_rows.add(row.id)
            target = targets.get(row.id)
            if target is None:
                target = -row.delta - spend_live(row.account, row.pays, -row.delta, counted)
            more = target - cancelled.get(row.id, 0)
            if more > 0:
                new_cancelled[row.id] = target
                cancels[row.id] = (row.account, more)

        self._check_stored(h.events(lives, cancelled), stored, group)
        change = plan_change(
            h.events(lives, cancelled),
            h.events(new_lives, new_cancelled),
            now=now,
            expiring=_expiring(rule),
            needed=rule.stamps_needed if rule.kind == "stamp" else None,
        )
        return change, cancels

    @staticmethod
    def _spends(row: Row, visit_id: int, legacy: int) -> bool:
        """A spending of this visit that a refund can hand back."""
        return (
            row.visit_id == visit_id
            and row.delta < 0
            and row.kind in ("redeem", "adjust")
            and not is_correction(row, legacy)
        )

    @staticmethod
    def _taken_before(rows: list[Row], visit_id: int, legacy: int) -> dict[str, int]:
        """What refunds written before lots existed already took back, per account."""
        out: dict[str, int] = {}
        for r in rows:
            if r.visit_id == visit_id and r.id <= legacy and r.kind == "refund" and r.delta < 0:
                out[r.account] = out.get(r.account, 0) - r.delta
        return out

    def _check_stored(self, evs, stored, group: Group) -> None:
        """Refuse to write over lots that do not match their own history."""
        state = replay(evs)
        for lot in stored.values():
            got = state.lots.get(lot.id)
            if got is None or got.remaining != lot.remaining or got.live != lot.live:
                raise Refused(
                    QT_TRANSLATE_NOOP(
                        ERRORS,
                        "The balances of member {member} do not match their history; "
                        "nothing was changed. Run “admin check” and call for help.",
                    ),
                    member=group[0],
                )

    # Writing ---------------------------------------------------------------------------

    def write(
        self,
        plan: VisitPlan,
        *,
        kind: str,
        staff_id: int,
        at: datetime,
        note: str | None,
        refund_id: int | None,
    ) -> None:
        for group, change in plan.changes.items():
            _GroupWriter(self, group, plan.visit_id, staff_id, to_db(at), refund_id).write(
                change, plan.cancels.get(group, {}), kind, note
            )


@dataclass
class _History:
    legacy: int
    rows: list[Row]
    stored: dict[int, StoredLot]
    cancelled: dict[int, int]
    rule: Rule
    lapses: dict[int, tuple[int, ...]]

    def lives(self) -> dict[int, int]:
        return {lot.id: lot.live for lot in self.stored.values()}

    def expiry(self, row: Row) -> str | None:
        lot = self.stored.get(row.id)
        if lot is None or not lot.expires:
            return None
        return expires_at(lot.earned_at, self.rule.expiry_days, self.rule.counts_from)

    def events(self, lives: dict[int, int], cancelled: dict[int, int]) -> list:
        return events(
            self.rows,
            legacy_until=self.legacy,
            lives=lives,
            cancelled=cancelled,
            lapse_lots=self.lapses,
            expires_at=self.expiry,
        )


@dataclass
class _GroupWriter:
    """Writes one balance's part of a plan: new events first, then the corrections."""

    planner: RefundPlanner
    group: Group
    visit_id: int
    staff_id: int
    when: str
    refund_id: int | None

    def row(self, account: str, kind: str, delta: int, note: str | None) -> int:
        member_id, program_id = self.group
        return self.planner.ledger.insert_row(
            member_id, program_id, account, kind, delta, visit_id=self.visit_id,
            staff_id=self.staff_id, created_at=self.when, note=note, refund_id=self.refund_id,
        )  # fmt: skip

    def write(
        self, change: Change, spends: dict[int, tuple[str, int]], kind: str, note: str | None
    ) -> None:
        member_id, program_id = self.group
        lots = self.planner.lots
        ids: dict[int, int] = {}
        moves: list[tuple[int, int, str, int]] = []
        for event in change.catch_up:
            taken = change.catch_up_moves.get(event.key, [])
            if isinstance(event, Lapse):
                ids[event.key] = self.row(event.account, "expire", -sum(q for *_, q in taken), None)
            elif isinstance(event, Fill):
                done = event.cards
                ids[event.key] = self.row("stamps", "complete", -done * event.needed, None)
                ids[event.reward_key] = self.row("rewards", "complete", done, None)
                lots.gain(
                    ids[event.reward_key], member_id, program_id, "rewards", "complete",
                    self.visit_id, self.when, done,
                )  # fmt: skip
            moves.extend((ids.get(lot, lot), ids[event.key], c, q) for lot, c, q in taken)
        for account in sorted(set(change.corrections) | {a for a, _ in spends.values()}):
            rid = self.row(account, kind, change.correction_delta(account), note)
            moves.extend(
                (ids.get(lot, lot), rid, c, q) for lot, c, q in change.corrections.get(account, ())
            )
            for spend_id, (acc, qty) in spends.items():
                if acc == account:
                    lots.cancel(spend_id, rid, qty)
        record_moves(self.planner.db, moves)
        for account in change.accounts():
            if change.owed_before.get(account, 0) != change.owed_after.get(account, 0):
                lots.set_owed(member_id, program_id, account, change.owed_after.get(account, 0))
        self.planner.ledger.move_balances(
            member_id, {(program_id, acc): change.delta(acc) for acc in change.accounts()}
        )


def _expiring(rule: Rule) -> list[str]:
    if rule.expiry_days is None:
        return []
    return {"stamp": ["stamps"], "points": ["points"], "credit": ["credit"]}.get(rule.kind, [])
