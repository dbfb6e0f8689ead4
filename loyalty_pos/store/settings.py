"""Shop settings as key/value rows."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..domain.clock import to_db
from .audit import SYSTEM_STAFF, AuditStore
from .database import write_transaction


class SettingsStore:
    """SQL for settings and staff names.

    Every change of a setting writes an audit row in the same transaction (who, when,
    before and after), which the check compares with the settings table. ``actor``
    (the services' ``Actor``) and ``clock`` say who and when; without them the change is
    the system's, now.
    """

    def __init__(self, db: Database, actor: Any = None, clock: Any = None) -> None:
        self.db = db
        self.actor = actor
        self.clock = clock

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        before = self.get(key)
        if before == value:
            return
        with write_transaction(self.db):
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            AuditStore(self.db).record(
                self.actor.by() if self.actor is not None else SYSTEM_STAFF,
                "setting",
                f"setting:{key}",
                {"value": value, "before": before},
                to_db(self.clock()) if self.clock is not None else None,
            )

    def money_recorded(self) -> bool:
        """Whether any amount is stored in the currency's minor units: a visit that
        rang up money, a gift card, store credit, or a price, fee, spend or money-off
        value the owner set up."""
        return bool(
            self.db.execute(
                "SELECT EXISTS (SELECT 1 FROM visits WHERE amount > 0 OR gift_sold > 0) "
                "OR EXISTS (SELECT 1 FROM gift_cards) "
                "OR EXISTS (SELECT 1 FROM ledger WHERE account = 'credit') "
                "OR EXISTS (SELECT 1 FROM items WHERE price IS NOT NULL) "
                "OR EXISTS (SELECT 1 FROM programs WHERE price IS NOT NULL "
                "  OR point_value IS NOT NULL "
                "  OR (reward_kind = 'fixed_discount' AND reward_value > 0)) "
                "OR EXISTS (SELECT 1 FROM rewards WHERE kind = 'fixed_discount') "
                "OR EXISTS (SELECT 1 FROM tiers WHERE fee IS NOT NULL OR min_spend IS NOT NULL) "
                "OR EXISTS (SELECT 1 FROM coupon_offers WHERE kind = 'fixed_discount' "
                "  OR min_spend > 0 OR max_discount IS NOT NULL)"
            ).fetchone()[0]
        )

    def staff_name(self, staff_id: int) -> str | None:
        row = self.db.execute("SELECT name FROM staff WHERE id = ?", [staff_id]).fetchone()
        return row[0] if row else None
