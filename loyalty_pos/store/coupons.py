"""SQL for coupon offers, issued single-use codes and the append-only uses."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.coupons import CouponOffer
from .rowids import inserted_id
from .rows import from_row, named

OFFER_COLUMNS = (
    "name, kind, value, max_discount, item_id, min_spend, valid_from, valid_to, valid_days, "
    "per_member_limit, code, trigger, trigger_spend, active"
)
OFFER_NAMES = ("id", *OFFER_COLUMNS.split(", "))


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _offer(row: tuple[Any, ...]) -> CouponOffer:
    return from_row(CouponOffer, named(OFFER_NAMES, row))


def _values(o: CouponOffer) -> list[Any]:
    return [
        o.name.strip(), o.kind.value, o.value, o.max_discount, o.item_id, o.min_spend,
        _iso(o.valid_from), _iso(o.valid_to), o.valid_days, o.per_member_limit, o.code,
        o.trigger, o.trigger_spend, int(o.active),
    ]  # fmt: skip


@dataclass(frozen=True)
class IssuedCoupon:
    """One row of ``coupons``."""

    code: str
    offer_id: int
    member_id: int | None
    valid_from: date | None
    valid_to: date | None
    status: str


def _issued(row: tuple[Any, ...]) -> IssuedCoupon:
    """``code, offer_id, member_id, valid_from, valid_to, status``, in that order."""
    return from_row(IssuedCoupon, named([f.name for f in fields(IssuedCoupon)], row))


class CouponStore:
    """Every query here is served by a primary key or an index of m002, except the
    birthday scan of ``members`` (once a day, at start)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # Offers -------------------------------------------------------------------------

    def _offers(self, where: str, params: list[Any]) -> list[CouponOffer]:
        return [
            _offer(r)
            for r in self.db.execute(
                f"SELECT id, {OFFER_COLUMNS} FROM coupon_offers {where}", params
            ).fetchall()
        ]

    def offers(self, *, active_only: bool = False) -> list[CouponOffer]:
        where = "WHERE active = 1 " if active_only else ""
        return self._offers(where + "ORDER BY name COLLATE NOCASE", [])

    def offer(self, offer_id: int) -> CouponOffer | None:
        found = self._offers("WHERE id = ?", [offer_id])
        return found[0] if found else None

    def offer_by_name(self, name: str) -> CouponOffer | None:
        found = self._offers("WHERE name = ?", [name.strip()])
        return found[0] if found else None

    def offer_by_code(self, code: str) -> CouponOffer | None:
        found = self._offers("WHERE code = ?", [code])
        return found[0] if found else None

    def triggered(self, trigger: str) -> list[CouponOffer]:
        return self._offers("WHERE trigger = ? AND active = 1 ORDER BY id", [trigger])

    def insert_offer(self, o: CouponOffer, created_at: str) -> int:
        cur = self.db.execute(
            f"INSERT INTO coupon_offers ({OFFER_COLUMNS}, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [*_values(o), created_at],
        )
        return inserted_id(cur)

    def update_offer(self, o: CouponOffer) -> None:
        sets = ", ".join(f"{c.strip()} = ?" for c in OFFER_COLUMNS.split(","))
        self.db.execute(f"UPDATE coupon_offers SET {sets} WHERE id = ?", [*_values(o), o.id])

    def item_name(self, item_id: int) -> str | None:
        row = self.db.execute("SELECT name FROM items WHERE id = ?", [item_id]).fetchone()
        return row[0] if row else None

    def member_name(self, member_id: int) -> str | None:
        row = self.db.execute("SELECT name FROM members WHERE id = ?", [member_id]).fetchone()
        return row[0] if row else None

    def item_exists(self, item_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM items WHERE id = ?", [item_id]).fetchone() is not None

    # Issued codes -------------------------------------------------------------------

    def coupon(self, code: str) -> IssuedCoupon | None:
        row = self.db.execute(
            "SELECT code, offer_id, member_id, valid_from, valid_to, status FROM coupons "
            "WHERE code = ?",
            [code],
        ).fetchone()
        if row is None:
            return None
        return _issued(row)

    def issued_with_key(self, offer_id: int, member_id: int | None, key: str) -> str | None:
        row = self.db.execute(
            "SELECT code FROM coupons WHERE offer_id = ? AND member_id IS ? AND issue_key = ?",
            [offer_id, member_id, key],
        ).fetchone()
        return row[0] if row else None

    def insert_coupon(
        self,
        code: str,
        offer_id: int,
        member_id: int | None,
        *,
        visit_id: int | None,
        issue_key: str | None,
        valid: tuple[date | None, date | None],
        staff_id: int,
        created_at: str,
    ) -> None:
        self.db.execute(
            "INSERT INTO coupons (code, offer_id, member_id, issued_visit_id, issue_key, "
            "valid_from, valid_to, status, created_by, created_at) "
            "VALUES (?,?,?,?,?,?,?,'active',?,?)",
            [code, offer_id, member_id, visit_id, issue_key, _iso(valid[0]), _iso(valid[1]),
             staff_id, created_at],
        )  # fmt: skip

    def void_unused_issued_by(self, visit_id: int) -> int:
        """Switch off the still unused codes a visit earned (the visit was refunded)."""
        cur = self.db.execute(
            "UPDATE coupons SET status = 'void' WHERE issued_visit_id = ? AND status = 'active' "
            "AND COALESCE((SELECT SUM(u.delta) FROM coupon_uses u "
            "              WHERE u.coupon_code = coupons.code), 0) < 1",
            [visit_id],
        )
        return cur.rowcount

    def birthday_members_without(
        self, month: int, offer_id: int, key: str, among: list[int] | None = None
    ) -> list[int]:
        """Active members born in ``month`` who have no code of ``offer_id`` with ``key``
        (``among``: of these members only). Read through ``members_birth_month`` (m008):
        a twelfth of the members, not all of them."""
        only = "" if among is None else f" AND m.id IN ({','.join('?' * len(among))})"
        return [
            mid
            for (mid,) in self.db.execute(
                "SELECT m.id FROM members m WHERE m.status = 'active' "
                "AND m.birthday IS NOT NULL AND substr(m.birthday, 6, 2) = ? "
                "AND NOT EXISTS (SELECT 1 FROM coupons c WHERE c.offer_id = ? "
                f"                AND c.member_id = m.id AND c.issue_key = ?){only} ORDER BY m.id",
                [f"{month:02d}", offer_id, key, *(among or [])],
            ).fetchall()
        ]

    def member_exists(self, member_id: int) -> bool:
        return (
            self.db.execute("SELECT 1 FROM members WHERE id = ?", [member_id]).fetchone()
            is not None
        )

    def member_coupons(self, member_id: int, today: date) -> list[tuple[IssuedCoupon, int]]:
        """(code, offer id) of active, unused, in-date codes issued to the member."""
        day = today.isoformat()
        return [
            (_issued(r), r[1])
            for r in self.db.execute(
                "SELECT c.code, c.offer_id, c.member_id, c.valid_from, c.valid_to, c.status "
                "FROM coupons c JOIN coupon_offers o ON o.id = c.offer_id "
                "WHERE c.member_id = ? AND c.status = 'active' AND o.active = 1 "
                "AND (c.valid_from IS NULL OR c.valid_from <= ?) "
                "AND (c.valid_to IS NULL OR c.valid_to >= ?) "
                "AND COALESCE((SELECT SUM(u.delta) FROM coupon_uses u "
                "              WHERE u.coupon_code = c.code), 0) < 1 "
                "ORDER BY c.valid_to IS NULL, c.valid_to, c.created_at",
                [member_id, day, day],
            ).fetchall()
        ]

    # Uses ---------------------------------------------------------------------------

    def code_uses(self, code: str) -> int:
        row = self.db.execute(
            "SELECT COALESCE(SUM(delta), 0) FROM coupon_uses WHERE coupon_code = ?", [code]
        ).fetchone()
        return int(row[0])

    def member_uses(self, offer_id: int, member_id: int) -> int:
        row = self.db.execute(
            "SELECT COALESCE(SUM(delta), 0) FROM coupon_uses WHERE offer_id = ? AND member_id = ?",
            [offer_id, member_id],
        ).fetchone()
        return int(row[0])

    def add_use(
        self,
        offer_id: int,
        code: str | None,
        member_id: int | None,
        visit_id: int,
        delta: int,
        discount: int,
        created_at: str,
        refund_id: int | None = None,
    ) -> None:
        self.db.execute(
            "INSERT INTO coupon_uses (offer_id, coupon_code, member_id, visit_id, refund_id, "
            "delta, discount, created_at) VALUES (?,?,?,?,?,?,?,?)",
            [offer_id, code, member_id, visit_id, refund_id, delta, discount, created_at],
        )

    def visit_uses(self, visit_id: int) -> list[tuple[int, str | None, int | None, int, int]]:
        """(offer, code, member, net uses, discount of the last use) per coupon of a visit."""
        return [
            tuple(r)
            for r in self.db.execute(
                "SELECT offer_id, coupon_code, member_id, SUM(delta), MAX(discount) "
                "FROM coupon_uses WHERE visit_id = ? "
                "GROUP BY offer_id, coupon_code, member_id ORDER BY MIN(id)",
                [visit_id],
            ).fetchall()
        ]
