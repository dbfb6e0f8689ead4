"""Integrity checks and backups."""

from __future__ import annotations

from pathlib import Path

from ..store import database
from ..store.giftcards import GiftCardStore
from ..store.ledger import LedgerStore
from ..store.lots import lot_violations
from . import backup_jobs
from .integrity import Integrity
from .refund_plans import RefundPlanner
from .views import CheckReport


class MaintenanceService:
    """What keeps the shop's file trustworthy."""

    def __init__(self, db, backup_dir: Path | None) -> None:
        self.db = db
        self.backup_dir = backup_dir
        self.ledger = LedgerStore(db)

    def check(self, *, full: bool = True) -> CheckReport:
        """SQLite's own check, the hash chains, guard triggers and audit trail
        (``integrity.py``; ``full=False`` is the start-up's incremental form), and the
        ledger invariants: every cached balance equals the sum of its rows (gift cards
        included) and what its lots hold, every row explains its lot moves, no sum is
        negative; the full check also replays every member against their lots.

        Everything is read in one snapshot (another connection may be writing); only a
        check that found nothing moves the chain's checkpoint on.
        """
        integrity = Integrity(self.db, self.backup_dir)
        integrity.link_own_rows()
        with database.read_snapshot(self.db):
            problems = database.full_check(self.db) if full else database.quick_check(self.db)
            if not problems:  # a damaged file first: its rows cannot be trusted to hash
                problems += integrity.verify(full=full)
            problems += self._balances()
            if full and not problems:  # every member's lots against a replay (slow)
                problems += self.replay_problems()
        if not problems:
            integrity.save_checkpoint()
        return CheckReport(problems)

    def _balances(self) -> list[str]:
        problems = []
        mismatches, negatives = self.ledger.invariant_violations()
        for member, program, account, cached, total in mismatches:
            problems.append(
                f"member {member}, program {program}, {account}: balance {cached} "
                f"but ledger sums to {total}"
            )
        if negatives:
            problems.append(f"{negatives} ledger balances are negative")
        for code, cached, total in GiftCardStore(self.db).mismatches():
            problems.append(f"gift card {code}: balance {cached} but ledger sums to {total}")
        problems.extend(lot_violations(self.db))
        return problems

    def replay_problems(self, limit: int = 20) -> list[str]:
        """Every member's lots and debts against a replay of their history (slow: the
        whole ledger is read in Python; the full check only)."""
        planner = RefundPlanner(self.db)
        out: list[str] = []
        for group in planner.lots.groups():
            out.extend(planner.verify(group))
            if len(out) >= limit:
                break
        return out[:limit]

    def daily_backup(self) -> Path | None:
        if self.backup_dir is None:
            return None
        return backup_jobs.daily_backup(self.db, self.backup_dir)
