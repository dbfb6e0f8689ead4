"""Tier and referral rules of the checkout, kept apart so each module stays short.

Mixins of ``CheckoutService``: they use its stores (``schemes_store``, ``store``,
``ledger``, ``members``, ``visits``, ``settings``) inside the caller's transaction,
except ``review_tiers`` and ``set_referrer``, which are use cases of their own.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..domain.checkout import CheckoutPlan, MemberState, Schemes
from ..domain.clock import local_day_start, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused
from ..domain.schemes import Tier
from ..store.database import write_transaction
from .checkout_parts import CheckoutParts

PAID_TIER_DAYS = 365
CHUNK = 200  # rows a start-up job writes per transaction: the counter never waits long


class TierRules(CheckoutParts):
    """An earned upgrade at once, a downgrade only at review, a paid tier for a year."""

    def tier_of(self, member_id: int, schemes: Schemes | None = None) -> Tier | None:
        tier_id, _ = self.schemes_store.member_tier(member_id)
        tiers = (schemes or self.schemes()).tiers
        return next((t for t in tiers if t.id == tier_id), None)

    def _update_tier(
        self,
        member_id: int,
        schemes: Schemes,
        state: MemberState | None,
        plan: CheckoutPlan,
        visit_id: int,
        when: datetime,
    ) -> str | None:
        """A paid tier is set for a year; an earned upgrade takes effect at once."""
        current = state.tier if state is not None else None
        if plan.tier_bought is not None:
            until = to_db(when + timedelta(days=PAID_TIER_DAYS))
            self.schemes_store.set_member_tier(
                member_id,
                plan.tier_bought.id,
                until,
                reason="paid",
                visit_id=visit_id,
                staff_id=self.staff_id,
                at=to_db(when),
            )
            return plan.tier_bought.name
        earned = self._qualified_tier(member_id, schemes, when)
        if earned is not None and (current is None or earned.rank > current.rank):
            until = to_db(when + timedelta(days=earned.window_days))
            self.schemes_store.set_member_tier(
                member_id,
                earned.id,
                until,
                reason="upgrade",
                visit_id=visit_id,
                staff_id=self.staff_id,
                at=to_db(when),
            )
            return earned.name
        return current.name if current is not None else None

    def retier_without(self, member_id: int, visit_id: int, when: datetime) -> None:
        """Voiding or fully refunding the visit that lifted the member into their tier
        re-evaluates the tier at once, without that visit; a paid or owner-set tier,
        or one reached by another visit, stays until its review."""
        last = self.schemes_store.last_tier_change(member_id)
        if last is None or last != ("upgrade", visit_id):
            return
        schemes = self.schemes()
        current = self.tier_of(member_id, schemes)
        earned = self._qualified_tier(member_id, schemes, when)
        if current is not None and earned is not None and earned.id == current.id:
            return
        self.schemes_store.set_member_tier(
            member_id,
            earned.id if earned else None,
            to_db(when + timedelta(days=earned.window_days)) if earned else None,
            reason="downgrade",
            visit_id=visit_id,
            staff_id=self.staff_id,
            at=to_db(when),
        )

    def _qualified_tier(self, member_id: int, schemes: Schemes, when: datetime) -> Tier | None:
        best = None
        for t in schemes.tiers:
            spend, visits = self.schemes_store.qualifying(
                member_id, to_db(when - timedelta(days=t.window_days))
            )
            if t.qualifies(spend, visits) and (best is None or t.rank > best.rank):
                best = t
        return best

    def review_tiers(self) -> int:
        """The re-evaluation job: tiers whose period ended are re-earned or lowered.

        A downgrade happens only here, never at the counter. Returns members changed.
        """
        now = self.clock()
        changed = 0
        schemes = self.schemes()
        due = self.schemes_store.members_due_for_tier_review(to_db(now))
        for start in range(0, len(due), CHUNK):
            changed += self._review_chunk(due[start : start + CHUNK], schemes, now)
        return changed

    def _review_chunk(self, ids: list[int], schemes, now) -> int:
        """One short transaction of the review; the members are read again inside it
        (a checkout on another till may have renewed a tier since)."""
        changed = 0
        with write_transaction(self.db):
            for member_id in self.schemes_store.members_due_for_tier_review(to_db(now), ids):
                current = self.tier_of(member_id, schemes)
                earned = self._qualified_tier(member_id, schemes, now)
                until = to_db(now + timedelta(days=earned.window_days)) if earned else None
                reason = "upgrade"
                if earned is None or current is None or earned.rank < current.rank:
                    reason = "downgrade"
                self.schemes_store.set_member_tier(
                    member_id,
                    earned.id if earned else None,
                    until,
                    reason=reason,
                    visit_id=None,
                    staff_id=1,
                    at=to_db(now),
                )
                changed += earned is None or current is None or earned.id != current.id
        return changed


class ReferralRules(CheckoutParts):
    """One bonus for both members on the new member's first paid visit."""

    def _reward_referrer(
        self, member_id: int, plan: CheckoutPlan, visit_id: int, when: datetime
    ) -> None:
        referral = self.store.referral(member_id)
        assert referral is not None  # the plan pays a referral only when one is pending
        referrer = referral["referrer_id"]
        if self.members.row(referrer)["status"] != "blocked":
            self.ledger.append(
                referrer,
                list(plan.referral_entries),
                visit_id=visit_id,
                staff_id=self.staff_id,
                created_at=to_db(when),
                note="referral",
            )
        self.store.mark_referral_rewarded(member_id, visit_id)

    def set_referrer(self, member_id: int, referrer_id: int) -> None:
        """Record who brought a new member; one referrer per member, never oneself."""
        if member_id == referrer_id:
            raise Refused(QT_TRANSLATE_NOOP(ERRORS, "A member cannot refer themselves."))
        with write_transaction(self.db):
            self.members.row(member_id)
            self.members.row(referrer_id)
            if self.store.referral(member_id) is not None:
                raise Refused(QT_TRANSLATE_NOOP(ERRORS, "This member already has a referrer."))
            if self.visits_charged(member_id):
                raise Refused(
                    QT_TRANSLATE_NOOP(
                        ERRORS, "A referrer can only be named before the first paid visit."
                    )
                )
            self.store.insert_referral(member_id, referrer_id, to_db(self.clock()))

    def visits_charged(self, member_id: int) -> int:
        return self.store.paid_visits(member_id)

    def unusual(self, day: datetime | None = None) -> list[tuple]:
        """Members with more visits in one day than the owner's threshold."""
        now = day or self.clock()
        start = local_day_start(now)
        limit = int(self.settings.get("unusual_visits_per_day") or 3)
        return self.store.visits_per_member_on(
            to_db(start), to_db(start + timedelta(days=1)), limit + 1
        )
