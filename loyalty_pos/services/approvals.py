"""The owner's approval of the counter's risky acts: a big gift card, an old or big void.

A cashier alone can sell a gift card up to the owner's limit and void one of today's
visits up to another; above a limit, or for a visit from an earlier day (in the shop's
own day, not UTC's), the act needs the owner. The rule is checked here, inside the
use case's own transaction (``GiftCardService.issue``, ``VisitService.void``), not by
the screen that asks: any path that reaches those services meets it.

The owner approves in one of three ways, checked in this order:

1. **A PIN just typed** for this very act: ``grant`` checks the owner's PIN (a wrong one
   counts as a failed try, like every PIN prompt) and hands back an ``Approval`` good
   for one use, for two minutes, for this act and amount only. It opens no owner
   session: approving a gift card must not leave the owner's screens open for the
   cashier.
2. **An owner at the till** (the person the till is switched to is an owner). The
   admin command line is the Owner at the till, so scripts are never asked.
3. **An owner session open** (an owner typed their PIN for an owner screen less than
   the idle time ago, ``StaffService.owner_session_open``).

Every approval writes one ``approval`` row in the audit table, in the same transaction
as the act, naming the owner who approved, the act, its amount, who asked and how; a
refused act writes nothing at all.

The limits are settings in the currency's minor units (``gift_card_owner_limit``,
``void_owner_limit``); unset, they follow the currency (``DEFAULT_LIMITS``).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..domain.clock import Clock, from_db, local_day_start, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused, UserError
from ..store.audit import AuditStore
from ..store.settings import SettingsStore
from ..store.staff import StaffStore
from ..store.visits import VisitStore
from .actor import Actor
from .shop import ShopService
from .staff import StaffService

GIFT_CARD_LIMIT = "gift_card_owner_limit"
VOID_LIMIT = "void_owner_limit"
LIMIT_KEYS = (GIFT_CARD_LIMIT, VOID_LIMIT)

# Minor units, one figure per currency for both limits, so the owner has one number to
# remember ("above it, ask me"): 20 000 Ft, 1 000 000 ₫, 2 000 kr, 200 €.
DEFAULT_LIMITS = {"HUF": 20_000, "VND": 1_000_000, "NOK": 200_000, "EUR": 20_000}
# A currency we know nothing about: we can't tell what is a lot in it, so every gift
# card and every void of a paid visit asks the owner until the owner sets the limits.
# Asking too often costs the owner a minute in Settings; asking too rarely is the very
# hole the limits close.
UNKNOWN_CURRENCY_LIMIT = 0
# Above this a limit is a typo, not a choice (it is also the largest gift card).
LIMIT_MAX = 100_000_000
APPROVAL_SECONDS = 120  # how long a PIN typed for one act stays good for it

GIFT_CARD = "gift_card"
VOID = "void"


def default_limit(currency: str) -> int:
    """The limit a shop in ``currency`` starts with (both limits are the same)."""
    return DEFAULT_LIMITS.get(currency.upper(), UNKNOWN_CURRENCY_LIMIT)


def clean_limit(key: str, value: str | int) -> int:
    """A limit as typed (``"20000"``): whole minor units, 0 to ``LIMIT_MAX``.

    Only ASCII digits: "-5", "2e4", "20 000", "½" or "٢٠" are refused, not guessed at.
    """
    text = str(value).strip()
    if not re.fullmatch(r"[0-9]{1,12}", text) or int(text) > LIMIT_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "{key} is a whole amount in minor units (forints, đồng, øre, cents) "
                "from 0 to {max}, not “{value}”.",
            ),
            key=key,
            max=LIMIT_MAX,
            value=str(value),
        )
    return int(text)


@dataclass(frozen=True)
class Act:
    """A risky act: what it is, how much it moves, and the visit it is about."""

    kind: str  # GIFT_CARD or VOID
    amount: int  # minor units: the card's value, or what the voided visit charged
    visit_id: int | None = None

    @staticmethod
    def gift_card(amount: int) -> Act:
        return Act(GIFT_CARD, amount)

    @staticmethod
    def void(visit_id: int, amount: int) -> Act:
        return Act(VOID, amount, visit_id)


@dataclass(frozen=True)
class Need:
    """Why an act needs the owner: above ``limit``, or (a void) from an earlier day."""

    act: Act
    limit: int
    over_limit: bool
    earlier_day: bool = False
    visit_at: datetime | None = None


@dataclass(frozen=True)
class Approval:
    """An owner's PIN typed for one act: good once, for ``APPROVAL_SECONDS``."""

    token: str
    owner_id: int
    owner_name: str
    act: Act
    at: datetime


