"""SQL of the consent register (table ``consents``, migration m012).

Rows are only ever inserted (guard triggers refuse UPDATE and DELETE). A member's
current answer on a channel is their newest row on it; no row is "never asked".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlite_utils import Database

CHANNELS = ("email", "sms", "post")

REGISTER_COLUMNS = (
    "id",
    "member_id",
    "card",
    "channel",
    "answer",
    "at",
    "source",
    "wording_version",
    "actor",
)


class ConsentStore:
    """Insert answers, read the current ones, stream the register."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(
        self,
        member_id: int,
        channel: str,
        answer: bool,
        at: str,
        source: str,
        wording_version: str,
        actor: int,
    ) -> None:
        self.db.execute(
            "INSERT INTO consents (member_id, channel, answer, at, source, wording_version, "
            "actor) VALUES (?,?,?,?,?,?,?)",
            [member_id, channel, int(answer), at, source, wording_version, actor],
        )

    def current(self, member_id: int) -> dict[str, bool | None]:
        """Each channel's newest answer; None where the member was never asked."""
        out: dict[str, bool | None] = dict.fromkeys(CHANNELS)
        for channel, answer in self.db.execute(
            "SELECT c.channel, c.answer FROM consents c WHERE c.id = (SELECT MAX(id) FROM "
            "consents WHERE member_id = c.member_id AND channel = c.channel) "
            "AND c.member_id = ?",
            [member_id],
        ):
            out[channel] = bool(answer)
        return out

    def latest_rows(self, member_id: int) -> dict[str, dict]:
        """Each answered channel's newest row (for a merge)."""
        out: dict[str, dict] = {}
        for row in self.db.query(
            "SELECT * FROM consents WHERE member_id = ? ORDER BY id", [member_id]
        ):
            out[row["channel"]] = row
        return out

    def history(self, member_id: int) -> list[dict]:
        """Every answer the member gave, oldest first (for their data export)."""
        return list(
            self.db.query(
                "SELECT c.channel, c.answer, c.at, c.source, c.wording_version, "
                "s.name AS recorded_by FROM consents c LEFT JOIN staff s ON s.id = c.actor "
                "WHERE c.member_id = ? ORDER BY c.id",
                [member_id],
            )
        )

    def sync_flag(self, member_id: int) -> None:
        """Keep ``members.marketing_consent`` equal to "yes on some channel now": the
        cache the older reports read, written in the same transaction as the rows."""
        any_yes = any(self.current(member_id).values())
        self.db.execute(
            "UPDATE members SET marketing_consent = ? WHERE id = ? AND marketing_consent <> ?",
            [int(any_yes), member_id, int(any_yes)],
        )

    def register(self, limit: int | None = None, *, oldest_first: bool = False) -> Iterator[tuple]:
        """Every event, newest first (or oldest first), in ``REGISTER_COLUMNS`` order
        (streamed: a shop with years of answers is never read into memory at once)."""
        sql = (
            "SELECT c.id, c.member_id, (SELECT code FROM cards WHERE member_id = c.member_id "
            "AND status = 'active' LIMIT 1), c.channel, c.answer, c.at, c.source, "
            "c.wording_version, s.name FROM consents c LEFT JOIN staff s ON s.id = c.actor "
            f"ORDER BY c.id {'ASC' if oldest_first else 'DESC'}"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        yield from self.db.conn.execute(sql)

    def consenting(self, channel: str, member_ids: Sequence[int]) -> set[int]:
        """Which of ``member_ids`` answer yes on ``channel`` now."""
        out: set[int] = set()
        ids = list(member_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for (mid,) in self.db.execute(
                f"SELECT c.member_id FROM consents c WHERE c.channel = ? "
                f"AND c.member_id IN ({marks}) AND c.answer = 1 AND c.id = (SELECT MAX(id) "
                "FROM consents WHERE member_id = c.member_id AND channel = c.channel)",
                [channel, *chunk],
            ):
                out.add(int(mid))
        return out
