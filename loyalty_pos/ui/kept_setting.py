"""A shop setting the counter consults at every scan or sale, read once.

Whether a scan makes a sound, whether a sale offers to ask for feedback: the counter
asks at every scan and every sale, and on a server each question is a round trip. The
answer is kept and read again only after the bus says the setting changed, on this
till (the owner's Settings) or on another (``LISTEN``), or that anything may have
(``Changes.everything``: a restore, another program on the file).

Only on a server (``keep``): on the file a read costs microseconds, and there a write
on the counter's own connection outside a use case (a tool, a test) is never on the
bus, so the file keeps reading at each question as it always did.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from ..domain.changes import Changes
from .bus import ChangeBus

T = TypeVar("T")


class KeptSetting(Generic[T]):
    """``read()`` once; again after the bus names ``key`` (or everything)."""

    def __init__(self, bus: ChangeBus, key: str, read: Callable[[], T], *, keep: bool) -> None:
        self.key = key
        self._read = read
        self._keep = keep
        self._value: T | None = None
        self._known = False
        bus.changed.connect(self._changed)

    def __call__(self) -> T:
        if not self._keep:
            return self._read()
        if not self._known:
            self._value = self._read()  # a failure leaves it unknown: asked again
            self._known = True
        return self._value  # type: ignore[return-value]

    def _changed(self, changes: Changes) -> None:
        if changes.everything or self.key in changes.settings:
            self._known = False
