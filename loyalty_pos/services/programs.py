"""The owner's punch-card programs."""

from __future__ import annotations

from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused
from ..domain.ledger import Account, Entry, Kind
from ..domain.programs import StampProgram, validate_program
from ..domain.schemes import expiry_tightened
from ..store.database import write_transaction
from ..store.ledger import LedgerStore
from ..store.programs import ProgramStore
from ..store.schemes import SchemeStore
from .actor import Actor
from .schemes import SchemeService, Switched


class ProgramService:
    """Create, change, list and find programs."""

    def __init__(self, db, clock: Clock, actor: Actor) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.store = ProgramStore(db)
        self.ledger = LedgerStore(db)

    @property
    def staff_id(self) -> int:
        return self.actor.staff_id

    def list(self, *, active_only: bool = False) -> list[StampProgram]:
        return self.store.all(active_only=active_only)

    def get(self, program_id: int) -> StampProgram:
        p = self.store.get(program_id)
        if p is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "There is no program number {id}."), id=program_id
            )
        return p

    def by_name(self, name: str) -> StampProgram:
        p = self.store.by_name(name)
        if p is None:
            raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no program “{name}”."), name=name)
        return p

    def add(self, program: StampProgram) -> StampProgram:
        validate_program(program)
        with write_transaction(self.db):
            if self.store.name_owner(program.name) is not None:
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "A program called “{name}” already exists."),
                    name=program.name.strip(),
                )
            new_id = self.store.insert(program, to_db(self.clock()))
        return self.get(new_id)

    def update(self, program: StampProgram) -> StampProgram:
        validate_program(program)
        with write_transaction(self.db):
            before = self.get(program.id)
            other = self.store.name_owner(program.name)
            if other is not None and other != program.id:
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "A program called “{name}” already exists."),
                    name=program.name.strip(),
                )
            self.store.update(program)
            if expiry_tightened(before.expiry_days, program.expiry_days):
                # Stamps already held get the full new period (``domain/schemes.py``).
                SchemeStore(self.db).restart_expiry(program.id, to_db(self.clock()))
            if program.stamps_needed < before.stamps_needed:
                self._complete_full_cards(program)
        return self.get(program.id)

    def switch(self, program_id: int, on: bool) -> Switched:
        """Switch a punch card off (or on again), saying what members hold on it.

        Off, it gives no new stamps; rewards already ready stay redeemable and stamps
        held stay shown (``domain/schemes.py``). Nothing is written to the ledger.
        """
        return SchemeService(self.db, self.clock, self.actor).switch("card", program_id, on)

    def _complete_full_cards(self, program: StampProgram) -> None:
        """After "stamps needed" is lowered, cards that now hold enough are complete.

        Written as ledger rows (by whoever changed the program, noted as such), so a
        member with 9 stamps on a card that became 8 gets the reward now, not 9 of 8.
        """
        needed = program.stamps_needed
        now = to_db(self.clock())
        for member_id, stamps in self.ledger.holders_of_at_least(program.id, needed):
            done = stamps // needed
            self.ledger.append(
                member_id,
                [
                    Entry(program.id, Account.STAMPS, Kind.COMPLETE, -done * needed),
                    Entry(program.id, Account.REWARDS, Kind.COMPLETE, done),
                ],
                visit_id=None,
                staff_id=self.staff_id,
                created_at=now,
                note="stamps needed lowered",
            )
