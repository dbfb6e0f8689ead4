"""The owner's offline allowances: one default for every member, and members set apart.

While a till cannot reach the shop's server, a member may pay with store credit and
points up to an allowance (``services/outbox.py`` checks it, ``domain/offline.py`` has
the rule). The shop-wide amount (setting ``offline_allowance``) is the default; the
owner can give one member a different amount (more for a trusted regular, 0 for one
who must never spend offline) and clear it again, back to the default. The members'
amounts are settings rows too (``store/offline_allowances.py``): no schema change, and
each change is audited like every setting. Tills learn them at their next sync.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..domain.offline import MAX_ALLOWANCE, member_allowance
from ..store import offline_allowances as store
from ..store.database import write_transaction
from ..store.dialect import is_server
from .member_names import display_name
from .outbox import allowance as default
from .outbox import set_allowance as set_default

__all__ = [
    "MemberAllowance",
    "check_amount",
    "clear_for_member",
    "default",
    "for_member",
    "listing",
    "member_id_of",
    "on_server",
    "set_default",
    "set_for_member",
]

_ID = re.compile(r"#?([0-9]{1,12})")  # a member number; a card code has 13 digits


@dataclass(frozen=True)
class MemberAllowance:
    """What one member may spend offline, and where the amount comes from."""

    member_id: int
    name: str
    card: str | None
    own: int | None  # the owner's amount for this member; None: the default applies
    default: int

    @property
    def amount(self) -> int:
        return member_allowance(self.own, self.default)

    def as_json(self) -> dict[str, Any]:
        return {
            "member_id": self.member_id,
            "name": self.name,
            "card": self.card,
            "offline_allowance": self.amount,
            "own": self.own is not None,
            "default": self.default,
        }


def on_server(services: Any) -> bool:
    """Whether the shop is on a server: only its tills can be offline."""
    return is_server(services.db)


def check_amount(value: int) -> int:
    """An allowance is 0 to ``MAX_ALLOWANCE`` minor units (above: a typo)."""
    if not 0 <= value <= MAX_ALLOWANCE:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The offline allowance is 0 to {max} (minor units)."),
            max=MAX_ALLOWANCE,
        )
    return value


def member_id_of(services: Any, text: str) -> int:
    """The member a command line's ``--member`` names: a member number (``12`` or
    ``#12``) or a card code (13 digits with their check digit, or the QR's ``LP…``)."""
    found = _ID.fullmatch(text.strip())
    if found is not None:
        return int(found.group(1))
    return int(services.members.member_id_for_card(text))


def for_member(services: Any, member_id: int) -> MemberAllowance:
    """The allowance that applies to one member; an unknown number → ``NotFound``."""
    row = _member(services, member_id)
    own = store.own_amount(services.db, member_id)
    return MemberAllowance(row["id"], _name(row), row["card"], own, default(services.settings))


def set_for_member(services: Any, member_id: int, value: int) -> MemberAllowance:
    """Give one member their own allowance (0: never spends offline). Refused for an
    unknown, erased or merged member, or an amount out of range; nothing is changed."""
    check_amount(value)
    with write_transaction(services.db):
        row = _member(services, member_id)
        if row["erased_at"]:
            raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Member #{id} was erased."), id=member_id)
        if row["merged_into"] is not None:
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "Member #{id} was merged into member #{into}."),
                id=member_id,
                into=row["merged_into"],
            )
        services.settings.set(store.key(member_id), str(value))
    return for_member(services, member_id)


def clear_for_member(services: Any, member_id: int) -> MemberAllowance:
    """Back to the default for one member (nothing to clear: nothing changes). The row
    stays, empty: a setting is never deleted, so the audit trail matches the table."""
    with write_transaction(services.db):
        _member(services, member_id)
        if services.settings.get(store.key(member_id)):
            services.settings.set(store.key(member_id), "")
    return for_member(services, member_id)


def listing(services: Any) -> list[MemberAllowance]:
    """Every member with an own allowance, by member number."""
    own = store.own_amounts(services.db)
    shop_default = default(services.settings)
    return [
        MemberAllowance(row["id"], _name(row), row["card"], own[row["id"]], shop_default)
        for row in store.members(services.db, list(own))
    ]


def _member(services: Any, member_id: int) -> dict[str, Any]:
    row = store.member(services.db, member_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no member number {id}."), id=member_id)
    return row


def _name(row: dict[str, Any]) -> str:
    return display_name(row)  # an erased member is "Erased member #12"
