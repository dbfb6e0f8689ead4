"""Reading the shop's members in pages, for a till's last-known copy (``store/outbox.py``).

A till refreshes its copy after each sync; at 100,000 members the copy must not hold
one transaction open on the server nor load every row at once, so members are read in
pages of ``PAGE`` by id (keyset: each page is an index range), and each page's cards
and balances by that id range. Written once in SQLite's dialect: it runs on a file and
on a server alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

PAGE = 2000


def member_pages(db: Any, page: int = PAGE) -> Iterator[list[dict[str, Any]]]:
    """Every member, ``page`` at a time, each with ``card`` (an active card, the
    first by code) and ``balances`` (list of (program id, account, value))."""
    after = 0
    while True:
        rows = [
            dict(zip(("id", "name", "status"), r, strict=True))
            for r in db.execute(
                "SELECT id, name, status FROM members WHERE id > ? ORDER BY id LIMIT ?",
                [after, page],
            ).fetchall()
        ]
        if not rows:
            return
        low, high = rows[0]["id"], rows[-1]["id"]
        cards: dict[int, str] = {}
        for member_id, code in db.execute(
            "SELECT member_id, code FROM cards WHERE member_id BETWEEN ? AND ? "
            "AND status = 'active' ORDER BY member_id, code",
            [low, high],
        ).fetchall():
            cards.setdefault(member_id, code)
        balances: dict[int, list[tuple[int, str, int]]] = {}
        for member_id, program_id, account, value in db.execute(
            "SELECT member_id, program_id, account, value FROM balances "
            "WHERE member_id BETWEEN ? AND ? AND value <> 0 "
            "ORDER BY member_id, program_id, account",
            [low, high],
        ).fetchall():
            balances.setdefault(member_id, []).append((program_id, account, value))
        for row in rows:
            row["card"] = cards.get(row["id"])
            row["balances"] = balances.get(row["id"], [])
        yield rows
        after = high


def names(db: Any) -> list[tuple[str, str, int]]:
    """(kind, name, id) of every program (kind ``program``) and item (``item``): what a
    till needs to read a command line's ``--program NAME`` or ``--item NAME=N``."""
    out = [("program", str(name), int(pid))
           for pid, name in db.execute("SELECT id, name FROM programs").fetchall()]  # fmt: skip
    out += [("item", str(name), int(iid))
            for iid, name in db.execute("SELECT id, name FROM items").fetchall()]  # fmt: skip
    return out


def point_values(db: Any) -> dict[int, int]:
    """Points program → minor units per point, for the programs that take points as
    money: what an offline allowance counts a points payment at."""
    rows = db.execute(
        "SELECT id, point_value FROM programs WHERE kind = 'points' AND point_value IS NOT NULL"
    ).fetchall()
    return {int(pid): int(value) for pid, value in rows}
