"""Each member's own offline allowance, kept as settings rows (no schema change).

The shop-wide default is the setting ``offline_allowance``; a member the owner treats
differently has a row ``offline_allowance.member.<member id>`` holding minor units. A
row whose value is empty is a cleared one (back to the default): a setting is never
deleted, because every settings change is audited and ``admin check`` compares the
table with the audit trail (``store/audit.py``, ``settings_drift``).

Written once in SQLite's dialect (a ``LIKE`` prefix, read exactly in Python because
``_`` is a wildcard there), so it runs on a file and on a server alike.
"""

from __future__ import annotations

import re
from typing import Any

PREFIX = "offline_allowance.member."
_NUMBER = re.compile(r"[0-9]{1,18}")
_CHUNK = 500  # ids per ``IN (...)``: well below both engines' limit on parameters


def key(member_id: int) -> str:
    """The settings key of one member's own allowance."""
    return f"{PREFIX}{member_id}"


def own_amounts(db: Any) -> dict[int, int]:
    """Member id → own allowance (minor units), for every member who has one: one
    query, and as many rows as members the owner set apart (not every member)."""
    out: dict[int, int] = {}
    for name, value in db.execute(
        "SELECT key, value FROM settings WHERE key LIKE ?", [PREFIX + "%"]
    ).fetchall():
        rest = str(name)[len(PREFIX) :]
        if (
            str(name).startswith(PREFIX)
            and _NUMBER.fullmatch(rest)
            and _NUMBER.fullmatch(str(value or ""))
        ):
            out[int(rest)] = int(value)
    return out


def own_amount(db: Any, member_id: int) -> int | None:
    """One member's own allowance, or None (never set, or cleared)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key(member_id)]).fetchone()
    if row is None or not row[0] or not _NUMBER.fullmatch(str(row[0])):
        return None
    return int(row[0])


def member(db: Any, member_id: int) -> dict[str, Any] | None:
    """The member's id, name, status, erasure and merge, and first active card."""
    row = db.execute(
        "SELECT id, name, status, erased_at, merged_into FROM members WHERE id = ?", [member_id]
    ).fetchone()
    if row is None:
        return None
    found = dict(zip(("id", "name", "status", "erased_at", "merged_into"), row, strict=True))
    card = db.execute(
        "SELECT code FROM cards WHERE member_id = ? AND status = 'active' ORDER BY code LIMIT 1",
        [member_id],
    ).fetchone()
    found["card"] = card[0] if card is not None else None
    return found


def members(db: Any, ids: list[int]) -> list[dict[str, Any]]:
    """``member`` for each id that names a member, by id (a listing of the own
    allowances: a few rows, read ``_CHUNK`` ids at a time)."""
    out: list[dict[str, Any]] = []
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        rows = db.execute(
            "SELECT id, name, status, erased_at, merged_into FROM members "
            f"WHERE id IN ({marks}) ORDER BY id",
            chunk,
        ).fetchall()
        cards: dict[int, str] = {}
        for member_id, code in db.execute(
            f"SELECT member_id, code FROM cards WHERE member_id IN ({marks}) "
            "AND status = 'active' ORDER BY member_id, code",
            chunk,
        ).fetchall():
            cards.setdefault(int(member_id), str(code))
        for row in rows:
            found = dict(
                zip(("id", "name", "status", "erased_at", "merged_into"), row, strict=True)
            )
            found["card"] = cards.get(int(found["id"]))
            out.append(found)
    return out
