"""SQL for points, credit and pass programs, the catalogue, promotions, tiers and items."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ..domain.clock import from_db
from ..domain.schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
    Promotion,
    Tier,
)
from .rowids import inserted_id
from .rows import from_row

_POSITION = "(SELECT COALESCE(MAX(position), 0) + 1 FROM programs)"

# What ``set_active`` may switch: kind → (table, condition on the row).
_SWITCHABLE = {
    "points": ("programs", "AND kind = 'points'"),
    "credit": ("programs", "AND kind = 'credit'"),
    "pass": ("programs", "AND kind = 'pass'"),
    "reward": ("rewards", ""),
    "promotion": ("promotions", ""),
    "tier": ("tiers", ""),
    "item": ("items", ""),
    "card": ("programs", "AND kind = 'stamp'"),
}


class SchemeStore:
    """Reads and writes the owner's schemes. Callers hold the transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # Programs of the other kinds --------------------------------------------------------

    def _programs(self, kind: str) -> list[dict[str, Any]]:
        return list(
            self.db.query("SELECT * FROM programs WHERE kind = ? ORDER BY position, id", [kind])
        )

    def points_programs(self) -> list[PointsProgram]:
        return [from_row(PointsProgram, r) for r in self._programs("points")]

    def credit_programs(self) -> list[CreditProgram]:
        return [from_row(CreditProgram, r) for r in self._programs("credit")]

    def pass_programs(self) -> list[PassProgram]:
        return [from_row(PassProgram, r, price=r["price"] or 0) for r in self._programs("pass")]

    def program_kind(self, program_id: int) -> str | None:
        row = self.db.execute("SELECT kind FROM programs WHERE id = ?", [program_id]).fetchone()
        return row[0] if row else None

    def insert_points(self, p: PointsProgram, at: str) -> int:
        cur = self.db.execute(
            "INSERT INTO programs (name, kind, points_per_step, amount_step, points_per_visit, "
            "points_per_item, point_value, expiry_days, per_day_limit, active, position, "
            f"created_at) VALUES (?, 'points', ?,?,?,?,?,?,?,?, {_POSITION}, ?)",
            [
                p.name.strip(),
                p.points_per_step,
                p.amount_step,
                p.points_per_visit,
                p.points_per_item,
                p.point_value,
                p.expiry_days,
                p.per_day_limit,
                int(p.active),
                at,
            ],
        )
        return inserted_id(cur)

    def update_points(self, p: PointsProgram) -> None:
        self.db.execute(
            "UPDATE programs SET name=?, points_per_step=?, amount_step=?, points_per_visit=?, "
            "points_per_item=?, point_value=?, expiry_days=?, per_day_limit=?, active=? "
            "WHERE id=? AND kind='points'",
            [
                p.name.strip(),
                p.points_per_step,
                p.amount_step,
                p.points_per_visit,
                p.points_per_item,
                p.point_value,
                p.expiry_days,
                p.per_day_limit,
                int(p.active),
                p.id,
            ],
        )

    def insert_credit(self, p: CreditProgram, at: str) -> int:
        cur = self.db.execute(
            "INSERT INTO programs (name, kind, rate_bp, expiry_days, active, position, "
            f"created_at) VALUES (?, 'credit', ?, ?, ?, {_POSITION}, ?)",
            [p.name.strip(), p.rate_bp, p.expiry_days, int(p.active), at],
        )
        return inserted_id(cur)

    def update_credit(self, p: CreditProgram) -> None:
        self.db.execute(
            "UPDATE programs SET name=?, rate_bp=?, expiry_days=?, active=? "
            "WHERE id=? AND kind='credit'",
            [p.name.strip(), p.rate_bp, p.expiry_days, int(p.active), p.id],
        )

    def insert_pass(self, p: PassProgram, at: str) -> int:
        cur = self.db.execute(
            "INSERT INTO programs (name, kind, pass_uses, price, expiry_days, active, position, "
            f"created_at) VALUES (?, 'pass', ?, ?, ?, ?, {_POSITION}, ?)",
            [p.name.strip(), p.pass_uses, p.price, p.expiry_days, int(p.active), at],
        )
        return inserted_id(cur)

    def update_pass(self, p: PassProgram) -> None:
        self.db.execute(
            "UPDATE programs SET name=?, pass_uses=?, price=?, expiry_days=?, active=? "
            "WHERE id=? AND kind='pass'",
            [p.name.strip(), p.pass_uses, p.price, p.expiry_days, int(p.active), p.id],
        )

    def expiry_starts(self) -> dict[int, datetime]:
        """Program id → when its expiry was last introduced or shortened."""
        return {
            pid: from_db(at)
            for pid, at in self.db.execute(
                "SELECT id, expiry_from FROM programs WHERE expiry_from IS NOT NULL"
            ).fetchall()
        }

    def restart_expiry(self, program_id: int, at: str) -> None:
        """A new or shorter expiry counts from ``at`` for what is already held."""
        self.db.execute("UPDATE programs SET expiry_from = ? WHERE id = ?", [at, program_id])

    def holdings(self, program_id: int, account: str) -> tuple[int, int]:
        """(members holding some, total held) on one program's account."""
        row = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(value), 0) FROM balances "
            "WHERE program_id = ? AND account = ? AND value > 0",
            [program_id, account],
        ).fetchone()
        return int(row[0]), int(row[1])

    def set_active(self, kind: str, scheme_id: int, active: bool) -> str | None:
        """Switch one scheme on or off; returns its name, or None if there is none."""
        table, where = _SWITCHABLE[kind]
        row = self.db.execute(
            f"SELECT name FROM {table} WHERE id = ? {where}", [scheme_id]
        ).fetchone()
        if row is None:
            return None
        self.db.execute(f"UPDATE {table} SET active = ? WHERE id = ?", [int(active), scheme_id])
        return str(row[0])

    # Catalogue and promotions -------------------------------------------------------------

    def rewards(self) -> list[CatalogueReward]:
        return [
            from_row(CatalogueReward, r)
            for r in self.db.query("SELECT * FROM rewards ORDER BY program_id, position, cost, id")
        ]

    def insert_reward(self, r: CatalogueReward, at: str) -> int:
        cur = self.db.execute(
            "INSERT INTO rewards (program_id, name, cost, kind, value, max_discount, item_id, "
            "active, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                r.program_id,
                r.name.strip(),
                r.cost,
                r.kind.value,
                r.value,
                r.max_discount,
                r.item_id,
                int(r.active),
                at,
            ],
        )
        return inserted_id(cur)

    def update_reward(self, r: CatalogueReward) -> None:
        self.db.execute(
            "UPDATE rewards SET program_id=?, name=?, cost=?, kind=?, value=?, max_discount=?, "
            "item_id=?, active=? WHERE id=?",
            [
                r.program_id,
                r.name.strip(),
                r.cost,
                r.kind.value,
                r.value,
                r.max_discount,
                r.item_id,
                int(r.active),
                r.id,
            ],
        )

    def promotions(self) -> list[Promotion]:
        return [
            from_row(Promotion, r) for r in self.db.query("SELECT * FROM promotions ORDER BY id")
        ]

    def insert_promotion(self, p: Promotion, at: str) -> int:
        cur = self.db.execute(
            "INSERT INTO promotions (program_id, name, multiplier_pct, weekday, starts_on, "
            "ends_on, active, created_at) VALUES (?,?,?,?,?,?,?,?)",
            [*_promotion_values(p), at],
        )
        return inserted_id(cur)

    def update_promotion(self, p: Promotion) -> None:
        self.db.execute(
            "UPDATE promotions SET program_id=?, name=?, multiplier_pct=?, weekday=?, "
            "starts_on=?, ends_on=?, active=? WHERE id=?",
            [*_promotion_values(p), p.id],
        )

    # Tiers ------------------------------------------------------------------------------

    def tiers(self) -> list[Tier]:
        return [from_row(Tier, r) for r in self.db.query("SELECT * FROM tiers ORDER BY rank")]

    def insert_tier(self, t: Tier, at: str) -> int:
        cur = self.db.execute(
            "INSERT INTO tiers (name, rank, min_spend, min_visits, window_days, "
            "earn_multiplier_pct, discount_bp, fee, active, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                t.name.strip(),
                t.rank,
                t.min_spend,
                t.min_visits,
                t.window_days,
                t.earn_multiplier_pct,
                t.discount_bp,
                t.fee,
                int(t.active),
                at,
            ],
        )
        return inserted_id(cur)

    def update_tier(self, t: Tier) -> None:
        self.db.execute(
            "UPDATE tiers SET name=?, rank=?, min_spend=?, min_visits=?, window_days=?, "
            "earn_multiplier_pct=?, discount_bp=?, fee=?, active=? WHERE id=?",
            [
                t.name.strip(),
                t.rank,
                t.min_spend,
                t.min_visits,
                t.window_days,
                t.earn_multiplier_pct,
                t.discount_bp,
                t.fee,
                int(t.active),
                t.id,
            ],
        )

    def tier_members(self, tier_id: int) -> int:
        row = self.db.execute("SELECT COUNT(*) FROM members WHERE tier_id = ?", [tier_id])
        return int(row.fetchone()[0])

    def member_tier(self, member_id: int) -> tuple[int | None, str | None]:
        row = self.db.execute(
            "SELECT tier_id, tier_until FROM members WHERE id = ?", [member_id]
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def set_member_tier(
        self,
        member_id: int,
        tier_id: int | None,
        until: str | None,
        *,
        reason: str,
        visit_id: int | None,
        staff_id: int,
        at: str,
    ) -> None:
        self.db.execute(
            "UPDATE members SET tier_id = ?, tier_until = ? WHERE id = ?",
            [tier_id, until, member_id],
        )
        self.db.execute(
            "INSERT INTO tier_changes (member_id, tier_id, reason, until, visit_id, staff_id, "
            "created_at) VALUES (?,?,?,?,?,?,?)",
            [member_id, tier_id, reason, until, visit_id, staff_id, at],
        )

    def last_tier_change(self, member_id: int) -> tuple[str, int | None] | None:
        """(reason, visit) of the member's latest tier change, if any."""
        row = self.db.execute(
            "SELECT reason, visit_id FROM tier_changes WHERE member_id = ? ORDER BY id DESC "
            "LIMIT 1",
            [member_id],
        ).fetchone()
        return (row[0], row[1]) if row else None

    def qualifying(self, member_id: int, since: str) -> tuple[int, int]:
        """(spend, visits) of a member since ``since``: charged less refunds, not voided."""
        row = self.db.execute(
            "SELECT COALESCE(SUM(charged - refunded), 0), COUNT(*) FROM visits "
            "WHERE member_id = ? AND created_at >= ? AND status = 'confirmed'",
            [member_id, since],
        ).fetchone()
        return int(row[0]), int(row[1])

    def members_due_for_tier_review(self, now: str, among: list[int] | None = None) -> list[int]:
        """Members whose tier period ended by ``now`` (``among``: of these only), through
        ``members_tier_until`` (m008): only those due."""
        only = "" if among is None else f" AND id IN ({','.join('?' * len(among))})"
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM members WHERE tier_id IS NOT NULL AND tier_until IS NOT NULL "
                f"AND tier_until <= ?{only} ORDER BY id",
                [now, *(among or [])],
            ).fetchall()
        ]

    # Items ------------------------------------------------------------------------------

    def items(self) -> list[Item]:
        links: dict[int, set[int]] = {}
        for item_id, program_id in self.db.execute(
            "SELECT item_id, program_id FROM item_programs"
        ).fetchall():
            links.setdefault(item_id, set()).add(program_id)
        return [
            from_row(Item, r, programs=frozenset(links.get(r["id"], ())))
            for r in self.db.query("SELECT * FROM items ORDER BY position, id")
        ]

    def insert_item(self, i: Item, at: str) -> int:
        cur = self.db.execute(
            "INSERT INTO items (name, category, price, active, position, created_at) "
            "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM items), ?)",
            [i.name.strip(), i.category.strip(), i.price, int(i.active), at],
        )
        item_id = inserted_id(cur)
        self.set_item_programs(item_id, i.programs)
        return item_id

    def update_item(self, i: Item) -> None:
        self.db.execute(
            "UPDATE items SET name=?, category=?, price=?, active=? WHERE id=?",
            [i.name.strip(), i.category.strip(), i.price, int(i.active), i.id],
        )
        self.set_item_programs(i.id, i.programs)

    def set_item_programs(self, item_id: int, programs: frozenset[int]) -> None:
        self.db.execute("DELETE FROM item_programs WHERE item_id = ?", [item_id])
        for pid in sorted(programs):
            self.db.execute(
                "INSERT INTO item_programs (item_id, program_id) VALUES (?, ?)", [item_id, pid]
            )

    def name_taken(self, table: str, name: str, except_id: int | None = None) -> bool:
        assert table in {"items", "tiers"}
        row = self.db.execute(
            f"SELECT id FROM {table} WHERE name = ? AND id IS NOT ?", [name.strip(), except_id]
        ).fetchone()
        return row is not None


def _promotion_values(p: Promotion) -> list:
    """The columns an insert and an update of a promotion write, in their order."""
    return [
        p.program_id,
        p.name.strip(),
        p.multiplier_pct,
        p.weekday,
        p.starts_on.isoformat() if p.starts_on else None,
        p.ends_on.isoformat() if p.ends_on else None,
        int(p.active),
    ]
