"""SQL for staff members and their PINs.

Adding someone, changing them and setting a PIN each write an audit row with the new
state in the same statement group (``by`` is who did it). The attempt counter and the
lock-out are not part of the audited state (they change with every guess), but each
wrong PIN and each unlock writes an ``audit`` row of its own, action ``pin``, subject
``pin:ID`` (not ``staff:ID``, whose last row is the audited state): who was at the till,
whose PIN, when, and the lock it caused. No digit of the PIN typed is kept.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from .audit import SYSTEM_STAFF, AuditStore, loads
from .rowids import inserted_id

STAFF_COLUMNS = (
    "id, name, role, active, pin_hash, pin_salt, pin_failed, pin_locked_until, pin_locks, "
    "pin_notice_seen"
)
PIN_SUBJECT = "pin:"


class StaffStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, staff_id: int) -> dict[str, Any] | None:
        rows = list(self.db.query(f"SELECT {STAFF_COLUMNS} FROM staff WHERE id = ?", [staff_id]))
        return rows[0] if rows else None

    def all(self, *, include_system: bool = False) -> list[dict[str, Any]]:
        where = "" if include_system else "WHERE role <> 'system'"
        return list(self.db.query(f"SELECT {STAFF_COLUMNS} FROM staff {where} ORDER BY id"))

    def by_name(self, name: str) -> dict[str, Any] | None:
        rows = list(
            self.db.query(
                f"SELECT {STAFF_COLUMNS} FROM staff WHERE name = ? COLLATE NOCASE", [name]
            )
        )
        return rows[0] if rows else None

    def insert(self, name: str, role: str, created_at: str, by: int = SYSTEM_STAFF) -> int:
        cur = self.db.execute(
            "INSERT INTO staff (name, role, created_at) VALUES (?, ?, ?)", [name, role, created_at]
        )
        staff_id = inserted_id(cur)
        AuditStore(self.db).record_staff(staff_id, "staff_add", by, None, created_at)
        return staff_id

    def set_pin(
        self,
        staff_id: int,
        pin_hash: bytes,
        salt: bytes,
        by: int = SYSTEM_STAFF,
        at: str | None = None,
    ) -> None:
        audit = AuditStore(self.db)
        before = audit.staff_before(staff_id)
        self.db.execute(
            "UPDATE staff SET pin_hash = ?, pin_salt = ?, pin_failed = 0, pin_locked_until = NULL, "
            "pin_locks = 0 WHERE id = ?",
            [pin_hash, salt, staff_id],
        )
        audit.record_staff(staff_id, "pin", by, before, at)

    def record_attempt(
        self, staff_id: int, failed: int, locked_until: str | None, locks: int = 0
    ) -> None:
        self.db.execute(
            "UPDATE staff SET pin_failed = ?, pin_locked_until = ?, pin_locks = ? WHERE id = ?",
            [failed, locked_until, locks, staff_id],
        )

    def record_pin_event(self, staff_id: int, by: int, at: str, detail: dict[str, Any]) -> None:
        """A wrong PIN (``event: wrong``) or an unlock, in the audit trail."""
        AuditStore(self.db).record(by, "pin", f"{PIN_SUBJECT}{staff_id}", detail, at)

    def unlock(self, staff_id: int) -> None:
        self.db.execute(
            "UPDATE staff SET pin_failed = 0, pin_locked_until = NULL, pin_locks = 0 WHERE id = ?",
            [staff_id],
        )

    def pin_events_after(self, seen: int) -> list[tuple[int, str, dict[str, Any]]]:
        """(audit id, subject, detail) of the wrong PINs and unlocks after row ``seen``."""
        return [
            (int(row_id), subject, loads(detail))
            for row_id, subject, detail in self.db.execute(
                "SELECT id, subject, detail FROM audit WHERE action = 'pin' "
                "AND subject >= ? AND subject < ? AND id > ? ORDER BY id",
                [PIN_SUBJECT, PIN_SUBJECT[:-1] + ";", seen],
            )
        ]

    def last_pin_event(self) -> int:
        """The id of the newest wrong-PIN or unlock row (0: none yet)."""
        row = self.db.execute(
            "SELECT MAX(id) FROM audit WHERE action = 'pin' AND subject >= ? AND subject < ?",
            [PIN_SUBJECT, PIN_SUBJECT[:-1] + ";"],
        ).fetchone()
        return int(row[0] or 0)

    def set_notice_seen(self, staff_id: int, seen: int) -> None:
        self.db.execute("UPDATE staff SET pin_notice_seen = ? WHERE id = ?", [seen, staff_id])

    def update(
        self,
        staff_id: int,
        name: str,
        role: str,
        active: bool,
        by: int = SYSTEM_STAFF,
        at: str | None = None,
    ) -> None:
        audit = AuditStore(self.db)
        before = audit.staff_before(staff_id)
        self.db.execute(
            "UPDATE staff SET name = ?, role = ?, active = ? WHERE id = ?",
            [name, role, int(active), staff_id],
        )
        if audit.staff_before(staff_id) != before:
            audit.record_staff(staff_id, "staff_change", by, before, at)

    def owners_with_pin(self) -> int:
        return self.db.execute(
            "SELECT count(*) FROM staff WHERE role = 'owner' AND active AND pin_hash IS NOT NULL"
        ).fetchone()[0]
