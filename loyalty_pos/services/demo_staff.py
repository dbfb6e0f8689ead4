"""The demo's staff PINs, hashed on another core while the history is planned.

A PIN's scrypt hash is slow on purpose (0.05–0.1 s each here) and ``hashlib.scrypt``
releases the GIL, so the demo's two PINs are hashed in threads started before the fill
and stored after its history is written, with the audit rows ``StaffService.set_pin``
writes: 0.1–0.2 s off the demo's first start (issue 16). The PINs are the demo's
documented constants, so the format checks ``set_pin`` makes have nothing to refuse.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from ..domain.clock import to_db
from ..domain.pins import hash_pin, new_salt

if TYPE_CHECKING:
    from . import Services


class PinHashes:
    """Each PIN's (hash, salt), computed in a thread of its own from construction."""

    def __init__(self, *pins: str) -> None:
        self._done: dict[str, tuple[bytes, bytes]] = {}
        self._threads = {pin: threading.Thread(target=self._hash, args=(pin,)) for pin in pins}
        for thread in self._threads.values():
            thread.start()

    def _hash(self, pin: str) -> None:
        salt = new_salt()
        self._done[pin] = (hash_pin(pin, salt), salt)

    def set_pin(self, services: Services, staff_id: int, pin: str) -> None:
        """``StaffService.set_pin`` with the hash made meanwhile (waits for it)."""
        self._threads[pin].join()
        pin_hash, salt = self._done[pin]
        staff = services.staff
        staff.store.set_pin(staff_id, pin_hash, salt, staff.actor.by(), to_db(staff.clock()))
