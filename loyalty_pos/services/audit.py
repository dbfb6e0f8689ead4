"""The owner's audit trail: who did what and when, in words, a page at a time.

Reads ``store/audit_trail.py`` (visits, voids, refunds, balance corrections, gift-card
sales and voids, tier changes, staff, PIN, settings changes and restores) and turns each
row into an ``AuditEntry`` the owner's screen and ``admin audit`` show as they are. A
PIN never appears, only that it changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from ..domain.clock import Clock, from_db, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, UserError
from ..l10n import format_date, format_time, translate
from ..store.audit_trail import TrailRow, trail
from ..store.staff import StaffStore

CONTEXT = "Audit"
PAGE = 100
PAGE_MAX = 1000

ACTIONS = {
    "visit": QT_TRANSLATE_NOOP(CONTEXT, "Visit"),
    "gift_sale": QT_TRANSLATE_NOOP(CONTEXT, "Gift card sold"),
    "gift_void": QT_TRANSLATE_NOOP(CONTEXT, "Gift card voided"),
    "void": QT_TRANSLATE_NOOP(CONTEXT, "Visit voided"),
    "refund": QT_TRANSLATE_NOOP(CONTEXT, "Refund"),
    "adjust": QT_TRANSLATE_NOOP(CONTEXT, "Balance corrected"),
    "tier": QT_TRANSLATE_NOOP(CONTEXT, "Tier changed"),
    "staff_add": QT_TRANSLATE_NOOP(CONTEXT, "Staff added"),
    "staff_change": QT_TRANSLATE_NOOP(CONTEXT, "Staff changed"),
    "pin": QT_TRANSLATE_NOOP(CONTEXT, "PIN changed"),
    "pin_wrong": QT_TRANSLATE_NOOP(CONTEXT, "Wrong PIN"),
    "pin_unlocked": QT_TRANSLATE_NOOP(CONTEXT, "PIN unlocked"),
    "setting": QT_TRANSLATE_NOOP(CONTEXT, "Setting changed"),
    "restore": QT_TRANSLATE_NOOP(CONTEXT, "Backup restored"),
    "approval": QT_TRANSLATE_NOOP(CONTEXT, "Owner approval"),
    "erase": QT_TRANSLATE_NOOP(CONTEXT, "Member erased"),
    "merge": QT_TRANSLATE_NOOP(CONTEXT, "Members merged"),
}


SETTINGS = {
    "shop_name": QT_TRANSLATE_NOOP(CONTEXT, "Shop name"),
    "currency": QT_TRANSLATE_NOOP(CONTEXT, "Currency"),
    "card_prefix": QT_TRANSLATE_NOOP(CONTEXT, "Card prefix"),
    "language": QT_TRANSLATE_NOOP(CONTEXT, "Language"),
    "text_size": QT_TRANSLATE_NOOP(CONTEXT, "Text size"),
    "colours": QT_TRANSLATE_NOOP(CONTEXT, "Colours"),
    "feedback_enabled": QT_TRANSLATE_NOOP(CONTEXT, "Feedback question"),
    "owner_idle_minutes": QT_TRANSLATE_NOOP(CONTEXT, "Owner screens lock after (min)"),
    "till_name": QT_TRANSLATE_NOOP(CONTEXT, "Till name"),
    "gift_card_owner_limit": QT_TRANSLATE_NOOP(CONTEXT, "Gift cards above this need the owner"),
    "void_owner_limit": QT_TRANSLATE_NOOP(CONTEXT, "Voids above this need the owner"),
}

# How an owner approved a risky act (``services/approvals.py``).
APPROVED_HOW = {
    "pin": QT_TRANSLATE_NOOP(CONTEXT, "owner's PIN typed"),
    "till": QT_TRANSLATE_NOOP(CONTEXT, "the owner at the till"),
    "session": QT_TRANSLATE_NOOP(CONTEXT, "owner screens open"),
}


def tr(text: str) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class AuditEntry:
    """One line of the trail, ready to show."""

    at: datetime  # aware, UTC as stored
    staff_id: int
    person: str
    action: str  # a key of ACTIONS
    subject: str
    details: str

    @property
    def action_text(self) -> str:
        return tr(ACTIONS.get(self.action, self.action))


@dataclass(frozen=True)
class Person:
    id: int
    name: str


class AuditService:
    """Lists the trail, filtered by person and by days, newest first."""

    def __init__(self, db, clock: Clock, money_text: Any) -> None:
        self.db = db
        self.clock = clock
        self.money_text = money_text  # ShopService.money_text: an amount in the currency
        self.staff = StaffStore(db)

    def people(self) -> list[Person]:
        """Everyone who may appear in the trail, the system's own jobs included."""
        return [Person(r["id"], r["name"]) for r in self.staff.all(include_system=True)]

    def person_named(self, name: str) -> Person:
        row = self.staff.by_name(" ".join(name.split()))
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "There is no staff member called {name}."),
                name=name.strip(),
            )
        return Person(row["id"], row["name"])

    def entries(
        self,
        *,
        staff_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
        limit: int = PAGE,
        offset: int = 0,
    ) -> list[AuditEntry]:
        """A page of the trail: days ``start`` to ``end`` inclusive, in the shop's zone."""
        if start is not None and end is not None and end < start:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "The last day is before the first day."))
        if not 1 <= limit <= PAGE_MAX or offset < 0:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Show 1 to {max} entries at a time."), max=PAGE_MAX
            )
        zone = self.clock().tzinfo
        since = to_db(datetime.combine(start, time(), zone)) if start else None
        until = to_db(datetime.combine(end + timedelta(days=1), time(), zone)) if end else None
        rows = trail(
            self.db, staff_id=staff_id, since=since, until=until, limit=limit, offset=offset
        )
        return [self._entry(r) for r in rows]

    # Words ------------------------------------------------------------------------------

    def _entry(self, row: TrailRow) -> AuditEntry:
        subject, details = self._words(row)
        action = row.action
        if action == "pin" and row.detail.get("event") in ("wrong", "unlocked"):
            action = f"pin_{row.detail['event']}"  # a PIN typed, not a PIN changed
        return AuditEntry(
            from_db(row.at.replace("Z", "+00:00")),
            row.staff_id,
            row.staff_name,
            action,
            subject,
            details,
        )

    def _words(self, row: TrailRow) -> tuple[str, str]:
        d, a = row.detail, row.action
        if a in ("visit", "gift_sale") and isinstance(row.ref, int) and "charged" in d:
            subject = _visit(row.ref, d.get("member"))
            amount = d["gift"] if a == "gift_sale" else d["charged"]
            details = self.money_text(amount)
            if d.get("status") == "voided":
                details += " · " + tr("voided")
            elif d.get("status") == "refunded":
                details += " · " + tr("refunded")
            return subject, details
        if a in ("gift_sale", "gift_void"):
            text = tr("Gift card {code}").format(code=d.get("code"))
            return text, _join(self.money_text(abs(d.get("amount") or 0)), d.get("note"))
        if a == "refund":
            kind = tr("in full") if d.get("full") else tr("in part")
            return _visit(row.ref, d.get("member")), _join(
                f"{self.money_text(d.get('amount') or 0)} {kind}", d.get("reason")
            )
        if a == "adjust":
            delta = d.get("delta") or 0
            amount = self.money_text(delta) if d.get("account") == "credit" else f"{delta:+d}"
            return d.get("member") or "?", _join(f"{d.get('program')}: {amount}", d.get("note"))
        if a == "tier":
            return d.get("member") or "?", f"{d.get('tier') or tr('no tier')} ({d.get('reason')})"
        return self._audit_words(row)

    def _audit_words(self, row: TrailRow) -> tuple[str, str]:
        d, kind, key = row.detail, row.action, str(row.ref).partition(":")[2]
        if kind == "void":
            return tr("Visit {id}").format(id=key), d.get("reason") or ""
        if kind == "setting":
            name = tr(SETTINGS[key]) if key in SETTINGS else key
            return name, f"{_shown(d.get('before'))} → {_shown(d.get('value'))}"
        if kind == "restore":
            return d.get("file") or key, ""
        if kind == "approval":
            return self._approval_words(d, key)
        if kind == "erase":
            return tr("Member #{id}").format(id=key), d.get("reason") or ""
        if kind == "merge":
            subject = tr("Member #{id} into #{keep}").format(id=d.get("from"), keep=key)
            return subject, d.get("reason") or ""
        if kind == "pin" and d.get("event"):
            return self._pin_words(d, key)
        state = d.get("state") or {}
        name = state.get("name") or key
        if kind == "staff_add":
            return name, _role(state.get("role"))
        if kind == "pin":
            return name, tr("new PIN") if state.get("pin") else tr("PIN removed")
        if kind == "staff_change":
            return name, _changes(d.get("before") or {}, state)
        return key, ""

    def _pin_words(self, d: dict[str, Any], key: str) -> tuple[str, str]:
        """A wrong PIN for whom, how many in a row, and the lock it caused: "Anna",
        "5 in a row · locked until 14:20". The PIN typed was never stored."""
        name = d.get("name") or key
        if d.get("event") != "wrong":
            return name, ""
        lock = ""
        if d.get("for_good"):
            lock = tr("locked until the owner unlocks it")
        elif d.get("until"):
            until = from_db(str(d["until"]).replace("Z", "+00:00")).astimezone(self.clock().tzinfo)
            lock = tr("locked until {time}").format(
                time=f"{format_date(until)} {format_time(until)}"
            )
        return name, _join(tr("{count} in a row").format(count=d.get("in_a_row") or 1), lock)

    def _approval_words(self, d: dict[str, Any], key: str) -> tuple[str, str]:
        """What the owner let through, and how: "Void of visit 12", "25 000 Ft · from
        an earlier day · asked by Anna · owner's PIN typed · wrong customer"."""
        if d.get("act") == "void":
            subject = tr("Void of visit {id}").format(id=key)
        else:
            subject = tr("Gift card {code} sold").format(code=d.get("code") or key)
        why = []
        if d.get("earlier_day"):
            why.append(tr("from an earlier day"))
        if d.get("over_limit"):
            why.append(tr("above {limit}").format(limit=self.money_text(d.get("limit") or 0)))
        how = d.get("how")
        return subject, _join(
            self.money_text(d.get("amount") or 0),
            ", ".join(why),
            tr("asked by {name}").format(name=d.get("asked_by_name") or "?"),
            tr(APPROVED_HOW[how]) if how in APPROVED_HOW else how,
            d.get("reason"),
        )


def _visit(visit_id: Any, member: str | None) -> str:
    text = tr("Visit {id}").format(id=visit_id)
    return f"{text} · {member}" if member else text


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def _shown(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


def _role(role: str | None) -> str:
    return {"owner": tr("owner"), "cashier": tr("cashier")}.get(role or "", role or "")


def _changes(before: dict[str, Any], after: dict[str, Any]) -> str:
    out = []
    if before.get("name") != after.get("name"):
        out.append(f"{before.get('name')} → {after.get('name')}")
    if before.get("role") != after.get("role"):
        out.append(f"{_role(before.get('role'))} → {_role(after.get('role'))}")
    if before.get("active") != after.get("active"):
        out.append(tr("works here") if after.get("active") else tr("left"))
    return ", ".join(out)
