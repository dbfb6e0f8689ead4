"""Tamper evidence: the part of the check that reads the hash chains and the audit trail.

``verify(full=True)`` (``admin check``) recomputes every link of every till's chain.
That is Python work (about 10 µs a row), too slow to repeat at every start on a shop
with millions of rows, so the start-up job runs ``verify(full=False)``, which is sound
in this sense:

* links written since the last successful check are all recomputed;
* the verified part cannot have been rewritten wholesale: each till's last verified
  hash is kept in ``chain_checkpoint`` and compared with the chain (rewriting an old row
  and re-hashing everything after it changes that hash), and so are the heads written
  into the backups' names, which live outside the file;
* a slice of the older links (``SLICE``) is recomputed at every start, moving on each
  time and starting over at the end, so a row altered *in place* without re-hashing is
  found within a bounded number of starts (and at once by ``admin check``);
* rows in no chain are looked for among the rows written since (ids above each
  table's ``rows:TABLE`` mark); an outside insert that reuses a gap below the mark is
  found by ``admin check`` only;
* everything else is SQL and runs at C speed every time: the guard and check-note
  triggers, links whose row is gone (counts first), each till's head, the audit
  comparisons (staff, settings, voids, refunds) and, in ``MaintenanceService``, the
  cached balances of the members and gift cards noted since (``store/check_notes.py``).

The checkpoint is saved only when everything holds, so a later quick check never
starts after a break it has not reported. Like every record in the file, it can be
rewritten by someone with the file and this source code; the backups' names are what
they cannot reach.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..domain.clock import to_db
from ..l10n import translate
from ..store import chain, check_notes, damage
from ..store.audit import AuditStore, loads
from ..store.backups import BackupFile, backup_files
from ..store.database import write_transaction
from ..store.guards import guard_problems
from ..store.schema_report_totals import differences as summary_differences

CONTEXT = "Check"
SLICE = 100_000  # older links re-verified at each start
LIMIT = 20  # breaks reported per kind


def tr(text: str) -> str:
    return translate(CONTEXT, text)


class Integrity:
    """The chain and audit checks of one database (and its backup folder)."""

    def __init__(self, db, backup_dir: Path | None) -> None:
        self.db = db
        self.backup_dir = backup_dir
        self.audit = AuditStore(db)
        self._reached: tuple[int, int] | None = None  # (verified up to, rolled to)
        self._marks: dict[str, int] = {}  # each chained table's highest id, when verified

    def link_own_rows(self) -> None:
        """Link what this connection wrote outside a transaction (test fixtures, bulk
        tools): those rows are the app's own, not strays."""
        own = chain.installed(self.db) and not self.db.conn.in_transaction
        if own and chain.has_pending(self.db):
            with write_transaction(self.db):
                pass  # write_transaction links the noted rows before it commits

    def verify(self, *, full: bool) -> list[str]:
        """Problems found, first the ones that name a row; empty: everything holds.

        Reads only; the caller holds one read snapshot around it and, if the whole
        check holds, calls ``save_checkpoint``.
        """
        self._reached = None
        if not chain.installed(self.db):
            return []
        found = guard_problems(self.db)
        if check_notes.noting(self.db):
            found += check_notes.trigger_problems(self.db)
        problems = [self._guard_text(name, how) for name, how in found]
        marks, verified_to, rolled = chain.checkpoint(self.db)
        last = chain.last_seq(self.db)
        if full:
            breaks = list(chain.verify_links(self.db))
            next_rolled = 0
        else:
            breaks = list(self._anchor_breaks(marks))
            breaks += chain.verify_links(self.db, verified_to + 1)
            start = rolled + 1 if rolled < verified_to else 1
            end = min(start + SLICE - 1, verified_to)
            if end >= start:
                breaks += chain.verify_links(self.db, start, end)
            next_rolled = end if end < verified_to else 0
        breaks.sort(key=lambda b: (b.seq is None, b.seq or 0))
        breaks += chain.verify_heads(self.db, every_till=full)
        strays = list(chain.unlinked(self.db, LIMIT, None if full else chain.row_marks(self.db)))
        breaks += chain.gone(self.db, LIMIT, thorough=full or bool(strays))
        breaks += strays
        problems += _unique(self._break_text(b) for b in breaks[: 4 * LIMIT])
        problems += self._backup_anchors()
        problems += self._drift()
        problems += self._report_totals(full=full)
        self._reached = (last, next_rolled)
        self._marks = chain.current_row_marks(self.db)
        return problems

    def notes_mark(self) -> int | None:
        """Up to which check note a clean check read (None: none has since m008, so the
        next check reads every member once)."""
        return chain.mark(self.db, "notes") if chain.installed(self.db) else None

    def save_checkpoint(self, notes_upto: int | None = None) -> None:
        """After a check that found nothing: the links up to where ``verify`` read are
        verified, the next slice starts after this one, the rows up to each table's
        highest id are known linked, and the check notes up to ``notes_upto`` (read by
        the same check) are forgotten."""
        reached = self._reached
        if reached is None or damage.refusal(self.db) is not None:
            return  # a damaged shop is read-only: it keeps the checkpoint it had
        marks = dict(self._marks)
        with write_transaction(self.db):
            if notes_upto is not None:
                check_notes.forget(self.db, notes_upto)
                marks["notes"] = notes_upto
            chain.save_checkpoint(self.db, *reached, to_db(datetime.now(UTC)), marks)

    # Anchors ----------------------------------------------------------------------------

    def _anchor_breaks(self, marks: list[chain.Head]) -> Iterable[chain.Break]:
        for mark in marks:
            now = chain.hash_at(self.db, mark.seq)
            if now is None or now[0] != mark.till or now[1] != mark.hash:
                yield chain.Break("anchor", seq=mark.seq, till=mark.till, detail="checkpoint")

    def _backup_anchors(self) -> list[str]:
        """Each backup's recorded heads against the chain, except backups a restore
        deliberately went back behind (taken after the restored one, before the restore)."""
        if self.backup_dir is None:
            return []
        windows = self._restore_windows()
        out = []
        for backup in backup_files(self.backup_dir):
            taken = to_db(backup.taken_at)
            if any(start < taken < end for start, end in windows):
                continue
            for head in backup.heads:
                now = chain.hash_at(self.db, head.seq)
                if now is None or now[0] != head.till or not now[1].startswith(head.hash):
                    out.append(self._backup_text(backup, head, now))
        return out[:LIMIT]

    def _restore_windows(self) -> list[tuple[str, str]]:
        out = []
        for at, detail in self.db.execute(
            "SELECT at, detail FROM audit WHERE action = 'restore' ORDER BY id"
        ):
            taken = str(loads(detail).get("taken_at") or "")
            out.append((taken, at))
        return out

    # Audit ------------------------------------------------------------------------------

    def _drift(self) -> list[str]:
        out = []
        for staff_id, name in self.audit.staff_drift():
            out.append(
                tr(
                    "Staff member {id} ({name}) is not as the audit trail recorded: "
                    "changed outside the app."
                ).format(id=staff_id, name=name)
            )
        for key in self.audit.settings_drift():
            out.append(
                tr(
                    "Setting {key} is not as the audit trail recorded: changed outside the app."
                ).format(key=key)
            )
        texts = {
            "unrecorded": tr("Visit {id} is marked voided, but no void was recorded."),
            "unmarked": tr("Visit {id} was voided (audit trail) but is no longer marked voided."),
            "changed": tr("Visit {id}: the void's reason or person differs from the audit trail."),
        }
        for visit_id, what in self.audit.void_drift(LIMIT):
            out.append(texts[what].format(id=visit_id))
        for visit_id in self.audit.refund_drift(LIMIT):
            out.append(
                tr(
                    "Visit {id}: its refunded amount or status does not match its refunds "
                    "(changed outside the app)."
                ).format(id=visit_id)
            )
        return out

    # The dashboard's summary rows ------------------------------------------------------

    def _report_totals(self, *, full: bool) -> list[str]:
        """The summary rows (``store/schema_report_totals.py``) against a recomputation
        from the visits and ledger: all of them for ``admin check`` (11 s at 10 M ledger
        rows); at each start only the days since yesterday began (UTC), a day or two of
        rows (a recent edit of the file shows there; the member months wait for
        ``admin check``)."""
        if not self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'report_days'"
        ).fetchone():
            return []
        since = None
        if not full:
            yesterday = datetime.now(UTC).date() - timedelta(days=1)
            since = to_db(datetime(yesterday.year, yesterday.month, yesterday.day, tzinfo=UTC))
        out = []
        for kind, bucket, member in summary_differences(self.db, since, LIMIT):
            if kind == "day":
                out.append(
                    tr(
                        "The dashboard's totals for {day} (UTC) differ from the visits and "
                        "ledger rows: changed outside the app."
                    ).format(day=bucket)
                )
            else:
                out.append(
                    tr(
                        "The dashboard's totals of member {id} for {month} (UTC) differ from "
                        "the visits and ledger rows: changed outside the app."
                    ).format(id=member, month=bucket)
                )
        return out

    # Words ------------------------------------------------------------------------------

    @staticmethod
    def _guard_text(name: str, how: str) -> str:
        if how == "missing":
            return tr("Guard trigger {name} is missing: it was dropped outside the app.").format(
                name=name
            )
        return tr("Guard trigger {name} was changed outside the app.").format(name=name)

    @staticmethod
    def _break_text(b: chain.Break) -> str:
        if b.kind == "changed":
            return tr(
                "{table} row {id} was changed after it was written: it does not match its "
                "hash (link {seq} of till {till})."
            ).format(table=b.table, id=b.row_id, seq=b.seq, till=b.till)
        if b.kind == "missing":
            return tr(
                "{table} row {id} is in the chain (link {seq}) but no longer in the file."
            ).format(table=b.table, id=b.row_id, seq=b.seq)
        if b.kind == "unlinked":
            return tr(
                "{table} row {id} is not in the chain: it was written outside the app."
            ).format(table=b.table, id=b.row_id)
        if b.kind == "head":
            return tr(
                "The chain of till {till} does not end where its head says (link {seq}): "
                "links were removed or rewritten."
            ).format(till=b.till, seq=b.seq)
        return tr(
            "Link {seq} of till {till} is not what an earlier check verified: the history "
            "before it was rewritten."
        ).format(seq=b.seq, till=b.till)

    @staticmethod
    def _backup_text(backup: BackupFile, head: chain.Head, now) -> str:
        if now is None:
            return tr(
                "Backup {file} recorded link {seq} of till {till}; the chain no longer has "
                "it: the history was cut after that backup."
            ).format(file=backup.path.name, seq=head.seq, till=head.till)
        return tr(
            "Backup {file} recorded link {seq} of till {till} as {recorded}; it is {now} "
            "now: the history was rewritten after that backup."
        ).format(
            file=backup.path.name,
            seq=head.seq,
            till=head.till,
            recorded=head.hash,
            now=now[1][: len(head.hash)],
        )


def full_check(path: Path) -> list[str]:
    """SQLite's full ``integrity_check`` of the file at ``path`` (a backup copy, or the
    live file): every page and every index against its table. What the start-up check
    leaves out (``store/check_notes.py``), run once a day on the newest backup."""
    return check_notes.full_file_problems(path)


def _unique(texts: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for text in texts:
        seen.setdefault(text, None)
    return list(seen)
