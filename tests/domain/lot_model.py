"""A member's history of one program as rows, refunded the way the services refund.

Pure: rows in memory, replayed with ``domain/lots.py``, refunds planned with
``domain/refunds.py`` exactly as ``services/refund_plans.py`` plans them over the file.
The property tests drive it with random histories far faster than the database could.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from loyalty_pos.domain.clock import to_db
from loyalty_pos.domain.ledger import Entry, Kind
from loyalty_pos.domain.lot_events import Row, events
from loyalty_pos.domain.lots import Fill, Lapse, Replay, replay
from loyalty_pos.domain.refunds import Change, Counted, lot_live, plan_change, spend_live

START = datetime(2026, 1, 1, 12, 0, tzinfo=datetime.now().astimezone().tzinfo)


@dataclass
class History:
    needed: int | None = None  # a punch card's size
    days: int | None = None  # expiry of earned lots
    expiring: tuple[str, ...] = ()
    rows: list[Row] = field(default_factory=list)
    lives: dict[int, int] = field(default_factory=dict)
    cancelled: dict[int, int] = field(default_factory=dict)
    lapses: dict[int, tuple[int, ...]] = field(default_factory=dict)
    charged: dict[int, int] = field(default_factory=dict)
    refunded: dict[int, int] = field(default_factory=dict)
    gone: set[int] = field(default_factory=set)
    day: int = 0

    # Time and rows ---------------------------------------------------------------------

    def now(self) -> str:
        return to_db(START + timedelta(days=self.day))

    def _row(self, account: str, kind: str, delta: int, visit: int | None, pays=False) -> int:
        rid = len(self.rows) + 1
        self.rows.append(Row(rid, account, kind, delta, visit, self.now(), pays))
        return rid

    def _expires_at(self, row: Row) -> str | None:
        if self.days is None or row.kind != "earn" or row.account not in self.expiring:
            return None
        at = datetime.fromisoformat(row.created_at) + timedelta(days=self.days, microseconds=1)
        return to_db(at)

    def events(self, lives=None, cancelled=None):
        return events(
            self.rows,
            legacy_until=0,
            lives=self.lives if lives is None else lives,
            cancelled=self.cancelled if cancelled is None else cancelled,
            lapse_lots=self.lapses,
            expires_at=self._expires_at,
        )

    def state(self) -> Replay:
        return replay(self.events())

    def held(self, account: str) -> int:
        return self.state().held(account)

    def owed(self, account: str) -> int:
        return self.state().owed(account)

    # What the services do ---------------------------------------------------------------

    def visit(self, visit_id: int, charged: int, entries: list[Entry]) -> None:
        """A checkout's rows, as written (a full card's stamps and reward side by side)."""
        self.expire()
        self.charged[visit_id] = charged
        for e in entries:
            self._row(e.account.value, e.kind.value, e.delta, visit_id, e.pays)

    def adjust(self, account: str, delta: int) -> None:
        self._row(account, "adjust", delta, None)

    def expire(self) -> int:
        """The expiry job: what is left of each due lot, one row per account."""
        state = self.state()
        taken = 0
        for account, lots in state.due(self.now(), self.expiring):
            qty = sum(state.lots[k].remaining for k in lots)
            rid = self._row(account, "expire", -qty, None)
            self.lapses[rid] = lots
            taken += qty
        return taken

    def void(self, visit_id: int) -> Change | None:
        """Void a visit as the services do: refused (None, nothing changed) when undoing it
        would leave a debt, i.e. its stamps or reward have been used since."""
        snapshot = (list(self.rows), dict(self.lives), dict(self.cancelled), dict(self.lapses))
        change = self.refund(visit_id, None, void=True)
        if any(change.shortfall(a) for a in change.accounts()):
            self.rows, self.lives, self.cancelled, self.lapses = snapshot
            self.refunded.pop(visit_id, None)
            self.gone.discard(visit_id)
            return None
        return change

    def refund(self, visit_id: int, amount: int | None, void: bool = False) -> Change:
        """Refund ``amount`` more of a visit (None: the rest) or void it; returns the change."""
        charged = self.charged[visit_id]
        before = self.refunded.get(visit_id, 0)
        after = charged if amount is None else before + amount
        gone = void or after >= charged
        counted = Counted(charged, after, gone=gone)
        lives = dict(self.lives)
        cancelled = dict(self.cancelled)
        gains = {e.key for e in self.events() if not isinstance(e, Lapse | Fill)}
        for row in self.rows:
            if row.visit_id != visit_id:
                continue
            if row.delta > 0 and row.kind in ("earn", "bonus", "purchase") and row.id in gains:
                current = self.lives.get(row.id, row.delta)
                lives[row.id] = min(current, lot_live(row.kind, row.delta, counted))
            elif row.delta < 0 and row.kind in ("redeem", "adjust"):
                keep = spend_live(row.account, row.pays, -row.delta, counted)
                cancelled[row.id] = max(self.cancelled.get(row.id, 0), -row.delta - keep)
        change = plan_change(
            self.events(),
            self.events(lives, cancelled),
            now=self.now(),
            expiring=self.expiring if self.days is not None else (),
            needed=self.needed,
        )
        self.lives, self.cancelled = lives, cancelled
        for event in change.catch_up:  # written as rows, as the services write them
            taken = change.catch_up_moves.get(event.key, [])
            if isinstance(event, Lapse):
                rid = self._row(event.account, "expire", -sum(q for *_, q in taken), None)
                self.lapses[rid] = tuple(lot for lot, *_ in taken)
            elif isinstance(event, Fill):
                self._row("stamps", "complete", -event.cards * event.needed, None)
                self._row("rewards", "complete", event.cards, None)
        self.refunded[visit_id] = after
        if gone:
            self.gone.add(visit_id)
        return change


def earn(account, n: int, kind: Kind = Kind.EARN) -> Entry:
    return Entry(0, account, kind, n)
