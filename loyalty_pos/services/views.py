"""What the services return: plain, immutable views a screen or a script can show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain.programs import RewardKind
from ..domain.stamps import LineOutcome


@dataclass(frozen=True)
class CardProgress:
    """One punch card of a member."""

    program_id: int
    program: str
    stamps: int
    stamps_needed: int
    rewards_ready: int
    reward_text: str
    reward_kind: RewardKind
    reward_value: int
    active: bool
    expiry_days: int | None = None
    per_day_limit: int | None = None


@dataclass(frozen=True)
class VisitChange:
    """What a visit did on one program.

    ``stamps`` is what the visit added to the program's own balance, named by
    ``account`` (stamps on a punch card, points, credit in minor units, pass uses);
    ``completed`` and ``redeemed`` move a punch card's ready rewards.
    """

    program: str
    stamps: int = 0  # the change earned on the program's main account (stamps, points...)
    completed: int = 0
    redeemed: int = 0
    account: str = "stamps"  # which balance ``stamps`` counts: stamps, points, credit, passes
    used: int = 0  # points, credit or pass uses spent in the visit
    program_id: int | None = None


@dataclass(frozen=True)
class VisitSummary:
    """A past visit as the member panel lists it."""

    id: int
    at: datetime
    staff: str
    voided: bool
    void_reason: str | None
    changes: list[VisitChange] = field(default_factory=list)
    status: str = "confirmed"  # 'confirmed' | 'voided' | 'refunded' (in full)
    charged: int = 0  # minor units
    refunded: int = 0  # minor units refunded so far (partial refunds keep 'confirmed')

    @property
    def refunded_in_full(self) -> bool:
        return self.status == "refunded"


@dataclass(frozen=True)
class MemberView:
    """Everything the member panel shows."""

    id: int
    name: str
    card_number: str | None
    phone: str | None
    email: str | None
    birthday: str | None
    marketing_consent: bool
    notes: str
    blocked: bool
    member_since: datetime
    visit_count: int
    last_visit: datetime | None
    cards: list[CardProgress]
    recent_visits: list[VisitSummary]
    merged_card: str | None = None  # the scanned card was a duplicate's, merged into this one
    erased: bool = False  # the member's personal data was erased (``services/erase.py``)

    @property
    def rewards_ready(self) -> int:
        return sum(c.rewards_ready for c in self.cards)

    def card_for(self, program: str) -> CardProgress | None:
        key = program.casefold()
        return next((c for c in self.cards if c.program.casefold() == key), None)


@dataclass(frozen=True)
class SearchHit:
    """A row of the search-as-you-type list."""

    id: int
    name: str
    card_number: str | None
    phone: str | None
    email: str | None
    blocked: bool


@dataclass(frozen=True)
class VisitResult:
    """A confirmed (or already confirmed) visit."""

    visit_id: int
    duplicate: bool  # the same request was confirmed before; nothing new was written
    lines: list[LineOutcome]
    member: MemberView


@dataclass(frozen=True)
class CheckReport:
    """The outcome of an integrity and ledger check."""

    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems
