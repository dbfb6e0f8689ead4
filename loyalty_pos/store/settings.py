"""Shop settings as key/value rows."""

from __future__ import annotations

from sqlite_utils import Database


class SettingsStore:
    """SQL for settings and staff names."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def staff_name(self, staff_id: int) -> str | None:
        row = self.db.execute("SELECT name FROM staff WHERE id = ?", [staff_id]).fetchone()
        return row[0] if row else None
