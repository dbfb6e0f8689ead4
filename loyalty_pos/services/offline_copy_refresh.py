"""The counter's side of the till's last-known copy of the members (issue 18, part 5).

``admin sync`` refreshes the copy on the command line; a till running the counter on a
server refreshes it itself (``ui/copy_refresher.py``): when it starts, every few minutes
and after its queued visits were sent. Each refresh opens a connection of its own
(``Services.open``), in a process of its own (``copy_refresh_process.py``): the
counter's transactions never wait for the copy, nor its keys for Python's lock.

The copy also keeps what the offline counter needs to show money (the currency) and
the shop's name, read at the same sync. ``offline_state`` tells ``app.py`` whether a
till whose server cannot be reached can open its offline counter: only with a copy.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from ..store.dialect import is_server
from . import Services, till_identity
from .outbox import Outbox, outbox_path

CURRENCY = "currency"  # the copy's meta keys this module adds to what ``refresh_copy`` keeps
SHOP_NAME = "shop_name"
LANGUAGE = "language"
SOUNDS = "scan_sounds"
STAMP_PROGRAMS = "stamp_programs"


@dataclass(frozen=True)
class ServerTill:
    """Where the counter's shop is and which till it is, to open a second connection."""

    url: str
    till: str
    branch: str


def server_till(services: Services) -> ServerTill | None:
    """The counter's server and till; None for a shop in a file (no copy to keep)."""
    if not is_server(services.db):
        return None
    url = getattr(services.db.conn, "url", None)
    identity = till_identity.of_shop(services.db)
    if not url or identity is None:
        return None
    return ServerTill(str(url), identity.name, identity.branch)


def refresh_with_details(outbox: Outbox, services: Services) -> int:
    """``Outbox.refresh_copy`` and what the offline counter shows besides the members
    (the currency, the shop's name and language, the stamp cards): the counter's own
    refresh and ``admin sync`` keep the same copy, so a till synced only from the command
    line still shows money in the shop's currency when it starts offline."""
    copied = outbox.refresh_copy(services)
    outbox.store.set_meta(CURRENCY, services.settings.get("currency") or "")
    outbox.store.set_meta(SHOP_NAME, services.settings.get("shop_name") or "")
    outbox.store.set_meta(LANGUAGE, services.settings.get("language") or "")
    outbox.store.set_meta(SOUNDS, bool(services.display.scan_sounds()))
    programs = services.programs.list(active_only=True)
    outbox.store.set_meta(STAMP_PROGRAMS, [[p.id, p.name] for p in programs])
    return copied


def refresh_copy(where: ServerTill, folder: Path) -> int:
    """Replace the till's copy with the server's members, over a connection of its own;
    how many members the copy holds. Raises what opening or reading raised (the server
    away: ``ServerUnreachable`` or ``sqlite3.OperationalError``)."""
    services = Services.open(where.url, till=where.till, branch=where.branch, create=False)
    try:
        outbox = Outbox(outbox_path(folder, where.till), where.till)
        try:
            return refresh_with_details(outbox, services)
        finally:
            outbox.close()
    finally:
        services.close()


def server_answers(url: str, timeout: int = 3) -> bool:
    """Whether the server takes a connection now (a probe: opened and closed at once).
    Run off the GUI thread: an unplugged cable takes ``timeout`` seconds to say no."""
    from ..store.pg.connection import PgConnection

    try:
        conn = PgConnection(url, connect_timeout=timeout)
    except Exception:  # refused, timed out, a name that does not resolve: not now
        return False
    with contextlib.suppress(Exception):
        conn.close()
    return True


def outbox_of(folder: Path, till: str) -> Outbox | None:
    """The till's outbox when it holds a copy of the members (it synced once), else
    None; nothing is created for a till that never synced."""
    path = outbox_path(folder, till)
    if not path.exists():
        return None
    outbox = Outbox(path, till)
    if outbox.synced_at() is None:
        outbox.close()
        return None
    return outbox


def stamp_programs(outbox: Outbox) -> list[tuple[int, str]]:
    """The shop's active stamp cards as of the last sync (id, name): the offline
    counter offers a stamps field for each (none when the counter never refreshed)."""
    kept = outbox.store.meta(STAMP_PROGRAMS) or []
    return [(int(pid), str(name)) for pid, name in kept]


def sounds_on(outbox: Outbox) -> bool:
    """Whether the shop plays the scan sounds, as of the last sync (on when unknown)."""
    return outbox.store.meta(SOUNDS) is not False


def copy_meta(outbox: Outbox, key: str) -> str:
    """A value this module kept with the copy ("" when a sync from the command line
    made the copy and the counter never refreshed it)."""
    value = outbox.store.meta(key)
    return str(value) if value else ""


def server_gone(exc: BaseException) -> bool:
    """Whether ``exc`` says the shop's server went away (the connection broke): what
    turns a scan or a search at the counter to the offline counter."""
    from ..store.pg.connection import ServerGone

    return isinstance(exc, ServerGone)


def reconnect(services: Services) -> Services:
    """The counter's own connection made anew once the server answers again
    (``store/pg/server.make_again``); the same services, ready for the full counter."""
    from ..store.pg.server import make_again

    make_again(services.db)  # type: ignore[arg-type]
    return services
