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
