"""The append-only ``audit`` table, and comparing the mutable rows with it.

Staff, PINs and settings are rows that change in place, so they cannot be chained
themselves. Instead every change writes an ``audit`` row (chained like a ledger row) in
the same transaction, holding the state after the change. The check compares each staff
row and setting with the last audited state: a direct ``UPDATE staff`` or ``UPDATE
settings`` (a re-attributed cashier, a changed card prefix) shows as a difference.

A visit's void fields and refunded amount also change in place: a void writes an audit
row (``record_void``) and a refund a ``refunds`` row, and the check compares the visit
with those (``void_drift``, ``refund_drift``).

An owner's approval of a risky act (a big gift card, an old or big void) is an
``approval`` row of its own, in the act's transaction (``record_approval``).

Subjects are ``staff:ID``, ``setting:KEY``, ``visit:ID`` and ``gift_card:CODE``;
``detail`` is canonical JSON.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from ..domain.clock import to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused
from .rowids import inserted_id

SYSTEM_STAFF = 1
STAFF_ACTIONS = ("snapshot", "staff_add", "staff_change", "pin")
# PIN attempts and lock-outs change with every wrong guess: not part of the audited state.
STAFF_STATE = "SELECT id, name, role, active, pin_hash, pin_salt FROM staff"

SCHEMA = """
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    action TEXT NOT NULL CHECK (action IN (
        'snapshot', 'staff_add', 'staff_change', 'pin', 'setting', 'void', 'restore',
        'approval'
    )),
    subject TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_subject ON audit(subject, id);
