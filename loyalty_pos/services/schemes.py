"""The owner's set-up of points, credit, passes, the catalogue, promotions, tiers, items."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..domain.schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
    Promotion,
    Tier,
    expiry_tightened,
    validate_credit,
    validate_item,
    validate_pass,
    validate_points,
    validate_promotion,
    validate_reward,
    validate_tier,
)
from ..store.database import write_transaction
from ..store.programs import ProgramStore
from ..store.schemes import SchemeStore
from ..store.settings import SettingsStore
from .actor import Actor

MAX_DISCOUNTS_PER_VISIT = 10

# "card" is a punch card (``ProgramService`` adds and changes those; switching is shared).
SchemeKind = Literal["points", "credit", "pass", "reward", "promotion", "tier", "item", "card"]
SWITCH_KINDS: frozenset[str] = frozenset(get_args(SchemeKind))
# The ledger account members hold in a program of each kind.
HELD_ACCOUNTS = {"points": "points", "credit": "credit", "pass": "passes", "card": "rewards"}


@dataclass(frozen=True)
class Switched:
    """A scheme switched on or off, and what members hold in it (kept either way).

    ``holders`` members hold ``held`` (points, minor units of credit, pass uses, or
    punch-card rewards ready); for a tier, ``holders`` is how many members are in it.
    For a punch card, ``unfinished`` members also hold ``stamps`` stamps on a card not
    yet complete (shown, but no longer growing while it is off).
    """

    kind: str
    id: int
    name: str
    active: bool
    holders: int = 0
    held: int = 0
    unfinished: int = 0
    stamps: int = 0


class SchemeService:
    """Adds and changes schemes; each call is one transaction."""

    def __init__(self, db, clock: Clock, actor: Actor) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.store = SchemeStore(db)
        self.programs = ProgramStore(db)
        self.settings = SettingsStore(db, actor, clock)

    def _free_name(self, name: str, except_id: int | None = None) -> None:
        owner = self.programs.name_owner(name)
        if owner is not None and owner != except_id:
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "A program called “{name}” already exists."),
                name=name.strip(),
            )

    def add_points(self, p: PointsProgram) -> PointsProgram:
        validate_points(p)
        with write_transaction(self.db):
            self._free_name(p.name)
            new_id = self.store.insert_points(p, to_db(self.clock()))
        return replace(p, id=new_id)

    def update_points(self, p: PointsProgram) -> PointsProgram:
        """New terms from the next checkout; points held stay (see ``domain/schemes.py``)."""
        validate_points(p)
        with write_transaction(self.db):
            before = self._program_before(self.store.points_programs(), p.id)
            self._free_name(p.name, p.id)
            self.store.update_points(p)
            self._note_expiry(p.id, before.expiry_days, p.expiry_days)
        return p

    def _program_before(self, programs: list[Any], program_id: int) -> Any:
        found = next((x for x in programs if x.id == program_id), None)
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "There is no program number {id}."), id=program_id
            )
        return found

    def _note_expiry(self, program_id: int, before: int | None, after: int | None) -> None:
        """A new or shorter expiry counts from now for what members already hold."""
        if expiry_tightened(before, after):
            self.store.restart_expiry(program_id, to_db(self.clock()))

    def add_credit(self, p: CreditProgram) -> CreditProgram:
        validate_credit(p)
        with write_transaction(self.db):
            self._free_name(p.name)
            new_id = self.store.insert_credit(p, to_db(self.clock()))
        return replace(p, id=new_id)

    def update_credit(self, p: CreditProgram) -> CreditProgram:
        """A new rate from the next checkout; credit held stays the member's."""
        validate_credit(p)
        with write_transaction(self.db):
            before = self._program_before(self.store.credit_programs(), p.id)
            self._free_name(p.name, p.id)
            self.store.update_credit(p)
            self._note_expiry(p.id, before.expiry_days, p.expiry_days)
        return p

    def add_pass(self, p: PassProgram) -> PassProgram:
        validate_pass(p)
        with write_transaction(self.db):
            self._free_name(p.name)
            new_id = self.store.insert_pass(p, to_db(self.clock()))
        return replace(p, id=new_id)

    def update_pass(self, p: PassProgram) -> PassProgram:
        """A new price or size for passes sold from now on; uses already bought stay."""
        validate_pass(p)
        with write_transaction(self.db):
            self._program_before(self.store.pass_programs(), p.id)
            self._free_name(p.name, p.id)
            self.store.update_pass(p)
        return p

    def add_reward(self, r: CatalogueReward) -> CatalogueReward:
        validate_reward(r)
        with write_transaction(self.db):
            self._check_reward(r)
            new_id = self.store.insert_reward(r, to_db(self.clock()))
        return replace(r, id=new_id)

    def update_reward(self, r: CatalogueReward) -> CatalogueReward:
        """A new cost or discount from the next redemption."""
        validate_reward(r)
        with write_transaction(self.db):
            if not any(x.id == r.id for x in self.store.rewards()):
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no catalogue reward number {id}."),
                    id=r.id,
                )
            self._check_reward(r)
            self.store.update_reward(r)
        return r

    def _check_reward(self, r: CatalogueReward) -> None:
        if self.store.program_kind(r.program_id) != "points":
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "Catalogue rewards belong to a points program.")
            )
        if any(
            x.program_id == r.program_id and x.name == r.name.strip() and x.id != r.id
            for x in self.store.rewards()
        ):
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "A reward called “{name}” already exists."),
                name=r.name.strip(),
            )

    def add_promotion(self, p: Promotion) -> Promotion:
        validate_promotion(p)
        with write_transaction(self.db):
            self._check_promotion(p)
            new_id = self.store.insert_promotion(p, to_db(self.clock()))
        return replace(p, id=new_id)

    def update_promotion(self, p: Promotion) -> Promotion:
        """New dates or multiplier from the next checkout (e.g. a promotion ends early)."""
        validate_promotion(p)
        with write_transaction(self.db):
            if not any(x.id == p.id for x in self.store.promotions()):
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no promotion number {id}."), id=p.id
                )
            self._check_promotion(p)
            self.store.update_promotion(p)
        return p

    def _check_promotion(self, p: Promotion) -> None:
        if self.store.program_kind(p.program_id) != "points":
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "Promotions multiply the points of a points program.")
            )

    def add_tier(self, t: Tier) -> Tier:
        validate_tier(t)
        with write_transaction(self.db):
            self._check_tier(t)
            new_id = self.store.insert_tier(t, to_db(self.clock()))
        return replace(t, id=new_id)

    def update_tier(self, t: Tier) -> Tier:
        """New benefits apply at once to members in the tier; thresholds at the next review."""
        validate_tier(t)
        with write_transaction(self.db):
            if not any(x.id == t.id for x in self.store.tiers()):
                raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no tier number {id}."), id=t.id)
            self._check_tier(t)
            self.store.update_tier(t)
        return t

    def _check_tier(self, t: Tier) -> None:
        if self.store.name_taken("tiers", t.name, t.id or None):
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "A tier called “{name}” already exists."),
                name=t.name.strip(),
            )
        if any(x.rank == t.rank and x.id != t.id for x in self.store.tiers()):
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "Another tier already has rank {rank}."),
                rank=t.rank,
            )

    def add_item(self, i: Item) -> Item:
        validate_item(i)
        with write_transaction(self.db):
            if self.store.name_taken("items", i.name):
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "An item called “{name}” already exists."),
                    name=i.name.strip(),
                )
            self._check_programs(i)
            new_id = self.store.insert_item(i, to_db(self.clock()))
        return replace(i, id=new_id)

    def update_item(self, i: Item) -> Item:
        validate_item(i)
        with write_transaction(self.db):
            if not any(x.id == i.id for x in self.store.items()):
                raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no item number {id}."), id=i.id)
            if self.store.name_taken("items", i.name, i.id):
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "An item called “{name}” already exists."),
                    name=i.name.strip(),
                )
            self._check_programs(i)
            self.store.update_item(i)
        return i

    def switch(self, kind: SchemeKind, scheme_id: int, on: bool) -> Switched:
        """Switch a scheme off (or on again); never deletes, never touches balances.

        Returns what members hold in it, so the owner is told that they keep it. The
        rules for what a switched-off scheme still does are in ``domain/schemes.py``.
        """
        if kind not in SWITCH_KINDS:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Nothing of that kind can be switched."))
        with write_transaction(self.db):
            name = self.store.set_active(kind, scheme_id, on)
            if name is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is nothing to switch with number {id}."),
                    id=scheme_id,
                )
            holders, held, unfinished, stamps = 0, 0, 0, 0
            if kind in HELD_ACCOUNTS:
                holders, held = self.store.holdings(scheme_id, HELD_ACCOUNTS[kind])
            if kind == "card":
                unfinished, stamps = self.store.holdings(scheme_id, "stamps")
            elif kind == "tier":
                holders = self.store.tier_members(scheme_id)
        return Switched(kind, scheme_id, name, on, holders, held, unfinished, stamps)

    def _check_programs(self, i: Item) -> None:
        for pid in i.programs:
            if self.store.program_kind(pid) not in ("stamp", "points"):
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no stamp or points program number {id}."),
                    id=pid,
                )

    def items(self) -> list[Item]:
        return self.store.items()

    def item_by_name(self, name: str) -> Item:
        key = name.strip().casefold()
        for i in self.store.items():
            if i.name.casefold() == key:
                return i
        raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no item “{name}”."), name=name.strip())

    def set_discounts_per_visit(self, n: int) -> None:
        """How many discount rewards may stack on one visit; 0 means no limit."""
        if not 0 <= n <= MAX_DISCOUNTS_PER_VISIT:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Discounts per visit is 0 (no limit) to {max}."),
                max=MAX_DISCOUNTS_PER_VISIT,
            )
        with write_transaction(self.db):
            self.settings.set("discounts_per_visit", str(n))

    def set_referral(self, program_id: int | None, bonus: int) -> None:
        """The bonus both members get when a referred member first pays."""
        if bonus < 0:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "A bonus cannot be negative."))
        with write_transaction(self.db):
            if program_id is not None and self.store.program_kind(program_id) not in (
                "points",
                "credit",
            ):
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no points or credit program number {id}."),
                    id=program_id,
                )
            self.settings.set("referral_program_id", "" if program_id is None else str(program_id))
            self.settings.set("referral_bonus", str(bonus))