class ApprovalService:
    """The limits, whether an act needs the owner, and the owner's approval of it."""

    def __init__(
        self, db, clock: Clock, actor: Actor, staff: StaffService, shop: ShopService
    ) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.staff = staff
        self.shop = shop
        self.settings = SettingsStore(db, actor, clock)
        self._granted: dict[str, Approval] = {}

    # The limits ---------------------------------------------------------------------

    def limit(self, key: str) -> int:
        """A limit in minor units; unset (or not a valid limit) it is the currency's."""
        stored = self.settings.get(key)
        if stored is not None:
            try:
                return clean_limit(key, stored)
            except UserError:
                pass  # written by another program: the check reports it; fall back
        return default_limit(self.shop.all()["currency"])

    def limits(self) -> dict[str, int]:
        return {key: self.limit(key) for key in LIMIT_KEYS}

    def set_limit(self, key: str, value: str | int) -> int:
        """Store one limit (the owner's: Settings, ``admin settings set``)."""
        if key not in LIMIT_KEYS:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "There is no setting “{key}”. Settings: {keys}."),
                key=key,
                keys=", ".join(LIMIT_KEYS),
            )
        clean = clean_limit(key, value)
        self.settings.set(key, str(clean))
        return clean

    # Does it need the owner? --------------------------------------------------------

    def gift_card_need(self, amount: int) -> Need | None:
        """None when a cashier may sell a card worth ``amount`` alone."""
        limit = self.limit(GIFT_CARD_LIMIT)
        if amount <= limit:
            return None
        return Need(Act.gift_card(amount), limit, over_limit=True)

    def void_need(self, visit: dict[str, Any] | int) -> Need | None:
        """None when a cashier may void the visit (a row, or its id) alone: it is from
        today and charged no more than the limit. A gift card sold with it counts too."""
        if isinstance(visit, int):
            row = VisitStore(self.db).get(visit)
            if row is None:
                return None  # the void itself says there is no such visit
            visit = row
        amount = int(visit["charged"] or 0) + int(visit["gift_sold"] or 0)
        limit = self.limit(VOID_LIMIT)
        at = from_db(visit["created_at"].replace("Z", "+00:00"))
        earlier = at < local_day_start(self.clock())
        over = amount > limit
        if not (earlier or over):
            return None
        return Need(Act.void(int(visit["id"]), amount), limit, over, earlier, at)

    def owner_present(self) -> bool:
        """An owner approves without a PIN: at the till, or with a session open."""
        return self._present() is not None

    def _present(self) -> tuple[int, str] | None:
        """(owner, how) when an owner is at the till or their session is open."""
        row = StaffStore(self.db).get(self.actor.staff_id)
        if row is not None and row["role"] == "owner" and row["active"]:
            return int(row["id"]), "till"
        owner = self.actor.owner_id
        if owner is not None and self.staff.owner_session_open():
            return owner, "session"
        return None

    # Approving ----------------------------------------------------------------------

    def grant(self, owner_id: int, pin: str, act: Act) -> Approval:
        """An owner's PIN for ``act``; a wrong PIN is counted and refused."""
        member = self.staff.get(owner_id)
        if not member.is_owner or not member.active:
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "Only the owner can approve this."), name=member.name
            )
        if not self.staff.verify(owner_id, pin):
            raise self.staff.wrong_pin(owner_id)  # or the lock this guess just caused
        now = self.clock()
        for token, old in list(self._granted.items()):  # never used: forget it
            if now - old.at > timedelta(seconds=APPROVAL_SECONDS):
                del self._granted[token]
        approval = Approval(secrets.token_hex(16), owner_id, member.name, act, now)
        self._granted[approval.token] = approval
        return approval

    def approver(self, need: Need | None, approval: Approval | None) -> tuple[int, str] | None:
        """(owner, how) who approves ``need``, or None when nothing needs approving.

        Call inside the use case's transaction, before it writes; refuses (``Refused``,
        nothing written) an act that needs the owner and has no approval. A PIN
        approval is used up here, whether the act then succeeds or not.
        """
        if need is None:
            return None
        if approval is not None:
            granted = self._granted.pop(approval.token, None)
            fresh = granted is not None and self.clock() - granted.at <= timedelta(
                seconds=APPROVAL_SECONDS
            )
            if fresh and granted is not None and granted.act == need.act:
                return granted.owner_id, "pin"
        present = self._present()
        if present is not None:
            return present
        raise Refused(_refusal(need), **_refusal_params(need, self.shop.money_text))

    def record(
        self, approver: tuple[int, str] | None, need: Need | None, subject: str, **more: Any
    ) -> None:
        """The approval's audit row (nothing when nothing needed approving)."""
        if approver is None or need is None:
            return
        owner_id, how = approver
        asked_by = self.actor.staff_id
        detail = {
            "act": need.act.kind,
            "amount": need.act.amount,
            "currency": self.shop.all()["currency"],
            "limit": need.limit,
            "over_limit": need.over_limit,
            "earlier_day": need.earlier_day,
            "how": how,
            "asked_by": asked_by,
            "asked_by_name": self.settings.staff_name(asked_by),
            **more,
        }
        AuditStore(self.db).record_approval(owner_id, subject, detail, to_db(self.clock()))


def _refusal(need: Need) -> str:
    if need.act.kind == GIFT_CARD:
        return QT_TRANSLATE_NOOP(
            ERRORS,
            "A gift card worth {amount} needs the owner's approval (above {limit}). "
            "Nothing was sold.",
        )
    if need.earlier_day:
        return QT_TRANSLATE_NOOP(
            ERRORS,
            "Visit {visit} is from an earlier day: voiding it needs the owner's approval. "
            "Nothing was voided.",
        )
    return QT_TRANSLATE_NOOP(
        ERRORS,
        "Visit {visit} charged {amount}: voiding it needs the owner's approval "
        "(above {limit}). Nothing was voided.",
    )


def _refusal_params(need: Need, money_text) -> dict[str, Any]:
    return {
        "amount": money_text(need.act.amount),
        "limit": money_text(need.limit),
        "visit": need.act.visit_id,
    }
