"""Opening the shop on a PostgreSQL server (``--db postgresql://…``)."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg

from ...domain.errors import ERRORS, QT_TRANSLATE_NOOP
from ...l10n import translate
from .. import chain
from .connection import PgConnection, PgDatabase
from .schema import ServerBehind, applied, ensure


class ServerUnreachable(Exception):
    """The server cannot be reached or refuses the connection: the till is offline."""

    TEXT = QT_TRANSLATE_NOOP(
        ERRORS, "The shop's server cannot be reached ({error}). Check the network cable "
        "or Wi-Fi and that the back-office computer is on."
    )  # fmt: skip

    def __init__(self, error: object) -> None:
        self.error = str(error).strip().splitlines()[0] if str(error).strip() else "?"
        super().__init__(translate(ERRORS, self.TEXT).format(error=self.error))


def hide_password(url: str) -> str:
    """The URL as it may be shown or logged: without its password."""
    head, sep, tail = url.partition("@")
    if not sep or ":" not in head.split("//", 1)[-1]:
        return url
    scheme, _, user = head.partition("//")
    return f"{scheme}//{user.split(':', 1)[0]}:***@{tail}"


def register_till(db: PgDatabase, till: str, branch: str | None) -> None:
    """Name this session's rows (m017's column default) and list the till in
    ``tills`` with its branch (a till moved to another branch says so here)."""
    db.conn.remember("SELECT set_config('loyalty.till', ?, false)", [till])
    db.execute(
        "INSERT INTO tills (name, branch, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET branch = excluded.branch "
        "WHERE excluded.branch <> '' AND tills.branch <> excluded.branch",
        [till, branch or "", datetime.now(UTC).isoformat()],
    )


class NoShopOnServer(Exception):
    """The server database is empty and the command may not create a shop there."""

    TEXT = QT_TRANSLATE_NOOP(
        ERRORS, "There is no shop in the server database {url}. "
        "Create it with: loyalty-pos admin init (or move a shop there: admin migrate-to)."
    )  # fmt: skip

    def __init__(self, url: str) -> None:
        super().__init__(translate(ERRORS, self.TEXT).format(url=hide_password(url)))


def open_server(
    url: str, *, till: str | None = None, branch: str | None = None, create: bool = True
) -> PgDatabase:
    """Connect, set the shop up on an empty database, and note this till's writes."""
    try:
        conn = PgConnection(url)
    except psycopg.OperationalError as exc:
        raise ServerUnreachable(exc) from exc
    db = PgDatabase(conn)
    db.till = till
    try:
        if not create and applied(db) is None:
            raise NoShopOnServer(url)
        db.created = ensure(db)
        if till:
            register_till(db, till, branch)
        chain.install(db)  # type: ignore[arg-type]  # the stores' Database, duck-typed
    except BaseException:
        conn.close()
        raise
    return db


__all__ = ["NoShopOnServer", "ServerBehind", "ServerUnreachable", "hide_password", "open_server"]


def make_again(db: PgDatabase) -> None:
    """The connection, made anew after the server came back. A lost connection is made
    again by its next statement; when a transaction died with it, that first statement
    only clears the transaction, so a second one is tried. Raises while still away."""
    for attempt in range(2):
        try:
            db.execute("SELECT 1").fetchall()
            return
        except Exception:
            if attempt:
                raise
