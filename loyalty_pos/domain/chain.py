"""Hash chains over the rows that move value: the pure part (no SQL, no Qt).

Every row of a chained table is linked, in the order it was written, to the row
before it on the same till: ``hash = sha256(previous hash ‖ canonical JSON of
[table, row id, {column: value}])``. Changing, removing or inserting a row anywhere in
the past changes every later hash, so a till's head hash (the last row's) written
somewhere else (a backup's file name, an end-of-day printout) proves later whether the
history was rewritten after that day.

The canonical JSON is ``json.dumps`` with sorted keys, no spaces and UTF-8 letters as
they are: any other program (a PostgreSQL till, an auditor's script) can recompute it.
Columns whose value is NULL are left out of the object, so a nullable column added to a
table later does not change the hashes of the rows written before it.

Only the columns that never change are hashed. A visit's status, void fields and
refunded amount change by design (a void, a refund); those are checked against the
rows that record the change (``audit`` and ``refunds``) instead.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of the first row of every till's chain
DEFAULT_TILL = "main"
TILL_NAME = re.compile(r"^[A-Za-z0-9_]{1,20}$")

# Table -> the columns hashed (never the id: it is in the envelope). Order is irrelevant
# (keys are sorted); the list is what protects a column: one missing here is not chained.
CHAINED: dict[str, tuple[str, ...]] = {
    "visits": (
        "member_id",
        "staff_id",
        "created_at",
        "request_id",
        "amount",
        "discount",
        "charged",
        "paid_credit",
        "paid_gift",
        "gift_sold",
        "imported",
    ),
    "refunds": (
        "visit_id",
        "amount",
        "full",
        "reason",
        "request_id",
        "staff_id",
        "created_at",
        "cash_back",
        "credit_back",
        "gift_back",
        "gift_as_cash",
    ),
    "ledger": (
        "member_id",
        "program_id",
        "visit_id",
        "refund_id",
        "account",
        "kind",
        "delta",
        "reverses_id",
        "staff_id",
        "created_at",
        "note",
        "pays",
    ),
    "gift_card_ledger": (
        "code",
        "visit_id",
        "refund_id",
        "kind",
        "delta",
        "reverses_id",
        "staff_id",
        "created_at",
        "note",
    ),
    "coupon_uses": (
        "offer_id",
        "coupon_code",
        "member_id",
        "visit_id",
        "refund_id",
        "delta",
        "discount",
        "created_at",
    ),
    "tier_changes": (
        "member_id",
        "tier_id",
        "reason",
        "until",
        "visit_id",
        "staff_id",
        "created_at",
    ),
    "audit": ("at", "staff_id", "action", "subject", "detail"),
}


def _default(value: Any) -> Any:
    """Bytes are not JSON: hex them. No chained column holds bytes, but SQLite lets anyone
    store any type in any column, and a tampered row must be reported, not crash the check.
    """
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return repr(value)


_encode = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default
).encode


def canonical(table: str, row_id: int, columns: Mapping[str, Any]) -> str:
    """The text that is hashed for one row: ``[table, id, {column: value}]``."""
    content = {k: v for k, v in columns.items() if v is not None}
    return _encode([table, int(row_id), content])


def link_hash(previous: str, table: str, row_id: int, columns: Mapping[str, Any]) -> str:
    """The hash of a row following ``previous`` on its till's chain (hex SHA-256)."""
    text = previous + canonical(table, row_id, columns)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_hash(previous: str, table: str, row: tuple[Any, ...]) -> str:
    """``link_hash`` for a row read as ``(id, *CHAINED[table])``: the fast path used
    when a whole table is streamed (the genesis link and the full check)."""
    content = {k: v for k, v in zip(CHAINED[table], row[1:], strict=True) if v is not None}
    text = previous + _encode([table, int(row[0]), content])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def valid_till(name: str) -> bool:
    """A till name goes into backup file names: letters, digits and ``_`` only."""
    return bool(TILL_NAME.match(name))


# Heads in a backup's file name ----------------------------------------------------------

HEAD_DIGITS = 16  # 64 bits of the hash: enough to notice a rewrite, short in a name
_HEAD = re.compile(r"^([A-Za-z0-9_]{1,20})\.(\d+)\.([0-9a-f]{16})$")


@dataclass(frozen=True)
class Head:
    """The last row of one till's chain: its position and hash."""

    till: str
    seq: int
    hash: str


def heads_text(heads: list[Head]) -> str:
    """``main.41523.1f3a9c2b7d4e5f60`` (several tills joined by ``+``), for a file name."""
    return "+".join(f"{h.till}.{h.seq}.{h.hash[:HEAD_DIGITS]}" for h in sorted(heads, key=_till))


def heads_from_text(text: str) -> list[Head] | None:
    """The heads ``heads_text`` wrote (hashes shortened), or None if it is not such text."""
    out = []
    for part in text.split("+"):
        match = _HEAD.match(part)
        if match is None:
            return None
        out.append(Head(match.group(1), int(match.group(2)), match.group(3)))
    return out


def _till(head: Head) -> str:
    return head.till
