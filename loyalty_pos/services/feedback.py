"""Customer feedback: one 0–10 "would you recommend us?" score per visit."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..store.database import write_transaction
from ..store.feedback import FeedbackStore
from ..store.settings import SettingsStore
from .actor import Actor

COMMENT_MAX = 500


@dataclass(frozen=True)
class Feedback:
    id: int
    visit_id: int
    member_id: int | None
    score: int
    comment: str


class FeedbackService:
    def __init__(self, db, clock: Clock, actor: Actor) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.settings = SettingsStore(db, actor, clock)
        self.store = FeedbackStore(db)

    def enabled(self) -> bool:
        return self.settings.get("feedback_enabled", "1") != "0"

    def set_enabled(self, on: bool) -> None:
        with write_transaction(self.db):
            self.settings.set("feedback_enabled", "1" if on else "0")

    def record(self, visit_id: int, score: int, comment: str = "") -> Feedback:
        """Store the score with the visit and its member; one score per visit."""
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "A score is a whole number from 0 to 10, not {score}."),
                score=score,
            )
        comment = " ".join(comment.split())
        if len(comment) > COMMENT_MAX:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "A comment has at most {max} characters."),
                max=COMMENT_MAX,
            )
        with write_transaction(self.db):
            visit = self.store.visit(visit_id)
            if visit is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no visit number {id}."), id=visit_id
                )
            member_id, status = visit
            if status == "voided":
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Visit {id} was voided; it takes no feedback."),
                    id=visit_id,
                )
            if self.store.exists(visit_id):
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Visit {id} already has feedback."), id=visit_id
                )
            new_id = self.store.insert(
                visit_id, member_id, score, comment, self.actor.staff_id, to_db(self.clock())
            )
        return Feedback(new_id, visit_id, member_id, score, comment)
