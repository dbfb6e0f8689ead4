"""Staff, roles and PINs: who may work the till, who may open the owner's screens.

A wrong PIN is counted in the database, so five wrong guesses lock that person out for
a while even if the app is restarted in between; each lock since the last right PIN is
longer, and the fourth lasts until an owner unlocks (``domain/pins.py``). Every wrong
PIN is an audit row, and the next owner to sign in is told of them once
(``sign_in_owner``): a guesser is not only slowed down, someone hears of it. The
owner's session (the time after a right owner PIN during which owner screens open
without asking again) lives here too, so every screen shares one session and one idle
timeout.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..domain.clock import Clock, from_db, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..domain.pins import (
    PinState,
    after_attempt,
    check_pin_format,
    hash_pin,
    new_salt,
    pin_is_short,
    pin_matches,
)
from ..l10n import translate
from ..store.audit import SYSTEM_STAFF
from ..store.database import write_transaction
from ..store.settings import SettingsStore
from ..store.staff import StaffStore
from .actor import Actor

ROLES = ("owner", "cashier")
NAME_MAX = 40
DEFAULT_IDLE_MINUTES = 5


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    active: bool
    has_pin: bool
    locked_until: datetime | None = None
    locked_for_good: bool = False  # until an owner unlocks (or sets a new PIN)

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"

    def locked(self, now: datetime) -> bool:
        return self.locked_for_good or (self.locked_until is not None and now < self.locked_until)


@dataclass(frozen=True)
class PinTrouble:
    """Wrong PINs typed for one person since an owner's last sign-in, and their lock now."""

    staff_id: int
    name: str
    wrong: int
    locked_until: datetime | None  # a timed lock still running
    locked_for_good: bool


@dataclass(frozen=True)
class OwnerSignIn:
    """A right owner PIN: who, what to tell them once, and whether their PIN is short."""

    member: StaffMember
    troubles: tuple[PinTrouble, ...]
    short_pin: bool  # from before the 6-digit rule: offer to lengthen it


def _pin_state(row: dict) -> PinState:
    until = row["pin_locked_until"]
    return PinState(row["pin_failed"], row["pin_locks"], from_db(until) if until else None)


def _member(row: dict) -> StaffMember:
    state = _pin_state(row)
    return StaffMember(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        active=bool(row["active"]),
        has_pin=row["pin_hash"] is not None,
        locked_until=state.locked_until,
        locked_for_good=state.for_good,
    )


