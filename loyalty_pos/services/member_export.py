"""A member's data, exported whole (GDPR art. 15 and 20; Vietnam's right of access).

``export(member_id, out)`` writes everything the shop holds about the member as one
readable JSON file (details, consents, cards and their history, visits with their
items, discounts and refunds, balances, ledger rows, feedback, coupons, tier changes,
referrals), and a short CSV summary beside it (``FILE.summary.csv``) for a person to
read first. A duplicate merged into the member is included: the shop holds its data
as the same person's. Times are as stored (UTC, ISO 8601); money in minor units with
the currency named once at the top.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, UserError
from ..store.database import read_snapshot
from ..store.member_data import BY_MEMBER, MemberDataStore
from ..store.settings import SettingsStore
from .exports import write_csv

FORMAT = "loyalty-pos member export 1"


@dataclass(frozen=True)
class MemberExport:
    """Where the export went, and how many rows each section holds."""

    path: Path
    summary: Path
    counts: dict[str, int]


class MemberExportService:
    """``export``: one member's data as JSON plus a CSV summary."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.store = MemberDataStore(db)
        self.settings = SettingsStore(db)

    def collect(self, member_id: int) -> dict[str, Any]:
        """The whole document (read in one snapshot: the sections agree)."""
        with read_snapshot(self.db):
            ids = self.store.member_ids(member_id)
            rows = self.store.member_rows(ids)
            if not rows or rows[0]["id"] != member_id:
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no member number {id}."), id=member_id
                )
            doc: dict[str, Any] = {
                "format": FORMAT,
                "shop": self.settings.get("shop_name") or "",
                "currency": self.settings.get("currency") or "HUF",
                "exported_at": to_db(self.clock()),
                "member": rows[0],
                "merged_duplicates": rows[1:],
            }
            doc["visits"] = list(self.store.visits(ids))
            for name in BY_MEMBER:
                doc[name] = self.store.section(name, ids)
        return doc

    def export(self, member_id: int, out: str | Path) -> MemberExport:
        """Write the JSON to ``out`` and the summary beside it (both replaced if they
        exist; nothing left half-written if the place cannot be written)."""
        doc = self.collect(member_id)
        path = Path(out)
        summary = path.with_name(path.stem + ".summary.csv")
        part = path.with_name(path.name + ".part")
        try:
            with open(part, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=2, default=str)
                f.write("\n")
            os.replace(part, path)
        except OSError as err:
            with contextlib.suppress(OSError):
                part.unlink()
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Cannot write {path}: {error}"),
                path=str(path),
                error=err.strerror or str(err),
            ) from None
        write_csv(summary, ["what", "value"], summary_rows(doc))
        counts = {k: len(v) for k, v in doc.items() if isinstance(v, list)}
        return MemberExport(path, summary, counts)


def summary_rows(doc: dict[str, Any]) -> list[list]:
    """A few lines a person reads first: who, since when, how much, what was agreed."""
    m = doc["member"]
    cards = [c["code"] for c in doc["cards"] if c["status"] == "active"]
    rows: list[list] = [
        ["member", m["id"]],
        ["name", m["name"]],
        ["phone", m["phone"] or ""],
        ["email", m["email"] or ""],
        ["birthday", m["birthday"] or ""],
        ["member since", m["created_at"]],
        ["cards", " ".join(cards)],
        ["visits", len(doc["visits"])],
        ["last visit", doc["visits"][-1]["created_at"] if doc["visits"] else ""],
    ]
    for b in doc["balances"]:
        if b["value"]:
            rows.append([f"{b['account']}:{b['program']}", b["value"]])
    latest: dict[str, Any] = {}
    for c in doc["consents"]:
        latest[c["channel"]] = c
    for channel in ("email", "sms", "post"):
        c = latest.get(channel)
        rows.append([f"consent {channel}", "" if c is None else ("yes" if c["answer"] else "no")])
    rows.append(["feedback", len(doc["feedback"])])
    rows.append(["coupons", len(doc["coupons"])])
    return rows
