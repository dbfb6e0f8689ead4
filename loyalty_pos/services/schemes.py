"""The owner's set-up of points, credit, passes, the catalogue, promotions, tiers, items."""

from __future__ import annotations

from dataclasses import replace

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


class SchemeService:
    """Adds and changes schemes; each call is one transaction."""

    def __init__(self, db, clock: Clock, actor: Actor) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.store = SchemeStore(db)
        self.programs = ProgramStore(db)
        self.settings = SettingsStore(db)

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
        validate_points(p)
        with write_transaction(self.db):
            if self.store.program_kind(p.id) != "points":
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no program number {id}."), id=p.id
                )
            self._free_name(p.name, p.id)
            self.store.update_points(p)
        return p

    def add_credit(self, p: CreditProgram) -> CreditProgram:
        validate_credit(p)
        with write_transaction(self.db):
            self._free_name(p.name)
            new_id = self.store.insert_credit(p, to_db(self.clock()))
        return replace(p, id=new_id)

    def add_pass(self, p: PassProgram) -> PassProgram:
        validate_pass(p)
        with write_transaction(self.db):
            self._free_name(p.name)
            new_id = self.store.insert_pass(p, to_db(self.clock()))
        return replace(p, id=new_id)

    def add_reward(self, r: CatalogueReward) -> CatalogueReward:
        validate_reward(r)
        with write_transaction(self.db):
            if self.store.program_kind(r.program_id) != "points":
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Catalogue rewards belong to a points program.")
                )
            if any(
                x.program_id == r.program_id and x.name == r.name.strip()
                for x in self.store.rewards()
            ):
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "A reward called “{name}” already exists."),
                    name=r.name.strip(),
                )
            new_id = self.store.insert_reward(r, to_db(self.clock()))
        return replace(r, id=new_id)

    def add_promotion(self, p: Promotion) -> Promotion:
        validate_promotion(p)
        with write_transaction(self.db):
            if self.store.program_kind(p.program_id) != "points":
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Promotions multiply the points of a points program.")
                )
            new_id = self.store.insert_promotion(p, to_db(self.clock()))
        return replace(p, id=new_id)

    def add_tier(self, t: Tier) -> Tier:
        validate_tier(t)
        with write_transaction(self.db):
            if self.store.name_taken("tiers", t.name):
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "A tier called “{name}” already exists."),
                    name=t.name.strip(),
                )
            if any(x.rank == t.rank for x in self.store.tiers()):
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Another tier already has rank {rank}."),
                    rank=t.rank,
                )
            new_id = self.store.insert_tier(t, to_db(self.clock()))
        return replace(t, id=new_id)

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
            if self.store.name_taken("items", i.name, i.id):
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "An item called “{name}” already exists."),
                    name=i.name.strip(),
                )
            self._check_programs(i)
            self.store.update_item(i)
        return i

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
