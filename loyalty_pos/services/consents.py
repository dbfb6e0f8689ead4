"""Consent per channel: recording a member's answers and reading the register.

Every answer is a new row in the append-only ``consents`` table (``store/consents.py``,
migration m012) with its time, its source (the screen or tool that asked), the version
of the wording shown and who recorded it. A channel never asked has no row, and reads
as ``None``: silence is not consent, and only a current "yes" lets a member onto a
contact list (``contact_list``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..domain.clock import Clock, from_db, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..domain.validation import MemberInput
from ..store.consents import CHANNELS, REGISTER_COLUMNS, ConsentStore
from ..store.database import read_snapshot, write_transaction
from ..store.members import MemberStore
from .actor import Actor
from .exports import write_csv
from .members import MemberService
from .views import MemberView

__all__ = ["CHANNELS", "SOURCES", "WORDING_VERSION", "ConsentService", "Recorded"]

SOURCES = ("counter", "customer_screen", "import", "command_line")
"""Where an answer may come from through ``record`` (``migrated`` and ``merge`` rows
are written by the migration and by a merge only)."""

WORDING_VERSION = "2026-12-v1"
"""The version of the consent question the screens show today. Change it whenever the
wording of the question changes, so the register says which text each answer was to."""


REGISTER_HEADERS = [
    "member", "card", "channel", "answer", "time", "source", "wording version", "recorded by",
]  # fmt: skip


@dataclass(frozen=True)
class Recorded:
    """What ``record`` wrote: the member, the channels answered, their answers now."""

    member_id: int
    written: tuple[str, ...]
    current: dict[str, bool | None]


def check_channel(channel: str) -> str:
    """``channel`` if it is one we keep consent for, else a refusal naming the three."""
    if channel not in CHANNELS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS, "There is no consent channel “{channel}”. Channels: {channels}."
            ),
            channel=channel,
            channels=", ".join(CHANNELS),
        )
    return channel


class ConsentService:
    """Use cases of the consent register. Each public write is one transaction."""

    def __init__(self, db, clock: Clock, actor: Actor, members: MemberService) -> None:
        self.db = db
        self.member_service = members
        self.clock = clock
        self.actor = actor
        self.store = ConsentStore(db)
        self.members = MemberStore(db)

    def record(
        self,
        member_id: int,
        answers: Mapping[str, bool],
        *,
        source: str,
        wording_version: str = WORDING_VERSION,
    ) -> Recorded:
        """Record the member's answers (a channel left out is not answered), in one
        transaction; who recorded them is the actor (the owner who unlocked a screen,
        else the cashier). An answer equal to the current one is still a row: the
        member was asked again, and the register shows when."""
        for channel in answers:
            check_channel(channel)
        if source not in SOURCES:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "“{source}” is not a source of consent."),
                source=source,
            )
        version = " ".join(str(wording_version).split())
        if not version or len(version) > 40:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "A wording version has 1 to 40 characters."))
        at = to_db(self.clock())
        with write_transaction(self.db):
            self.require_member(member_id)
            for channel in CHANNELS:
                if channel in answers:
                    self.store.insert(
                        member_id,
                        channel,
                        bool(answers[channel]),
                        at,
                        source,
                        version,
                        self.actor.by(),
                    )
            self.store.sync_flag(member_id)
        written = tuple(c for c in CHANNELS if c in answers)
        return Recorded(member_id, written, self.store.current(member_id))

    def enroll(
        self,
        data: MemberInput,
        answers: Mapping[str, bool],
        *,
        source: str,
        card: str | None = None,
        allow_duplicate: bool = False,
        wording_version: str = WORDING_VERSION,
    ) -> MemberView:
        """Enroll a member and record their answers, in one transaction: a member is
        never on file without the answers they gave at enrolment (the counter's F3 and
        the customer screen's enrolment both come here)."""
        for channel in answers:
            check_channel(channel)
        data = replace(data, marketing_consent=any(answers.values()))
        with write_transaction(self.db):
            member = self.member_service.enroll(data, card=card, allow_duplicate=allow_duplicate)
            self.record(member.id, answers, source=source, wording_version=wording_version)
        return self.member_service.view(member.id)

    def save(
        self,
        member_id: int,
        data: MemberInput,
        answers: Mapping[str, bool],
        *,
        source: str,
        wording_version: str = WORDING_VERSION,
    ) -> MemberView:
        """Correct a member's details and record the answers that changed, in one
        transaction (the counter's F4)."""
        for channel in answers:
            check_channel(channel)
        with write_transaction(self.db):
            self.require_member(member_id)
            self.member_service.update(member_id, data)
            if answers:
                self.record(member_id, answers, source=source, wording_version=wording_version)
            else:
                self.store.sync_flag(member_id)
        return self.member_service.view(member_id)

    def current(self, member_id: int) -> dict[str, bool | None]:
        """Each channel's answer now: True, False, or None (never asked)."""
        self.require_member(member_id)
        return self.store.current(member_id)

    def history(self, member_id: int) -> list[dict]:
        """Every answer of one member, oldest first."""
        return self.store.history(member_id)

    def register(self, limit: int | None = None) -> list[dict]:
        """The register, newest first: one dict per event (``store.REGISTER_COLUMNS``)."""
        return [dict(zip(REGISTER_COLUMNS, r, strict=True)) for r in self.store.register(limit)]

    def export(self, path: str | Path) -> int:
        """The whole register as CSV (one row per event, oldest first); the row count."""
        local = self.clock().tzinfo

        def rows() -> Iterator[list]:
            for r in self.store.register(oldest_first=True):
                row = dict(zip(REGISTER_COLUMNS, r, strict=True))
                at = from_db(row["at"]).astimezone(local).strftime("%Y-%m-%d %H:%M:%S")
                yield [
                    row["member_id"], row["card"] or "", row["channel"],
                    "yes" if row["answer"] else "no", at, row["source"],
                    row["wording_version"], row["actor"] or "",
                ]  # fmt: skip

        with read_snapshot(self.db):
            return write_csv(Path(path), REGISTER_HEADERS, rows())

    def require_member(self, member_id: int) -> dict:
        """The member's row; unknown or erased members are refused."""
        row = self.members.get(member_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "There is no member number {id}."), id=member_id
            )
        if row.get("erased_at"):
            raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Member #{id} was erased."), id=member_id)
        if row.get("merged_into"):
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "Member #{id} was merged into member #{into}."),
                id=member_id,
                into=row["merged_into"],
            )
        return row