class StaffService:
    def __init__(self, db, clock: Clock, actor: Actor) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.store = StaffStore(db)
        self.settings = SettingsStore(db)
        self._owner_session_until: datetime | None = None

    # Reading ------------------------------------------------------------------------

    def list(self, *, active_only: bool = False) -> list[StaffMember]:
        members = [_member(r) for r in self.store.all()]
        return [m for m in members if m.active or not active_only]

    def get(self, staff_id: int) -> StaffMember:
        row = self.store.get(staff_id)
        if row is None or row["role"] == "system":
            raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no staff member {id}."), id=staff_id)
        return _member(row)

    def named(self, name: str) -> StaffMember:
        """A person by name, any case (the command line's way to say who)."""
        row = self.store.by_name(" ".join(name.split()))
        if row is None or row["role"] == "system":
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "There is no staff member called {name}."),
                name=name.strip(),
            )
        return _member(row)

    def current(self) -> StaffMember:
        row = self.store.get(self.actor.staff_id)
        assert row is not None
        return _member(row)

    # ``builtins.list``: inside the class, ``list`` is the method above.
    def owners(self) -> builtins.list[StaffMember]:
        return [m for m in self.list(active_only=True) if m.is_owner]

    def owner_pin_missing(self) -> bool:
        """No active owner has a PIN yet (a shop from before PINs existed)."""
        return self.store.owners_with_pin() == 0

    # Changing -----------------------------------------------------------------------

    def add(self, name: str, role: str, pin: str | None = None) -> StaffMember:
        name = self._clean_name(name)
        self._check_role(role)
        if pin is not None:
            check_pin_format(pin, owner=role == "owner")
        with write_transaction(self.db):
            if self.store.by_name(name) is not None:
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "There is already a staff member called {name}."),
                    name=name,
                )
            staff_id = self.store.insert(name, role, to_db(self.clock()), self.actor.by())
            if pin is not None:
                salt = new_salt()
                self.store.set_pin(staff_id, hash_pin(pin, salt), salt, *self._who())
        return self.get(staff_id)

    def update(self, staff_id: int, name: str, role: str, active: bool) -> StaffMember:
        name = self._clean_name(name)
        self._check_role(role)
        with write_transaction(self.db):
            before = self.get(staff_id)
            other = self.store.by_name(name)
            if other is not None and other["id"] != staff_id:
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "There is already a staff member called {name}."),
                    name=name,
                )
            if before.is_owner and (role != "owner" or not active) and len(self.owners()) <= 1:
                raise Refused(QT_TRANSLATE_NOOP(ERRORS, "The shop needs at least one owner."))
            self.store.update(staff_id, name, role, active, *self._who())
        return self.get(staff_id)

    def name_stock_accounts(self) -> None:
        """Give the owner and cashier accounts every new file starts with ("Owner",
        "Cashier") their names in the app's language, unless someone renamed them:
        a Hungarian till shows "Tulajdonos" at the till, not English."""
        stock = {
            2: ("owner", QT_TRANSLATE_NOOP("Staff", "Owner")),
            3: ("cashier", QT_TRANSLATE_NOOP("Staff", "Cashier")),
        }
        with write_transaction(self.db):
            for staff_id, (role, english) in stock.items():
                row = self.store.get(staff_id)
                local = translate("Staff", english)
                if row is None or row["name"] != english:
                    continue  # renamed by the owner, or gone: not ours to rename
                if local != english and self.store.by_name(local) is None:
                    self.store.update(staff_id, local, role, bool(row["active"]), SYSTEM_STAFF)

    def set_pin(self, staff_id: int, pin: str) -> StaffMember:
        """A new PIN (6 digits at least for an owner); it also lifts any lock."""
        check_pin_format(pin)
        with write_transaction(self.db):
            check_pin_format(pin, owner=self.get(staff_id).is_owner)
            salt = new_salt()
            self.store.set_pin(staff_id, hash_pin(pin, salt), salt, *self._who())
        return self.get(staff_id)

    # PINs ---------------------------------------------------------------------------

    def verify(self, staff_id: int, pin: str) -> bool:
        """Check a PIN; a wrong one is counted and audited, the fifth in a row locks.

        Raises ``Refused`` while the person is locked out (the PIN is not even checked,
        nor counted) or has no PIN to check against.
        """
        now = self.clock()
        with write_transaction(self.db):
            row = self.store.get(staff_id)
            if row is None or row["role"] == "system" or not row["active"]:
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no staff member {id}."), id=staff_id
                )
            state = _pin_state(row)
            if state.locked(now):
                raise _locked(_member(row), now)
            if row["pin_hash"] is None:
                raise Refused(QT_TRANSLATE_NOOP(ERRORS, "{name} has no PIN yet."), name=row["name"])
            ok = pin_matches(pin, row["pin_salt"], row["pin_hash"])
            attempt = after_attempt(ok, state.failed, now, state.locks)
            until = to_db(attempt.locked_until) if attempt.locked_until else None
            self.store.record_attempt(staff_id, attempt.failed, until, attempt.locks)
            if not ok:
                detail = {
                    "event": "wrong",
                    "name": row["name"],
                    "in_a_row": state.failed + 1,
                    "locks": attempt.locks,
                    "until": until,
                    "for_good": attempt.for_good,
                }
                self.store.record_pin_event(staff_id, *self._who(), detail)
        return ok

    def wrong_pin(self, staff_id: int) -> Refused:
        """The refusal after ``verify`` said no: "Wrong PIN", or the lock it just caused."""
        member = self.get(staff_id)
        now = self.clock()
        if member.locked(now):
            return _locked(member, now)
        return Refused(QT_TRANSLATE_NOOP(ERRORS, "Wrong PIN for {name}."), name=member.name)

    def unlock(self, staff_id: int) -> StaffMember:
        """Lift a lock (the owner's: staff screen, ``admin staff unlock``); audited."""
        with write_transaction(self.db):
            member = self.get(staff_id)
            self.store.unlock(staff_id)
            detail = {"event": "unlocked", "name": member.name}
            self.store.record_pin_event(staff_id, *self._who(), detail)
        return self.get(staff_id)

    def lock_refusal(self, member: StaffMember) -> Refused | None:
        """Why ``member``'s PIN would not even be checked now (a running lock), or None:
        the cashier switch says so when the person is picked, not after a PIN."""
        now = self.clock()
        return _locked(member, now) if member.has_pin and member.locked(now) else None

    def switch(self, staff_id: int, pin: str | None = None) -> StaffMember:
        """Make ``staff_id`` the person at the till; their PIN first, if they have one.

        Switching closes any open owner session: the next person must not inherit it.
        """
        member = self.get(staff_id)
        if not member.active:
            raise Refused(QT_TRANSLATE_NOOP(ERRORS, "{name} is not active."), name=member.name)
        if member.has_pin and not self.verify(staff_id, pin or ""):
            raise self.wrong_pin(staff_id)
        self.actor.staff_id = staff_id
        self.close_owner_session()
        return member

    # The owner's session ------------------------------------------------------------

    def idle_minutes(self) -> int:
        try:
            return max(1, int(self.settings.get("owner_idle_minutes") or DEFAULT_IDLE_MINUTES))
        except ValueError:
            return DEFAULT_IDLE_MINUTES

    def open_owner_session(self, owner_id: int, pin: str) -> StaffMember:
        """A right owner PIN opens owner screens until ``idle_minutes`` pass unused."""
        member = self.get(owner_id)
        if not member.is_owner:
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "Only the owner can open this."), name=member.name
            )
        if not self.verify(owner_id, pin):
            raise self.wrong_pin(owner_id)
        self.touch_owner_session()
        self.actor.owner_id = owner_id  # owner screens' changes are recorded as theirs
        return member

    def pin_mark(self) -> int:
        """Where the wrong-PIN rows stand now; an owner prompt takes it when it opens."""
        return self.store.last_pin_event()

    def sign_in_owner(self, owner_id: int, pin: str, mark: int | None = None) -> OwnerSignIn:
        """``open_owner_session``, then what the owner must hear once: the wrong PINs
        since their last sign-in (``PinTrouble``), and whether their PIN is short.

        Wrong tries of this owner's own PIN after ``mark`` (typed in the prompt that has
        just opened) are their own typing and are not reported back to them.
        """
        member = self.open_owner_session(owner_id, pin)
        with write_transaction(self.db):
            row = self.store.get(owner_id)
            assert row is not None
            events = self.store.pin_events_after(row["pin_notice_seen"])
            own = f"pin:{owner_id}"
            if mark is not None:
                events = [e for e in events if e[0] <= mark or e[1] != own]
            wrong: dict[int, int] = {}
            for _, subject, detail in events:
                person = int(subject.partition(":")[2])
                if detail.get("event") == "wrong":
                    wrong[person] = wrong.get(person, 0) + 1
            self.store.set_notice_seen(owner_id, self.store.last_pin_event())
        troubles = []
        now = self.clock()
        for person, count in wrong.items():
            other = self.store.get(person)
            if other is None:
                continue
            who = _member(other)
            running = who.locked_until if who.locked_until and who.locked_until > now else None
            troubles.append(PinTrouble(person, who.name, count, running, who.locked_for_good))
        short = pin_is_short(pin, owner=True)
        return OwnerSignIn(member, tuple(troubles), short)

    def owner_session_open(self) -> bool:
        until = self._owner_session_until
        return until is not None and self.clock() < until

    def touch_owner_session(self) -> None:
        self._owner_session_until = self.clock() + timedelta(minutes=self.idle_minutes())

    def close_owner_session(self) -> None:
        self._owner_session_until = None
        self.actor.owner_id = None

    def _who(self) -> tuple[int, str]:
        """(who, when) for the audit row of a change made now."""
        return self.actor.by(), to_db(self.clock())

    # Helpers ------------------------------------------------------------------------

    @staticmethod
    def _clean_name(name: str) -> str:
        name = " ".join(name.split())
        if not 1 <= len(name) <= NAME_MAX:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "A staff name has 1 to {max} characters."), max=NAME_MAX
            )
        return name

    @staticmethod
    def _check_role(role: str) -> None:
        if role not in ROLES:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "A role is one of: {roles}."), roles=", ".join(ROLES)
            )


def _locked(member: StaffMember, now: datetime) -> Refused:
    """Why a PIN is not even checked: a timed lock (minutes left) or one for good."""
    if member.locked_for_good and member.is_owner:
        return Refused(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "Too many wrong PINs: {name}'s owner PIN is locked. Another owner can "
                "unlock it on the staff screen, or run “loyalty-pos admin staff unlock "
                "{name}” on this computer.",
            ),
            name=member.name,
        )
    if member.locked_for_good:
        return Refused(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "Too many wrong PINs: {name}'s PIN is locked until the owner unlocks it "
                "on the staff screen.",
            ),
            name=member.name,
        )
    assert member.locked_until is not None
    minutes = max(1, -(-int((member.locked_until - now).total_seconds()) // 60))
    return Refused(
        QT_TRANSLATE_NOOP(
            ERRORS, "Too many wrong PINs: {name} is locked out for {minutes} more min."
        ),
        name=member.name,
        minutes=minutes,
    )
