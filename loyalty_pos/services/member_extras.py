"""The member panel's figures beside the punch cards: points, credit, passes, tier,
what expires soon, and the member's usual item.

A separate read so the counter's member view (used by every scan, the CLI and the
benchmarks) stays as it is; the panel asks for these only when it shows a member.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..domain.checkout import Schemes
from ..domain.clock import Clock, from_db
from ..domain.expiry import expiring_within
from ..domain.ledger import Account
from ..domain.usual import USUAL_WINDOW, usual_item
from ..store.extras import ExtrasStore
from ..store.ledger import LedgerStore
from ..store.lots import expiry_cutoff
from ..store.programs import ProgramStore
from ..store.schemes import SchemeStore

EXPIRING_WITHIN_DAYS = 30


@dataclass(frozen=True)
class PointsHeld:
    program_id: int
    name: str
    points: int
    point_value: int | None  # minor units per point, when points pay directly
    expiring: int = 0


@dataclass(frozen=True)
class PassHeld:
    program_id: int
    name: str
    uses: int
    expiring: int = 0


@dataclass(frozen=True)
class MemberExtras:
    """Balances beside the stamp cards, each with what lapses within ``within_days``."""

    member_id: int
    points: tuple[PointsHeld, ...] = ()
    credit: int = 0
    credit_expiring: int = 0
    has_credit_program: bool = False
    passes: tuple[PassHeld, ...] = ()
    tier: str | None = None
    tier_until: datetime | None = None
    stamps_expiring: dict[int, int] = field(default_factory=dict)  # stamp program → stamps
    within_days: int = EXPIRING_WITHIN_DAYS
    expiring_by: datetime | None = None
    usual_item_id: int | None = None  # what the counter pre-fills (``domain/usual.py``)

    @property
    def anything_expiring(self) -> bool:
        return bool(
            self.credit_expiring
            or any(p.expiring for p in self.points)
            or any(p.expiring for p in self.passes)
            or any(self.stamps_expiring.values())
        )


def member_extras(
    db,
    clock: Clock,
    member_id: int,
    *,
    within_days: int = EXPIRING_WITHIN_DAYS,
    known: Schemes | None = None,
) -> MemberExtras:
    """Points per points program, store credit, passes left, tier, what expires soon, and
    the usual item (only when the shop has an item list to pick it from). ``known``: the
    programs, items and tiers as the checkout keeps them (read again only when a scheme
    changed); without them they are read here, eight queries (on a server, round trips)."""
    now = clock()
    schemes = SchemeStore(db)
    ledger = LedgerStore(db)
    batches = ExtrasStore(db)
    balances = ledger.balances(member_id)
    starts = known.expiry_starts if known is not None else schemes.expiry_starts()

    def soon(program_id: int, account: Account, held: int, expiry_days: int | None) -> int:
        """What of ``held`` will have expired ``within_days`` from now: the lots the
        expiry job will take by then, by the very rule it uses (``store/lots.py``)."""
        if not held or expiry_days is None:
            return 0
        if account is Account.PASSES:  # passes are not lots that lapse; kept as before
            rows = batches.earned_batches(member_id, program_id, account)
            return expiring_within(
                held, rows, now, expiry_days, within_days, starts.get(program_id)
            )
        later = now + timedelta(days=max(0, within_days))
        cutoff = expiry_cutoff(later, expiry_days, starts.get(program_id))
        if cutoff is None:
            return 0
        return ledger.lots.held_earned_before(member_id, program_id, account.value, cutoff)

    points = []
    for p in known.points.values() if known is not None else schemes.points_programs():
        held = balances.get((p.id, Account.POINTS), 0)
        if p.active or held:
            expiring = soon(p.id, Account.POINTS, held, p.expiry_days)
            points.append(PointsHeld(p.id, p.name, held, p.point_value, expiring))
    credit_programs = (
        list(known.credit.values()) if known is not None else schemes.credit_programs()
    )
    credit = 0
    credit_expiring = 0
    for c in credit_programs:
        held = balances.get((c.id, Account.CREDIT), 0)
        credit += held
        credit_expiring += soon(c.id, Account.CREDIT, held, c.expiry_days)
    passes = []
    for pp in known.passes.values() if known is not None else schemes.pass_programs():
        held = balances.get((pp.id, Account.PASSES), 0)
        if held > 0:
            passes.append(
                PassHeld(pp.id, pp.name, held, soon(pp.id, Account.PASSES, held, pp.expiry_days))
            )
    stamps_expiring = {}
    cards = known.stamp_programs.values() if known is not None else ProgramStore(db).all()
    for card in cards:
        held = balances.get((card.id, Account.STAMPS), 0)
        if held and card.expiry_days is not None:
            n = soon(card.id, Account.STAMPS, held, card.expiry_days)
            if n:
                stamps_expiring[card.id] = n
    items = known.items.values() if known is not None else schemes.items()
    on_list = {i.id for i in items if i.active}
    usual = usual_item(batches.item_tallies(member_id, USUAL_WINDOW), on_list) if on_list else None
    tier_id, until = schemes.member_tier(member_id)
    tiers = known.tiers if known is not None else schemes.tiers()
    tier = next((t for t in tiers if t.id == tier_id), None) if tier_id else None
    return MemberExtras(
        member_id=member_id,
        points=tuple(points),
        credit=credit,
        credit_expiring=credit_expiring,
        has_credit_program=any(c.active for c in credit_programs),
        passes=tuple(passes),
        tier=tier.name if tier is not None else None,
        tier_until=from_db(until) if tier is not None and until else None,
        stamps_expiring=stamps_expiring,
        within_days=within_days,
        expiring_by=now + timedelta(days=within_days),
        usual_item_id=usual,
    )
