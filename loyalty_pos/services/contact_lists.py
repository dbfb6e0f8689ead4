"""Lists of members to contact, for the owner's mail or SMS tool.

A list only ever holds members whose newest answer on the channel is yes
(``consents``): silence is not consent, and a later no takes them off. Erased,
merged-away and blocked members are never on a list. The segments say whom to
contact: lapsed regulars (as the dashboard counts them), birthdays in a month, or
everyone who consented.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from ..domain import metrics
from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..store import member_data as sql
from ..store.database import read_snapshot
from .consents import check_channel
from .exports import write_csv

SEGMENTS = ("lapsed", "birthdays", "everyone")
HEADERS = ["card", "name", "email", "phone", "channel", "consented at", "wording version"]


@dataclass(frozen=True)
class ContactList:
    path: Path
    channel: str
    segment: str
    rows: int


class ContactListService:
    """``write``: one segment's consenting members on one channel, as CSV."""

    def __init__(self, db, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.store = sql.MemberDataStore(db)

    def rows(self, channel: str, segment: str, month: int | None = None) -> Iterator[list]:
        """The list's rows (see the module); a member without an address for the
        channel (no e-mail for e-mail, no phone for SMS) is left out."""
        check_channel(channel)
        seg_sql, params = self._segment(segment, month)
        for _id, card, name, phone, email, at, wording in self.store.contactable(
            channel, seg_sql, params
        ):
            if (channel == "email" and not email) or (channel == "sms" and not phone):
                continue
            yield [card, name, email or "", phone or "", channel, at, wording]

    def write(
        self, channel: str, segment: str, path: str | Path, month: int | None = None
    ) -> ContactList:
        check_channel(channel)
        self._segment(segment, month)  # refused before any file is touched
        with read_snapshot(self.db):
            count = write_csv(Path(path), HEADERS, self.rows(channel, segment, month))
        return ContactList(Path(path), channel, segment, count)

    def _segment(self, segment: str, month: int | None) -> tuple[str, list]:
        today = self.clock().date()
        if segment == "lapsed":
            cutoff = today - timedelta(days=metrics.LAPSED_DAYS - 1)
            start = datetime.combine(cutoff, time(), self.clock().tzinfo)
            return sql.lapsed_segment(to_db(start), metrics.REGULAR_VISITS)
        if segment == "birthdays":
            if month is not None and not 1 <= month <= 12:
                raise UserError(QT_TRANSLATE_NOOP(ERRORS, "A month is 1 to 12."))
            return sql.birthday_segment(month or today.month)
        if segment == "everyone":
            return sql.everyone_segment()
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "There is no list “{segment}”. Lists: {segments}."),
            segment=segment,
            segments=", ".join(SEGMENTS),
        )
