"""Integrity checks and backups.

What is checked when (``docs/performance.md``, "Start-up work"):

* **every start** (``check(full=False)``, CPU bounded by what changed, not by the shop):
  the file's header, page counts, schema and both ends of every b-tree; the guard and
  check-note triggers; the chain links written since the last clean check plus one
  rolling slice of older ones, each till's head and checkpoint anchor, the backups'
  recorded heads, new rows in no chain; the audit comparisons; and the ledger
  invariants of the members and gift cards written since (the check notes);
* **once a day** (``daily_full_check``): SQLite's ``integrity_check`` of the newest
  backup copy, which carries the live file's pages, so index damage is found;
* **only by ``admin check``** (``check(full=True)``): ``integrity_check`` and
  ``foreign_key_check`` of the live file, every link of every chain, every row in no
  chain, every member's invariants, and every member's lots against a replay.
"""

from __future__ import annotations

from pathlib import Path

from ..store import check_notes, database
from ..store.backups import plain_file
from ..store.giftcards import GiftCardStore
from ..store.ledger import LedgerStore
from ..store.lots import lot_violations
from . import backup_jobs
from .integrity import Integrity, full_check
from .refund_plans import RefundPlanner
from .views import CheckReport


class MaintenanceService:
    """What keeps the shop's file trustworthy."""

    def __init__(self, db, backup_dir: Path | None, path: Path | None = None) -> None:
        self.db = db
        self.backup_dir = backup_dir
        self.path = path
        self.ledger = LedgerStore(db)

    def check(self, *, full: bool = True) -> CheckReport:
        """SQLite's own check, the hash chains, guard triggers and audit trail
        (``integrity.py``; ``full=False`` is the start-up's incremental form), and the
        ledger invariants: every cached balance equals the sum of its rows (gift cards
        included) and what its lots hold, every row explains its lot moves, no sum is
        negative; the full check also replays every member against their lots.

        Everything is read in one snapshot (another connection may be writing); only a
        check that found nothing moves the chain's checkpoint on and forgets the check
        notes it read. The start-up form reads the invariants of the noted members only,
        once a first clean check after m008 has read everyone.
        """
        integrity = Integrity(self.db, self.backup_dir)
        integrity.link_own_rows()
        notes = check_notes.noting(self.db)
        with database.read_snapshot(self.db):
            upto = check_notes.last_note(self.db) if notes else None
            if full:
                problems = database.full_check(self.db)
            else:
                problems = check_notes.shallow_file_problems(self.db, self.path)
            if not problems:  # a damaged file first: its rows cannot be trusted to hash
                problems += integrity.verify(full=full)
            if full or upto is None or integrity.notes_mark() is None:
                problems += self._balances()
            else:
                problems += check_notes.violations(self.db, upto)
            if full and not problems:  # every member's lots against a replay (slow)
                problems += self.replay_problems()
        if not problems:
            integrity.save_checkpoint(upto)
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

    def full_check_file(self, path: Path) -> list[str]:
        """``integrity.full_check`` of one file (the daily check's step); a compressed
        backup is unpacked beside it first and the scratch copy removed."""
        with plain_file(path) as plain:  # the live file or a plain copy: itself
            return full_check(plain)
