"""Time as stored: UTC ISO-8601 strings of one fixed width, so they sort as text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, as an aware datetime in the machine's local zone."""
    return datetime.now().astimezone()


def to_db(dt: datetime) -> str:
    """Fixed-width UTC text: 2026-11-22T10:19:27.000000Z."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_db(text: str) -> datetime:
    return datetime.fromisoformat(text)


def local_day_start(now: datetime) -> datetime:
    """Midnight of ``now``'s day in ``now``'s own zone (the shop's day, not UTC's)."""
    local = now if now.tzinfo else now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def days_between(earlier: datetime, later: datetime) -> int:
    """Whole calendar days from ``earlier`` to ``later`` in ``later``'s zone."""
    tz = later.tzinfo
    return (later.date() - earlier.astimezone(tz).date()).days
