"""SQL for staff members and their PINs.

Adding someone, changing them and setting a PIN each write an audit row with the new
state in the same statement group (``by`` is who did it); counting wrong PINs does not,
the attempt counter and lock-out are not part of the audited state.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from .audit import SYSTEM_STAFF, AuditStore
from .rowids import inserted_id

STAFF_COLUMNS = "id, name, role, active, pin_hash, pin_salt, pin_failed, pin_locked_until"


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
            "UPDATE staff SET pin_hash = ?, pin_salt = ?, pin_failed = 0, pin_locked_until = NULL "
            "WHERE id = ?",
            [pin_hash, salt, staff_id],
        )
        audit.record_staff(staff_id, "pin", by, before, at)

    def record_attempt(self, staff_id: int, failed: int, locked_until: str | None) -> None:
        self.db.execute(
            "UPDATE staff SET pin_failed = ?, pin_locked_until = ? WHERE id = ?",
            [failed, locked_until, staff_id],
        )

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
