"""SQL for the owner's audit trail: who did what, when, read from the rows themselves.

The trail is not a copy of the data: visits, refunds, adjustments, gift-card sales and
voids, and tier changes are read from their own (chained) tables, and staff, PIN,
settings, void and restore entries from ``audit``. Each source is read newest first
through an index on its time, at most ``offset + limit`` rows each, and the sources are
merged: a page costs the same on a shop with millions of rows as on a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from .audit import loads

# An erased member's name is empty: the trail names them by number (``services/erase.py``).
MEMBER = "IIF(m.erased_at IS NULL, m.name, '#' || m.id)"

# One SELECT per source: (time column, person column, SELECT of (at, staff_id, action,
# ref, detail JSON, table, row id), and a condition of its own if it needs one). The
# first SELECT names the columns of the union. Entries at the same moment (one use case
# writes several rows) come in the order they were written: their links' order.
_SOURCES = (
    (
        "v.created_at",
        "v.staff_id",
        "SELECT v.created_at AS at, v.staff_id AS staff_id, "
        "CASE WHEN v.gift_sold > 0 THEN 'gift_sale' ELSE 'visit' END AS action, "
        "CAST(v.id AS TEXT) AS ref, CAST(json_object('member', "
        f"{MEMBER}"
        ", 'amount', v.amount, 'charged', v.charged, "
        "'gift', v.gift_sold, 'status', v.status) AS TEXT) AS detail, 'visits' AS src, v.id AS rid "
        "FROM visits v LEFT JOIN members m ON m.id = v.member_id",
    ),
    (
        "r.created_at",
        "r.staff_id",
        "SELECT r.created_at, r.staff_id, 'refund', CAST(r.visit_id AS TEXT), "
        "CAST(json_object('amount', r.amount, "
        "'full', r.full, 'reason', r.reason, 'member', "
        f"{MEMBER}"
        ") AS TEXT), 'refunds', r.id "
        "FROM refunds r JOIN visits v ON v.id = r.visit_id "
        "LEFT JOIN members m ON m.id = v.member_id",
    ),
    (
        "l.created_at",
        "l.staff_id",
        "SELECT l.created_at, l.staff_id, 'adjust', CAST(l.member_id AS TEXT), "
        "CAST(json_object('member', "
        f"{MEMBER}"
        ", "
        "'program', p.name, 'account', l.account, 'delta', l.delta, 'note', l.note) AS TEXT), "
        "'ledger', l.id "
        "FROM ledger l "
        "JOIN members m ON m.id = l.member_id JOIN programs p ON p.id = l.program_id",
        "l.kind = 'adjust'",
    ),
    (
        "g.created_at",
        "g.staff_id",
        "SELECT g.created_at, g.staff_id, "
        "CASE g.kind WHEN 'issue' THEN 'gift_sale' ELSE 'gift_void' END, CAST(g.id AS TEXT), "
        "CAST(json_object('code', g.code, 'amount', g.delta, 'note', g.note) AS TEXT), "
        "'gift_card_ledger', g.id "
        "FROM gift_card_ledger g",
        "(g.kind = 'void' OR (g.kind = 'issue' AND g.visit_id IS NULL))",
    ),
    (
        "t.created_at",
        "t.staff_id",
        "SELECT t.created_at, t.staff_id, 'tier', CAST(t.member_id AS TEXT), "
        "CAST(json_object('member', "
        f"{MEMBER}"
        ", "
        "'tier', s.name, 'reason', t.reason) AS TEXT), 'tier_changes', t.id "
        "FROM tier_changes t JOIN members m ON m.id = t.member_id "
        "LEFT JOIN tiers s ON s.id = t.tier_id",
    ),
    (
        "a.at",
        "a.staff_id",
        "SELECT a.at, a.staff_id, a.action, a.subject, a.detail, 'audit', a.id FROM audit a",
        "a.action <> 'snapshot'",
    ),
)


@dataclass(frozen=True)
class TrailRow:
    """One entry as stored: ``ref`` is the visit, member, gift-card row or audit subject
    it is about; ``detail`` what the source row says."""

    at: str
    staff_id: int
    staff_name: str
    action: str
    ref: Any
    detail: dict[str, Any]


def _source(time_col: str, staff_col: str, select: str, extra: str | None, where: list[str]):
    conds = [c.format(t=time_col, s=staff_col) for c in where]
    if extra:
        conds.append(extra)
    clause = f" WHERE {' AND '.join(conds)}" if conds else ""
    return f"SELECT * FROM ({select}{clause} ORDER BY {time_col} DESC LIMIT :n)"


def trail(
    db: Database,
    *,
    staff_id: int | None,
    since: str | None,
    until: str | None,
    limit: int,
    offset: int,
) -> list[TrailRow]:
    """Entries newest first; ``since``/``until`` are stored times (``until`` excluded)."""
    where = []
    if since is not None:
        where.append("{t} >= :since")
    if until is not None:
        where.append("{t} < :until")
    if staff_id is not None:
        where.append("{s} = :staff")
    parts = [_source(src[0], src[1], src[2], src[3] if len(src) > 3 else None, where)
             for src in _SOURCES]  # fmt: skip
    sql = (
        "SELECT e.at, e.staff_id, COALESCE(s.name, '?'), e.action, e.ref, e.detail, e.src FROM ("
        + " UNION ALL ".join(parts)
        + ") AS e "
        "LEFT JOIN staff s ON s.id = e.staff_id "
        "LEFT JOIN chain c ON c.tbl = e.src AND c.row_id = e.rid "
        "ORDER BY e.at DESC, COALESCE(c.seq, 0) DESC, e.src, e.rid DESC LIMIT :limit OFFSET :offset"
    )
    params = {
        "since": since,
        "until": until,
        "staff": staff_id,
        "n": offset + limit,
        "limit": limit,
        "offset": offset,
    }
    return [
        # refs are text in the union (an audit subject is text, the others row ids:
        # PostgreSQL wants one type per column); a row id is a number again here
        TrailRow(at, sid, name, action, ref if src == "audit" else int(ref), loads(detail))
        for at, sid, name, action, ref, detail, src in db.execute(sql, params).fetchall()
    ]
