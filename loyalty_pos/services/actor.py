"""Who is working the till: the staff member every write is recorded against."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Actor:
    """The current staff member, shared by all services of one ``Services``.

    Switching cashiers at the till changes ``staff_id`` here once, and every later
    visit, ledger row and change is recorded against the new person.
    """

    staff_id: int
    owner_id: int | None = None  # the owner whose PIN opened the owner's screens

    def by(self) -> int:
        """Who a change made on an owner's screen is recorded against in the audit
        trail: the owner who unlocked it, else the person at the till."""
        return self.owner_id if self.owner_id is not None else self.staff_id
