"""The counter's checkout when the shop's server goes away: queued if it only earns.

The command line has its offline form (``cli/sync.py``); this is the counter's: the same
outbox (``services/outbox.py``), the same rule (``domain/offline.is_earn_only``, or the
owner's offline allowance). A checkout the server cannot take because the connection
broke (``ServerGone``: nothing was written, the transaction died with it) is queued
under the same request id, so when the server is back it is sent exactly once; one that
spends is refused in ``OfflineSpend``'s words and nothing is queued.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store.dialect import is_server
from ..store.pg.connection import ServerGone
from . import Services
from .checkout import CheckoutRequest, CheckoutResult
from .outbox import Outbox, outbox_path


@dataclass(frozen=True)
class QueuedVisit:
    """A checkout kept in the till's outbox; ``waiting``: how many are queued now."""

    request_id: str
    waiting: int


def till_of(services: Services) -> str:
    return str(getattr(services.db, "till", None) or "till")


def confirm_or_queue(
    services: Services,
    folder: Path,
    member_id: int | None,
    request: CheckoutRequest,
    request_id: str,
) -> CheckoutResult | QueuedVisit:
    """``checkout.confirm``; on a server that went away, the outbox in ``folder`` (the
    till's data folder) instead."""
    try:
        return services.checkout.confirm(member_id, request, request_id)
    except ServerGone:
        if not is_server(services.db):
            raise
        till = till_of(services)
        outbox = Outbox(outbox_path(folder, till), till)
        try:
            outbox.queue(member_id, request, request_id)
            return QueuedVisit(request_id, outbox.waiting())
        finally:
            outbox.close()


def send_waiting(services: Services, folder: Path) -> int:
    """Send the till's queued visits (the server answered again); how many were sent.
    Raises ``ServerGone`` while it is still away."""
    till = till_of(services)
    path = outbox_path(folder, till)
    if not path.exists():
        return 0
    outbox = Outbox(path, till)
    try:
        if not outbox.waiting():
            return 0
        replayed = outbox.replay(services)
        return replayed.sent + replayed.already
    finally:
        outbox.close()