CREATE INDEX audit_at ON audit(at);
CREATE INDEX audit_staff ON audit(staff_id, at);
"""


def dumps(detail: dict[str, Any]) -> str:
    return json.dumps(detail, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def loads(detail: str | None) -> dict[str, Any]:
    """An audit row's detail; text that is not a JSON object (written by another
    program) reads as empty, so it differs from any state instead of crashing a check."""
    try:
        value = json.loads(detail or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def now_text() -> str:
    return to_db(datetime.now(UTC))


def staff_state(row: tuple | dict) -> dict[str, Any]:
    """What the audit keeps of a staff row: never the PIN, only a fingerprint of its
    hash, so a changed PIN shows and nothing about the PIN can be learnt."""
    if isinstance(row, dict):
        row = (row["id"], row["name"], row["role"], row["active"], row["pin_hash"], row["pin_salt"])
    _, name, role, active, pin_hash, salt = row
    pin = None
    if pin_hash is not None:
        pin = hashlib.sha256(bytes(salt or b"") + bytes(pin_hash)).hexdigest()[:16]
    return {"name": name, "role": role, "active": bool(active), "pin": pin}


class AuditStore:
    """SQL for the audit rows; every writer runs inside the caller's transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record(
        self, by: int, action: str, subject: str, detail: dict[str, Any], at: str | None = None
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO audit (at, staff_id, action, subject, detail) VALUES (?,?,?,?,?)",
            [at or now_text(), by, action, subject, dumps(detail)],
        )
        return inserted_id(cur)

    def record_staff(
        self, staff_id: int, action: str, by: int, before: dict | None, at: str | None = None
    ) -> None:
        """The staff member's state after a change (and before, for the trail)."""
        row = self.db.execute(f"{STAFF_STATE} WHERE id = ?", [staff_id]).fetchone()
        detail: dict[str, Any] = {"state": staff_state(row)}
        if before is not None:
            detail["before"] = before
        self.record(by, action, f"staff:{staff_id}", detail, at)

    def staff_before(self, staff_id: int) -> dict[str, Any] | None:
        row = self.db.execute(f"{STAFF_STATE} WHERE id = ?", [staff_id]).fetchone()
        return None if row is None else staff_state(row)

    def record_void(self, visit_id: int, reason: str, by: int, at: str) -> None:
        """One line in ``VisitService.void``: the void, as the visit row now says."""
        self.record(by, "void", f"visit:{visit_id}", {"reason": reason}, at)

    def record_approval(self, owner_id: int, subject: str, detail: dict[str, Any], at: str) -> None:
        """One line in the use case an owner approved (``services/approvals.py``): the
        row is the owner's, its detail says what, how much, who asked and how."""
        self.record(owner_id, "approval", subject, detail, at)

    # The genesis (migration m007) ---------------------------------------------------------

    def snapshot(self, at: str) -> None:
        """The state when the audit trail begins: every staff member and setting, and
        every void made before it (from the visit rows, as they are now)."""
        for row in self.db.execute(f"{STAFF_STATE} ORDER BY id").fetchall():
            self.record(
                SYSTEM_STAFF, "snapshot", f"staff:{row[0]}", {"state": staff_state(row)}, at
            )
        for key, value in self.db.execute(
            "SELECT key, value FROM settings ORDER BY key"
        ).fetchall():
            self.record(SYSTEM_STAFF, "snapshot", f"setting:{key}", {"value": value}, at)
        voids = self.db.execute(
            "SELECT id, void_reason, COALESCE(voided_at, created_at), voided_by "
            "FROM visits WHERE status = 'voided' ORDER BY id"
        ).fetchall()
        self.db.conn.executemany(
            "INSERT INTO audit (at, staff_id, action, subject, detail) VALUES (?,?,?,?,?)",
            [
                (when, by or SYSTEM_STAFF, "void", f"visit:{vid}", dumps({"reason": why or ""}))
                for vid, why, when, by in voids
            ],
        )

    # Comparing ----------------------------------------------------------------------------

    def _last(self, prefix: str) -> dict[str, dict[str, Any]]:
        """The detail of the last audit row of each subject starting with ``prefix``."""
        return {
            subject: loads(detail)
            for subject, detail in self.db.execute(
                "SELECT subject, detail FROM audit WHERE id IN "
                "(SELECT MAX(id) FROM audit WHERE subject >= ? AND subject < ? "
                " AND action <> 'void' GROUP BY subject)",
                [prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)],
            )
        }

    def staff_drift(self) -> list[tuple[int, str]]:
        """(staff id, name) of each staff row that differs from its last audited state,
        or was never audited (inserted by another program)."""
        last = self._last("staff:")
        out = []
        for row in self.db.execute(f"{STAFF_STATE} ORDER BY id").fetchall():
            audited = last.pop(f"staff:{row[0]}", None)
            if audited is None or audited.get("state") != staff_state(row):
                out.append((int(row[0]), str(row[1])))
        for subject in last:  # audited, then deleted
            out.append((int(subject.split(":", 1)[1]), "?"))
        return out

    def settings_drift(self) -> list[str]:
        """Keys whose value differs from the last audited one (or that appeared or
        vanished without an audit row)."""
        last = self._last("setting:")
        out = []
        for key, value in self.db.execute("SELECT key, value FROM settings ORDER BY key"):
            audited = last.pop(f"setting:{key}", None)
            if audited is None or audited.get("value") != value:
                out.append(key)
        out.extend(subject.split(":", 1)[1] for subject in last)
        return out

    def void_drift(self, limit: int = 20) -> list[tuple[int, str]]:
        """(visit id, what) for visits whose void state does not match the audit rows:
        'unrecorded' (marked voided, no void recorded), 'unmarked' (a void recorded,
        the visit not marked voided), 'changed' (reason or person differ)."""
        out = [
            (int(vid), "unrecorded")
            for (vid,) in self.db.execute(
                "SELECT v.id FROM visits v WHERE v.status = 'voided' AND NOT EXISTS "
                "(SELECT 1 FROM audit a WHERE a.subject = 'visit:' || v.id AND a.action = 'void') "
                "ORDER BY v.id LIMIT ?",
                [limit],
            )
        ]
        for subject, by, detail, status, reason, voided_by in self.db.execute(
            "SELECT a.subject, a.staff_id, a.detail, v.status, v.void_reason, v.voided_by "
            "FROM audit a LEFT JOIN visits v ON v.id = CAST(substr(a.subject, 7) AS INTEGER) "
            "WHERE a.action = 'void' ORDER BY a.id"
        ):
            vid = int(subject.split(":", 1)[1])
            if status != "voided":
                out.append((vid, "unmarked"))
            elif loads(detail).get("reason") != (reason or "") or by != (
                voided_by if voided_by is not None else SYSTEM_STAFF
            ):
                out.append((vid, "changed"))
        return out[:limit]

    def refund_drift(self, limit: int = 20) -> list[int]:
        """Visits whose ``refunded`` amount is not the sum of their refunds, or whose
        status says refunded without a full refund (or the other way round)."""
        return [
            int(vid)
            for (vid,) in self.db.execute(
                "WITH r AS (SELECT visit_id, SUM(amount) AS total, MAX(full) AS full "
                "  FROM refunds GROUP BY visit_id) "
                "SELECT v.id FROM visits v LEFT JOIN r ON r.visit_id = v.id "
                "WHERE (v.refunded <> 0 OR v.status = 'refunded' OR r.visit_id IS NOT NULL) "
                "AND (v.refunded <> COALESCE(r.total, 0) "
                "  OR (v.status = 'refunded') <> (COALESCE(r.full, 0) = 1)) "
                "ORDER BY v.id LIMIT ?",
                [limit],
            )
        ]


def require_refund_marker(db: Database, visit_id: int) -> None:
    """Refuse (``Refused``) to refund a visit whose ``refunded`` amount or status no
    longer agrees with its ``refunds`` rows: a marker cleared behind the app's back must
    not let the same money be refunded twice."""
    if not refund_marker_holds(db, visit_id):
        raise Refused(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "Visit {id} does not match its recorded refunds (the file was changed "
                "outside the app). Nothing was refunded; run the check (admin check).",
            ),
            id=visit_id,
        )


def refund_marker_holds(db: Database, visit_id: int) -> bool:
    """Whether a visit's ``refunded`` and status agree with its ``refunds`` rows."""
    row = db.execute(
        "SELECT v.refunded, v.status, COALESCE(SUM(r.amount), 0), COALESCE(MAX(r.full), 0) "
        "FROM visits v LEFT JOIN refunds r ON r.visit_id = v.id WHERE v.id = ? GROUP BY v.id",
        [visit_id],
    ).fetchone()
    if row is None:
        return True
    refunded, status, total, full = row
    return refunded == total and (status == "refunded") == (full == 1)
